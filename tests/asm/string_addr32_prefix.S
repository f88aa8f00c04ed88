/* SPDX-License-Identifier: GPL-2.0-or-later */
/* 67h string ops: esi/edi/ecx are the registers (upper halves ignored as addresses and cleared on write). */
#include "check.inc"
	.globl _start
	.text
_start:
	cld
	/* static non-PIE binary: the data is below 4 GiB */
	lea rax, [rip + src]
	mov rsi, 0x5a5a5a5a00000000
	or rsi, rax
	lea rax, [rip + dst]
	mov rdi, 0xa5a5a5a500000000
	or rdi, rax
	mov rcx, 0x7777777700000003
	.byte 0x67, 0xf3, 0xa4        /* rep movsb with esi, edi, ecx */
	CHECK_EQ rcx, 0
	lea rax, [rip + src + 3]
	cmp rsi, rax
	jne 9f
	lea rax, [rip + dst + 3]
	cmp rdi, rax
	jne 9f
	mov eax, dword ptr [rip + dst]
	CHECK_EQ rax, 0x00636261

	/* non-rep 67 lodsd: address from esi, rsi written as 32 bits */
	lea rax, [rip + src]
	mov rsi, 0x1234567800000000
	or rsi, rax
	.byte 0x67, 0xad              /* lodsd */
	CHECK_EQ rax, 0x64636261
	lea rax, [rip + src + 4]
	cmp rsi, rax
	jne 9f

	/* 67 repne scasb: rdi upper ignored, ecx counts */
	lea rax, [rip + src]
	mov rdi, 0x1111111100000000
	or rdi, rax
	mov rcx, 0x22222222ffffffff
	mov al, 'e'
	.byte 0x67, 0xf2, 0xae
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rcx, 0xfffffffa
	lea rax, [rip + src + 5]
	cmp rdi, rax
	jne 9f

	/* 67 rep stosw */
	lea rax, [rip + dst]
	mov rdi, 0x3300000000000000
	or rdi, rax
	mov ecx, 2
	mov eax, 0x4142
	.byte 0x67, 0x66, 0xf3, 0xab
	CHECK_EQ rcx, 0
	mov eax, dword ptr [rip + dst]
	CHECK_EQ rax, 0x41424142
	lea rax, [rip + dst + 4]
	cmp rdi, rax
	jne 9f

	/* 67 cmpsb */
	lea rax, [rip + src]
	mov rsi, 0x4400000000000000
	or rsi, rax
	lea rax, [rip + src + 1]
	mov rdi, 0x5500000000000000
	or rdi, rax
	.byte 0x67, 0xa6
	CHECK_FLAGS ARITH, CF | SF | AF | PF   /* 'a' - 'b' = 0xff */
	lea rax, [rip + src + 1]
	cmp rsi, rax
	jne 9f

	/* 67 xlat: ebx + al */
	lea rax, [rip + src]
	mov rbx, 0x6600000000000000
	or rbx, rax
	mov eax, 3
	.byte 0x67, 0xd7
	CHECK_EQ rax, 0x64
	PASS
9:	FAIL_HERE

	.data
src:	.ascii "abcdefgh"
dst:	.quad 0
