/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cmppd/cmpsd with all eight predicates (cmpsd shares its mnemonic with the string instruction). */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cmppd eq: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmppd eq: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M1], 0
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd eq: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd eq: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M2], 0
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmppd lt: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd lt: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M3], 1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd lt: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd lt: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M4], 1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd le: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd le: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M5], 2
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd le: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd le: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M6], 2
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd unord: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 3
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmppd unord: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M7], 3
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd unord: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 3
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd unord: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M8], 3
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmppd neq: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmppd neq: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M9], 4
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd neq: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd neq: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M10], 4
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmppd nlt: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 5
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd nlt: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M11], 5
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd nlt: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 5
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd nlt: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M12], 5
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd nle: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 6
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd nle: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M13], 6
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd nle: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 6
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd nle: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M14], 6
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmppd ord: less, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmm1, 7
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmppd ord: SNaN, -0 vs +0 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x8000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmppd xmm0, xmmword ptr [rip + M15], 7
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cmpsd ord: greater, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, xmm1, 7
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cmpsd ord: QNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cmpsd xmm0, qword ptr [rip + M16], 7
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M2:	.quad 0xfff8000000054321, 0x0
	.balign 16
M3:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M4:	.quad 0xfff8000000054321, 0x0
	.balign 16
M5:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M6:	.quad 0xfff8000000054321, 0x0
	.balign 16
M7:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M8:	.quad 0xfff8000000054321, 0x0
	.balign 16
M9:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M10:	.quad 0xfff8000000054321, 0x0
	.balign 16
M11:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M12:	.quad 0xfff8000000054321, 0x0
	.balign 16
M13:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M14:	.quad 0xfff8000000054321, 0x0
	.balign 16
M15:	.quad 0x3ff0000000000000, 0x0
	.balign 16
M16:	.quad 0xfff8000000054321, 0x0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
