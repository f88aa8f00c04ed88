/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Sign-extended immediates (imm8 and imm32 encodings) reach the full operand width. */
#include "check.inc"

	/* fail unless condition \cc holds (jcc only: no flag instructions needed) */
	.macro CHECK_CC cc
	j\cc 9101f
	FAIL_HERE
9101:
	.endm
	.globl _start
	.text
_start:
	/* 83 /0 ib: add r16, imm8 sign-extended to 16 bits */
	movabs rcx, 0x1111111111111234
	add cx, -1
	CHECK_CC c
	CHECK_EQ rcx, 0x1111111111111233
	/* 83 /0 ib: 32-bit result zero-extends */
	mov rax, -1
	add eax, -1
	CHECK_EQ rax, 0xfffffffe
	/* REX.W 83 /4 ib and REX.W 81 /4 id */
	mov r12, -1
	and r12, -128
	CHECK_EQ r12, 0xffffffffffffff80
	mov r12, -1
	and r12, -129
	CHECK_EQ r12, 0xffffffffffffff7f
	/* REX.W C7 /0 id: mov r64, imm32 sign-extended */
	mov rax, -2147483648
	CHECK_EQ rax, 0xffffffff80000000
	/* mov m64, imm32 and sub m16, imm8 */
	lea rbx, [rip + buf]
	mov qword ptr [rbx], -2
	CHECK_MEM64 [rbx], 0xfffffffffffffffe
	mov qword ptr [rbx], 0
	sub word ptr [rbx], -1
	CHECK_MEM64 [rbx], 1
	/* cmp r64, imm8: -1 compares equal to all ones */
	mov rdx, -1
	cmp rdx, -1
	CHECK_CC e
	/* test r64, imm32 (sign-extended): bit 63 is tested */
	mov rdx, 0x8000000000000000
	test rdx, -129
	CHECK_CC s
	/* adc r16, imm8 */
	mov esi, 0
	cmp esi, 1 /* CF = 1 */
	adc si, -1
	CHECK_CC c
	CHECK_CC e
	CHECK_EQ rsi, 0
	PASS

	.bss
buf:	.skip 16
