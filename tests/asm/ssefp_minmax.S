/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE min/max: the second operand on any NaN (unchanged, IE) or on equal zeros; denormals and DAZ. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* minps: ordinary values; equal zeros give the second */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x80000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f80000040000000
	movq xmm1, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm1, rax, 1
	minps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3f8000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* minps: any NaN gives the second operand unchanged (even an SNaN), IE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000007fc12345
	movq xmm0, rax
	movabs rax, 0x3f8000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc123453f800000
	movq xmm1, rax
	movabs rax, 0x7f8000013f800000
	pinsrq xmm1, rax, 1
	minps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc123453f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f8000013f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* minps: infinities, denormals (DE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f800000ff800000
	movq xmm0, rax
	movabs rax, 0x8040000000400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xff8000007f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	minps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xff800000ff800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8040000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* minpd: -0/+0 gives the second, NaN first gives the second */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	minpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* minpd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff0000000000001
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	minpd xmm0, xmmword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0xfff0000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4008000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* minss: QNaN second operand returned, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	minss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x40000000ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4120000040400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* minss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000c0400000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	minss xmm0, dword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0x40000000c0400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4120000040400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* minsd: SNaN first operand gives the second, IE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xc008000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	minsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* minsd with DAZ: the returned second operand is flushed */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x8008000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	minsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc1
	/* maxps: ordinary values; equal zeros give the second */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x80000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f80000040000000
	movq xmm1, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm1, rax, 1
	maxps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000040000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* maxps: any NaN gives the second operand unchanged (even an SNaN), IE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000007fc12345
	movq xmm0, rax
	movabs rax, 0x3f8000007f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc123453f800000
	movq xmm1, rax
	movabs rax, 0x7f8000013f800000
	pinsrq xmm1, rax, 1
	maxps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc123453f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f8000013f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* maxps: infinities, denormals (DE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f800000ff800000
	movq xmm0, rax
	movabs rax, 0x8040000000400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xff8000007f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f8000007f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* maxpd: -0/+0 gives the second, NaN first gives the second */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	maxpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* maxpd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff0000000000001
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	maxpd xmm0, xmmword ptr [rip + M3]
	movq rax, xmm0
	CHECK_EQ rax, 0xfff0000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4008000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* maxss: QNaN second operand returned, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x40000000ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4120000040400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* maxss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000c0400000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxss xmm0, dword ptr [rip + M4]
	movq rax, xmm0
	CHECK_EQ rax, 0x40000000bf800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4120000040400000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* maxsd: SNaN first operand gives the second, IE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xc008000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* maxsd with DAZ: the returned second operand is flushed */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x8008000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc1
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0xfff0000000012345, 0x4008000000000000
	.balign 16
M2:	.quad 0xbf800000, 0x0
	.balign 16
M3:	.quad 0xfff0000000012345, 0x4008000000000000
	.balign 16
M4:	.quad 0xbf800000, 0x0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
