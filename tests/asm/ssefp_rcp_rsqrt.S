/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * rcpps/rcpss/rsqrtps/rsqrtss: the exact bits differ between x86 CPUs, so the results are
 * checked against the architectural bound |relative error| <= 1.5 * 2^-12 (computed in
 * double precision), packed lanes against the scalar forms, and the special values exactly.
 */
#include "check.inc"

/* fail unless xmm0 (double) <= [bound] and ordered */
.macro CHECK_LE_BOUND bound
	comisd xmm0, qword ptr [rip + \bound]
	jbe 9005f
	FAIL_HERE
9005:	jnp 9006f
	FAIL_HERE
9006:
.endm

/* fail unless two registers are equal */
.macro CHECK_SAME a, b
	cmp \a, \b
	je 9007f
	FAIL_HERE
9007:
.endm

	.globl _start
	.text
_start:
	/* every input: rcpss within the bound of 1/x, rsqrtss within the bound of 1/sqrt(x) */
	lea rbx, [rip + inputs]
	mov r12d, (inputs_end - inputs) / 4
1:	movss xmm1, dword ptr [rbx]
	rcpss xmm0, xmm1
	cvtss2sd xmm0, xmm0
	cvtss2sd xmm2, xmm1
	andpd xmm2, xmmword ptr [rip + absmask]
	andpd xmm0, xmmword ptr [rip + absmask]
	mulsd xmm0, xmm2                /* r * |x|, 1 +- err */
	subsd xmm0, qword ptr [rip + one]
	andpd xmm0, xmmword ptr [rip + absmask]
	CHECK_LE_BOUND rcp_bound
	andps xmm1, xmmword ptr [rip + absmask32]
	rsqrtss xmm0, xmm1
	cvtss2sd xmm0, xmm0
	mulsd xmm0, xmm0                /* r^2 exact in double */
	cvtss2sd xmm2, xmm1
	mulsd xmm0, xmm2                /* r^2 * x, (1 +- err)^2 */
	subsd xmm0, qword ptr [rip + one]
	andpd xmm0, xmmword ptr [rip + absmask]
	CHECK_LE_BOUND rsqrt_bound
	add rbx, 4
	dec r12d
	jnz 1b

	/* packed forms give the scalar form's result in every lane (register and memory) */
	lea rbx, [rip + inputs]
	mov r12d, (inputs_end - inputs) / 16
2:	movups xmm1, xmmword ptr [rbx]
	movaps xmmword ptr [rip + packed], xmm1
	rcpps xmm3, xmm1
	rsqrtps xmm4, xmmword ptr [rip + packed]
	andps xmm1, xmmword ptr [rip + absmask32]
	rsqrtps xmm4, xmm1
	xor r13d, r13d
3:	movss xmm1, dword ptr [rbx + r13 * 4]
	rcpss xmm0, xmm1
	movd eax, xmm0
	movd ecx, xmm3
	CHECK_SAME eax, ecx
	andps xmm1, xmmword ptr [rip + absmask32]
	rsqrtss xmm0, xmm1
	movd eax, xmm0
	movd ecx, xmm4
	CHECK_SAME eax, ecx
	psrldq xmm3, 4
	psrldq xmm4, 4
	inc r13d
	cmp r13d, 4
	jne 3b
	add rbx, 16
	dec r12d
	jnz 2b

	/* scalar forms keep the upper lanes */
	movaps xmm0, xmmword ptr [rip + specials]
	rcpss xmm0, dword ptr [rip + inputs]
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xff8000007f800000
	movaps xmm0, xmmword ptr [rip + specials]
	rsqrtss xmm0, xmm0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xff8000007f800000
	movd eax, xmm0
	CHECK_EQ rax, 0x7f800000

	/* special values, and no MXCSR flag is ever raised (even for a signalling NaN) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	rcpps xmm0, xmmword ptr [rip + specials]        /* +0 -0 +inf -inf */
	movq rax, xmm0
	CHECK_EQ rax, 0xff8000007f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	rcpps xmm0, xmmword ptr [rip + specials2]       /* denormal, QNaN, SNaN, 2^127 */
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc123457f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x000000007fc00001
	rcpps xmm0, xmmword ptr [rip + specials3]       /* -denormal, -2^127, -1, 2^126 */
	movq rax, xmm0
	CHECK_EQ rax, 0x80000000ff800000
	rsqrtps xmm0, xmmword ptr [rip + specials]      /* +0 -0 +inf -inf */
	movq rax, xmm0
	CHECK_EQ rax, 0xff8000007f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc0000000000000
	rsqrtps xmm0, xmmword ptr [rip + specials2]     /* denormal, QNaN, SNaN, 2^127 */
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc123457f800000
	pextrq rax, xmm0, 1
	shl rax, 32
	CHECK_EQ rax, 0x7fc0000100000000
	rsqrtps xmm0, xmmword ptr [rip + specials3]     /* -denormal, -2^127, -1, 2^126 */
	movq rax, xmm0
	CHECK_EQ rax, 0xffc00000ff800000
	pextrq rax, xmm0, 1
	shl rax, 32
	CHECK_EQ rax, 0xffc0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	PASS

	.data
	.balign 16
inputs:	.long 0x3f800000, 0x40400000, 0x3dcccccd, 0x7149f2ca	/* 1 3 0.1 1e30 */
	.long 0x0da24260, 0x3fc00000, 0x3fffffff, 0x01000000	/* 1e-30 1.5 2- 2^-125 */
	.long 0x7e000000, 0xc0e80000, 0x449a522b, 0x3f9d70a4	/* 2^125 -7.25 1234.5678 1.23 */
	.long 0x3fe66666, 0x3f800001, 0x4b7fffff, 0x2f800000
	.long 0xc2f6e979, 0x3f3504f3, 0x00800000, 0x5f000000	/* ... min normal, 2^63 */
	.long 0x3f7fffff, 0x3fb504f3, 0x40490fdb, 0x00ffffff
inputs_end:
	.balign 16
specials:	.long 0x00000000, 0x80000000, 0x7f800000, 0xff800000
specials2:	.long 0x00400000, 0x7fc12345, 0x7f800001, 0x7f000000
specials3:	.long 0x80400000, 0xff000000, 0xbf800000, 0x7e800000
absmask:	.quad 0x7fffffffffffffff, 0x7fffffffffffffff
absmask32:	.long 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff
one:	.double 1.0
rcp_bound:	.double 0.0003662109375		/* 1.5 * 2^-12 */
rsqrt_bound:	.double 0.000732555985450744628	/* (1 + 1.5 * 2^-12)^2 - 1 */
mxbuf:	.long 0
	.bss
	.balign 16
packed:	.skip 16
