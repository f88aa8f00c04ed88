/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE mul/div in the four MXCSR rounding modes: inexact results and overflow. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* mulps rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc040000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc1f0000033800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulpd rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc008000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulsd rounding near: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ca0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulps rounding near: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff8000007f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000ff800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* mulps rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc040000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc1f0000033800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* mulpd rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc008000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* mulsd rounding down: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ca0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* mulps rounding down: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff8000007f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f7fffffff800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa8
	/* mulps rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc040000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc1f0000033800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* mulpd rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc008000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* mulsd rounding up: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ca0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* mulps rounding up: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff7fffff7f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000ff7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa8
	/* mulps rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc040000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc1f0000033800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* mulpd rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc008000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* mulsd rounding zero: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ca0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* mulps rounding zero: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff7fffff7f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f7fffffff7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa8
	/* divps rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbeaaaaab3eaaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbe99999a4b800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divpd rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbfd5555555555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd rounding near: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4340000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* divps rounding near: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000bf800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* divps rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbeaaaaab3eaaaaaa
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbe99999a4b800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* divpd rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbfd5555555555556
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* divsd rounding down: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4340000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* divps rounding down: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000bf800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* divps rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbeaaaaaa3eaaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbe9999994b800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* divpd rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555556
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbfd5555555555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* divsd rounding up: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4340000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* divps rounding up: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000bf800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* divps rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbf8000003f800000
	movq xmm0, rax
	movabs rax, 0xc04000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x4120000033800000
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbeaaaaaa3eaaaaaa
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbe9999994b800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* divpd rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbfd5555555555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* divsd rounding zero: 1 and 2^-53 */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ca0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4340000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* divps rounding zero: overflow to infinity or the largest finite value */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff7fffff7f7fffff
	movq xmm0, rax
	movabs rax, 0xff7fffff7f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff7f7fffff
	movq xmm1, rax
	movabs rax, 0xff7fffffff7fffff
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000bf800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
mxbuf:	.long 0, 0, 0, 0
