/* SPDX-License-Identifier: GPL-2.0-or-later */
/* MXCSR flush-to-zero (results) and denormals-are-zero (inputs) in arithmetic, with the DE, UE and PE flags they imply. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* addps plain: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x4000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000000400000
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8040000000400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* mulps plain: tiny results (exact and inexact) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x80000100800000
	movq xmm0, rax
	movabs rax, 0x80000080800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f0000003f000000
	movq xmm1, rax
	movabs rax, 0x3f8000003f000000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x40000000400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000080400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fb0
	/* subss plain: exact denormal difference */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc00000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulsd plain: exact denormal product */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fe0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* divpd plain: denormal dividend and divisor */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x8008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffe0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* mulss plain: rounds up to the smallest normal, not tiny after rounding */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fffff
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* sqrtsd plain: denormal input */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x1ff6a09e667f3bcd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* addps FTZ: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x4000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000000400000
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb2
	/* mulps FTZ: tiny results (exact and inexact) */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x80000100800000
	movq xmm0, rax
	movabs rax, 0x80000080800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f0000003f000000
	movq xmm1, rax
	movabs rax, 0x3f8000003f000000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb0
	/* subss FTZ: exact denormal difference */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc00000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb0
	/* mulsd FTZ: exact denormal product */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fe0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb0
	/* divpd FTZ: denormal dividend and divisor */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x8008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffe0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb2
	/* mulss FTZ: rounds up to the smallest normal, not tiny after rounding */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fffff
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fa2
	/* sqrtsd FTZ: denormal input */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x1ff6a09e667f3bcd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fa2
	/* addps DAZ: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x4000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000000400000
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* mulps DAZ: tiny results (exact and inexact) */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x80000100800000
	movq xmm0, rax
	movabs rax, 0x80000080800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f0000003f000000
	movq xmm1, rax
	movabs rax, 0x3f8000003f000000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x40000000400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000080400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1ff0
	/* subss DAZ: exact denormal difference */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc00000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* mulsd DAZ: exact denormal product */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fe0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* divpd DAZ: denormal dividend and divisor */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x8008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc4
	/* mulss DAZ: rounds up to the smallest normal, not tiny after rounding */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fffff
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* sqrtsd DAZ: denormal input */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* addps FTZ+DAZ: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x4000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000000400000
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fc0
	/* mulps FTZ+DAZ: tiny results (exact and inexact) */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x80000100800000
	movq xmm0, rax
	movabs rax, 0x80000080800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f0000003f000000
	movq xmm1, rax
	movabs rax, 0x3f8000003f000000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9ff0
	/* subss FTZ+DAZ: exact denormal difference */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc00000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9ff0
	/* mulsd FTZ+DAZ: exact denormal product */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fe0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9ff0
	/* divpd FTZ+DAZ: denormal dividend and divisor */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x8008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fc4
	/* mulss FTZ+DAZ: rounds up to the smallest normal, not tiny after rounding */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fffff
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fc0
	/* sqrtsd FTZ+DAZ: denormal input */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fc0
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
mxbuf:	.long 0, 0, 0, 0
