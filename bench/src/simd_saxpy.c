// SPDX-License-Identifier: GPL-2.0-or-later
/* Packed single precision (SSE mulps/addps, vectorized by the compiler): saxpy and a dot product over 64 KB arrays. */
#include "rt.h"

#define N 16384
static float xs[N], ys[N];

static u64 bench_main(void)
{
	float dot = 0;

	for (u32 i = 0; i < N; i++) {
		xs[i] = (float)(i % 97) * 0.25f;
		ys[i] = (float)(i % 89) * 0.5f;
	}
	for (int r = 0; r < 40000; r++) {
		float a = (float)(r % 7) * 0.125f - 0.375f;

		for (u32 i = 0; i < N; i++)
			ys[i] = a * xs[i] + ys[i] * 0.5f + 1.0f; /* stays normal */
	}
	for (u32 i = 0; i < N; i++)
		dot += xs[i] * ys[i];
	return (u64)(long)(dot * 16.0f);
}
