// SPDX-License-Identifier: GPL-2.0-or-later
/* Branchy: recursive quicksort of pseudo-random 32-bit keys (calls, returns, compares). */
#include "rt.h"

#define N (1u << 20)
static u32 a[N];

static void sort(u32 *v, long lo, long hi)
{
	while (lo < hi) {
		u32 p = v[(lo + hi) / 2];
		long i = lo, j = hi;

		while (i <= j) {
			while (v[i] < p)
				i++;
			while (v[j] > p)
				j--;
			if (i <= j) {
				u32 t = v[i];

				v[i++] = v[j];
				v[j--] = t;
			}
		}
		if (j - lo < hi - i) {
			sort(v, lo, j);
			lo = i;
		} else {
			sort(v, i, hi);
			hi = j;
		}
	}
}

static u64 bench_main(void)
{
	u64 x = 88172645463325252ULL, sum = 0;

	for (int round = 0; round < 3; round++) {
		for (u32 i = 0; i < N; i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			a[i] = (u32)x;
		}
		sort(a, 0, N - 1);
		for (u32 i = 0; i < N; i += 4096)
			sum = sum * 31 + a[i];
	}
	return sum;
}
