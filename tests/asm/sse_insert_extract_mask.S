/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE pinsrb/w/d/q, pextrb/w/d/q, extractps (registers, memory, imm8 masking), pmovmskb/movmskps/movmskpd, maskmovdqu. */
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
	movdqa xmm1, xmmword ptr [rip + L1]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrb xmm1, eax, 0
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59618
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L2]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrb xmm1, eax, 1
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a51887
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L3]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrb xmm1, eax, 3
	movq rax, xmm1
	ACC rax, 0xf0e1d2c318a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L4]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrb xmm1, eax, 7
	movq rax, xmm1
	ACC rax, 0x18e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L5]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrb xmm1, eax, 15
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x18695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L6]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrb xmm1, eax, 255
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x18695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L7]
	pinsrb xmm1, byte ptr [rip + L8], 1
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a5ff87
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L9]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrw xmm1, eax, 0
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a50718
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L10]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrw xmm1, eax, 1
	movq rax, xmm1
	ACC rax, 0xf0e1d2c307189687
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L11]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrw xmm1, eax, 3
	movq rax, xmm1
	ACC rax, 0x718d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L12]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrw xmm1, eax, 7
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x7185a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L13]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrw xmm1, eax, 15
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x7185a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L14]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrw xmm1, eax, 255
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x7185a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L15]
	pinsrw xmm1, word ptr [rip + L16], 1
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3eeff9687
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L17]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrd xmm1, eax, 0
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3e5f60718
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L18]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrd xmm1, eax, 1
	movq rax, xmm1
	ACC rax, 0xe5f60718b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L19]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrd xmm1, eax, 3
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xe5f607183c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L20]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrd xmm1, eax, 7
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xe5f607183c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L21]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrd xmm1, eax, 15
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xe5f607183c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L22]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrd xmm1, eax, 255
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xe5f607183c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L23]
	pinsrd xmm1, dword ptr [rip + L24], 1
	movq rax, xmm1
	ACC rax, 0xccddeeffb4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L25]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrq xmm1, rax, 0
	movq rax, xmm1
	ACC rax, 0xa1b2c3d4e5f60718
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L26]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrq xmm1, rax, 1
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xa1b2c3d4e5f60718
	movdqa xmm1, xmmword ptr [rip + L27]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrq xmm1, rax, 3
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xa1b2c3d4e5f60718
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L28]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrq xmm1, rax, 7
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xa1b2c3d4e5f60718
	movdqa xmm1, xmmword ptr [rip + L29]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrq xmm1, rax, 15
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xa1b2c3d4e5f60718
	movdqa xmm1, xmmword ptr [rip + L30]
	movabs rax, 0xa1b2c3d4e5f60718
	pinsrq xmm1, rax, 255
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0xa1b2c3d4e5f60718
	movdqa xmm1, xmmword ptr [rip + L31]
	pinsrq xmm1, qword ptr [rip + L32], 1
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm1, 1
	ACC rax, 0x8899aabbccddeeff
	movdqa xmm2, xmmword ptr [rip + L33]
	mov rax, -1
	pextrb eax, xmm2, 0
	ACC rax, 0xff
	mov rax, -1
	pextrb eax, xmm2, 1
	ACC rax, 0xee
	mov rax, -1
	pextrb eax, xmm2, 3
	ACC rax, 0xcc
	mov rax, -1
	pextrb eax, xmm2, 7
	ACC rax, 0x88
	mov rax, -1
	pextrb eax, xmm2, 15
	ACC rax, 0x0
	mov rax, -1
	pextrb eax, xmm2, 255
	ACC rax, 0x0
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	pextrb byte ptr [rip + outbuf + 3], xmm2, 1
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5aee5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	ACC_CHECK
	movdqa xmm2, xmmword ptr [rip + L34]
	mov rax, -1
	pextrw eax, xmm2, 0
	ACC rax, 0xeeff
	mov rax, -1
	pextrw eax, xmm2, 1
	ACC rax, 0xccdd
	mov rax, -1
	pextrw eax, xmm2, 3
	ACC rax, 0x8899
	mov rax, -1
	pextrw eax, xmm2, 7
	ACC rax, 0x11
	mov rax, -1
	pextrw eax, xmm2, 15
	ACC rax, 0x11
	mov rax, -1
	pextrw eax, xmm2, 255
	ACC rax, 0x11
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	pextrw word ptr [rip + outbuf + 3], xmm2, 1
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5accdd5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm2, xmmword ptr [rip + L35]
	mov rax, -1
	pextrd eax, xmm2, 0
	ACC rax, 0xccddeeff
	mov rax, -1
	pextrd eax, xmm2, 1
	ACC rax, 0x8899aabb
	mov rax, -1
	pextrd eax, xmm2, 3
	ACC rax, 0x112233
	mov rax, -1
	pextrd eax, xmm2, 7
	ACC rax, 0x112233
	mov rax, -1
	pextrd eax, xmm2, 15
	ACC rax, 0x112233
	mov rax, -1
	pextrd eax, xmm2, 255
	ACC rax, 0x112233
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	pextrd dword ptr [rip + outbuf + 3], xmm2, 1
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a8899aabb5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	ACC_CHECK
	movdqa xmm2, xmmword ptr [rip + L36]
	mov rax, -1
	pextrq rax, xmm2, 0
	ACC rax, 0x8899aabbccddeeff
	mov rax, -1
	pextrq rax, xmm2, 1
	ACC rax, 0x11223344556677
	mov rax, -1
	pextrq rax, xmm2, 3
	ACC rax, 0x11223344556677
	mov rax, -1
	pextrq rax, xmm2, 7
	ACC rax, 0x11223344556677
	mov rax, -1
	pextrq rax, xmm2, 15
	ACC rax, 0x11223344556677
	mov rax, -1
	pextrq rax, xmm2, 255
	ACC rax, 0x11223344556677
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	pextrq qword ptr [rip + outbuf + 3], xmm2, 1
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x33445566775a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a001122
	movdqa xmm2, xmmword ptr [rip + L37]
	mov rax, -1
	extractps eax, xmm2, 0
	ACC rax, 0xccddeeff
	mov rax, -1
	extractps eax, xmm2, 1
	ACC rax, 0x8899aabb
	mov rax, -1
	extractps eax, xmm2, 3
	ACC rax, 0x112233
	mov rax, -1
	extractps eax, xmm2, 7
	ACC rax, 0x112233
	mov rax, -1
	extractps eax, xmm2, 15
	ACC rax, 0x112233
	mov rax, -1
	extractps eax, xmm2, 255
	ACC rax, 0x112233
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	extractps dword ptr [rip + outbuf + 3], xmm2, 1
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a8899aabb5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	ACC_CHECK
	mov rax, -1
	pextrb rax, xmm2, 5
	ACC rax, 0xaa
	movdqa xmm3, xmmword ptr [rip + L38]
	mov rax, -1
	pmovmskb eax, xmm3
	ACC rax, 0xff
	mov rax, -1
	movmskps eax, xmm3
	ACC rax, 0x3
	mov rax, -1
	movmskpd eax, xmm3
	ACC rax, 0x1
	mov r10, -1
	pmovmskb r10, xmm3
	ACC r10, 0xff
	movdqa xmm3, xmmword ptr [rip + L39]
	mov rax, -1
	pmovmskb eax, xmm3
	ACC rax, 0xff
	mov rax, -1
	movmskps eax, xmm3
	ACC rax, 0x3
	mov rax, -1
	movmskpd eax, xmm3
	ACC rax, 0x1
	mov r10, -1
	pmovmskb r10, xmm3
	ACC r10, 0xff
	movdqa xmm3, xmmword ptr [rip + L40]
	mov rax, -1
	pmovmskb eax, xmm3
	ACC rax, 0x0
	mov rax, -1
	movmskps eax, xmm3
	ACC rax, 0x0
	mov rax, -1
	movmskpd eax, xmm3
	ACC rax, 0x0
	mov r10, -1
	pmovmskb r10, xmm3
	ACC r10, 0x0
	movdqa xmm3, xmmword ptr [rip + L41]
	mov rax, -1
	pmovmskb eax, xmm3
	ACC rax, 0xffff
	mov rax, -1
	movmskps eax, xmm3
	ACC rax, 0xf
	mov rax, -1
	movmskpd eax, xmm3
	ACC rax, 0x3
	ACC_CHECK
	mov r10, -1
	pmovmskb r10, xmm3
	ACC r10, 0xffff
	movdqa xmm3, xmmword ptr [rip + L42]
	mov rax, -1
	pmovmskb eax, xmm3
	ACC rax, 0x880
	mov rax, -1
	movmskps eax, xmm3
	ACC rax, 0x6
	mov rax, -1
	movmskpd eax, xmm3
	ACC rax, 0x1
	mov r10, -1
	pmovmskb r10, xmm3
	ACC r10, 0x880
	movdqa xmm4, xmmword ptr [rip + L43]
	movdqa xmm5, xmmword ptr [rip + L44]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	lea rdi, [rip + outbuf + 1]
	maskmovdqu xmm4, xmm5
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x995a5a5add5aff5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a7788
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a00
	ACC_CHECK
	PASS

	.data
	.balign 16
L1:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L2:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L3:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L4:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L5:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L6:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L7:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L8:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L9:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L10:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L11:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L12:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L13:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L14:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L15:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L16:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L17:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L18:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L19:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L20:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L21:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L22:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L23:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L24:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L25:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L26:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L27:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L28:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L29:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L30:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L31:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L32:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L33:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L34:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L35:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L36:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L37:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L38:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L39:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L40:	.quad 0x0, 0x0
	.balign 16
L41:	.quad 0xffffffffffffffff, 0xffffffffffffffff
	.balign 16
L42:	.quad 0x8000000000000000, 0x80000000
	.balign 16
L43:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L44:	.quad 0x80ff7f0001800080, 0xfe00000000000081
	.balign 16
outbuf:	.zero 32
