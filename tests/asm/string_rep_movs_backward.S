/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rep movs with DF=1: copies from the top down (memmove of overlapping regions upwards), all sizes. */
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
	/* buf[i] = i & 0xff, 9000 bytes */
	lea rdi, [rip + buf]
	xor ecx, ecx
1:	mov [rdi + rcx], cl
	inc ecx
	cmp ecx, 9000
	jb 1b

	/* memmove(buf + 1000, buf, 6000) as std; rep movsb from the last byte */
	std
	lea rsi, [rip + buf + 5999]
	lea rdi, [rip + buf + 6999]
	mov r12, rsi
	mov r13, rdi
	mov ecx, 6000
	rep movsb
	cld
	CHECK_EQ rcx, 0
	lea rax, [r12 - 6000]
	CHECK_REG rsi, rax
	lea rax, [r13 - 6000]
	CHECK_REG rdi, rax
	/* buf[1000 + i] == i & 0xff for i < 6000; buf[999] untouched (= 999 & 0xff) */
	lea rdi, [rip + buf + 1000]
	xor ecx, ecx
2:	movzx eax, byte ptr [rdi + rcx]
	cmp al, cl
	jne 9f
	inc ecx
	cmp ecx, 6000
	jb 2b
	movzx eax, byte ptr [rip + buf + 999]
	CHECK_EQ rax, 0xe7
	movzx eax, byte ptr [rip + buf + 7000]
	CHECK_EQ rax, 0x58   /* 7000 & 0xff */

	/* std; rep movsq, overlapping by one qword upwards */
	mov qword ptr [rip + q], 1
	mov qword ptr [rip + q + 8], 2
	mov qword ptr [rip + q + 16], 3
	mov qword ptr [rip + q + 24], 4
	mov qword ptr [rip + q + 32], 5
	std
	lea rsi, [rip + q + 24]
	lea rdi, [rip + q + 32]
	mov ecx, 4
	rep movsq
	cld
	lea rax, [rip + q - 8]
	CHECK_REG rsi, rax
	lea rax, [rip + q]
	CHECK_REG rdi, rax
	CHECK_MEM64 [rip + q], 1
	CHECK_MEM64 [rip + q + 8], 1
	CHECK_MEM64 [rip + q + 16], 2
	CHECK_MEM64 [rip + q + 24], 3
	CHECK_MEM64 [rip + q + 32], 4

	/* std with dst below src and overlapping: the sequential semantics replicate */
	mov qword ptr [rip + q], 0x11
	mov qword ptr [rip + q + 8], 0x22
	mov qword ptr [rip + q + 16], 0x33
	std
	lea rsi, [rip + q + 16]
	lea rdi, [rip + q + 8]
	mov ecx, 2
	rep movsq      /* [q+8] = [q+16]; [q] = [q+8] (already 0x33) */
	cld
	CHECK_MEM64 [rip + q], 0x33
	CHECK_MEM64 [rip + q + 8], 0x33
	CHECK_MEM64 [rip + q + 16], 0x33

	/* backward movsw and movsd counts and pointers */
	std
	lea rsi, [rip + buf + 100]
	lea rdi, [rip + buf + 4100]
	mov ecx, 3
	rep movsd
	lea rax, [rip + buf + 88]
	CHECK_REG rsi, rax
	mov ecx, 5
	rep movsw
	cld
	lea rax, [rip + buf + 78]
	CHECK_REG rsi, rax
	lea rax, [rip + buf + 4078]
	CHECK_REG rdi, rax
	PASS
9:	FAIL_HERE

	.bss
	.balign 4096
buf:	.space 12288
q:	.space 64
