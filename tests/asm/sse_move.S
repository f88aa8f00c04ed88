/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE data movement: 128-bit moves (aligned, unaligned, non-temporal), movd/movq, movss/movsd, movlps/movhps/movlpd/movhpd/movhlps/movlhps, movnti. */
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
	movdqa xmm3, xmmword ptr [rip + L2]
	movaps xmm3, xmmword ptr [rip + L1]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	movdqa xmm4, xmmword ptr [rip + L3]
	movaps xmm9, xmm4
	movq rax, xmm9
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm9, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm12, xmmword ptr [rip + L4]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movaps xmmword ptr [rip + outbuf], xmm12
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x11223344556677
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm3, xmmword ptr [rip + L6]
	movups xmm3, xmmword ptr [rip + L5]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	movdqa xmm4, xmmword ptr [rip + L7]
	movups xmm9, xmm4
	movq rax, xmm9
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm9, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm12, xmmword ptr [rip + L8]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movups xmmword ptr [rip + outbuf], xmm12
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x11223344556677
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm3, xmmword ptr [rip + L10]
	movapd xmm3, xmmword ptr [rip + L9]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	ACC_CHECK
	movdqa xmm4, xmmword ptr [rip + L11]
	movapd xmm9, xmm4
	movq rax, xmm9
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm9, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm12, xmmword ptr [rip + L12]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movapd xmmword ptr [rip + outbuf], xmm12
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x11223344556677
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm3, xmmword ptr [rip + L14]
	movupd xmm3, xmmword ptr [rip + L13]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	movdqa xmm4, xmmword ptr [rip + L15]
	movupd xmm9, xmm4
	movq rax, xmm9
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm9, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm12, xmmword ptr [rip + L16]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movupd xmmword ptr [rip + outbuf], xmm12
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x11223344556677
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm3, xmmword ptr [rip + L18]
	movdqa xmm3, xmmword ptr [rip + L17]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	movdqa xmm4, xmmword ptr [rip + L19]
	movdqa xmm9, xmm4
	movq rax, xmm9
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm9, 1
	ACC rax, 0x78695a4b3c2d1e0f
	ACC_CHECK
	movdqa xmm12, xmmword ptr [rip + L20]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movdqa xmmword ptr [rip + outbuf], xmm12
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x11223344556677
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm3, xmmword ptr [rip + L22]
	movdqu xmm3, xmmword ptr [rip + L21]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	movdqa xmm4, xmmword ptr [rip + L23]
	movdqu xmm9, xmm4
	movq rax, xmm9
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm9, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm12, xmmword ptr [rip + L24]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movdqu xmmword ptr [rip + outbuf], xmm12
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x11223344556677
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm3, xmmword ptr [rip + L26]
	lddqu xmm3, xmmword ptr [rip + L25]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	movdqa xmm3, xmmword ptr [rip + L28]
	movntdqa xmm3, xmmword ptr [rip + L27]
	movq rax, xmm3
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm3, 1
	ACC rax, 0x11223344556677
	movups xmm5, xmmword ptr [rip + L29 + 3]
	movq rax, xmm5
	ACC rax, 0x4a49484746454443
	pextrq rax, xmm5, 1
	ACC rax, 0x5251504f4e4d4c4b
	ACC_CHECK
	movdqa xmm6, xmmword ptr [rip + L30]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movups xmmword ptr [rip + outbuf + 5], xmm6
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0xddeeff5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5566778899aabbcc
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a0011223344
	movupd xmm5, xmmword ptr [rip + L31 + 3]
	movq rax, xmm5
	ACC rax, 0x4a49484746454443
	pextrq rax, xmm5, 1
	ACC rax, 0x5251504f4e4d4c4b
	movdqa xmm6, xmmword ptr [rip + L32]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movupd xmmword ptr [rip + outbuf + 5], xmm6
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0xddeeff5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5566778899aabbcc
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a0011223344
	movdqu xmm5, xmmword ptr [rip + L33 + 3]
	movq rax, xmm5
	ACC rax, 0x4a49484746454443
	pextrq rax, xmm5, 1
	ACC rax, 0x5251504f4e4d4c4b
	movdqa xmm6, xmmword ptr [rip + L34]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movdqu xmmword ptr [rip + outbuf + 5], xmm6
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0xddeeff5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5566778899aabbcc
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a0011223344
	lddqu xmm5, xmmword ptr [rip + L35 + 3]
	movq rax, xmm5
	ACC rax, 0x4a49484746454443
	pextrq rax, xmm5, 1
	ACC rax, 0x5251504f4e4d4c4b
	movdqa xmm15, xmmword ptr [rip + L36]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movntdq xmmword ptr [rip + outbuf + 16], xmm15
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	ACC_CHECK
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0xf0e1d2c3b4a59687
	mov rax, qword ptr [rip + outbuf + 24]
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm15, xmmword ptr [rip + L37]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movntps xmmword ptr [rip + outbuf + 16], xmm15
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0xf0e1d2c3b4a59687
	mov rax, qword ptr [rip + outbuf + 24]
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm15, xmmword ptr [rip + L38]
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movntpd xmmword ptr [rip + outbuf + 16], xmm15
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0xf0e1d2c3b4a59687
	mov rax, qword ptr [rip + outbuf + 24]
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L39]
	movabs rax, 0x123456789abcdef0
	movd xmm1, eax
	movq rax, xmm1
	ACC rax, 0x9abcdef0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L40]
	movq xmm1, rax
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm2, xmmword ptr [rip + L41]
	movd xmm2, dword ptr [rip + L42]
	movq rax, xmm2
	ACC rax, 0xccddeeff
	ACC_CHECK
	pextrq rax, xmm2, 1
	ACC rax, 0x0
	movdqa xmm2, xmmword ptr [rip + L43]
	movq xmm2, qword ptr [rip + L44]
	movq rax, xmm2
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm2, 1
	ACC rax, 0x0
	movdqa xmm2, xmmword ptr [rip + L45]
	movdqa xmm3, xmmword ptr [rip + L46]
	movq xmm2, xmm3
	movq rax, xmm2
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm2, 1
	ACC rax, 0x0
	movdqa xmm3, xmmword ptr [rip + L47]
	mov rcx, -1
	movd ecx, xmm3
	ACC rcx, 0xccddeeff
	mov rcx, -1
	movq rcx, xmm3
	ACC rcx, 0x8899aabbccddeeff
	mov r9, -1
	movd r9d, xmm3
	ACC r9, 0xccddeeff
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movd dword ptr [rip + outbuf + 4], xmm3
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0xccddeeff5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movq qword ptr [rip + outbuf + 4], xmm3
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0xccddeeff5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5a8899aabb
	movdqa xmm2, xmmword ptr [rip + L48]
	movdqa xmm3, xmmword ptr [rip + L49]
	.byte 0x66, 0x0f, 0xd6, 0xda
	movq rax, xmm2
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm2, 1
	ACC rax, 0x0
	movdqa xmm14, xmmword ptr [rip + L50]
	movdqa xmm15, xmmword ptr [rip + L51]
	movss xmm14, xmm15
	movq rax, xmm14
	ACC rax, 0xf0e1d2c3ccddeeff
	pextrq rax, xmm14, 1
	ACC rax, 0x78695a4b3c2d1e0f
	ACC_CHECK
	movsd xmm15, xmm2
	movq rax, xmm15
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm15, 1
	ACC rax, 0x11223344556677
	movdqa xmm1, xmmword ptr [rip + L52]
	movdqa xmm2, xmmword ptr [rip + L53]
	movss xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xf0e1d2c3ccddeeff
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L54]
	movss xmm1, dword ptr [rip + L55]
	movq rax, xmm1
	ACC rax, 0xccddeeff
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movdqa xmm2, xmmword ptr [rip + L56]
	movss dword ptr [rip + outbuf + 8], xmm2
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x5a5a5a5accddeeff
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm1, xmmword ptr [rip + L57]
	movdqa xmm2, xmmword ptr [rip + L58]
	movsd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm1, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm1, xmmword ptr [rip + L59]
	movsd xmm1, qword ptr [rip + L60]
	movq rax, xmm1
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movdqa xmm2, xmmword ptr [rip + L61]
	movsd qword ptr [rip + outbuf + 8], xmm2
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	ACC_CHECK
	movdqa xmm7, xmmword ptr [rip + L62]
	movlps xmm7, qword ptr [rip + L63]
	movq rax, xmm7
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm7, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movlps qword ptr [rip + outbuf + 8], xmm7
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm7, xmmword ptr [rip + L64]
	movhps xmm7, qword ptr [rip + L65]
	movq rax, xmm7
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm7, 1
	ACC rax, 0x8899aabbccddeeff
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movhps qword ptr [rip + outbuf + 8], xmm7
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm7, xmmword ptr [rip + L66]
	movlpd xmm7, qword ptr [rip + L67]
	movq rax, xmm7
	ACC rax, 0x8899aabbccddeeff
	pextrq rax, xmm7, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movlpd qword ptr [rip + outbuf + 8], xmm7
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm7, xmmword ptr [rip + L68]
	movhpd xmm7, qword ptr [rip + L69]
	movq rax, xmm7
	ACC rax, 0xf0e1d2c3b4a59687
	ACC_CHECK
	pextrq rax, xmm7, 1
	ACC rax, 0x8899aabbccddeeff
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movhpd qword ptr [rip + outbuf + 8], xmm7
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x8899aabbccddeeff
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	movdqa xmm7, xmmword ptr [rip + L70]
	movdqa xmm8, xmmword ptr [rip + L71]
	movhlps xmm7, xmm8
	movq rax, xmm7
	ACC rax, 0x11223344556677
	pextrq rax, xmm7, 1
	ACC rax, 0x78695a4b3c2d1e0f
	movdqa xmm7, xmmword ptr [rip + L72]
	movdqa xmm8, xmmword ptr [rip + L73]
	movlhps xmm7, xmm8
	movq rax, xmm7
	ACC rax, 0xf0e1d2c3b4a59687
	pextrq rax, xmm7, 1
	ACC rax, 0x8899aabbccddeeff
	movabs rax, 0x5a5a5a5a5a5a5a5a
	mov qword ptr [rip + outbuf + 0], rax
	mov qword ptr [rip + outbuf + 8], rax
	mov qword ptr [rip + outbuf + 16], rax
	mov qword ptr [rip + outbuf + 24], rax
	movabs rax, 0x0102030405060708
	movnti dword ptr [rip + outbuf], eax
	movnti qword ptr [rip + outbuf + 8], rax
	mov rax, qword ptr [rip + outbuf + 0]
	ACC rax, 0x5a5a5a5a05060708
	mov rax, qword ptr [rip + outbuf + 8]
	ACC rax, 0x102030405060708
	mov rax, qword ptr [rip + outbuf + 16]
	ACC rax, 0x5a5a5a5a5a5a5a5a
	ACC_CHECK
	PASS

	.data
	.balign 16
L1:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L2:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L3:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L4:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L5:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L6:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L7:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L8:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L9:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L10:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L11:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L12:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L13:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L14:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L15:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L16:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L17:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L18:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L19:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L20:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L21:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L22:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L23:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L24:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L25:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L26:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L27:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L28:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L29:	.byte 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f
	.balign 16
L30:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L31:	.byte 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f
	.balign 16
L32:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L33:	.byte 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f
	.balign 16
L34:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L35:	.byte 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f
	.balign 16
L36:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L37:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L38:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L39:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L40:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L41:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L42:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L43:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L44:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L45:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L46:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L47:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L48:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L49:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L50:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L51:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L52:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L53:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L54:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L55:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L56:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L57:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L58:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L59:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L60:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L61:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L62:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L63:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L64:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L65:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L66:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L67:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L68:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L69:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L70:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L71:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
L72:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L73:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
outbuf:	.zero 32
