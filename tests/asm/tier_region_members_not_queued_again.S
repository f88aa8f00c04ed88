/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A loop of four blocks joined by jumps: all four reach the threshold in the same
 * iteration, the first one first. It is queued with the other three as its region;
 * they used to be queued as well, each the head of a region of its own successors
 * (openssl sha256 compiled its blocks several times over, twice the compile time).
 * tests/cli.sh (tier_region_members_not_queued_again) wants one queued job.
 * Self-checking, so it runs in every mode as well.
 */
#include "check.inc"

	.globl _start
	.text
_start:
	xor eax, eax
	xor ebx, ebx
	mov ecx, 20000
1:
	add rax, rcx
	jmp 2f
2:
	xor rbx, rax
	jmp 3f
3:
	rol rbx, 5
	jmp 4f
4:
	dec ecx
	jnz 1b
	CHECK_EQ rax, 200010000 /* 20000 + 19999 + ... + 1 */
	mov rax, rbx
	CHECK_EQ rax, 0x27de323bf1655781
	PASS
