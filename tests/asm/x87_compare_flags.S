/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fcom/fcomp/fcompp/fucom/fucomp/fucompp/ficom/ficomp (C0 C2 C3), fcomi/fcomip/fucomi/fucomip (ZF PF CF, OF SF AF cleared), ftst, fxam of every class, and the eight fcmovcc. */
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
one:	.quad 0x8000000000000000
	.word 0x3fff
	.balign 16
two:	.quad 0x8000000000000000
	.word 0x4000
	.balign 16
qnan:	.quad 0xc000000000000123
	.word 0x7fff
	.balign 16
snan:	.quad 0x8000000000000456
	.word 0xffff
	.balign 16
inf:	.quad 0x8000000000000000
	.word 0xffff
	.balign 16
den:	.quad 0x0000000012345678
	.word 0x0000
	.balign 16
pden:	.quad 0x8000000000000001
	.word 0x8000
	.balign 16
unnorm:	.quad 0x4000000000000000
	.word 0x3fff
f32two:	.long 0x40000000
f64one:	.quad 0x3ff0000000000000
i16two:	.word 2
i32m:	.long -5
	.balign 8
savedfl: .quad 0
	.popsection


	/* set some flags first so that clearing OF SF AF is visible */
	mov eax, 0x7fffffff
	add eax, 1
	fninit
	fld tbyte ptr [rip + two]
	fld tbyte ptr [rip + one]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + two]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + one]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4000
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4000
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4000
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4000
	fninit
	fld tbyte ptr [rip + qnan]
	fld tbyte ptr [rip + one]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + snan]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + inf]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fninit
	fld tbyte ptr [rip + one]
	fld tbyte ptr [rip + den]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x1
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fninit
	fld tbyte ptr [rip + unnorm]
	fld tbyte ptr [rip + one]
	fcom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fucom st(1)
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fcomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fucomi st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	/* popping forms: TOP and tags */
	fninit
	fld1
	fld1
	fld1
	fldz
	fcomp st(1)
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x2900
	fcompp
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x7800
	fld1
	fldz
	fucompp
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x3900
	fld1
	fldz
	fucomp st(1)
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x3100
	fcomip st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x40
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x3900
	fld tbyte ptr [rip + qnan]
	fucomip st, st(1)
	pushfq
	pop rax
	and eax, 0x8d5
	CHECK_EQ rax, 0x45
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x3900
	/* memory compares */
	fninit
	fld1
	fcom dword ptr [rip + f32two]
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fcom qword ptr [rip + f64one]
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4000
	ficom word ptr [rip + i16two]
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	ficom dword ptr [rip + i32m]
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fld1
	fcomp qword ptr [rip + f64one]
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x7800
	fld1
	ficomp dword ptr [rip + i32m]
	fnstsw ax
	and eax, 0x7f45
	CHECK_EQ rax, 0x3800
	/* ftst */
	fninit
	fld tbyte ptr [rip + one]
	ftst
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fninit
	fld tbyte ptr [rip + inf]
	ftst
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fninit
	fld tbyte ptr [rip + den]
	ftst
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fninit
	fld tbyte ptr [rip + qnan]
	ftst
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fninit
	fld tbyte ptr [rip + snan]
	ftst
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4501
	fninit
	fldz
	fchs
	ftst
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4000
	/* fxam: every class, and an empty register */
	fninit
	fld tbyte ptr [rip + one]
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x400
	fchs
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x600
	fninit
	fld tbyte ptr [rip + inf]
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x700
	fchs
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x500
	fninit
	fld tbyte ptr [rip + den]
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4400
	fchs
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4600
	fninit
	fld tbyte ptr [rip + pden]
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4600
	fchs
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4400
	fninit
	fld tbyte ptr [rip + qnan]
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fchs
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x300
	fninit
	fld tbyte ptr [rip + snan]
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x300
	fchs
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x100
	fninit
	fld tbyte ptr [rip + unnorm]
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x0
	fchs
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x200
	fninit
	fldz
	fxam
	fnstsw ax
	and eax, 0x4745
	CHECK_EQ rax, 0x4000
	fninit
	fxam
	fnstsw ax
	and eax, 0x4500
	CHECK_EQ rax, 0x4100
	/* fcmovcc: each condition true and false */
	mov eax, 1
	cmp eax, 2	/* CF=1 ZF=0 PF: result 0xff... */
	pushfq
	pop qword ptr [rip + savedfl]
	fninit
	fld1
	fldz
	fcmovb st, st(1)
	fcmovnb st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmove st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovne st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovbe st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovnbe st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovu st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovnu st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	mov eax, 2
	cmp eax, 2	/* ZF=1 CF=0 PF=1 */
	pushfq
	pop qword ptr [rip + savedfl]
	fninit
	fld1
	fldz
	fcmovb st, st(1)
	fcmovnb st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmove st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovne st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovbe st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovnbe st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovu st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovnu st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	mov eax, 3
	cmp eax, 1	/* all clear, PF=0 */
	pushfq
	pop qword ptr [rip + savedfl]
	fninit
	fld1
	fldz
	fcmovb st, st(1)
	fcmovnb st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmove st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovne st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovbe st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovnbe st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovu st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fldz
	push qword ptr [rip + savedfl]
	popfq
	fcmovnu st, st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff

	PASS

	.data
	.balign 16
tmp80:	.zero 16
