/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * smsw/sgdt/sidt from user mode: under xbt the values Linux's UMIP emulation
 * gives (CR0 0x80050033, GDT base 0xfffffffffffe0000, IDT base
 * 0xffffffffffff0000, limits 0), with the operand-size rules of smsw. Natively
 * (values depend on the host CPU and kernel) only the store widths are checked.
 */
#include "check.inc"
	.globl _start
	.text
_start:
	mov eax, 0x40000000
	xor ecx, ecx
	cpuid
	xor r15d, r15d
	cmp ebx, 0x58746258          /* "XbtX" */
	sete r15b

	/* sgdt writes exactly 10 bytes */
	mov rax, -1
	mov [rip + g], rax
	mov [rip + g + 8], rax
	sgdt [rip + g]
	movzx eax, word ptr [rip + g + 10]
	CHECK_EQ rax, 0xffff
	sidt [rip + i]
	movzx eax, word ptr [rip + i + 10]
	CHECK_EQ rax, 0x1234
	/* smsw to memory writes 16 bits */
	mov dword ptr [rip + m], 0x55555555
	smsw word ptr [rip + m]
	movzx eax, word ptr [rip + m + 2]
	CHECK_EQ rax, 0x5555
	/* smsw ax keeps the upper bits of rax */
	mov rax, 0x1111111111111111
	.byte 0x66, 0x0f, 0x01, 0xe0  /* smsw ax */
	shr rax, 16
	CHECK_EQ rax, 0x111111111111
	test r15d, r15d
	jz 1f

	/* ---- under xbt: the UMIP values ---- */
	CHECK_MEM64 [rip + g], 0xfffffffe00000000
	CHECK_MEM64 [rip + g + 8], 0xffffffffffffffff
	CHECK_MEM64 [rip + i], 0xffffffff00000000
	CHECK_MEM64 [rip + i + 8], 0x0000ffff1234ffff
	movzx eax, word ptr [rip + m]
	CHECK_EQ rax, 0x33
	mov rax, -1
	smsw rax
	CHECK_EQ rax, 0x80050033
	mov rax, -1
	smsw eax
	CHECK_EQ rax, 0x80050033
	mov rax, 0x1111111111111111
	.byte 0x66, 0x0f, 0x01, 0xe0  /* smsw ax */
	CHECK_EQ rax, 0x1111111111110033
1:	PASS

	.data
g:	.quad 0, 0
i:	.quad -1
	.word 0xffff, 0x1234, 0xffff, 0
m:	.quad 0
