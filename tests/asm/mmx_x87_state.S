/* SPDX-License-Identifier: GPL-2.0-or-later */
/* MMX instructions and the x87 state: TOP = 0, all tags valid, the written register's exponent all ones (seen through fxsave). */
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
	emms
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	and eax, 0x3800
	ACC rax, 0x0
	movzx eax, byte ptr [rip + fxbuf + 4]
	ACC rax, 0x0
	movabs rax, 0x8899aabbccddeeff
	movq mm3, rax
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	and eax, 0x3800
	ACC rax, 0x0
	movzx eax, byte ptr [rip + fxbuf + 4]
	ACC rax, 0xff
	mov rax, qword ptr [rip + fxbuf + 80]
	ACC rax, 0x8899aabbccddeeff
	movzx eax, word ptr [rip + fxbuf + 88]
	ACC rax, 0xffff
	emms
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	and eax, 0x3800
	ACC rax, 0x0
	movzx eax, byte ptr [rip + fxbuf + 4]
	ACC rax, 0x0
	mov rcx, -1
	movd ecx, mm5
	ACC rcx, 0x0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	and eax, 0x3800
	ACC rax, 0x0
	movzx eax, byte ptr [rip + fxbuf + 4]
	ACC rax, 0xff
	emms
	movq mm6, qword ptr [rip + L1]
	paddb mm6, mm6
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	and eax, 0x3800
	ACC rax, 0x0
	movzx eax, byte ptr [rip + fxbuf + 4]
	ACC rax, 0xff
	mov rax, qword ptr [rip + fxbuf + 128]
	ACC rax, 0xe0c2a486684a2c0e
	movzx eax, word ptr [rip + fxbuf + 136]
	ACC rax, 0xffff
	emms
	pxor mm0, mm0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	and eax, 0x3800
	ACC rax, 0x0
	ACC_CHECK
	movzx eax, byte ptr [rip + fxbuf + 4]
	ACC rax, 0xff
	mov rax, qword ptr [rip + fxbuf + 32]
	ACC rax, 0x0
	movzx eax, word ptr [rip + fxbuf + 40]
	ACC rax, 0xffff
	emms
	movdqa xmm1, xmmword ptr [rip + L2]
	movdq2q mm7, xmm1
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	and eax, 0x3800
	ACC rax, 0x0
	movzx eax, byte ptr [rip + fxbuf + 4]
	ACC rax, 0xff
	mov rax, qword ptr [rip + fxbuf + 144]
	ACC rax, 0x8899aabbccddeeff
	movzx eax, word ptr [rip + fxbuf + 152]
	ACC rax, 0xffff
	emms
	ACC_CHECK
	PASS

	.data
	.balign 16
fxbuf:	.zero 512
	.balign 16
L1:	.quad 0xf0e1d2c3b4a59687, 0x78695a4b3c2d1e0f
	.balign 16
L2:	.quad 0x8899aabbccddeeff, 0x11223344556677
	.balign 16
outbuf:	.zero 32
