/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rep movsb/w/d/q forward: large copies across pages, exact final rsi/rdi/rcx, zero count, bounds. */
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

	/* r8 = checksum-ish compare: fail unless [rdi..rdi+rcx) == [rsi..) (byte loop) */
	.macro SAME_BYTES s, d, n
	lea rsi, \s
	lea rdi, \d
	mov rcx, \n
	repe cmpsb
	CHECK_EQ rcx, 0
	CHECK_FLAGS ZF, ZF
	.endm

_start:
	cld
	/* fill src with a non-repeating pattern: byte i = (i * 7 + i / 256) & 0xff */
	lea rdi, [rip + src]
	xor ecx, ecx
1:	mov eax, ecx
	imul eax, eax, 7
	mov edx, ecx
	shr edx, 8
	add eax, edx
	mov [rdi + rcx], al
	inc ecx
	cmp ecx, 20000
	jb 1b

	/* rep movsb of 10001 bytes from an odd offset to another odd offset */
	lea rsi, [rip + src + 3]
	lea rdi, [rip + dst + 5]
	mov r12, rsi
	mov r13, rdi
	mov ecx, 10001
	mov byte ptr [rip + dst + 4], 0xa5
	mov byte ptr [rip + dst + 5 + 10001], 0x5a
	rep movsb
	CHECK_EQ rcx, 0
	lea rax, [r12 + 10001]
	CHECK_REG rsi, rax
	lea rax, [r13 + 10001]
	CHECK_REG rdi, rax
	movzx eax, byte ptr [rip + dst + 4]
	CHECK_EQ rax, 0xa5
	movzx eax, byte ptr [rip + dst + 5 + 10001]
	CHECK_EQ rax, 0x5a
	SAME_BYTES [rip + src + 3], [rip + dst + 5], 10001

	/* rep movsq of 1500 qwords */
	lea rsi, [rip + src + 8]
	lea rdi, [rip + dst + 16]
	mov r12, rsi
	mov r13, rdi
	mov ecx, 1500
	rep movsq
	CHECK_EQ rcx, 0
	lea rax, [r12 + 12000]
	CHECK_REG rsi, rax
	lea rax, [r13 + 12000]
	CHECK_REG rdi, rax
	SAME_BYTES [rip + src + 8], [rip + dst + 16], 12000

	/* rep movsd (3000 dwords, misaligned) and rep movsw (777 words) */
	lea rsi, [rip + src + 1]
	lea rdi, [rip + dst + 2]
	mov ecx, 3000
	rep movsd
	CHECK_EQ rcx, 0
	SAME_BYTES [rip + src + 1], [rip + dst + 2], 12000
	lea rsi, [rip + src + 100]
	lea rdi, [rip + dst + 7]
	mov r12, rsi
	mov ecx, 777
	rep movsw
	lea rax, [r12 + 1554]
	CHECK_REG rsi, rax
	SAME_BYTES [rip + src + 100], [rip + dst + 7], 1554

	/* zero count: nothing copied, nothing moved, flags kept */
	mov byte ptr [rip + dst], 0x77
	lea rsi, [rip + src]
	lea rdi, [rip + dst]
	mov r12, rsi
	mov r13, rdi
	xor ecx, ecx
	stc
	rep movsq
	CHECK_FLAGS CF, CF
	CHECK_REG rsi, r12
	CHECK_REG rdi, r13
	CHECK_EQ rcx, 0
	movzx eax, byte ptr [rip + dst]
	CHECK_EQ rax, 0x77

	/* repne (F2) on movs acts as rep */
	lea rsi, [rip + src + 40]
	lea rdi, [rip + dst + 40]
	mov ecx, 9
	.byte 0xf2, 0xa4   /* repne movsb */
	CHECK_EQ rcx, 0
	SAME_BYTES [rip + src + 40], [rip + dst + 40], 9
	PASS

	.bss
	.balign 4096
src:	.space 20480
dst:	.space 20480
