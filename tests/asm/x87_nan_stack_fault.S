/* SPDX-License-Identifier: GPL-2.0-or-later */
/* NaN propagation (larger significand, QNaN over SNaN), invalid operations giving the real indefinite, stack overflow and underflow (IE+SF, C1), fxch/ffree/ffreep/fincstp/fdecstp and the tag word they leave (fnstenv). */
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
	.pushsection .data
	.balign 16
env:	.zero 32
qa:	.quad 0xc000000000000500
	.word 0x7fff
	.balign 16
qb:	.quad 0xc000000000000700
	.word 0xffff
	.balign 16
sa:	.quad 0x8000000000000900
	.word 0x7fff
	.balign 16
sb:	.quad 0x8000000000000300
	.word 0xffff
	.balign 16
inf:	.quad 0x8000000000000000
	.word 0x7fff
	.balign 16
unn:	.quad 0x0000000000001234
	.word 0x4000
	.balign 16
pinf:	.quad 0x0000000000000000
	.word 0x7fff
	.balign 16
one:	.quad 0x8000000000000000
	.word 0x3fff
	.popsection

	fninit
	fld tbyte ptr [rip + qb]
	fld tbyte ptr [rip + qa]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + qb]
	fld tbyte ptr [rip + qa]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + qb]
	fld tbyte ptr [rip + qa]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + qa]
	fld tbyte ptr [rip + qb]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + qa]
	fld tbyte ptr [rip + qb]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + qa]
	fld tbyte ptr [rip + qb]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + sb]
	fld tbyte ptr [rip + sa]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sb]
	fld tbyte ptr [rip + sa]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sb]
	fld tbyte ptr [rip + sa]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + qa]
	fld tbyte ptr [rip + sb]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000500
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + qa]
	fld tbyte ptr [rip + sb]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000500
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + qa]
	fld tbyte ptr [rip + sb]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000500
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sb]
	fld tbyte ptr [rip + qa]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000500
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sb]
	fld tbyte ptr [rip + qa]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000500
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sb]
	fld tbyte ptr [rip + qa]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000500
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sa]
	fld tbyte ptr [rip + one]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sa]
	fld tbyte ptr [rip + one]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sa]
	fld tbyte ptr [rip + one]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + qb]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + qb]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + qb]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000700
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + unn]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + unn]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + unn]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + pinf]
	fld tbyte ptr [rip + one]
	faddp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + pinf]
	fld tbyte ptr [rip + one]
	fmul st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + pinf]
	fld tbyte ptr [rip + one]
	fdivr st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	/* invalid operations */
	fninit
	fld tbyte ptr [rip + inf]
	fld tbyte ptr [rip + inf]
	fsubp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + inf]
	fldz
	fmulp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + inf]
	fld tbyte ptr [rip + inf]
	fdivp st(1), st
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + sa]
	fsqrt
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + sa]
	fchs
	fabs
	fnstsw ax
	and eax, 0x387f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000900
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	/* stack underflow: empty operands */
	fninit
	fadd st, st(1)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x41
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld1
	fadd st, st(3)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3841
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fstp dword ptr [rip + env]
	mov eax, dword ptr [rip + env]
	CHECK_EQ rax, 0xffc00000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x841
	fninit
	fistp dword ptr [rip + env]
	mov eax, dword ptr [rip + env]
	CHECK_EQ rax, 0x80000000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x841
	fninit
	fld st(5)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3841
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fcom st(1)
	fnstsw ax
	and eax, 0x7f7f
	CHECK_EQ rax, 0x4541
	/* stack overflow: ninth push */
	fninit
	.rept 8
	fld1
	.endr
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x0
	fldpi
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a41
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x41
	/* fxch with an empty register */
	fninit
	fld1
	fxch st(2)
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3841
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	/* tag word after ffree/ffreep/fincstp/fdecstp */
	fninit
	fld1
	fldz
	fld tbyte ptr [rip + inf]
	fld tbyte ptr [rip + unn]
	fnstenv [rip + env]
	movzx eax, word ptr [rip + env + 8]
	CHECK_EQ rax, 0x1aff
	movzx eax, word ptr [rip + env + 4]
	CHECK_EQ rax, 0x2000
	fldcw word ptr [rip + env]
	ffree st(1)
	fnstenv [rip + env]
	movzx eax, word ptr [rip + env + 8]
	CHECK_EQ rax, 0x1eff
	fldcw word ptr [rip + env]
	ffreep st(0)
	fnstenv [rip + env]
	movzx eax, word ptr [rip + env + 8]
	CHECK_EQ rax, 0x1fff
	movzx eax, word ptr [rip + env + 4]
	CHECK_EQ rax, 0x2800
	fldcw word ptr [rip + env]
	fincstp
	fincstp
	fnstsw ax
	and eax, 0x3fff
	CHECK_EQ rax, 0x3800
	fdecstp
	fnstsw ax
	and eax, 0x3fff
	CHECK_EQ rax, 0x3000
	fnstenv [rip + env]
	movzx eax, word ptr [rip + env + 8]
	CHECK_EQ rax, 0x1fff
	fldcw word ptr [rip + env]
	/* fnclex clears exceptions and SF but not condition codes */
	fninit
	fadd st, st(1)
	fld1
	ftst
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x3841
	fnclex
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x3800
	fninit
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x0
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0x37f

	PASS

	.data
	.balign 16
tmp80:	.zero 16
