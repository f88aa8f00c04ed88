// SPDX-License-Identifier: GPL-2.0-or-later
/* Integer ALU: multiply/xor/shift/rotate mixing over a small table (hash-like). */
#include "rt.h"

static u64 tab[256];

static u64 bench_main(void)
{
	u64 h = 0x12345678, x = 1;

	for (int i = 0; i < 256; i++)
		tab[i] = (x = x * 6364136223846793005ULL + 1442695040888963407ULL);
	for (u64 i = 0; i < 60000000; i++) {
		h ^= tab[(h >> 13) & 255] + i;
		h *= 0x9e3779b97f4a7c15ULL;
		h = (h << 23) | (h >> 41);
	}
	return h;
}
