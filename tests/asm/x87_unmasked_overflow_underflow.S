/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unmasked overflow and underflow: register results rounded and scaled by 2^-24576 / 2^24576 with OE/UE, ES and B; a float store that overflows or underflows stores nothing and does not pop. */
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
out:	.quad 0x1111111111111111, 0
big:	.quad 0xc000000000000001
	.word 0x7ffe
	.balign 16
small:	.quad 0xc000000000000001
	.word 0x0001
	.balign 16
third:	.quad 0xaaaaaaaaaaaaaaab
	.word 0x3ffd
	.balign 16
f32big:	.quad 0x8000000000000000
	.word 0x4100
	.popsection
	fninit
	SETCW 0x0377
	fld tbyte ptr [rip + big]
	fld tbyte ptr [rip + big]
	fmulp st(1), st
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xbaa8
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9000000000000002
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x5ffe
	fninit
	SETCW 0x0f77
	fld tbyte ptr [rip + big]
	fld tbyte ptr [rip + big]
	fmulp st(1), st
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb8a8
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9000000000000001
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x5ffe
	fninit
	SETCW 0x036f
	fld tbyte ptr [rip + small]
	fld tbyte ptr [rip + third]
	fmulp st(1), st
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xbab0
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000001
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x6000
	fninit
	SETCW 0x036f
	fld tbyte ptr [rip + small]
	fld tbyte ptr [rip + small]
	fsubp st(1), st
	fld tbyte ptr [rip + small]
	fmul st, st(0)
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb2b0
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9000000000000002
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x2004
	fninit
	SETCW 0x0b6f
	fld tbyte ptr [rip + small]
	fld tbyte ptr [rip + third]
	fmulp st(1), st
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xbab0
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000001
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x6000
	fninit
	SETCW 0x0b6f
	fld tbyte ptr [rip + small]
	fld tbyte ptr [rip + small]
	fsubp st(1), st
	fld tbyte ptr [rip + small]
	fmul st, st(0)
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb2b0
	fnclex
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9000000000000002
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x2004
	fninit
	SETCW 0x0377
	fld tbyte ptr [rip + f32big]
	fstp dword ptr [rip + out]
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb888
	fnclex
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x1111111111111111
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4100
	fninit
	SETCW 0x036f
	fld tbyte ptr [rip + small]
	fst qword ptr [rip + out]
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0xb890
	fnclex
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x1111111111111111
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000001
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x1

	PASS

	.data
	.balign 16
tmp80:	.zero 16
