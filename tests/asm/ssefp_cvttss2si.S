/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cvttss2si to 32- and 64-bit registers: truncation, integer indefinite on NaN and overflow (IE), PE, DAZ. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cvttss2si eax, 1.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si rax, 1.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3fc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si eax, 2.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40200000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si rax, 2.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x40200000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si eax, -1.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbfc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0xffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si rax, -1.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xbfc00000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si eax, largest single below 2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4effffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x7fffff80
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvttss2si rax, largest single below 2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4effffff
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x7fffff80
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvttss2si eax, 2^31 (overflow for 32 bits) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4f000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si rax, 2^31 (overflow for 32 bits) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4f000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvttss2si eax, -2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xcf000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvttss2si rax, -2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xcf000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0xffffffff80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvttss2si eax, 2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x5f000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si rax, 2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x5f000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si eax, -2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xdf000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si rax, -2^63 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xdf000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvttss2si eax, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc12345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si rax, QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc12345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si eax, -inf */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si rax, -inf */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xff800000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttss2si eax, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si rax, denormal */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si eax, -2.75 rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc0300000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0xfffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttss2si eax, -2.75 rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc0300000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0xfffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvttss2si eax, -2.75 rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc0300000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0xfffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvttss2si eax, -2.75 rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xc0300000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si eax, xmm1
	CHECK_EQ rax, 0xfffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* cvttss2si rax, denormal with DAZ */
	mov dword ptr [rip + mxbuf], 0x1fc0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x80400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si rax, xmm1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fc0
	/* cvttss2si ecx, memory */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x42f6e979
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mov rax, -1
	cvttss2si ecx, dword ptr [rip + M1]
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x42f6e979, 0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
