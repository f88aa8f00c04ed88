/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Locked read-modify-writes (lock add/xadd/cmpxchg/not, xchg) on misaligned operands:
 * inside one 8-byte word and straddling two. x86 allows them; an AArch64 host must not
 * raise SIGBUS.
 */
#include "check.inc"
	.globl _start
	.text
_start:
	lea rbx, [rip + buf]
	/* 4 bytes at +1: inside the first word */
	mov qword ptr [rbx], 0
	mov eax, 0x11223344
	lock xadd dword ptr [rbx + 1], eax
	CHECK_EQ rax, 0
	CHECK_MEM64 [rbx], 0x1122334400
	/* 8 bytes at +5: straddles the words at +0 and +8 */
	mov qword ptr [rbx], 0
	mov qword ptr [rbx + 8], 0
	movabs rax, 0x0102030405060708
	xchg qword ptr [rbx + 5], rax
	CHECK_EQ rax, 0
	CHECK_MEM64 [rbx], 0x0607080000000000
	CHECK_MEM64 [rbx + 8], 0x0000000102030405
	movabs rcx, 0x1010101010101010
	lock add qword ptr [rbx + 5], rcx
	CHECK_MEM64 [rbx], 0x1617180000000000
	CHECK_MEM64 [rbx + 8], 0x0000001112131415
	/* 2 bytes at +7: straddles */
	mov ax, 0x1516
	mov cx, 0xbeef
	lock cmpxchg word ptr [rbx + 7], cx
	CHECK_MEM64 [rbx], 0xef17180000000000
	CHECK_MEM64 [rbx + 8], 0x00000011121314be
	/* cmpxchg that does not match: loads the old value into ax */
	mov ax, 0
	lock cmpxchg word ptr [rbx + 7], cx
	CHECK_EQ rax, 0xbeef
	/* lock not, lock or on 4 bytes at +6 (straddles) */
	mov qword ptr [rbx], 0
	mov qword ptr [rbx + 8], 0
	lock not dword ptr [rbx + 6]
	CHECK_MEM64 [rbx], 0xffff000000000000
	CHECK_MEM64 [rbx + 8], 0x000000000000ffff
	mov edx, 0x00010000
	lock or dword ptr [rbx + 3], edx
	CHECK_MEM64 [rbx], 0xffff010000000000
	/* lock inc word at +3 (inside a word) */
	lock inc word ptr [rbx + 3]
	CHECK_MEM64 [rbx], 0xffff010001000000
	PASS

	.bss
	.balign 16
buf:	.skip 32
