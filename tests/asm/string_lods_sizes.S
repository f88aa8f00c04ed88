/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lodsb/w/d/q: al/ax merge, eax zero-extends, rsi steps with DF; rep lods keeps the last element. */
#include "check.inc"
	.macro CHECK_REG r, e
	cmp \r, \e
	je 9005f
	FAIL_HERE
9005:
	.endm
	.globl _start
	.text
_start:
	cld
	lea rsi, [rip + src]
	mov rax, 0x1111111111111111
	lodsb
	CHECK_EQ rax, 0x1111111111111181
	lodsw
	CHECK_EQ rax, 0x1111111111118382
	lodsd
	CHECK_EQ rax, 0x87868584      /* upper half cleared */
	mov rax, -1
	lodsq
	CHECK_EQ rax, 0x8f8e8d8c8b8a8988
	lea rax, [rip + src + 15]
	CHECK_REG rsi, rax

	/* backward */
	std
	lea rsi, [rip + src + 8]
	lodsq
	CHECK_EQ rax, 0x908f8e8d8c8b8a89
	lea rax, [rip + src]
	CHECK_REG rsi, rax
	lea rsi, [rip + src + 4]
	lodsw
	lodsb
	cld
	movzx eax, ax
	CHECK_EQ rax, 0x8683
	lea rax, [rip + src + 1]
	CHECK_REG rsi, rax

	/* rep lodsb: every element read, the last one stays; rcx = 0 */
	lea rsi, [rip + src]
	mov ecx, 10
	mov rax, 0x2222222222222222
	rep lodsb
	CHECK_EQ rax, 0x222222222222228a
	CHECK_EQ rcx, 0
	lea rax, [rip + src + 10]
	CHECK_REG rsi, rax
	/* rep lodsd with count 0: nothing */
	mov rax, 0x3333333333333333
	xor ecx, ecx
	rep lodsd
	CHECK_EQ rax, 0x3333333333333333
	lea rax, [rip + src + 10]
	CHECK_REG rsi, rax
	/* rep lodsq 2 */
	lea rsi, [rip + src]
	mov ecx, 2
	rep lodsq
	CHECK_EQ rax, 0x908f8e8d8c8b8a89
	/* flags untouched */
	xor eax, eax           /* ZF PF */
	lea rsi, [rip + src]
	lodsq
	CHECK_FLAGS ARITH, ZF | PF
	PASS

	.data
src:	.byte 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88
	.byte 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90
	.byte 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98
