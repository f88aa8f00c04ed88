/* SPDX-License-Identifier: GPL-2.0-or-later */
/* clflush/clflushopt of a PROT_NONE page fault like a byte load (SIGSEGV); prefetch* of it does not. */
#include "check.inc"
	.globl _start
	.text
_start:
	xor edi, edi
	mov esi, 4096
	xor edx, edx                 /* PROT_NONE */
	mov r10d, 0x22               /* MAP_PRIVATE|MAP_ANONYMOUS */
	mov r8, -1
	xor r9d, r9d
	mov eax, 9
	syscall
	cmp rax, -4096
	jae 9f
	mov r13, rax
	IN_CHILD c_clflush
	and r12d, 0x7f
	CHECK_EQ r12, 11
	IN_CHILD c_clflushopt
	and r12d, 0x7f
	CHECK_EQ r12, 11
	IN_CHILD c_prefetch
	CHECK_EQ r12, 0
	PASS
9:	FAIL_HERE

c_clflush:
	clflush [r13 + 64]
	SYS_EXIT 0
c_clflushopt:
	clflushopt [r13]
	SYS_EXIT 0
c_prefetch:
	prefetcht0 [r13]
	prefetcht1 [r13 + 64]
	prefetcht2 [r13 + 128]
	prefetchnta [r13 + 4000]
	prefetchw [r13]
	SYS_EXIT 0

	.data
