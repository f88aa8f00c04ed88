/* SPDX-License-Identifier: GPL-2.0-or-later */
/* enter: nesting levels 0, 1, 2, 3 and 31 (+ level mod 32), allocation size, 16-bit operand size; leave undoes it. */
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
	mov r12, rsp
	/* a fake outer frame chain: [rbp-8k] = 0x1000 + k */
	lea rbp, [rip + frame_top]
	mov r13, rbp
	mov ecx, 1
1:	lea rax, [rcx + 0x1000]
	mov rdx, rcx
	neg rdx
	mov [rbp + rdx*8], rax
	inc ecx
	cmp ecx, 40
	jbe 1b

	/* level 0: push rbp; rbp = rsp; rsp -= 24 */
	enter 24, 0
	lea rax, [r12 - 8]
	CHECK_REG rbp, rax
	lea rax, [r12 - 32]
	CHECK_REG rsp, rax
	mov rax, [r12 - 8]
	CHECK_REG rax, r13
	leave
	CHECK_REG rsp, r12
	CHECK_REG rbp, r13

	/* level 1: push rbp; push frame; no copies */
	enter 0, 1
	lea rax, [r12 - 8]
	CHECK_REG rbp, rax
	lea rax, [r12 - 16]
	CHECK_REG rsp, rax
	mov rax, [r12 - 16]
	lea rdx, [r12 - 8]
	CHECK_REG rax, rdx
	mov rsp, r12
	mov rbp, r13

	/* level 3: copies [rbp-8], [rbp-16], then the new frame pointer */
	enter 0x100, 3
	lea rax, [r12 - 8]
	CHECK_REG rbp, rax
	lea rax, [r12 - 32 - 0x100]
	CHECK_REG rsp, rax
	CHECK_MEM64 [r12 - 16], 0x1001
	CHECK_MEM64 [r12 - 24], 0x1002
	mov rax, [r12 - 32]
	lea rdx, [r12 - 8]
	CHECK_REG rax, rdx
	mov rsp, r12
	mov rbp, r13

	/* level 31 */
	enter 8, 31
	lea rax, [r12 - 8 - 31 * 8 - 8]
	CHECK_REG rsp, rax
	CHECK_MEM64 [r12 - 16], 0x1001
	CHECK_MEM64 [r12 - 8 - 30 * 8], 0x101e
	mov rax, [r12 - 8 - 31 * 8]
	lea rdx, [r12 - 8]
	CHECK_REG rax, rdx
	mov rsp, r12
	mov rbp, r13

	/* level 34 is level 2 (mod 32) */
	.byte 0xc8, 0x00, 0x00, 34
	lea rax, [r12 - 24]
	CHECK_REG rsp, rax
	CHECK_MEM64 [r12 - 16], 0x1001
	mov rsp, r12
	mov rbp, r13

	/* 16-bit operand size: 2-byte pushes of bp, [rbp-2], [rbp-4], frame; bp = frame */
	mov word ptr [r13 - 2], 0xaaaa
	mov word ptr [r13 - 4], 0xbbbb
	.byte 0x66, 0xc8, 0x10, 0x00, 0x03   /* enterw 16, 3 */
	/* only bp is written: rbp = rbp[63:16] : frame[15:0] */
	lea rax, [r12 - 2]
	movzx eax, ax
	mov rdx, r13
	xor dx, dx
	or rax, rdx
	CHECK_REG rbp, rax
	lea rax, [r12 - 8 - 16]
	CHECK_REG rsp, rax
	movzx eax, word ptr [r12 - 2]
	movzx edx, r13w
	CHECK_REG rax, rdx
	movzx eax, word ptr [r12 - 4]
	CHECK_EQ rax, 0xaaaa
	movzx eax, word ptr [r12 - 6]
	CHECK_EQ rax, 0xbbbb
	movzx eax, word ptr [r12 - 8]
	lea rdx, [r12 - 2]
	movzx edx, dx
	CHECK_REG rax, rdx
	mov rsp, r12
	mov rbp, r13
	/* flags untouched */
	xor eax, eax
	enter 0, 2
	CHECK_FLAGS ARITH, ZF | PF
	mov rsp, r12
	mov rbp, r13
	PASS

	.bss
	.space 4096
frame_top:
	.space 64
