// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * long double (x87) arithmetic and libm through glibc, compared with a native run:
 * exact operations are printed bit for bit (%La), libm transcendentals to 17
 * digits (the emulation may differ from the CPU by an ulp at 64 bits).
 */
#include <math.h>
#include <stdio.h>

static void exact_ops(void)
{
	volatile long double a = 1.0L / 3.0L, b = 2.0L, c = -1e300L, d = 0x1p-16400L;
	long long i = 0x7ffffffffffffff1LL;

	printf("div %La mul %La add %La\n", a, a * b, a + b);
	printf("sqrt %La big %La tiny %La\n", sqrtl(b), c * c, d);
	printf("int %La back %lld\n", (long double)i, (long long)((long double)i - 1000.0L));
	printf("dec %.25Lg %.25Lg\n", a, c);
	printf("conv %.17g %a\n", (double)a, (float)a);
	printf("rint %La %La %La\n", rintl(2.5L), floorl(-2.5L), ceill(2.25L));
	printf("fmod %La rem %La\n", fmodl(10.0L, 3.0L), remainderl(11.0L, 4.0L));
	printf("ldexp %La frexp %La\n", ldexpl(1.5L, 1000), frexpl(48.0L, &(int){ 0 }));
	printf("nan %La inf %La\n", fabsl(nanl("")), -b / 0.0L);
}

static void libm(void)
{
	static const long double x[] = { 0.5L, 1.0L, -2.0L, 3.0L, 1e-5L, 0.75L };

	for (unsigned k = 0; k < sizeof(x) / sizeof(x[0]); k++) {
		volatile long double v = x[k];

		printf("%.17Lg: sin %.17Lg cos %.17Lg tan %.17Lg atan %.17Lg\n", v, sinl(v),
		       cosl(v), tanl(v), atanl(v));
		printf("  exp %.17Lg exp2 %.17Lg log %.17Lg log2 %.17Lg log1p %.17Lg\n", expl(v),
		       exp2l(v), logl(fabsl(v)), log2l(fabsl(v)), log1pl(fabsl(v)));
		printf("  pow %.17Lg atan2 %.17Lg\n", powl(fabsl(v), 1.5L), atan2l(v, 2.0L));
	}
}

int main(void)
{
	exact_ops();
	libm();
	return 0;
}
