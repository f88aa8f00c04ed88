/* SPDX-License-Identifier: GPL-2.0-or-later */
/* x87 add/sub/subr/mul/div/divr in every encoding (st0/st(i), st(i)/st0, pop, m32, m64, m16/m32 int) under the four rounding modes and three precision controls, with C1 and exception flags. */
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
	SETCW 0x037f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaaaaab
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
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c30d
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555556
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa7ffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555556
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c30c
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3220
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaaaaab
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
	CHECK_EQ rax, 0xd555555555555556
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c30d
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555556
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaaaaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fdiv st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa7ffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + third]
	fld tbyte ptr [rip + seven]
	fsub st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fsubr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c30c
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fmul st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x2820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
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

	/* st(i), st0 forms and popping forms */
	fninit
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fsub st(1), st
	fxch
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fsubr st(1), st
	fxch
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fdiv st(1), st
	fxch
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa800000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fdivr st(1), st
	fxch
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c30d
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fadd st(1), st
	fmul st(1), st
	fxch
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9c71c71c71c71c72
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fsubp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fsubrp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fdivp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa800000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	fdivrp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc30c30c30c30c30d
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffa
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + third]
	faddp st(2), st
	fmulp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x861

	/* memory operands */
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + third]
	fadd dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaabaaaaaaaaab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fld tbyte ptr [rip + third]
	fsub qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaaaaaaaaabaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	fld tbyte ptr [rip + third]
	fsubr dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555565555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fld tbyte ptr [rip + third]
	fmul qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaaaaaaaaab556
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fld tbyte ptr [rip + third]
	fdiv dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xe38e37b425ee9e07
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffc
	fld tbyte ptr [rip + third]
	fdivr qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000c00
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fiadd word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaaaaaaaaaaaab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fld tbyte ptr [rip + third]
	fisub dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xf4242aaaaaaaaaab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc012
	fld tbyte ptr [rip + third]
	fisubr word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fld tbyte ptr [rip + third]
	fimul dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa2c2caaaaaaaaaab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4011
	fld tbyte ptr [rip + third]
	fidiv word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xe38e38e38e38e38f
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffb
	fld tbyte ptr [rip + third]
	fidivr dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb71b240000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4014
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + third]
	fadd dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaabaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fld tbyte ptr [rip + third]
	fsub qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaaaaaaaaabaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	fld tbyte ptr [rip + third]
	fsubr dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555565555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fld tbyte ptr [rip + third]
	fmul qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaaaaaaaaab555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fld tbyte ptr [rip + third]
	fdiv dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xe38e37b425ee9e06
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffc
	fld tbyte ptr [rip + third]
	fdivr qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000bff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fiadd word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaaaaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fld tbyte ptr [rip + third]
	fisub dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xf4242aaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc012
	fld tbyte ptr [rip + third]
	fisubr word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555555555555555
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fld tbyte ptr [rip + third]
	fimul dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa2c2caaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4011
	fld tbyte ptr [rip + third]
	fidiv word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xe38e38e38e38e38e
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffb
	fld tbyte ptr [rip + third]
	fidivr dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb71b23ffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4014
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x007f
	fld tbyte ptr [rip + third]
	fadd dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xeaaaac0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fld tbyte ptr [rip + third]
	fsub qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaab0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	fld tbyte ptr [rip + third]
	fsubr dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9555560000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fld tbyte ptr [rip + third]
	fmul qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaab0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fld tbyte ptr [rip + third]
	fdiv dword ptr [rip + f32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xe38e380000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffc
	fld tbyte ptr [rip + third]
	fdivr qword ptr [rip + f64a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fiadd word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xaaaaab0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fld tbyte ptr [rip + third]
	fisub dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xf4242b0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc012
	fld tbyte ptr [rip + third]
	fisubr word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd555550000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fld tbyte ptr [rip + third]
	fimul dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa2c2cb0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4011
	fld tbyte ptr [rip + third]
	fidiv word ptr [rip + i16a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xe38e390000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffb
	fld tbyte ptr [rip + third]
	fidivr dword ptr [rip + i32a]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb71b240000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4014
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20

	/* overflow and underflow in each rounding mode: OE/UE/PE, C1 */
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + big]
	fld tbyte ptr [rip + big]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a28
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + big]
	fchs
	fld tbyte ptr [rip + big]
	faddp st(1), st
	fld tbyte ptr [rip + big]
	fchs
	faddp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xffffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xfffe
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + third]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a30
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x2aaaaaaaaaaaaaab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + seven]
	fdivp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3830
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x1249249249249249
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + big]
	fld tbyte ptr [rip + big]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3828
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xffffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7ffe
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + big]
	fchs
	fld tbyte ptr [rip + big]
	faddp st(1), st
	fld tbyte ptr [rip + big]
	fchs
	faddp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xffffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xfffe
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + third]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3830
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x2aaaaaaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + seven]
	fdivp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3830
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x1249249249249249
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + big]
	fld tbyte ptr [rip + big]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a28
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + big]
	fchs
	fld tbyte ptr [rip + big]
	faddp st(1), st
	fld tbyte ptr [rip + big]
	fchs
	faddp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xffffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xfffe
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + third]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a30
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x2aaaaaaaaaaaaaab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + seven]
	fdivp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a30
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x124924924924924a
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + big]
	fld tbyte ptr [rip + big]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3828
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xffffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7ffe
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + big]
	fchs
	fld tbyte ptr [rip + big]
	faddp st(1), st
	fld tbyte ptr [rip + big]
	fchs
	faddp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xffffffffffffffff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xfffe
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + third]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3830
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x2aaaaaaaaaaaaaaa
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + seven]
	fdivp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3830
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x1249249249249249
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x007f
	fld tbyte ptr [rip + big]
	fld tbyte ptr [rip + big]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a28
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	SETCW 0x007f
	fld tbyte ptr [rip + big]
	fchs
	fld tbyte ptr [rip + big]
	faddp st(1), st
	fld tbyte ptr [rip + big]
	fchs
	faddp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a28
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	SETCW 0x007f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + third]
	fmulp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a30
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x2aaaab0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x007f
	fld tbyte ptr [rip + tiny]
	fld tbyte ptr [rip + seven]
	fdivp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a30
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x1249250000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0

	/* exact zero results: sign by rounding mode; x - x */
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + seven]
	fsubp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	fldz
	fchs
	faddp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + seven]
	fld tbyte ptr [rip + seven]
	fsubp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x8000
	fldz
	fldz
	fchs
	faddp st(1), st
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x8000

	/* division by zero (ZE) and 0/0 (IE, indefinite) */
	fninit
	fld tbyte ptr [rip + seven]
	fldz
	fdivp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3804
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fldz
	fldz
	fdivp st(1), st
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	/* sqrt in each precision and rounding */
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + seven]
	fsqrt
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa953fd4e97c74dbc
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fsqrt
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x93cd3a2c8198e269
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + seven]
	fsqrt
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa953fd4e97c74dbc
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fsqrt
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x93cd3a2c8198e269
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + seven]
	fsqrt
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa953fd4e97c74dbd
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fsqrt
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x93cd3a2c8198e26a
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + seven]
	fsqrt
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa953fd4e97c74dbc
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fsqrt
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x93cd3a2c8198e269
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	SETCW 0x027f
	fld tbyte ptr [rip + seven]
	fsqrt
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa953fd4e97c75000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fsqrt
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x93cd3a2c8198e000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	SETCW 0x007f
	fld tbyte ptr [rip + seven]
	fsqrt
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa953fd0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fld tbyte ptr [rip + third]
	fsqrt
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x93cd3a0000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	fld1
	fchs
	fsqrt
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff

	PASS

	.data
	.balign 16
tmp80:	.zero 16
