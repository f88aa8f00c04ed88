/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xadd in all sizes, register and memory, with and without lock: src = old dest, dest = sum, flags as add. */
#include "check.inc"
	.globl _start
	.text
_start:
	mov qword ptr [rip + m], 40
	mov rax, 2
	lock xadd [rip + m], rax
	CHECK_FLAGS ARITH, 0
	CHECK_EQ rax, 40
	CHECK_MEM64 [rip + m], 42
	/* 64-bit carry out and zero */
	mov qword ptr [rip + m], -1
	mov rcx, 1
	xadd [rip + m], rcx
	CHECK_FLAGS ARITH, CF | ZF | PF | AF
	CHECK_EQ rcx, -1
	CHECK_MEM64 [rip + m], 0
	/* 32: register zero-extended, memory upper half untouched */
	mov qword ptr [rip + m], 0x7fffffff
	mov dword ptr [rip + m + 4], 0x55555555
	mov rdx, 0xaaaaaaaa00000001
	lock xadd [rip + m], edx
	CHECK_FLAGS ARITH, OF | SF | AF | PF
	CHECK_EQ rdx, 0x7fffffff
	CHECK_MEM64 [rip + m], 0x5555555580000000
	/* 16 and 8 */
	mov rbx, 0x123400ff
	mov word ptr [rip + m], 0x0001
	lock xadd [rip + m], bx
	CHECK_EQ rbx, 0x12340001
	CHECK_MEM64 [rip + m], 0x5555555580000100
	mov rcx, 0x8000
	lock xadd byte ptr [rip + m + 1], ch      /* 0x01 + 0x80 */
	CHECK_FLAGS ARITH, SF | PF
	CHECK_EQ rcx, 0x0100
	CHECK_MEM64 [rip + m], 0x5555555580008100

	/* register forms */
	mov rax, 0xffffffff00000003
	mov rbx, 0xeeeeeeee00000004
	xadd eax, ebx
	CHECK_EQ rax, 7
	CHECK_EQ rbx, 3
	/* same register: dest (written last) gets the sum */
	mov rcx, 0x4000000000000000
	xadd rcx, rcx
	CHECK_FLAGS ARITH, OF | SF | PF
	CHECK_EQ rcx, 0x8000000000000000
	/* high and low byte of the same register */
	mov eax, 0x0305
	xadd al, ah
	CHECK_EQ rax, 0x0508
	mov r8, 0x1111111111110010
	mov r9, 0x2222222222220020
	xadd r8w, r9w
	CHECK_EQ r8, 0x1111111111110030
	CHECK_EQ r9, 0x2222222222220010
	PASS

	.data
	.balign 8
m:	.quad 0
