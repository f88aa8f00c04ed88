/* SPDX-License-Identifier: GPL-2.0-or-later */
/* stos and rep stos in all sizes, both directions: fill values, bounds, final rdi/rcx, zero count, flags kept. */
#include "check.inc"
	/* CHECK_REG reg, reg2: fail unless equal */
	.macro CHECK_REG r, e
	cmp \r, \e
	je 9005f
	FAIL_HERE
9005:
	.endm
	.globl _start
	.text
	/* fail unless n bytes at addr all equal al-pattern byte b */
	.macro ALL_BYTES addr, n, b
	lea rdi, \addr
	mov ecx, \n
	mov al, \b
	repe scasb
	jne 9f
	.endm
_start:
	cld
	/* single stosb/w/d/q */
	lea rdi, [rip + buf]
	mov rax, 0x1122334455667788
	stosb
	stosw
	stosd
	stosq
	lea rax, [rip + buf + 15]
	CHECK_REG rdi, rax
	CHECK_MEM64 [rip + buf], 0x8855667788778888
	CHECK_MEM64 [rip + buf + 7], 0x1122334455667788

	/* rep stosb 9999 bytes from an odd address; neighbours untouched */
	lea rdi, [rip + big + 1]
	mov ecx, 9999
	mov eax, 0xffffffab
	mov r12, rdi
	rep stosb
	CHECK_EQ rcx, 0
	lea rax, [r12 + 9999]
	CHECK_REG rdi, rax
	ALL_BYTES [rip + big + 1], 9999, 0xab
	movzx eax, byte ptr [rip + big]
	CHECK_EQ rax, 0
	movzx eax, byte ptr [rip + big + 10000]
	CHECK_EQ rax, 0

	/* rep stosq with a non-uniform value, crossing pages */
	lea rdi, [rip + big + 16]
	mov ecx, 1200
	mov rax, 0x0102030405060708
	rep stosq
	lea rax, [rip + big + 16 + 9600]
	CHECK_REG rdi, rax
	CHECK_MEM64 [rip + big + 16], 0x0102030405060708
	CHECK_MEM64 [rip + big + 16 + 4096], 0x0102030405060708
	CHECK_MEM64 [rip + big + 16 + 9592], 0x0102030405060708
	CHECK_MEM64 [rip + big + 16 + 9600], 0xabababababababab

	/* rep stosw / stosd, odd alignment */
	lea rdi, [rip + big + 3]
	mov ecx, 3
	mov eax, 0xbeef
	rep stosw
	CHECK_MEM64 [rip + big + 3], 0xababbeefbeefbeef
	lea rdi, [rip + big + 5]
	mov ecx, 2
	mov eax, 0xcafef00d
	rep stosd
	CHECK_MEM64 [rip + big + 5], 0xcafef00dcafef00d

	/* backward: rep stosd from the top */
	std
	lea rdi, [rip + big + 200]
	mov ecx, 4
	mov eax, 0x01020304
	rep stosd
	cld
	lea rax, [rip + big + 184]
	CHECK_REG rdi, rax
	CHECK_MEM64 [rip + big + 188], 0x0102030401020304
	CHECK_MEM64 [rip + big + 196], 0x0102030401020304
	movzx eax, byte ptr [rip + big + 187]
	CHECK_EQ rax, 0x05   /* from the stosq pattern */
	/* backward rep stosb */
	std
	lea rdi, [rip + big + 300]
	mov ecx, 8
	mov al, 0x42
	rep stosb
	cld
	lea rax, [rip + big + 292]
	CHECK_REG rdi, rax
	CHECK_MEM64 [rip + big + 293], 0x4242424242424242
	/* backward single stosq */
	std
	lea rdi, [rip + big + 400]
	mov rax, -2
	stosq
	cld
	lea rax, [rip + big + 392]
	CHECK_REG rdi, rax
	CHECK_MEM64 [rip + big + 400], -2

	/* zero count: flags and memory unchanged */
	lea rdi, [rip + big + 500]
	xor ecx, ecx
	mov al, 0x99
	cmp al, 0x99     /* ZF=1 CF=0 */
	rep stosb
	CHECK_FLAGS ARITH, ZF | PF
	lea rax, [rip + big + 500]
	CHECK_REG rdi, rax
	movzx eax, byte ptr [rip + big + 500]
	CHECK_EQ rax, 0x04   /* from the stosq pattern */
	PASS
9:	FAIL_HERE

	.bss
	.balign 4096
buf:	.space 64
	.balign 4096
big:	.space 12288
