// SPDX-License-Identifier: GPL-2.0-or-later
/* Floating point, branchy: Mandelbrot escape counts over a grid in double precision (SSE2 scalar). */
#include "rt.h"

#define W 800
#define H 600
#define ITER 1000

static u64 bench_main(void)
{
	u64 total = 0;

	for (int y = 0; y < H; y++)
		for (int x = 0; x < W; x++) {
			double cr = -2.2 + 3.2 * x / W, ci = -1.2 + 2.4 * y / H;
			double zr = 0, zi = 0;
			int k = 0;

			while (k < ITER && zr * zr + zi * zi <= 4.0) {
				double t = zr * zr - zi * zi + cr;

				zi = 2.0 * zr * zi + ci;
				zr = t;
				k++;
			}
			total += k;
		}
	return total;
}
