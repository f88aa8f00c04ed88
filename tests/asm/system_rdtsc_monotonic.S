/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rdtsc/rdtscp: edx:eax never goes backwards, 32-bit writes clear the upper halves; rdtscp also writes ecx (TSC_AUX, 0 under xbt). */
#include "check.inc"
	.macro TSC_TO r
	shl rdx, 32
	or rax, rdx
	mov \r, rax
	.endm
	.globl _start
	.text
_start:
	/* under xbt? (hypervisor signature "XbtX..." in leaf 0x40000000) */
	mov eax, 0x40000000
	xor ecx, ecx
	cpuid
	xor r15d, r15d
	cmp ebx, 0x58746258
	sete r15b
	mov rax, -1
	mov rdx, -1
	rdtsc
	mov r10, rax
	or r10, rdx
	shr r10, 32
	CHECK_EQ r10, 0
	TSC_TO r12
	mov r14d, 1000
1:	rdtsc
	TSC_TO r13
	cmp r13, r12
	jb 9f
	mov r12, r13
	dec r14d
	jnz 1b
	/* rdtscp */
	mov rax, -1
	mov rdx, -1
	mov rcx, -1
	rdtscp
	mov r10, rax
	or r10, rdx
	or r10, rcx
	shr r10, 32
	CHECK_EQ r10, 0
	TSC_TO r13
	cmp r13, r12
	jb 9f
	test r15d, r15d
	jz 2f
	CHECK_EQ rcx, 0
2:	/* flags untouched */
	xor eax, eax
	rdtsc
	CHECK_FLAGS ARITH, ZF | PF
	PASS
9:	FAIL_HERE
