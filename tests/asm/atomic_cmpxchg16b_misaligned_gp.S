/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cmpxchg16b on a non-16-byte-aligned operand is #GP: the process dies of SIGSEGV and memory is untouched. */
#include "check.inc"
	.globl _start
	.text
_start:
	IN_CHILD misaligned
	/* killed by signal 11, no core dump bit */
	and r12d, 0x7f
	CHECK_EQ r12, 11
	CHECK_MEM64 [rip + buf + 8], 0x1111111111111111
	CHECK_MEM64 [rip + buf + 16], 0x2222222222222222
	/* the aligned operand in a child exits normally */
	IN_CHILD aligned
	CHECK_EQ r12, 0
	PASS

misaligned:
	mov rax, 0x1111111111111111
	mov rdx, 0x2222222222222222
	mov rbx, 3
	mov rcx, 4
	lock cmpxchg16b [rip + buf + 8]
	SYS_EXIT 0
aligned:
	mov rax, 0x1111111111111111
	mov rdx, 0x2222222222222222
	lock cmpxchg16b [rip + buf + 16]
	SYS_EXIT 0

	.data
	.balign 16
buf:	.quad 0, 0x1111111111111111, 0x2222222222222222, 0
