/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fscale (overflow, underflow, fractional scale), fxtract (zero, denormal, infinity), fprem/fprem1 with quotient bits in C0 C3 C1 and partial remainders (C2), frndint in each rounding mode. */
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
	.macro LD v
	fld tbyte ptr [rip + \v]
	.endm
	.macro SETCW v
	mov word ptr [rip + cwtmp], \v
	fldcw word ptr [rip + cwtmp]
	.endm
	.pushsection .data
	.balign 16
cwtmp:	.word 0, 0
c_15:	.quad 0xc000000000000000
	.word 0x3fff
	.balign 16
c_107:	.quad 0xab33333333333333
	.word 0x4002
	.balign 16
c_m2e4:	.quad 0x9c40000000000000	/* -20000 */
	.word 0xc00d
	.balign 16
c_1e5:	.quad 0xc350000000000000
	.word 0x400f
	.balign 16
c_12:	.quad 0xc000000000000000
	.word 0x4002
	.balign 16
c_den:	.quad 0x0000000000010000
	.word 0x0000
	.balign 16
c_inf:	.quad 0x8000000000000000
	.word 0xffff
	.balign 16
c_10:	.quad 0xa000000000000000
	.word 0x4002
	.balign 16
c_m10:	.quad 0xa000000000000000
	.word 0xc002
	.balign 16
c_3:	.quad 0xc000000000000000
	.word 0x4000
	.balign 16
c_11:	.quad 0xb000000000000000
	.word 0x4002
	.balign 16
c_4:	.quad 0x8000000000000000
	.word 0x4001
	.balign 16
c_big:	.quad 0xc90fdaa22168c235	/* pi * 2^100 */
	.word 0x4063
	.balign 16
c_ln2:	.quad 0xb17217f7d1cf79ac
	.word 0x3ffe
	.balign 16
c_25:	.quad 0xa000000000000000
	.word 0x4000
	.balign 16
c_m35:	.quad 0xe000000000000000
	.word 0xc000
	.balign 16
c_m07:	.quad 0xb333333333333333
	.word 0xbffe
	.popsection

	/* fscale: st0 * 2^trunc(st1) */
	fninit
	LD c_107
	LD c_15
	fscale
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4009
	fninit
	LD c_m2e4
	LD c_15
	fscale
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3030
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	LD c_1e5
	LD c_15
	fscale
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3228
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	LD c_inf
	LD c_15
	fscale
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	/* fxtract */
	fninit
	LD c_12
	fxtract
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_den
	fxtract
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3002
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x805a000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc00d
	fninit
	LD c_inf
	fxtract
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fldz
	fxtract
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3004
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	/* fprem / fprem1: st0 rem st1 */
	fninit
	LD c_3
	LD c_10
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4200
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	LD c_4
	LD c_10
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_3
	LD c_m10
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4200
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	LD c_4
	LD c_m10
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fninit
	LD c_3
	LD c_11
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4200
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_4
	LD c_11
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_3
	LD c_15
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	LD c_4
	LD c_15
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	/* partial remainder: loop until C2 clears */
	fninit
	LD c_ln2
	LD c_big
	fprem
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x400
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x82338598bdaa1fb8
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x403e
	fninit
	LD c_ln2
	LD c_big
1:	fprem
	fnstsw ax
	test ah, 4
	jnz 1b
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa60a80990e13df48
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	LD c_3
	LD c_10
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4200
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	LD c_4
	LD c_10
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_3
	LD c_m10
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4200
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	LD c_4
	LD c_m10
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fninit
	LD c_3
	LD c_11
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x100
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	LD c_4
	LD c_11
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4200
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	LD c_3
	LD c_15
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	LD c_4
	LD c_15
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	/* partial remainder: loop until C2 clears */
	fninit
	LD c_ln2
	LD c_big
	fprem1
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x400
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x82338598bdaa1fb8
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x403e
	fninit
	LD c_ln2
	LD c_big
1:	fprem1
	fnstsw ax
	test ah, 4
	jnz 1b
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4200
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb67975ec3bb9a640
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffa
	/* frndint in each rounding mode */
	fninit
	SETCW 0x037f
	LD c_25
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x037f
	LD c_m35
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fninit
	SETCW 0x037f
	LD c_m07
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	SETCW 0x037f
	LD c_107
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4002
	fninit
	SETCW 0x077f
	LD c_25
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x077f
	LD c_m35
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fninit
	SETCW 0x077f
	LD c_m07
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	SETCW 0x077f
	LD c_107
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4002
	fninit
	SETCW 0x0b7f
	LD c_25
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x0b7f
	LD c_m35
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fninit
	SETCW 0x0b7f
	LD c_m07
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x8000
	fninit
	SETCW 0x0b7f
	LD c_107
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4002
	fninit
	SETCW 0x0f7f
	LD c_25
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	SETCW 0x0f7f
	LD c_m35
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fninit
	SETCW 0x0f7f
	LD c_m07
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x8000
	fninit
	SETCW 0x0f7f
	LD c_107
	frndint
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4002

	PASS

	.data
	.balign 16
tmp80:	.zero 16
