/* SPDX-License-Identifier: GPL-2.0-or-later */
/* x87 overflow and underflow in each rounding mode (OE/UE/PE, C1, largest finite vs infinity), signed exact zeros, division by zero, 0/0 indefinite, fsqrt in each precision. */
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
