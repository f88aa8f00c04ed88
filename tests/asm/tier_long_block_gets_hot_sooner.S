/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Two loops of 4000 iterations: one a short block, one a block of 64 instructions
 * (some 200 IR ops). The tier weighs a block's executions by its length, so with
 * the default threshold (16000) the long block is queued for LLVM and the short
 * one is not: tests/cli.sh (tier_long_block_gets_hot_sooner) counts the queued
 * jobs. Unweighted, the long block waited for 16000 executions as a short one does
 * (openssl sha256 spent half its time interpreting such blocks). Self-checking,
 * so it runs in every mode as well.
 */
#include "check.inc"

	.globl _start
	.text
_start:
	xor eax, eax
	mov ecx, 4000
1:
	add rax, rcx
	dec ecx
	jnz 1b
	CHECK_EQ rax, 8002000 /* 4000 + 3999 + ... + 1 */

	lea rsi, [rip + words]
	xor eax, eax
	mov ecx, 4000
2:
	.irp k, 0,1,2,3,4,5,6,7,0,1,2,3,4,5,6,7,0,1,2,3,4,5,6,7,0,1,2,3,4,5,6
	add rax, qword ptr [rsi + 8 * \k]
	rol rax, 3
	.endr
	dec ecx
	jnz 2b
	mov rbx, rax
	CHECK_EQ rbx, 0x6b741a95e8ede41a
	PASS

	.data
	.balign 8
words:	.quad 1, 2, 3, 4, 5, 6, 7, 8
