/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cvtsi2ss from 32- and 64-bit registers and memory in the four rounding modes (PE), upper lanes kept. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cvtsi2ss ecx = 2^31-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffff
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111114f000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss rcx = 2^31-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffff
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111114f000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss ecx = -2^31 (32-bit) or 2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x80000000
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111cf000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss rcx = -2^31 (32-bit) or 2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x80000000
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111114f000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss ecx = -1 (32-bit) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xffffffff
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111bf800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss rcx = -1 (32-bit) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xffffffff
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111114f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss ecx = 2^24+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x1000001
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111114b800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss rcx = 2^24+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x1000001
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111114b800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss ecx = 2^63-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffffffffffff
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111bf800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss rcx = 2^63-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffffffffffff
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111115f000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss ecx = -2^63+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x8000000000000001
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111113f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss rcx = -2^63+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x8000000000000001
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111df000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss ecx = 2^53+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x20000000000001
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111113f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss rcx = 2^53+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x20000000000001
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111115a000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss ecx = -3 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xfffffffffffffffd
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111c0400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss rcx = -3 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xfffffffffffffffd
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111c0400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss rcx, rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111115f000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss ecx, rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111cef1357a
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss rcx, rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111115effffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvtsi2ss ecx, rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111cef1357a
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvtsi2ss rcx, rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111115f000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvtsi2ss ecx, rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111cef13579
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvtsi2ss rcx, rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2ss xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x111111115effffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* cvtsi2ss ecx, rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2ss xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111cef13579
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* cvtsi2ss m64 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xfedcba9876543211
	cvtsi2ss xmm0, qword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111db91a2b4
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2ss m32 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2ss xmm0, dword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0x11111111cef1357a
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0xfedcba9876543211, 0
	.balign 16
M2:	.quad 0x87654321, 0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
