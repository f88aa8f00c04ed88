/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Forward rep movs into an overlapping higher destination: element-by-element semantics (pattern fill). */
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
_start:
	cld
	/* rep movsb with dst = src + 1 replicates the first byte */
	mov byte ptr [rip + buf], 0x3c
	mov byte ptr [rip + buf + 1], 0x11
	lea rsi, [rip + buf]
	lea rdi, [rip + buf + 1]
	mov ecx, 5000
	rep movsb
	lea rsi, [rip + buf]
	xor ecx, ecx
1:	movzx eax, byte ptr [rsi + rcx]
	cmp eax, 0x3c
	jne 9f
	inc ecx
	cmp ecx, 5001
	jb 1b

	/* dst = src + 3 replicates a 3-byte pattern */
	mov dword ptr [rip + buf], 0x00030201
	lea rsi, [rip + buf]
	lea rdi, [rip + buf + 3]
	mov ecx, 4500
	rep movsb
	lea rsi, [rip + buf]
	xor ecx, ecx
	xor edx, edx  /* expected = ecx % 3 + 1 */
2:	movzx eax, byte ptr [rsi + rcx]
	lea r8d, [edx + 1]
	cmp eax, r8d
	jne 9f
	inc edx
	cmp edx, 3
	jne 3f
	xor edx, edx
3:	inc ecx
	cmp ecx, 4503
	jb 2b

	/* movsq with dst = src + 3: each qword is read whole, then written */
	mov rax, 0x0807060504030201
	mov [rip + buf], rax
	mov rax, 0x100f0e0d0c0b0a09
	mov [rip + buf + 8], rax
	mov rax, 0x1817161514131211
	mov [rip + buf + 16], rax
	lea rsi, [rip + buf]
	lea rdi, [rip + buf + 3]
	mov ecx, 2
	rep movsq
	/* element 0: buf[3..11) = 01..08; element 1 reads buf[8..16) = 06 07 08 0c..10 -> buf[11..19) */
	CHECK_MEM64 [rip + buf], 0x0504030201030201
	CHECK_MEM64 [rip + buf + 8], 0x0d0c080706080706
	CHECK_MEM64 [rip + buf + 16], 0x1817161514100f0e
	PASS
9:	FAIL_HERE

	.bss
	.balign 4096
buf:	.space 16384
