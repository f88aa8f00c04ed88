/* SPDX-License-Identifier: GPL-2.0-or-later */
/* movsb/w/d/q without rep: one element copied, rsi/rdi stepped by +-size per DF; flags untouched. */
#include "check.inc"
	/* CHECK_REG reg, reg2: fail unless equal */
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
	lea rdi, [rip + dst]
	mov r12, rsi
	mov r13, rdi
	mov rcx, 0x5555
	/* forward: b, w, d, q */
	movsb
	lea rax, [r12 + 1]
	CHECK_REG rsi, rax
	lea rax, [r13 + 1]
	CHECK_REG rdi, rax
	movsw
	movsd
	movsq
	lea rax, [r12 + 15]
	CHECK_REG rsi, rax
	lea rax, [r13 + 15]
	CHECK_REG rdi, rax
	CHECK_EQ rcx, 0x5555
	mov rax, [rip + dst]
	CHECK_EQ rax, 0x0807060504030201
	mov rax, [rip + dst + 7]
	CHECK_EQ rax, 0x0f0e0d0c0b0a0908
	movzx eax, byte ptr [rip + dst + 15]
	CHECK_EQ rax, 0xee   /* untouched */

	/* flags are preserved: set a known state first */
	mov eax, 0x7f
	add al, 1           /* OF SF AF set, ZF CF clear */
	lea rsi, [rip + src]
	lea rdi, [rip + dst2]
	movsq
	CHECK_FLAGS ARITH, (OF | SF | AF)

	/* backward: each element at rsi/rdi, then both step down */
	std
	lea rsi, [rip + src + 8]
	lea rdi, [rip + dst2 + 8]
	movsq
	lea rax, [rip + src]
	CHECK_REG rsi, rax
	lea rax, [rip + dst2]
	CHECK_REG rdi, rax
	mov rax, [rip + dst2 + 8]
	CHECK_EQ rax, 0x100f0e0d0c0b0a09
	lea rsi, [rip + src + 6]
	lea rdi, [rip + dst2 + 6]
	movsd
	lea rax, [rip + src + 2]
	CHECK_REG rsi, rax
	movsw
	lea rax, [rip + src]
	CHECK_REG rsi, rax
	lea rax, [rip + dst2]
	CHECK_REG rdi, rax
	movsb
	lea rax, [rip + src - 1]
	CHECK_REG rsi, rax
	lea rax, [rip + dst2 - 1]
	CHECK_REG rdi, rax
	cld
	mov rax, [rip + dst2]
	CHECK_EQ rax, 0x0807060504030201
	/* DF really cleared again */
	pushfq
	pop rax
	and eax, 0x400
	CHECK_EQ rax, 0
	PASS

	.data
src:	.byte 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
dst:	.fill 16, 1, 0xee
	.byte 0
dst2:	.fill 16, 1, 0xdd
