/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cmpxchg8b / cmpxchg16b: success stores rcx:rbx, failure loads rdx:rax; only ZF changes. */
#include "check.inc"
	.globl _start
	.text
_start:
	/* --- cmpxchg8b success: edx:eax == m64; rax/rdx upper halves kept --- */
	mov qword ptr [rip + m8], 0
	mov dword ptr [rip + m8], 5
	mov dword ptr [rip + m8 + 4], 6
	mov rax, 0xffffffff00000005
	mov rdx, 0xeeeeeeee00000006
	mov rbx, 0xdddddddd00000007
	mov rcx, 0xcccccccc00000008
	stc                        /* CF=1 must survive */
	lock cmpxchg8b [rip + m8]
	CHECK_FLAGS ARITH, ZF | CF
	CHECK_EQ rax, 0xffffffff00000005
	CHECK_EQ rdx, 0xeeeeeeee00000006
	CHECK_MEM64 [rip + m8], 0x0000000800000007
	/* failure: edx:eax = m64, zero-extended */
	mov rax, 0xffffffff00000005
	mov rdx, 0xeeeeeeee00000006
	mov r8d, 0x7f
	add r8b, 1                 /* OF SF AF, ZF=0 */
	cmpxchg8b [rip + m8]
	CHECK_FLAGS ARITH, OF | SF | AF
	CHECK_EQ rax, 7
	CHECK_EQ rdx, 8
	CHECK_MEM64 [rip + m8], 0x0000000800000007
	/* ZF cleared on failure even when it was set */
	xor r8d, r8d               /* ZF PF */
	mov eax, 1
	cmpxchg8b [rip + m8]
	CHECK_FLAGS ARITH, PF

	/* --- cmpxchg16b --- */
	mov rax, 0x1111111111111111
	mov [rip + m16], rax
	mov rax, 0x2222222222222222
	mov [rip + m16 + 8], rax
	mov rax, 0x1111111111111111
	mov rdx, 0x2222222222222222
	mov rbx, 0x3333333333333333
	mov rcx, 0x4444444444444444
	lock cmpxchg16b [rip + m16]
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rax, 0x1111111111111111
	CHECK_EQ rdx, 0x2222222222222222
	CHECK_MEM64 [rip + m16], 0x3333333333333333
	CHECK_MEM64 [rip + m16 + 8], 0x4444444444444444
	/* failure when only the high half differs */
	mov rax, 0x3333333333333333
	mov rdx, 0x4444444444444445
	stc
	lock cmpxchg16b [rip + m16]
	CHECK_FLAGS ZF | CF, CF
	CHECK_EQ rax, 0x3333333333333333
	CHECK_EQ rdx, 0x4444444444444444
	CHECK_MEM64 [rip + m16], 0x3333333333333333
	/* failure when only the low half differs */
	mov rax, 0
	mov rdx, 0x4444444444444444
	cmpxchg16b [rip + m16]
	CHECK_FLAGS ZF, 0
	CHECK_EQ rax, 0x3333333333333333
	/* and a success through a register base */
	lea rdi, [rip + m16]
	mov rbx, -1
	mov rcx, -2
	lock cmpxchg16b [rdi]
	CHECK_FLAGS ZF, ZF
	CHECK_MEM64 [rip + m16], -1
	CHECK_MEM64 [rip + m16 + 8], -2
	PASS

	.data
	.balign 16
m8:	.quad 0
	.quad 0
m16:	.quad 0, 0
