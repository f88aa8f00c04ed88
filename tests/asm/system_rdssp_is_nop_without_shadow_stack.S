/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rdsspd/rdsspq are NOPs without shadow stacks: the register keeps its value
 * (libgcc's unwinder does `xor eax, eax; rdsspq rax` and expects 0). */
#include "check.inc"
	.globl _start
	.text
_start:
	xor eax, eax
	rdsspq rax
	CHECK_EQ rax, 0
	mov rcx, 0x1234567890abcdef
	rdsspq rcx
	CHECK_EQ rcx, 0x1234567890abcdef
	mov ebx, 77
	rdsspd ebx
	CHECK_EQ rbx, 77
	PASS
