/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * 64-bit div/idiv take an inline 64-bit division when rdx only extends rax (0 for
 * div, the sign for idiv) and a 128-bit helper otherwise: both sides of that test,
 * in a loop long enough to run compiled as well. #DE cases: tests/guest/muldiv_*.
 */
#include "check.inc"

	.globl _start
	.text
_start:
	mov r12d, 100000
1:
	/* div, rdx = 0: inline */
	xor edx, edx
	mov eax, 100
	mov rcx, 7
	div rcx
	CHECK_EQ rax, 14
	CHECK_EQ rdx, 2
	/* div, rdx = 1: 2^64 / 3 through the helper */
	mov edx, 1
	xor eax, eax
	mov rcx, 3
	div rcx
	CHECK_EQ rax, 0x5555555555555555
	CHECK_EQ rdx, 1
	/* idiv, rdx = the sign of rax (cqo): inline, truncated toward zero */
	mov rax, -7
	cqo
	mov rcx, 2
	idiv rcx
	CHECK_EQ rax, -3
	CHECK_EQ rdx, -1
	/* idiv, memory divisor, positive dividend with rdx = 0 */
	mov rax, 1000000007
	xor edx, edx
	idiv qword ptr [rip + minus3]
	CHECK_EQ rax, -333333335
	CHECK_EQ rdx, 2
	/* idiv, rdx:rax = 5 - 2^64 (rdx = -1, rax positive: not an extension): helper */
	mov rax, 5
	mov rdx, -1
	mov rcx, 0x4000000000000000
	idiv rcx
	CHECK_EQ rax, 0xfffffffffffffffd
	CHECK_EQ rdx, 0xc000000000000005
	/* idiv INT64_MIN / 1 (rdx = -1): inline, no overflow */
	movabs rax, 0x8000000000000000
	cqo
	mov rcx, 1
	idiv rcx
	CHECK_EQ rax, 0x8000000000000000
	CHECK_EQ rdx, 0
	dec r12d
	jnz 1b
	PASS

	.data
	.balign 8
minus3:	.quad -3
