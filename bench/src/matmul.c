// SPDX-License-Identifier: GPL-2.0-or-later
/* Integer matrix multiply, 256x256 (loads, multiply-add, strided access). */
#include "rt.h"

#define M 256
static u32 A[M][M], B[M][M], C[M][M];

static u64 bench_main(void)
{
	u64 sum = 0;

	for (u32 i = 0; i < M; i++)
		for (u32 j = 0; j < M; j++) {
			A[i][j] = i * 7 + j;
			B[i][j] = i ^ (j * 3);
		}
	for (int r = 0; r < 6; r++) {
		for (u32 i = 0; i < M; i++)
			for (u32 j = 0; j < M; j++) {
				u32 s = 0;

				for (u32 k = 0; k < M; k++)
					s += A[i][k] * B[k][j];
				C[i][j] = s + r;
			}
		for (u32 i = 0; i < M; i++)
			sum += C[i][(i * 13) % M];
	}
	return sum;
}
