/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The host's floating-point status flags and rounding mode, read and written
 * directly (MXCSR on x86_64, FPSR/FPCR on AArch64). glibc's fenv calls on x86_64
 * also save and load the x87 environment, which cost more than the SSE operation
 * they bracket. Flag and rounding values are the host's FE_* constants.
 */
#ifndef XBT_JIT_HOSTFP_H
#define XBT_JIT_HOSTFP_H

#include <fenv.h>

#if defined(__x86_64__)
/* FE_* exception bits are MXCSR bits 0-5; FE_* rounding values are the x87
 * control-word positions, MXCSR.RC is the same field three bits higher. */
static inline void hostfp_clear(void)
{
	unsigned m = __builtin_ia32_stmxcsr();

	if (m & FE_ALL_EXCEPT)
		__builtin_ia32_ldmxcsr(m & ~FE_ALL_EXCEPT);
}

static inline int hostfp_test(void)
{
	return __builtin_ia32_stmxcsr() & FE_ALL_EXCEPT;
}

static inline int hostfp_getround(void)
{
	return (__builtin_ia32_stmxcsr() >> 3) & 0xc00;
}
#elif defined(__aarch64__)
/* FE_* exception bits are FPSR bits; FE_* rounding values are FPCR.RMode. */
static inline void hostfp_clear(void)
{
	unsigned s = __builtin_aarch64_get_fpsr();

	if (s & FE_ALL_EXCEPT)
		__builtin_aarch64_set_fpsr(s & ~FE_ALL_EXCEPT);
}

static inline int hostfp_test(void)
{
	return __builtin_aarch64_get_fpsr() & FE_ALL_EXCEPT;
}

static inline int hostfp_getround(void)
{
	return __builtin_aarch64_get_fpcr() & 0xc00000;
}
#else
static inline void hostfp_clear(void)
{
	feclearexcept(FE_ALL_EXCEPT);
}

static inline int hostfp_test(void)
{
	return fetestexcept(FE_ALL_EXCEPT);
}

static inline int hostfp_getround(void)
{
	return fegetround();
}
#endif

#endif
