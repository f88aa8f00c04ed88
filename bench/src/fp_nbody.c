// SPDX-License-Identifier: GPL-2.0-or-later
/* Floating point: a small n-body simulation in double precision (SSE2 scalar). */
#include "rt.h"

#define NB 5
static double x[NB], y[NB], z[NB], vx[NB], vy[NB], vz[NB], m[NB];

static double my_sqrt(double v)
{
	double r = v > 1 ? v : 1;

	for (int i = 0; i < 20; i++)
		r = 0.5 * (r + v / r);
	return r;
}

static u64 bench_main(void)
{
	double e = 0;

	for (int i = 0; i < NB; i++) {
		x[i] = i * 1.5;
		y[i] = i * -0.7;
		z[i] = i * 0.3;
		vx[i] = 0.01 * i;
		vy[i] = vz[i] = 0;
		m[i] = 1.0 + i;
	}
	for (int step = 0; step < 60000; step++) {
		for (int i = 0; i < NB; i++)
			for (int j = i + 1; j < NB; j++) {
				double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
				double d2 = dx * dx + dy * dy + dz * dz + 0.01;
				double d = my_sqrt(d2), mag = 0.001 / (d2 * d);

				vx[i] -= dx * m[j] * mag;
				vy[i] -= dy * m[j] * mag;
				vz[i] -= dz * m[j] * mag;
				vx[j] += dx * m[i] * mag;
				vy[j] += dy * m[i] * mag;
				vz[j] += dz * m[i] * mag;
			}
		for (int i = 0; i < NB; i++) {
			x[i] += 0.001 * vx[i];
			y[i] += 0.001 * vy[i];
			z[i] += 0.001 * vz[i];
		}
	}
	for (int i = 0; i < NB; i++)
		e += m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
	return (u64)(e * 1e9);
}
