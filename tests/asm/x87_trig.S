/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fsin/fcos/fsincos/fptan against the real CPU: results may differ from it by up to 2 ulp in the significand (the hardware's own error), exponent and sign exact; C2 set and the operand unchanged for |x| >= 2^63. */
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

	fninit
	LD c_half
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xf57743a2582f7f44, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	LD c_half
	fcos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xe0a94032dbea7cee, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	LD c_half
	fsincos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xe0a94032dbea7cee, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xf57743a2582f7f44, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	LD c_half
	fptan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8bda7adf9a3a5219, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fninit
	LD c_one
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xd76aa47848677021, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	LD c_one
	fcos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8a51407da8345c92, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	LD c_one
	fsincos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8a51407da8345c92, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xd76aa47848677021, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	LD c_one
	fptan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xc75922e5f71d2dc5, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fninit
	LD c_m2
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xe8c7b7568da22efd, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	LD c_m2
	fcos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xd51132ba9b902522, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffd
	LD c_m2
	fsincos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xd51132ba9b902522, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffd
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xe8c7b7568da22efd, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	LD c_m2
	fptan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x8bd7b1704a87c1db, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	LD c_3
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x9081c36db6aada79, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffc
	LD c_3
	fcos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xfd7025f42f2e9308, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	LD c_3
	fsincos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xfd7025f42f2e9308, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x9081c36db6aada79, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffc
	LD c_3
	fptan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0x91f7b892a5c37866, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffc
	fninit
	LD c_small
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa7c5ac470f450f0e, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fee
	LD c_small
	fcos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xffffffffc906404c, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	LD c_small
	fsincos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xffffffffc906404c, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa7c5ac470f450f0e, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fee
	LD c_small
	fptan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa7c5ac47334c6e4c, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fee
	fninit
	LD c_m1p2
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xee9a1d10d2ae2469, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	LD c_m1p2
	fcos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3820
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xb986f4a1dbce99b5, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	LD c_m1p2
	fsincos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xb986f4a1dbce99b5, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xee9a1d10d2ae2469, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbffe
	LD c_m1p2
	fptan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3020
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_NEAR rax, 0xa49e21d658b26b29, 2
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc000
	/* out of range: C2 set, operand unchanged */
	fninit
	LD c_2p63
	fsin
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3c00
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x403e
	fninit
	LD c_2p63
	fcos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3c00
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x403e
	fninit
	LD c_2p63
	fsincos
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3c00
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x403e
	fninit
	LD c_2p63
	fptan
	fnstsw ax
	and eax, 0x3c7f
	CHECK_EQ rax, 0x3c00
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x403e

	PASS

	.data
	.balign 16
tmp80:	.zero 16
