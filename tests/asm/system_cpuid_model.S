/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpuid: every output is a 32-bit write (upper halves cleared). Under xbt
 * (hypervisor signature "XbtXbtXbtXbt" in leaf 0x40000000) the exact x86-64-v2
 * model: vendor GenuineIntel, cache leaves 2 and 4, max leaves, feature bits (no AVX,
 * XSAVE/OSXSAVE, RDRAND, FSGSBASE, BMI, ERMS), the brand string. Natively only the
 * instruction itself is checked.
 */
#include "check.inc"
	/* CPUID leaf, sub: fill all four registers with garbage first */
	.macro DO_CPUID leaf, sub
	mov rax, 0xdeadbeef00000000 + \leaf
	mov rbx, 0xdeadbeefdeadbeef
	mov rcx, 0xdeadbeef00000000 + \sub
	mov rdx, 0xdeadbeefdeadbeef
	cpuid
	.endm
	.macro UPPER_CLEAR
	mov r10, rax
	or r10, rbx
	or r10, rcx
	or r10, rdx
	shr r10, 32
	CHECK_EQ r10, 0
	.endm
	.globl _start
	.text
_start:
	DO_CPUID 0, 0
	UPPER_CLEAR
	mov r12, rax
	mov r13, rbx
	mov r14, rdx
	mov r15, rcx
	/* "XbtXbtXbtXbt" in ebx, ecx, edx of the hypervisor leaf */
	DO_CPUID 0x40000000, 0
	cmp ebx, 0x58746258               /* "XbtX" */
	jne native
	cmp ecx, 0x62587462               /* "btXb" */
	jne native
	cmp edx, 0x74625874               /* "tXbt" */
	jne native

	/* ---- under xbt: the model ---- */
	CHECK_EQ rax, 0x40000000
	CHECK_EQ r12, 7
	CHECK_EQ r13, 0x756e6547           /* "Genu" */
	CHECK_EQ r14, 0x49656e69           /* "ineI" */
	CHECK_EQ r15, 0x6c65746e           /* "ntel" */
	DO_CPUID 2, 0
	CHECK_EQ rax, 0x0000ff01           /* descriptor 0xff: use leaf 4 */
	DO_CPUID 4, 0
	CHECK_EQ rax, 0x121                /* L1 data, self-initialising */
	CHECK_EQ rbx, 0x01c0003f           /* 8 ways, 64-byte lines */
	CHECK_EQ rcx, 63                   /* 64 sets: 32 KiB */
	DO_CPUID 4, 3
	CHECK_EQ rax, 0x3c163              /* L3 unified, 16 threads share it */
	DO_CPUID 4, 4
	CHECK_EQ rax, 0                    /* no more caches */
	DO_CPUID 1, 0
	CHECK_EQ rax, 0x000806f0
	CHECK_EQ rbx, 0x00000800
	/* SSE3 SSSE3 CX16 SSE4.1 SSE4.2 MOVBE POPCNT, hypervisor present */
	CHECK_EQ rcx, 0x80d82201
	/* FPU TSC CX8 CMOV CLFSH MMX FXSR SSE SSE2 */
	CHECK_EQ rdx, 0x07888111
	DO_CPUID 7, 0
	CHECK_EQ rax, 0
	CHECK_EQ rbx, 0
	CHECK_EQ rcx, 0
	CHECK_EQ rdx, 0
	DO_CPUID 0x80000000, 0
	CHECK_EQ rax, 0x80000004
	DO_CPUID 0x80000001, 0
	CHECK_EQ rcx, 0x21                 /* LAHF/SAHF, ABM (lzcnt) */
	CHECK_EQ rdx, 0x28100800           /* SYSCALL NX RDTSCP LM */
	DO_CPUID 0x80000002, 0
	CHECK_EQ rax, 0x20746278           /* "xbt " */
	CHECK_EQ rbx, 0x2d363878           /* "x86-" */
	CHECK_EQ rcx, 0x762d3436           /* "64-v" */
	CHECK_EQ rdx, 0x72742032           /* "2 tr" */
	DO_CPUID 0x80000003, 0
	CHECK_EQ rax, 0x6c736e61           /* "ansl" */
	CHECK_EQ rbx, 0x726f7461           /* "ator" */
	CHECK_EQ rcx, 0
	CHECK_EQ rdx, 0
	DO_CPUID 0x80000004, 0
	UPPER_CLEAR
	CHECK_EQ rax, 0
	PASS

native:
	/* the leaves any x86-64 CPU has; only the register width rules are checked */
	DO_CPUID 1, 0
	UPPER_CLEAR
	DO_CPUID 0x80000000, 0
	UPPER_CLEAR
	DO_CPUID 0x80000001, 0
	UPPER_CLEAR
	/* long mode is always there */
	bt edx, 29
	jc 1f
	FAIL_HERE
1:	PASS
