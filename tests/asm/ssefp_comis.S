/* SPDX-License-Identifier: GPL-2.0-or-later */
/* comiss/comisd/ucomiss/ucomisd: ZF/PF/CF (unordered 1/1/1), OF/SF/AF cleared, IE on QNaN only for comis. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* comiss less */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comiss greater */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comiss equal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comiss -0 == +0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x80000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comiss QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc12345
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* comiss SNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f800001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* comiss -inf < max */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comiss denormal vs 0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* comiss greater (memory) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40400000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comiss xmm0, dword ptr [rip + M1]
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomiss less */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomiss greater */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomiss equal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomiss -0 == +0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x80000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomiss QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc12345
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomiss SNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f800001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* ucomiss -inf < max */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff800000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomiss denormal vs 0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* ucomiss greater (memory) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40400000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomiss xmm0, dword ptr [rip + M2]
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comisd less */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comisd greater */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4000000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comisd equal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* comisd QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* comisd SNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff0000000000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* comisd denormal vs 0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* comisd QNaN (memory) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	comisd xmm0, qword ptr [rip + M3]
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* ucomisd less */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomisd greater */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4000000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomisd equal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomisd QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* ucomisd SNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff0000000000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* ucomisd denormal vs 0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomisd xmm0, xmm1
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* ucomisd QNaN (memory) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov al, 0x7f
	add al, 1
	ucomisd xmm0, qword ptr [rip + M4]
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x40000000, 0
	.balign 16
M2:	.quad 0x40000000, 0
	.balign 16
M3:	.quad 0xfff8000000054321, 0
	.balign 16
M4:	.quad 0xfff8000000054321, 0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
