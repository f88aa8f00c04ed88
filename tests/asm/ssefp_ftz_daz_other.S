/* SPDX-License-Identifier: GPL-2.0-or-later */
/* MXCSR FTZ and DAZ for compares, min/max, conversions, round and horizontal adds. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cmpeqps plain: denormal vs zero */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x3f80000000400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000080400000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* maxss plain: zero vs denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* cvtss2sd plain: denormal single */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x80400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtss2sd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xb800000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* cvtsd2ss plain: double that is a single denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3800000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsd2ss plain: rounds to the smallest normal single */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x380fffffffffffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundps plain: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8040000000400000
	movq xmm1, rax
	movabs rax, 0x3f0000003f800000
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0x800000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f8000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* haddps plain */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000400000
	movq xmm0, rax
	movabs rax, 0x80c0000000800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x8000000000400000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8040000000800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* cmpeqps FTZ: denormal vs zero */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x3f80000000400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000080400000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9f82
	/* maxss FTZ: zero vs denormal */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9f82
	/* cvtss2sd FTZ: denormal single */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x80400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtss2sd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xb800000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9f82
	/* cvtsd2ss FTZ: double that is a single denormal */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3800000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb0
	/* cvtsd2ss FTZ: rounds to the smallest normal single */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x380fffffffffffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fa0
	/* roundps FTZ: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8040000000400000
	movq xmm1, rax
	movabs rax, 0x3f0000003f800000
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0x800000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f8000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fa0
	/* haddps FTZ */
	mov dword ptr [rip + mxbuf], 0x9f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000400000
	movq xmm0, rax
	movabs rax, 0x80c0000000800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x8000000000400000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb2
	/* cmpeqps DAZ: denormal vs zero */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x3f80000000400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000080400000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* maxss DAZ: zero vs denormal */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* cvtss2sd DAZ: denormal single */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x80400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtss2sd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* cvtsd2ss DAZ: double that is a single denormal */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3800000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* cvtsd2ss DAZ: rounds to the smallest normal single */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x380fffffffffffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fe0
	/* roundps DAZ: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8040000000400000
	movq xmm1, rax
	movabs rax, 0x3f0000003f800000
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f8000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fe0
	/* haddps DAZ */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000400000
	movq xmm0, rax
	movabs rax, 0x80c0000000800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x8000000000400000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8040000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* cmpeqps FTZ+DAZ: denormal vs zero */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8040000000400000
	movq xmm0, rax
	movabs rax, 0x3f80000000400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x40000080400000
	pinsrq xmm1, rax, 1
	cmpps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fc0
	/* maxss FTZ+DAZ: zero vs denormal */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	maxss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fc0
	/* cvtss2sd FTZ+DAZ: denormal single */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x80400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtss2sd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fc0
	/* cvtsd2ss FTZ+DAZ: double that is a single denormal */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3800000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9ff0
	/* cvtsd2ss FTZ+DAZ: rounds to the smallest normal single */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x380fffffffffffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fe0
	/* roundps FTZ+DAZ: denormal inputs */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x8040000000400000
	movq xmm1, rax
	movabs rax, 0x3f0000003f800000
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f8000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fe0
	/* haddps FTZ+DAZ */
	mov dword ptr [rip + mxbuf], 0x9fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000400000
	movq xmm0, rax
	movabs rax, 0x80c0000000800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x8000000000400000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9ff0
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
mxbuf:	.long 0, 0, 0, 0
