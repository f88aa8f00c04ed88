/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE add/sub in the four MXCSR rounding modes: inexact results and overflow. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* addps rounding near */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000040800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40e000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* addpd rounding near */
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
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* addsd rounding near: 1 and 2^-53 */
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
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* addps rounding near: overflow to infinity or the largest finite value */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xff80000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* addps rounding down */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000040800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40e000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* addpd rounding down */
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
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* addsd rounding down: 1 and 2^-53 */
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
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* addps rounding down: overflow to infinity or the largest finite value */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000007f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xff80000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa8
	/* addps rounding up */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000040800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40e000003f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* addpd rounding up */
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
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* addsd rounding up: 1 and 2^-53 */
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
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* addps rounding up: overflow to infinity or the largest finite value */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xff7fffff00000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa8
	/* addps rounding zero */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000040800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40e000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* addpd rounding zero */
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
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* addsd rounding zero: 1 and 2^-53 */
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
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* addps rounding zero: overflow to infinity or the largest finite value */
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
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xff7fffff00000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa8
	/* subps rounding near */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc0800000c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc15000003f7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subpd rounding near */
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
	subpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc010000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subsd rounding near: 1 and 2^-53 */
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
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subps rounding near: overflow to infinity or the largest finite value */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff80000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* subps rounding down */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc0800000c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc15000003f7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* subpd rounding down */
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
	subpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc010000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* subsd rounding down: 1 and 2^-53 */
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
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* subps rounding down: overflow to infinity or the largest finite value */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff80000080000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x800000007f7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa8
	/* subps rounding up */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc0800000c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc15000003f7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* subpd rounding up */
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
	subpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc010000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* subsd rounding up: 1 and 2^-53 */
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
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* subps rounding up: overflow to infinity or the largest finite value */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff7fffff00000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa8
	/* subps rounding zero */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc0800000c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc15000003f7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* subpd rounding zero */
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
	subpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc010000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* subsd rounding zero: 1 and 2^-53 */
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
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* subps rounding zero: overflow to infinity or the largest finite value */
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
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff7fffff00000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa8
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
mxbuf:	.long 0, 0, 0, 0
