/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE division by zero, invalid operations, signed zeros, tiny results (tininess after rounding), sticky flags and square roots. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* divps: x/0 = infinity (ZE), 0/0 and inf/inf = default NaN (IE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0x7f80000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x7f80000000000000
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff8000007f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc00000ffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f85
	/* divsd: -1/-0 = +infinity, ZE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbff0000000000000
	movq xmm0, rax
	movabs rax, 0x5
	pinsrq xmm0, rax, 1
	movabs rax, 0x8000000000000000
	movq xmm1, rax
	movabs rax, 0x7
	pinsrq xmm1, rax, 1
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x5
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f84
	/* subpd: inf - inf = default NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000000
	movq xmm0, rax
	movabs rax, 0xfff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff0000000000000
	movq xmm1, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm1, rax, 1
	subpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulps: 0 * inf = default NaN, IE; signs of zero */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f80000000000000
	movq xmm0, rax
	movabs rax, 0x3f80000080000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x800000007f800000
	movq xmm1, rax
	movabs rax, 0x800000007f800000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc00000ffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000000ffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addps rounding down: x + -x = -0 */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000003f800000
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf800000
	movq xmm1, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000080000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* addps rounding to nearest: x + -x = +0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000003f800000
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf800000
	movq xmm1, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulss: exact denormal result, no UE without FTZ */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulss: inexact denormal result, UE and PE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800001
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fb0
	/* mulsd: inexact denormal result, UE and PE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000001
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
	CHECK_EQ rax, 0x1fb0
	/* mulss: rounds up to the smallest normal: x86 detects tininess after rounding, no UE */
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
	/* mulsd: rounds up to the smallest normal, no UE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xfffffffffffff
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x10000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* divss rounding up: just below the smallest normal */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fffff
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f7fffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fb2
	/* exception flags are sticky: set before, still set after an exact add */
	mov dword ptr [rip + mxbuf], 0x1fa1
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	addss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x40000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* sqrtps rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4040000040000000
	movq xmm0, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040000000
	movq xmm1, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm1, rax, 1
	sqrtps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fddb3d73fb504f3
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f9cc471404a62c2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* sqrtsd rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff6a09e667f3bcd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* sqrtps rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4040000040000000
	movq xmm0, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040000000
	movq xmm1, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm1, rax, 1
	sqrtps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fddb3d73fb504f3
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f9cc470404a62c1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* sqrtsd rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff6a09e667f3bcc
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* sqrtps rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4040000040000000
	movq xmm0, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040000000
	movq xmm1, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm1, rax, 1
	sqrtps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fddb3d83fb504f4
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f9cc471404a62c2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* sqrtsd rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff6a09e667f3bcd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* sqrtps rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4040000040000000
	movq xmm0, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040000000
	movq xmm1, rax
	movabs rax, 0x3fc0000041200000
	pinsrq xmm1, rax, 1
	sqrtps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fddb3d73fb504f3
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f9cc470404a62c1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* sqrtsd rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff6a09e667f3bcc
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* sqrtps: -0 = -0, negative = default NaN (IE), +inf */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf80000080000000
	movq xmm1, rax
	movabs rax, 0x7f800000ff800000
	pinsrq xmm1, rax, 1
	sqrtps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc0000080000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000ffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* sqrtpd: negative = default NaN (IE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xbff0000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	sqrtpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ffbb67ae8584caa
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* sqrtss: lane 0 from the source, the rest from the destination */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x41100000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4120000040400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* sqrtss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x41100000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtss xmm0, dword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4120000040400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* sqrtsd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, qword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0x3ffbb67ae8584caa
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* sqrtpd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4024000000000000
	pinsrq xmm1, rax, 1
	sqrtpd xmm0, xmmword ptr [rip + M3]
	movq rax, xmm0
	CHECK_EQ rax, 0x3ffbb67ae8584caa
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40094c583ada5b53
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* sqrtss: negative denormal = default NaN, IE without DE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x80400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x41100000, 0x0
	.balign 16
M2:	.quad 0x4008000000000000, 0x0
	.balign 16
M3:	.quad 0x4008000000000000, 0x4024000000000000
	.balign 16
mxbuf:	.long 0, 0, 0, 0
