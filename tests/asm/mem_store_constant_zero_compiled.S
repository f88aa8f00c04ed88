/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Stores of the constant 0 (all sizes, and a zeroed xmm), a load whose value is
 * unused, and an access at a constant address. On AArch64, LLVM gives a stored 0
 * as xzr; the patched access used to refuse that register and the whole compiled
 * object fell back to the interpreter (sieve ran 149x the native instruction
 * count). The stores run in a loop long enough for the tier to compile them (LLVM
 * uses xzr at its default optimisation level, not in jit mode's), and
 * tests/case.sh fails a run whose stderr shows LLVM refusing a translation.
 */
#include "check.inc"

	.globl _start
	.text
_start:
	mov r12d, 3000000
1:
	lea rdi, [rip + buf]
	mov rax, -1
	mov qword ptr [rdi], rax
	mov qword ptr [rdi + 8], rax
	mov qword ptr [rdi + 16], rax
	mov qword ptr [rdi + 24], rax
	mov qword ptr [rdi + 32], rax
	mov qword ptr [rdi + 40], rax
	mov byte ptr [rdi], 0
	mov word ptr [rdi + 2], 0
	mov dword ptr [rdi + 4], 0
	mov qword ptr [rdi + 8], 0
	pxor xmm0, xmm0
	movdqu xmmword ptr [rdi + 17], xmm0
	mov rcx, qword ptr [rdi + 40] /* loaded, never used */
	mov byte ptr [rip + lone], 0 /* a constant address */
	dec r12d
	jnz 1b
	CHECK_MEM64 [rdi], 0xff00
	CHECK_MEM64 [rdi + 8], 0
	CHECK_MEM64 [rdi + 16], 0xff
	CHECK_MEM64 [rdi + 24], 0
	CHECK_MEM64 [rdi + 32], 0xffffffffffffff00
	movzx eax, byte ptr [rip + lone]
	CHECK_EQ rax, 0
	PASS

	.data
	.balign 16
buf:	.zero 48
lone:	.byte 0x5a
