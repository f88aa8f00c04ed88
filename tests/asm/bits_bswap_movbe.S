/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bswap r32/r64 (a 32-bit bswap zero-extends) and movbe loads and stores of 16, 32
 * and 64 bits; neither changes a flag.
 */
#include "check.inc"
	.globl _start
	.text
_start:
	push 0xad7
	popfq
	movabs rbx, 0x1122334455667788
	bswap rbx
	CHECK_EQ rbx, 0x8877665544332211
	movabs r9, 0x1122334455667788
	bswap r9d
	CHECK_EQ r9, 0x88776655
	movabs r12, 0x0102030405060780
	bswap r12
	CHECK_EQ r12, 0x8007060504030201
	mov esi, 0xff
	bswap esi
	CHECK_EQ rsi, 0xff000000
	push 0xad7
	popfq
	bswap rsi
	CHECK_FLAGS 0x8d5, 0x8d5
	CHECK_EQ rsi, 0xff00000000

	/* movbe loads: the destination's width of bytes, reversed */
	movabs rax, 0x1122334455667788
	mov [rip + buf], rax
	push 0x202
	popfq
	mov rbx, -1
	movbe rbx, [rip + buf]
	CHECK_FLAGS 0x8d5, 0
	CHECK_EQ rbx, 0x8877665544332211
	mov rbx, -1
	movbe ebx, [rip + buf]
	CHECK_EQ rbx, 0x88776655
	mov rbx, -1
	movbe bx, [rip + buf]
	CHECK_EQ rbx, 0xffffffffffff8877
	mov r10, -1
	movbe r10w, [rip + buf + 6]
	CHECK_EQ r10, 0xffffffffffff2211

	/* movbe stores: only the operand's bytes change */
	movabs rax, 0x1122334455667788
	mov [rip + buf], rax
	mov ecx, 0xaabb
	movbe [rip + buf], cx
	CHECK_MEM64 [rip + buf], 0x112233445566bbaa
	mov ecx, 0xa1b2c3d4
	movbe [rip + buf + 4], ecx
	CHECK_MEM64 [rip + buf], 0xd4c3b2a15566bbaa
	movabs rcx, 0x0123456789abcdef
	movbe [rip + buf], rcx
	CHECK_MEM64 [rip + buf], 0xefcdab8967452301
	PASS
	.data
	.balign 8
buf:	.quad 0
