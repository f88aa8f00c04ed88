// SPDX-License-Identifier: GPL-2.0-or-later
/* Memory-bound: sieve of Eratosthenes over 32 MB of flags, several passes. */
#include "rt.h"

#define N (32u << 20)
static u8 flag[N];

static u64 bench_main(void)
{
	u64 count = 0;

	for (int pass = 0; pass < 1; pass++) {
		for (u64 i = 0; i < N; i++)
			flag[i] = 1;
		for (u64 i = 2; i * i < N; i++)
			if (flag[i])
				for (u64 j = i * i; j < N; j += i)
					flag[j] = 0;
		for (u64 i = 2; i < N; i++)
			count += flag[i];
	}
	return count;
}
