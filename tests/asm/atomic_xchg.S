/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xchg: register pairs in every size (high bytes, 32-bit zero-extension), with memory in both operand orders, lock. */
#include "check.inc"
	.globl _start
	.text
_start:
	/* 64 */
	mov rax, 0x1111111111111111
	mov rbx, 0x2222222222222222
	xchg rax, rbx
	CHECK_EQ rax, 0x2222222222222222
	CHECK_EQ rbx, 0x1111111111111111
	/* 32: both written, both zero-extended */
	mov rcx, 0xaaaaaaaa33333333
	mov rdx, 0xbbbbbbbb44444444
	xchg ecx, edx
	CHECK_EQ rcx, 0x44444444
	CHECK_EQ rdx, 0x33333333
	/* xchg eax, eax in the 87 form zero-extends rax (0x90 would be nop) */
	mov rax, 0xffffffff12345678
	.byte 0x87, 0xc0
	CHECK_EQ rax, 0x12345678
	/* 16 */
	mov rsi, 0x1111111111115555
	mov rdi, 0x2222222222226666
	xchg si, di
	CHECK_EQ rsi, 0x1111111111116666
	CHECK_EQ rdi, 0x2222222222225555
	/* 8 with high bytes */
	mov rax, 0x1234
	xchg al, ah
	CHECK_EQ rax, 0x3412
	mov rbx, 0x77
	mov rcx, 0x8800
	xchg bl, ch
	CHECK_EQ rbx, 0x88
	CHECK_EQ rcx, 0x7700
	mov r8, 0x0102030405060708
	mov r9, 0x1112131415161718
	xchg r8b, r9b
	CHECK_EQ r8, 0x0102030405060718
	CHECK_EQ r9, 0x1112131415161708
	/* memory, both operand orders and all sizes; flags untouched */
	mov qword ptr [rip + m], 0x5555
	mov rax, 0x6666
	xor edx, edx          /* ZF PF */
	xchg [rip + m], rax
	CHECK_FLAGS ARITH, ZF | PF
	CHECK_EQ rax, 0x5555
	CHECK_MEM64 [rip + m], 0x6666
	mov rax, -1
	mov qword ptr [rip + m], -1
	mov ebx, 0x12345678
	xchg ebx, [rip + m]
	CHECK_EQ rbx, 0xffffffff
	CHECK_MEM64 [rip + m], 0xffffffff12345678
	mov cx, 0x9999
	xchg [rip + m], cx
	CHECK_EQ rcx, 0x5678   /* rcx was 0x7700 -> 16-bit merge keeps nothing above */
	CHECK_MEM64 [rip + m], 0xffffffff12349999
	mov rdx, 0x4300
	xchg dh, byte ptr [rip + m + 1]
	CHECK_EQ rdx, 0x9900
	CHECK_MEM64 [rip + m], 0xffffffff12344399
	lock xchg [rip + m + 4], r10d
	PASS

	.data
	.balign 8
m:	.quad 0
