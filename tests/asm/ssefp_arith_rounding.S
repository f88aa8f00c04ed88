/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE add/sub/mul/div/sqrt, packed and scalar, register and memory sources, in the four MXCSR rounding modes with their exception flags. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* addps: exact, inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4150000040800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x415000007f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* addps (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	addps xmm0, xmmword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0x4150000040800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x415000007f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* addpd: inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm1, rax, 1
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* addpd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4024000000000000
	pinsrq xmm1, rax, 1
	addpd xmm0, xmmword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0x402a000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x402a000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* addss: lane 0 only, upper lanes of the destination kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000040400000
	movq xmm1, rax
	movabs rax, 0x4000000040000000
	pinsrq xmm1, rax, 1
	addss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc1234540800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* addss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc1234541200000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xdeadbeef40400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	addss xmm0, dword ptr [rip + M3]
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc1234541500000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* addsd: lane 0 only, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm1, rax, 1
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* addsd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x7ff0000000000001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x1234
	pinsrq xmm1, rax, 1
	addsd xmm0, qword ptr [rip + M4]
	movq rax, xmm0
	CHECK_EQ rax, 0x402a000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
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
	/* subps: exact, inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc0e00000c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40e0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subps (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	subps xmm0, xmmword ptr [rip + M5]
	movq rax, xmm0
	CHECK_EQ rax, 0xc0e00000c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40e0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subpd: inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm1, rax, 1
	subpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subpd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4024000000000000
	pinsrq xmm1, rax, 1
	subpd xmm0, xmmword ptr [rip + M6]
	movq rax, xmm0
	CHECK_EQ rax, 0x401c000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc01c000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subss: lane 0 only, upper lanes of the destination kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000040400000
	movq xmm1, rax
	movabs rax, 0x4000000040000000
	pinsrq xmm1, rax, 1
	subss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc1234541200000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xdeadbeef40400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subss xmm0, dword ptr [rip + M7]
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc1234540e00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subsd: lane 0 only, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm1, rax, 1
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* subsd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x7ff0000000000001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x1234
	pinsrq xmm1, rax, 1
	subsd xmm0, qword ptr [rip + M8]
	movq rax, xmm0
	CHECK_EQ rax, 0x401c000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
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
	/* mulps: exact, inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x41f0000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x41f000007f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* mulps (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	mulps xmm0, xmmword ptr [rip + M9]
	movq rax, xmm0
	CHECK_EQ rax, 0x41f0000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x41f000007f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* mulpd: inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* mulpd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4024000000000000
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmmword ptr [rip + M10]
	movq rax, xmm0
	CHECK_EQ rax, 0x403e000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x403e000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulss: lane 0 only, upper lanes of the destination kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000040400000
	movq xmm1, rax
	movabs rax, 0x4000000040000000
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc1234540400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc1234541200000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xdeadbeef40400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, dword ptr [rip + M11]
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc1234541f00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulsd: lane 0 only, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm1, rax, 1
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* mulsd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x7ff0000000000001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x1234
	pinsrq xmm1, rax, 1
	mulsd xmm0, qword ptr [rip + M12]
	movq rax, xmm0
	CHECK_EQ rax, 0x403e000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
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
	/* divps: exact, inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3e99999a3eaaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x405555553f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divps (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x404000003f800000
	movq xmm0, rax
	movabs rax, 0x412000007f7fffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4120000040400000
	movq xmm1, rax
	movabs rax, 0x404000007f7fffff
	pinsrq xmm1, rax, 1
	divps xmm0, xmmword ptr [rip + M13]
	movq rax, xmm0
	CHECK_EQ rax, 0x3e99999a3eaaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x405555553f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divpd: inexact and overflowing lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divpd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4024000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmmword ptr [rip + M14]
	movq rax, xmm0
	CHECK_EQ rax, 0x400aaaaaaaaaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3fd3333333333333
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divss: lane 0 only, upper lanes of the destination kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000040400000
	movq xmm1, rax
	movabs rax, 0x4000000040000000
	pinsrq xmm1, rax, 1
	divss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc123453eaaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc1234541200000
	movq xmm0, rax
	movabs rax, 0x412000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xdeadbeef40400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divss xmm0, dword ptr [rip + M15]
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc1234540555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x412000007f800001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd: lane 0 only, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm1, rax, 1
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4024000000000000
	movq xmm0, rax
	movabs rax, 0x7ff0000000000001
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x1234
	pinsrq xmm1, rax, 1
	divsd xmm0, qword ptr [rip + M16]
	movq rax, xmm0
	CHECK_EQ rax, 0x400aaaaaaaaaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
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
	sqrtss xmm0, dword ptr [rip + M17]
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
	sqrtsd xmm0, qword ptr [rip + M18]
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
	sqrtpd xmm0, xmmword ptr [rip + M19]
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
M1:	.quad 0x4120000040400000, 0x404000007f7fffff
	.balign 16
M2:	.quad 0x4008000000000000, 0x4024000000000000
	.balign 16
M3:	.quad 0xdeadbeef40400000, 0x0
	.balign 16
M4:	.quad 0x4008000000000000, 0x1234
	.balign 16
M5:	.quad 0x4120000040400000, 0x404000007f7fffff
	.balign 16
M6:	.quad 0x4008000000000000, 0x4024000000000000
	.balign 16
M7:	.quad 0xdeadbeef40400000, 0x0
	.balign 16
M8:	.quad 0x4008000000000000, 0x1234
	.balign 16
M9:	.quad 0x4120000040400000, 0x404000007f7fffff
	.balign 16
M10:	.quad 0x4008000000000000, 0x4024000000000000
	.balign 16
M11:	.quad 0xdeadbeef40400000, 0x0
	.balign 16
M12:	.quad 0x4008000000000000, 0x1234
	.balign 16
M13:	.quad 0x4120000040400000, 0x404000007f7fffff
	.balign 16
M14:	.quad 0x4008000000000000, 0x4024000000000000
	.balign 16
M15:	.quad 0xdeadbeef40400000, 0x0
	.balign 16
M16:	.quad 0x4008000000000000, 0x1234
	.balign 16
M17:	.quad 0x41100000, 0x0
	.balign 16
M18:	.quad 0x4008000000000000, 0x0
	.balign 16
M19:	.quad 0x4008000000000000, 0x4024000000000000
	.balign 16
mxbuf:	.long 0, 0, 0, 0
