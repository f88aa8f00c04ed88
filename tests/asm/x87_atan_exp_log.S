/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fpatan/f2xm1/fyl2x/fyl2xp1 against the real CPU: results may differ from it by up to 2 ulp in the significand (the hardware's own error), exponent and sign exact; invalid and divide-by-zero cases exact. */
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
	.pushsection .data
	.balign 16
c_half:	.quad 0x8000000000000000
	.word 0x3ffe
	.balign 16
c_one:	.quad 0x8000000000000000
	.word 0x3fff
	.balign 16
c_m2:	.quad 0x8000000000000000
	.word 0xc000
	.balign 16
c_3:	.quad 0xc000000000000000
	.word 0x4000
	.balign 16
c_small: .quad 0xa7c5ac471b478423	/* 1e-5 */
	.word 0x3fee
	.balign 16
c_2p63:	.quad 0x8000000000000000
	.word 0x403e
	.balign 16
c_m1p2:	.quad 0x9999999999999999
	.word 0xbfff
	.balign 16
c_m075:	.quad 0xc000000000000000
	.word 0xbffe
	.balign 16
c_tiny:	.quad 0xdbe6fecebdedd5bf	/* 1e-10 */
	.word 0x3fdd
	.balign 16
c_10:	.quad 0xa000000000000000
	.word 0x4002
	.balign 16
c_03:	.quad 0x999999999999999a
	.word 0x3ffd
	.balign 16
c_m25:	.quad 0xa000000000000000
	.word 0xc000
	.balign 16
c_1024:	.quad 0x8000000000000000
	.word 0x4009
	.balign 16
c_q:	.quad 0x8000000000000000	/* 0.25 */
	.word 0x3ffd
	.balign 16
c_m01:	.quad 0xcccccccccccccccd
	.word 0xbffb
	.balign 16
c_inf:	.quad 0x8000000000000000
	.word 0x7fff
	.popsection

	/* fpatan(y = st1, x = st0) in every quadrant */
	fninit
	LD c_one
	LD c_half
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8db70c975df22363, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	LD c_one
	LD c_m2
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xab63739cbfad72cc, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_one
	LD c_10
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xcc1f1417166261d7, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffb
	fninit
	LD c_m2
	LD c_half
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa9b464a8f4e7e4d2, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	LD c_m2
	LD c_m2
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x96cbe3f9990e91a8, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	fninit
	LD c_m2
	LD c_10
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xca220fc7b9305b2f, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffc
	fninit
	LD c_3
	LD c_half
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xb3ec431de4cde4c9, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	LD c_3
	LD c_m2
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8a29c2fd1d7b8bf5, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_3
	LD c_10
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x9539d330f5782f19, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fninit
	LD c_small
	LD c_half
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa7c5ac46bb33db7f, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fef
	fninit
	LD c_small
	LD c_m2
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xc90fc5a96bdfdf8c, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_small
	LD c_10
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8637bd05af3b38bb, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3feb
	fninit
	fldz
	LD c_m2
	fpatan
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xc90fdaa22168c235, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	/* f2xm1 */
	fninit
	LD c_half
	f2xm1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xd413cccfe7799211, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fninit
	LD c_m075
	f2xm1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xcf901f5ce48ead21, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffd
	fninit
	LD c_tiny
	f2xm1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x986cb7a12110919d, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fdd
	fninit
	LD c_one
	f2xm1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8000000000000000, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	/* fyl2x: st1 * log2(st0) */
	fninit
	LD c_one
	LD c_10
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xd49a784bcd1b8afe, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_one
	LD c_03
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xde54e37a9c4bd22c, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	LD c_one
	LD c_1024
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa000000000000000, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4002
	fninit
	LD c_one
	LD c_half
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8000000000000000, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfff
	fninit
	LD c_m25
	LD c_10
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x84e08b2f603136df, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc002
	fninit
	LD c_m25
	LD c_03
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8af50e2ca1af635c, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4001
	fninit
	LD c_m25
	LD c_1024
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xc800000000000000, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc003
	fninit
	LD c_m25
	LD c_half
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa000000000000000, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_3
	LD c_10
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x9f73da38d9d4a83f, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4002
	fninit
	LD c_3
	LD c_03
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa6bfaa9bf538dda1, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc001
	fninit
	LD c_3
	LD c_1024
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xf000000000000000, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4003
	fninit
	LD c_3
	LD c_half
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xc000000000000000, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	/* fyl2xp1: st1 * log2(st0 + 1) */
	fninit
	LD c_one
	LD c_q
	fyl2xp1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa4d3c25e68dc57f2, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fninit
	LD c_one
	LD c_m01
	fyl2xp1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x9ba6b2ecf30472e8, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffc
	fninit
	LD c_one
	LD c_tiny
	fyl2xp1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x9ea0415b6f908c1f, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fde
	fninit
	LD c_m25
	LD c_q
	fyl2xp1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xce08b2f603136def, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	fninit
	LD c_m25
	LD c_m01
	fyl2xp1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xc2905fa82fc58fa1, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fninit
	LD c_m25
	LD c_tiny
	fyl2xp1
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xc64851b24b74af26, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbfdf
	/* special operands */
	fninit
	LD c_inf
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld1
	fldz
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3804
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fld1
	LD c_m2
	fyl2x
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fninit
	fldz
	fldz
	fpatan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fninit
	fldz
	fchs
	fsin
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x8000

	PASS

	.data
	.balign 16
tmp80:	.zero 16
