/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cvtsd2si to 32- and 64-bit registers: MXCSR rounding, integer indefinite on NaN and overflow (IE), PE. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cvtsd2si eax, 1.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff8000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si rax, 1.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff8000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si eax, -2.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0xfffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si rax, -2.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0xfffffffffffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si eax, 2^31 - 1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x41dfffffffc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x7fffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsd2si rax, 2^31 - 1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x41dfffffffc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x7fffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsd2si eax, 2^31 - 0.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x41dfffffffe00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si rax, 2^31 - 0.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x41dfffffffe00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si eax, -2^31 - 0.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc1e0000000100000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si rax, -2^31 - 0.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc1e0000000100000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0xffffffff80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si eax, 2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x43e0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si rax, 2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x43e0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si eax, -2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc3e0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si rax, -2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc3e0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsd2si eax, SNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si rax, SNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si eax, inf */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si rax, inf */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtsd2si rax, 2.5 rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si rax, 2.5 rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvtsd2si rax, 2.5 rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x3
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvtsd2si rax, 2.5 rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* cvtsd2si r9, memory */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc1d0000000000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvtsd2si r9, qword ptr [rip + M1]
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0xc1d0000000000001, 0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
