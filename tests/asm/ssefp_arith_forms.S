/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE add/sub/mul/div, packed and scalar, register and memory sources, with their exception flags. */
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
mxbuf:	.long 0, 0, 0, 0
