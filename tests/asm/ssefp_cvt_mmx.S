/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cvtpi2ps/cvtpi2pd/cvt(t)ps2pi/cvt(t)pd2pi with MMX registers and memory, and the x87 to MMX transition they cause (fxsave image). */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cvtpi2ps xmm0, mm1 (nearest) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0x1234
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffffff80000001
	movq mm1, rax
	cvtpi2ps xmm0, mm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4f000000cf000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1234
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	/* cvtpi2ps xmm0, m64 (nearest); x87 tags not checked: the SDM says it switches to MMX, AMD CPUs do not */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0x1234
	pinsrq xmm0, rax, 1
	cvtpi2ps xmm0, qword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0x40400000bf800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1234
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtpi2pd xmm0, mm1 (nearest) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffffff80000001
	movq mm1, rax
	cvtpi2pd xmm0, mm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc1dfffffffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x41dfffffffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	/* cvtpi2pd xmm0, m64 (nearest): no MMX transition */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	cvtpi2pd xmm0, qword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0x4014000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0x0
	/* cvtps2pi mm0, xmm1 (nearest): 2.5, -1.5 (MMX register written: exponent all ones) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xbfc0000040200000
	movq xmm1, rax
	movabs rax, 0x4f0000004f000000
	pinsrq xmm1, rax, 1
	cvtps2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0xfffffffe00000002
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvtps2pi mm0, m64 (nearest): 2^31 and NaN give indefinite */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvtps2pi mm0, qword ptr [rip + M3]
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttps2pi mm0, xmm1 (nearest): 2.5, -1.5 (MMX register written: exponent all ones) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xbfc0000040200000
	movq xmm1, rax
	movabs rax, 0x4f0000004f000000
	pinsrq xmm1, rax, 1
	cvttps2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0xffffffff00000002
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvttps2pi mm0, m64 (nearest): 2^31 and NaN give indefinite */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvttps2pi mm0, qword ptr [rip + M4]
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtpd2pi mm0, xmm1 (nearest): -2.5, 7.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x401e000000000000
	pinsrq xmm1, rax, 1
	cvtpd2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0x8fffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvtpd2pi mm0, m128 (nearest): 2^31 indefinite, -2^31 exact */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvtpd2pi mm0, xmmword ptr [rip + M5]
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttpd2pi mm0, xmm1 (nearest): -2.5, 7.5 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x401e000000000000
	pinsrq xmm1, rax, 1
	cvttpd2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0x7fffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvttpd2pi mm0, m128 (nearest): 2^31 indefinite, -2^31 exact */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvttpd2pi mm0, xmmword ptr [rip + M6]
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtpi2ps xmm0, mm1 (toward zero) */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0x1234
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffffff80000001
	movq mm1, rax
	cvtpi2ps xmm0, mm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4effffffceffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1234
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	/* cvtpi2ps xmm0, m64 (toward zero); x87 tags not checked: the SDM says it switches to MMX, AMD CPUs do not */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0x1234
	pinsrq xmm0, rax, 1
	cvtpi2ps xmm0, qword ptr [rip + M7]
	movq rax, xmm0
	CHECK_EQ rax, 0x40400000bf800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1234
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* cvtpi2pd xmm0, mm1 (toward zero) */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffffff80000001
	movq mm1, rax
	cvtpi2pd xmm0, mm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc1dfffffffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x41dfffffffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	/* cvtpi2pd xmm0, m64 (toward zero): no MMX transition */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	cvtpi2pd xmm0, qword ptr [rip + M8]
	movq rax, xmm0
	CHECK_EQ rax, 0x4014000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0x0
	/* cvtps2pi mm0, xmm1 (toward zero): 2.5, -1.5 (MMX register written: exponent all ones) */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xbfc0000040200000
	movq xmm1, rax
	movabs rax, 0x4f0000004f000000
	pinsrq xmm1, rax, 1
	cvtps2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0xffffffff00000002
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvtps2pi mm0, m64 (toward zero): 2^31 and NaN give indefinite */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvtps2pi mm0, qword ptr [rip + M9]
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f81
	/* cvttps2pi mm0, xmm1 (toward zero): 2.5, -1.5 (MMX register written: exponent all ones) */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xbfc0000040200000
	movq xmm1, rax
	movabs rax, 0x4f0000004f000000
	pinsrq xmm1, rax, 1
	cvttps2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0xffffffff00000002
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvttps2pi mm0, m64 (toward zero): 2^31 and NaN give indefinite */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvttps2pi mm0, qword ptr [rip + M10]
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f81
	/* cvtpd2pi mm0, xmm1 (toward zero): -2.5, 7.5 */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x401e000000000000
	pinsrq xmm1, rax, 1
	cvtpd2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0x7fffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvtpd2pi mm0, m128 (toward zero): 2^31 indefinite, -2^31 exact */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvtpd2pi mm0, xmmword ptr [rip + M11]
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f81
	/* cvttpd2pi mm0, xmm1 (toward zero): -2.5, 7.5 */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x401e000000000000
	pinsrq xmm1, rax, 1
	cvttpd2pi mm0, xmm1
	movq rax, mm0
	CHECK_EQ rax, 0x7fffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	fxsave [rip + fxbuf]
	movzx eax, word ptr [rip + fxbuf + 2]
	shl eax, 8
	mov al, byte ptr [rip + fxbuf + 4]
	CHECK_EQ rax, 0xff
	movzx eax, word ptr [rip + fxbuf + 40]
	CHECK_EQ rax, 0xffff
	/* cvttpd2pi mm0, m128 (toward zero): 2^31 indefinite, -2^31 exact */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	emms
	cvttpd2pi mm0, xmmword ptr [rip + M12]
	emms
	movq rax, mm0
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f81
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x3ffffffff, 0
	.balign 16
M2:	.quad 0xfffffffe00000005, 0
	.balign 16
M3:	.quad 0x7fc000004f000000, 0
	.balign 16
M4:	.quad 0x7fc000004f000000, 0
	.balign 16
M5:	.quad 0x41e0000000000000, 0xc1e0000000000000
	.balign 16
M6:	.quad 0x41e0000000000000, 0xc1e0000000000000
	.balign 16
M7:	.quad 0x3ffffffff, 0
	.balign 16
M8:	.quad 0xfffffffe00000005, 0
	.balign 16
M9:	.quad 0x7fc000004f000000, 0
	.balign 16
M10:	.quad 0x7fc000004f000000, 0
	.balign 16
M11:	.quad 0x41e0000000000000, 0xc1e0000000000000
	.balign 16
M12:	.quad 0x41e0000000000000, 0xc1e0000000000000
	.balign 16
fxbuf:	.skip 512
	.balign 16
mxbuf:	.long 0, 0, 0, 0
