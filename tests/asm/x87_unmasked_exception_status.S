/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unmasked x87 exceptions without a trap: the status word gets the flag plus ES and B, the destination and TOP stay unchanged for IE/ZE/DE, fnstsw/fnstcw/fnclex/fninit (no-wait forms) work with the exception pending; fldcw recomputes ES. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	/* CHECK_NEAR reg, imm64, tol: |reg - imm| <= tol (r10, r11 clobbered) */
	.macro CHECK_NEAR reg, val, tol
	movabs r11, \val
	sub r11, \reg
	mov r10, r11
	neg r10
	cmovs r10, r11
	cmp r10, \tol
	jbe 9005f
	FAIL_HERE
9005:
	.endm

	.globl _start
	.text
_start:
	.macro SETCW v
	mov word ptr [rip + cwtmp], \v
	fldcw word ptr [rip + cwtmp]
	.endm
	.pushsection .data
	.balign 16
cwtmp:	.word 0, 0
out:	.zero 16
den:	.quad 0x0000000000001234
	.word 0x0000
	.popsection

	/* ZE unmasked: 1/0 */
	fninit
	SETCW 0x037b
	fld1
	fldz
	fdivp st(1), st
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb084
	fnstcw word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0x37b
	fnclex
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	/* IE unmasked: sqrt(-1), 0/0 with fdiv st, st(1) */
	fninit
	SETCW 0x037e
	fld1
	fchs
	fsqrt
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb881
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	SETCW 0x037e
	fldz
	fldz
	fdiv st, st(1)
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb081
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	/* DE unmasked */
	fninit
	SETCW 0x037d
	fld1
	fld tbyte ptr [rip + den]
	fadd st, st(1)
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb082
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x1234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	/* PE unmasked: the rounded result is written */
	fninit
	SETCW 0x035f
	fld1
	fldpi
	fdiv st, st(1)
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x3000
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c235
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	/* stack overflow with IE unmasked */
	fninit
	SETCW 0x037e
	.rept 8
	fld1
	.endr
	fldz
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x82c1
	fnclex
	fninit
	/* a masked exception, then unmasking it with fldcw sets ES and B */
	fninit
	fld1
	fldz
	fdivp st(1), st
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x3804
	SETCW 0x037b
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb884
	fnclex
	SETCW 0x037f
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x3800
	fninit
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x0

	PASS

	.data
	.balign 16
tmp80:	.zero 16
