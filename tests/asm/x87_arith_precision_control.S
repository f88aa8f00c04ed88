/* SPDX-License-Identifier: GPL-2.0-or-later */
/* x87 add/sub/subr/mul/div/divr rounded to 24 and 53 bits (FCW precision control) in the four rounding modes, with C1 and PE. */
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
third:	.quad 0xaaaaaaaaaaaaaaab
	.word 0x3ffd
	.balign 16
big:	.quad 0xffffffffffffffff
	.word 0x7ffe
	.balign 16
tiny:	.quad 0x8000000000000000
	.word 0x0001
	.balign 16
seven:	.quad 0xe000000000000000
	.word 0x4001
f32a:	.long 0x3fc00001
f64a:	.quad 0x3ff0000000000001
i16a:	.word -3
i32a:	.long 1000003
	.popsection

	/* all rounding modes x all precisions: 1/3 + 7 and 7 / 3 (st0, st(i)) */
	fninit
	SETCW 0x027f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaaa800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa800000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x067f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaaa800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa7fffffffffff800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x0a7f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaab000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa800000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x0e7f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaaa800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa7fffffffffff800
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x007f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaab0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa800000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c310000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x047f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaa0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa7ffff0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555560000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c300000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x087f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaab0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa800000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555560000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c310000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555560000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x0c7f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaa0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa7ffff0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c300000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000


	PASS

	.data
	.balign 16
tmp80:	.zero 16
