/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cmpps/cmpss with all eight predicates: ordered/unordered results, QNaN signalling only for lt/le/nlt/nle, SNaN always. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cmpps eq: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps eq: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff00000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss eq: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpss eq (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M1], 0
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps lt: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff00000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpps lt: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss lt: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 1
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpss lt (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M2], 1
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps le: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpps le: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff00000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss le: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpss le (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M3], 2
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps unord: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 3
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff00000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps unord: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 3
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss unord: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 3
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpss unord (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M4], 3
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps neq: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff00000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps neq: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss neq: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpss neq (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M5], 4
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps nlt: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 5
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpps nlt: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 5
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff00000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss nlt: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 5
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpss nlt (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M6], 5
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps nle: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 6
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpps nle: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 6
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff00000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss nle: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 6
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpss nle (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M7], 6
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps ord: equal, less, greater, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7fc1234540000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 7
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpps ord: SNaN, -0 vs +0, infinities, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x800000007f800001
	movq xmm0, rax
	movabs rax, 0x400000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x7f800000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 7
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff00000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f83
	/* cmpss ord: QNaN source, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111140000000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, xmm1, 7
	movq rax, xmm0
	CHECK_EQ rax, 0x1111111100000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpss ord (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x111111113f800000
	movq xmm0, rax
	movabs rax, 0x3333333322222222
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpss xmm0, dword ptr [rip + M8], 7
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111ffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333322222222
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x40000000, 0x0
	.balign 16
M2:	.quad 0x40000000, 0x0
	.balign 16
M3:	.quad 0x40000000, 0x0
	.balign 16
M4:	.quad 0x40000000, 0x0
	.balign 16
M5:	.quad 0x40000000, 0x0
	.balign 16
M6:	.quad 0x40000000, 0x0
	.balign 16
M7:	.quad 0x40000000, 0x0
	.balign 16
M8:	.quad 0x40000000, 0x0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
