/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The CPU model is honest: for every feature bit CPUID advertises (natively or
 * under xbt), a representative instruction of that feature runs and gives the
 * right result. A bit xbt sets without implementing the feature fails here.
 */
#include "check.inc"
	/* IF_BIT reg, bit: skip to the local label 1: unless the bit is set */
	.macro IF_NOT_BIT reg, bit, skip
	bt \reg, \bit
	jnc \skip
	.endm
	.globl _start
	.text
_start:
	mov eax, 1
	xor ecx, ecx
	cpuid
	mov r12d, edx           /* leaf 1 edx */
	mov r13d, ecx           /* leaf 1 ecx */
	mov eax, 0x80000001
	xor ecx, ecx
	cpuid
	mov r14d, edx
	mov r15d, ecx

	/* FPU: fld1; fistp -> 1 */
	IF_NOT_BIT r12d, 0, 10f
	fninit
	fld1
	fld1
	faddp
	fistp qword ptr [rip + m]
	CHECK_MEM64 [rip + m], 2
10:	/* TSC */
	IF_NOT_BIT r12d, 4, 11f
	rdtsc
11:	/* CX8 */
	IF_NOT_BIT r12d, 8, 12f
	mov qword ptr [rip + m], 0
	xor eax, eax
	xor edx, edx
	mov ebx, 1
	mov ecx, 2
	cmpxchg8b [rip + m]
	CHECK_MEM64 [rip + m], 0x200000001
12:	/* CMOV */
	IF_NOT_BIT r12d, 15, 13f
	mov eax, 1
	mov ecx, 2
	cmp eax, eax
	cmove eax, ecx
	CHECK_EQ rax, 2
13:	/* CLFSH */
	IF_NOT_BIT r12d, 19, 14f
	clflush [rip + m]
14:	/* MMX */
	IF_NOT_BIT r12d, 23, 15f
	mov rax, 0x01020304050607ff
	movq mm0, rax
	mov rax, 0x0101010101010101
	movq mm1, rax
	paddb mm0, mm1
	movq rax, mm0
	emms
	CHECK_EQ rax, 0x0203040506070800
15:	/* FXSR */
	IF_NOT_BIT r12d, 24, 16f
	fxsave [rip + fxbuf]
	fxrstor [rip + fxbuf]
16:	/* SSE */
	IF_NOT_BIT r12d, 25, 17f
	mov eax, 0x3f800000          /* 1.0f */
	movd xmm0, eax
	addss xmm0, xmm0
	movd eax, xmm0
	CHECK_EQ rax, 0x40000000
17:	/* SSE2 */
	IF_NOT_BIT r12d, 26, 18f
	mov rax, -1
	movq xmm0, rax
	mov eax, 1
	movq xmm1, rax
	paddq xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0
18:	/* SSE3: movddup, haddpd */
	IF_NOT_BIT r13d, 0, 19f
	movddup xmm0, [rip + two]
	haddpd xmm0, xmm0
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000   /* 4.0 */
19:	/* SSSE3: pshufb */
	IF_NOT_BIT r13d, 9, 20f
	mov rax, 0x0706050403020100
	movq xmm0, rax
	mov rax, 0x0001020304050607
	movq xmm1, rax
	pshufb xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0001020304050607
20:	/* CX16 */
	IF_NOT_BIT r13d, 13, 21f
	xor eax, eax
	xor edx, edx
	mov ebx, 3
	mov ecx, 4
	mov qword ptr [rip + m16], 0
	mov qword ptr [rip + m16 + 8], 0
	cmpxchg16b [rip + m16]
	CHECK_MEM64 [rip + m16 + 8], 4
21:	/* SSE4.1: pminsd, ptest */
	IF_NOT_BIT r13d, 19, 22f
	mov eax, -5
	movd xmm0, eax
	mov eax, 3
	movd xmm1, eax
	pminsd xmm1, xmm0
	movd eax, xmm1
	CHECK_EQ rax, 0xfffffffb
	pxor xmm2, xmm2
	ptest xmm2, xmm2
	CHECK_FLAGS ZF | CF, ZF | CF
22:	/* SSE4.2: crc32 */
	IF_NOT_BIT r13d, 20, 23f
	xor eax, eax
	mov ecx, 0x61                /* 'a' */
	crc32 eax, cl
	CHECK_EQ rax, 0x93ad1061     /* CRC-32C of "a" without the final xor, init 0 */
23:	/* MOVBE */
	IF_NOT_BIT r13d, 22, 24f
	mov rax, 0x0102030405060708
	mov [rip + m], rax
	movbe rax, [rip + m]
	CHECK_EQ rax, 0x0807060504030201
24:	/* POPCNT */
	IF_NOT_BIT r13d, 23, 25f
	mov rax, 0xf0f0
	popcnt rax, rax
	CHECK_EQ rax, 8
25:	/* LAHF/SAHF */
	IF_NOT_BIT r15d, 0, 26f
	mov ah, 0xc1                 /* SF ZF CF */
	sahf
	mov ah, 0
	lahf
	shr eax, 8
	and eax, 0xd5
	CHECK_EQ rax, 0xc1
26:	/* ABM: lzcnt */
	IF_NOT_BIT r15d, 5, 27f
	mov eax, 1
	lzcnt eax, eax
	CHECK_EQ rax, 31
27:	/* RDTSCP */
	IF_NOT_BIT r14d, 27, 28f
	rdtscp
28:	/* SYSCALL */
	IF_NOT_BIT r14d, 11, 29f
	mov eax, 39                  /* getpid */
	syscall
	test rax, rax
	jg 29f
	FAIL_HERE
29:	PASS

	.data
	.balign 16
m:	.quad 0, 0
m16:	.quad 0, 0
two:	.double 2.0
	.balign 16
fxbuf:	.space 512
