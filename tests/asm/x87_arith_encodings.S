/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Every x87 arithmetic encoding: st(i),st0 destinations, the popping forms, m32/m64 real and m16/m32 integer operands, under three control words. */
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


	PASS

	.data
	.balign 16
tmp80:	.zero 16
