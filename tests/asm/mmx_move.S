/* SPDX-License-Identifier: GPL-2.0-or-later */
/* MMX data movement: movd/movq with GPRs, memory and mm, movq2dq/movdq2q, pinsrw/pextrw/pmovmskb/pshufw on mm, maskmovq, movntq. */
/* Expected values were recorded on a real x86_64 CPU (SSE4.2). */
#include "check.inc"

/*
 * ACC reg, value: r15 |= reg ^ value (no branch: keeps blocks few and long);
 * ACC_CHECK fails unless every value since the last one matched.
 */
.macro ACC reg, val
	movabs r11, \val
	xor r11, \reg
	or r15, r11
.endm
.macro ACC_CHECK
	CHECK_EQ r15, 0
.endm

	.globl _start
	.text
_start:
	xor r15, r15
	movabs rax, 0x8899aabbccddeeff
	movq mm0, rax
	movq rax, mm0
	ACC rax, 0x8899aabbccddeeff
	movd mm1, eax
	movq rax, mm1
	ACC rax, 0xccddeeff
	movd mm2, dword ptr [rip + L1]
	movq rax, mm2
	ACC rax, 0xb4a59687
	movq mm3, qword ptr [rip + L2]
	movq rax, mm3
	ACC rax, 0xf0e1d2c3b4a59687
	movq mm4, mm3
	movq rax, mm4
	ACC rax, 0xf0e1d2c3b4a59687
	mov rcx, -1
	movd ecx, mm3
	ACC rcx, 0xb4a59687
	mov rcx, -1
	movq rcx, mm3
	ACC rcx, 0xf0e1d2c3b4a59687
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movd dword ptr [rip + outbuf + 1], mm3
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5ab4a596875a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movq qword ptr [rip + outbuf + 2], mm3
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0xd2c3b4a596875a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5af0e1
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movntq qword ptr [rip + outbuf + 8], mm0
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm6, xmmword ptr [rip + L3]
	movdq2q mm5, xmm6
	movq rax, mm5
	ACC rax, 0x8899aabbccddeeff
	movdqa xmm7, xmmword ptr [rip + L4]
	movq2dq xmm7, mm3
	movq rax, xmm7
	ACC rax, 0xf0e1d2c3b4a59687
	ACC_CHECK
	pextrq rax, xmm7, 1
	ACC rax, 0x0
	movq mm6, qword ptr [rip + L5]
	mov eax, 0x1234abcd
	pinsrw mm6, eax, 0
	movq rax, mm6
	ACC rax, 0x8899aabbccddabcd
	mov rax, -1
	pextrw eax, mm6, 0
	ACC rax, 0xabcd
	movq mm6, qword ptr [rip + L6]
	mov eax, 0x1234abcd
	pinsrw mm6, eax, 1
	movq rax, mm6
	ACC rax, 0x8899aabbabcdeeff
	mov rax, -1
	pextrw eax, mm6, 1
	ACC rax, 0xabcd
	movq mm6, qword ptr [rip + L7]
	mov eax, 0x1234abcd
	pinsrw mm6, eax, 2
	movq rax, mm6
	ACC rax, 0x8899abcdccddeeff
	mov rax, -1
	pextrw eax, mm6, 2
	ACC rax, 0xabcd
	movq mm6, qword ptr [rip + L8]
	mov eax, 0x1234abcd
	pinsrw mm6, eax, 3
	movq rax, mm6
	ACC rax, 0xabcdaabbccddeeff
	mov rax, -1
	pextrw eax, mm6, 3
	ACC rax, 0xabcd
	movq mm6, qword ptr [rip + L9]
	mov eax, 0x1234abcd
	pinsrw mm6, eax, 6
	movq rax, mm6
	ACC rax, 0x8899abcdccddeeff
	mov rax, -1
	pextrw eax, mm6, 6
	ACC rax, 0xabcd
	pinsrw mm6, word ptr [rip + L10], 2
	movq rax, mm6
	ACC rax, 0x88999687ccddeeff
	movq mm7, qword ptr [rip + L11]
	mov rax, -1
	pmovmskb eax, mm7
	ACC rax, 0xff
	movq mm7, qword ptr [rip + L12]
	mov rax, -1
	pmovmskb eax, mm7
	ACC rax, 0xff
	movq mm7, qword ptr [rip + L13]
	mov rax, -1
	pmovmskb eax, mm7
	ACC rax, 0x0
	movq mm7, qword ptr [rip + L14]
	mov rax, -1
	pmovmskb eax, mm7
	ACC rax, 0xff
	ACC_CHECK
	movq mm1, qword ptr [rip + L15]
	movq mm2, qword ptr [rip + L16]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	lea rdi, [rip + outbuf + 3]
	maskmovq mm1, mm2
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5add5aff5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a88995a
	ACC_CHECK
	PASS

	.data
	.balign 16
L1:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L2:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L3:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L4:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L5:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L6:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L7:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L8:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L9:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L10:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L11:	.quad 0x8899aabbccddeeff, 0x0
	.balign 16
L12:	.quad 0xf0e1d2c3b4a59687, 0x0
	.balign 16
L13:	.quad 0x0, 0x0
	.balign 16
L14:	.quad 0xffffffffffffffff, 0x0
	.balign 16
L15:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L16:	.quad 0x80ff7f0001800080, 0x0
	.balign 16
outbuf:	.zero 32
