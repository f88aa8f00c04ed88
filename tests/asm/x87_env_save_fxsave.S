/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fnstenv/fldenv (28 bytes), fnsave/frstor (108 bytes) and fxsave/fxsave64/fxrstor/fxrstor64 (512 bytes): FCW, FSW with TOP, full and abridged tag words, MXCSR and its mask, registers in stack order, XMM, bytes left alone; emms. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	/* CHECK_NEAR reg, imm64, tol: |reg - imm| <= tol (r10, r11 clobbered) */
	.macro CHECK_NEAR reg, val, tol
	movabs r11, \val
	sub r11, \reg
	mov r10, r11
	neg r10
	cmovs r10, r11
	cmp r10, \tol
	jbe 9005f
	FAIL_HERE
9005:
	.endm

	.globl _start
	.text
_start:
	.pushsection .data
	.balign 16
img:	.zero 512
img2:	.zero 512
pat:	.quad 0x1111222233334444, 0x5555666677778888
pat2:	.quad 0x9999aaaabbbbcccc, 0xddddeeeeffff0000
mx:	.long 0x1f80
	.balign 16
v1:	.quad 0x8000000000000000
	.word 0x3fff
	.balign 16
vnan:	.quad 0xc000000000000000
	.word 0xffff
	.balign 16
vden:	.quad 0x0000000000000123
	.word 0x0000
	.popsection

	.macro FILL buf
	lea rdi, [rip + \buf]
	mov ecx, 64
	movabs rax, 0xa5a5a5a5a5a5a5a5
	rep stosq
	.endm

	/* fnstenv: control, status, full tag word; exceptions masked afterwards */
	FILL img
	fninit
	mov word ptr [rip + img2], 0x0b72
	fldcw word ptr [rip + img2]
	fld tbyte ptr [rip + v1]
	fldz
	fld tbyte ptr [rip + vnan]
	fld tbyte ptr [rip + vden]
	fnstenv [rip + img]
	mov eax, dword ptr [rip + img]
	CHECK_EQ rax, 0xffff0b72
	mov eax, dword ptr [rip + img + 4]
	CHECK_EQ rax, 0xffff2000
	mov eax, dword ptr [rip + img + 8]
	CHECK_EQ rax, 0xffff1aff
	mov eax, dword ptr [rip + img + 24]
	CHECK_EQ rax, 0xffff0000
	mov rax, qword ptr [rip + img + 28]
	CHECK_EQ rax, 0xa5a5a5a5a5a5a5a5
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0xb7f
	/* fldenv: back to the saved control word and tags */
	fldenv [rip + img]
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0xb72
	fnstsw ax
	and eax, 0x3800
	CHECK_EQ rax, 0x2000
	/* fldenv with TOP and tags changed in the image */
	mov word ptr [rip + img + 4], 0x1000
	mov word ptr [rip + img + 8], 0xfff0
	fldenv [rip + img]
	fnstenv [rip + img2]
	mov eax, dword ptr [rip + img2 + 4]
	CHECK_EQ rax, 0xffff1000
	mov eax, dword ptr [rip + img2 + 8]
	CHECK_EQ rax, 0xfffffff5
	fldenv [rip + img2]
	/* fnsave: image, then the FPU is reinitialised */
	FILL img
	fninit
	fld tbyte ptr [rip + v1]
	fldpi
	fld tbyte ptr [rip + vden]
	fnsave [rip + img]
	mov eax, dword ptr [rip + img]
	CHECK_EQ rax, 0xffff037f
	mov eax, dword ptr [rip + img + 4]
	CHECK_EQ rax, 0xffff2800
	mov eax, dword ptr [rip + img + 8]
	CHECK_EQ rax, 0xffff0bff
	mov rax, qword ptr [rip + img + 28]
	CHECK_EQ rax, 0x123
	movzx eax, word ptr [rip + img + 36]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + img + 38]
	CHECK_EQ rax, 0xc90fdaa22168c235
	movzx eax, word ptr [rip + img + 46]
	CHECK_EQ rax, 0x4000
	mov rax, qword ptr [rip + img + 48]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + img + 56]
	CHECK_EQ rax, 0x3fff
	mov rax, qword ptr [rip + img + 58]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + img + 100]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + img + 104]
	CHECK_EQ rax, 0xa5a5a5a500000000
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0x37f
	fnstsw ax
	and eax, 0xffff
	CHECK_EQ rax, 0x0
	/* frstor: registers and TOP come back */
	frstor [rip + img]
	fnstsw ax
	and eax, 0x3800
	CHECK_EQ rax, 0x2800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x123
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c235
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fnstsw ax
	and eax, 0x3800
	CHECK_EQ rax, 0x0
	/* fxsave64: fields and registers in stack order */
	FILL img
	fninit
	ldmxcsr dword ptr [rip + mx]
	movdqu xmm0, [rip + pat]
	movdqu xmm15, [rip + pat2]
	fld tbyte ptr [rip + v1]
	fldz
	fld tbyte ptr [rip + vnan]
	fxsave64 [rip + img]
	movzx eax, word ptr [rip + img]
	CHECK_EQ rax, 0x37f
	movzx eax, word ptr [rip + img + 2]
	CHECK_EQ rax, 0x2800
	movzx eax, byte ptr [rip + img + 4]
	CHECK_EQ rax, 0xe0
	movzx eax, byte ptr [rip + img + 5]
	CHECK_EQ rax, 0x0
	mov eax, dword ptr [rip + img + 24]
	CHECK_EQ rax, 0x1f80
	mov eax, dword ptr [rip + img + 28]
	CHECK_EQ rax, 0xffff
	mov rax, qword ptr [rip + img + 32]
	CHECK_EQ rax, 0xc000000000000000
	mov rax, qword ptr [rip + img + 40]
	CHECK_EQ rax, 0xffff
	mov rax, qword ptr [rip + img + 48]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + img + 56]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + img + 64]
	CHECK_EQ rax, 0x8000000000000000
	mov rax, qword ptr [rip + img + 72]
	CHECK_EQ rax, 0x3fff
	mov rax, qword ptr [rip + img + 144]
	CHECK_EQ rax, 0x123
	mov rax, qword ptr [rip + img + 152]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + img + 160]
	CHECK_EQ rax, 0x1111222233334444
	mov rax, qword ptr [rip + img + 168]
	CHECK_EQ rax, 0x5555666677778888
	mov rax, qword ptr [rip + img + 400]
	CHECK_EQ rax, 0x9999aaaabbbbcccc
	mov rax, qword ptr [rip + img + 408]
	CHECK_EQ rax, 0xddddeeeeffff0000
	mov rax, qword ptr [rip + img + 416]
	CHECK_EQ rax, 0xa5a5a5a5a5a5a5a5
	mov rax, qword ptr [rip + img + 464]
	CHECK_EQ rax, 0xa5a5a5a5a5a5a5a5
	mov rax, qword ptr [rip + img + 504]
	CHECK_EQ rax, 0xa5a5a5a5a5a5a5a5
	/* fxrstor64 of a modified image */
	mov word ptr [rip + img], 0x0f7f
	mov word ptr [rip + img + 2], 0x2001
	mov byte ptr [rip + img + 4], 0x81
	mov dword ptr [rip + img + 24], 0x3f80
	movabs rax, 0x0102030405060708
	mov qword ptr [rip + img + 160], rax
	fninit
	pxor xmm0, xmm0
	fxrstor64 [rip + img]
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0xf7f
	fnstsw ax
	and eax, 0x3fff
	CHECK_EQ rax, 0x2001
	movq rax, xmm0
	CHECK_EQ rax, 0x102030405060708
	stmxcsr dword ptr [rip + img2]
	mov eax, dword ptr [rip + img2]
	CHECK_EQ rax, 0x3f80
	fxam
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4300
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xffff
	fxam
	fnstsw ax
	and eax, 0x4700
	CHECK_EQ rax, 0x4100
	ldmxcsr dword ptr [rip + mx]
	/* fxsave (32-bit pointer form) and fxrstor */
	FILL img
	fninit
	fld1
	fxsave [rip + img]
	movzx eax, word ptr [rip + img]
	CHECK_EQ rax, 0x37f
	movzx eax, word ptr [rip + img + 2]
	CHECK_EQ rax, 0x3800
	movzx eax, byte ptr [rip + img + 4]
	CHECK_EQ rax, 0x80
	mov eax, dword ptr [rip + img + 24]
	CHECK_EQ rax, 0x1f80
	mov rax, qword ptr [rip + img + 144]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + img + 152]
	CHECK_EQ rax, 0x3fff
	fninit
	fxrstor [rip + img]
	fnstsw ax
	and eax, 0x3800
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	/* emms: every register empty */
	fninit
	fld1
	fld1
	emms
	fnstenv [rip + img]
	movzx eax, word ptr [rip + img + 8]
	CHECK_EQ rax, 0xffff
	fldenv [rip + img]

	PASS

	.data
	.balign 16
tmp80:	.zero 16
