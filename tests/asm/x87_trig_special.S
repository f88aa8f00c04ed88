/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fsin/fcos/fsincos/fptan of NaNs, infinities, zeros, denormals and empty registers: flags, results and how many values are pushed. */
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
qnan:	.quad 0xc000000000001234
	.word 0x7fff
	.balign 16
snan:	.quad 0x8000000000001234
	.word 0xffff
	.balign 16
inf:	.quad 0x8000000000000000
	.word 0xffff
	.balign 16
den:	.quad 0x0000000000001234
	.word 0x0000
	.balign 16
mzero:	.quad 0
	.word 0x8000
	.popsection
	fninit
	fld tbyte ptr [rip + qnan]
	fsin
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + qnan]
	fcos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + qnan]
	fsincos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + qnan]
	fptan
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld tbyte ptr [rip + snan]
	fsin
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + snan]
	fcos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + snan]
	fsincos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3001
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + snan]
	fptan
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3001
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000001234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + inf]
	fsin
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + inf]
	fcos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + inf]
	fsincos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3001
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + inf]
	fptan
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3001
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld tbyte ptr [rip + den]
	fsin
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3832
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x1234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	fld tbyte ptr [rip + den]
	fcos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3822
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	fld tbyte ptr [rip + den]
	fsincos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3032
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	fld tbyte ptr [rip + den]
	fptan
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3032
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	fld tbyte ptr [rip + mzero]
	fsin
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x8000
	fninit
	fld tbyte ptr [rip + mzero]
	fcos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	fld tbyte ptr [rip + mzero]
	fsincos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	fld tbyte ptr [rip + mzero]
	fptan
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	fsin
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x41
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fcos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x41
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fsincos
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3841
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fptan
	fnstsw ax
	and eax, 0x3d7f
	CHECK_EQ rax, 0x3841
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld1
	.rept 7
	fld1
	.endr
	fptan
	fnstsw ax
	and eax, 0x3fff
	CHECK_EQ rax, 0x3a41
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

	PASS

	.data
	.balign 16
tmp80:	.zero 16
