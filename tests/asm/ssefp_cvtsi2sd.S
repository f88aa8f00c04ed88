/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cvtsi2sd from 32- and 64-bit registers and memory in the four rounding modes (PE), upper lanes kept. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cvtsi2sd ecx = 2^31-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffff
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x41dfffffffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = 2^31-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffff
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x41dfffffffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd ecx = -2^31 (32-bit) or 2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x80000000
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xc1e0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = -2^31 (32-bit) or 2^31 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x80000000
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x41e0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd ecx = -1 (32-bit) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xffffffff
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xbff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = -1 (32-bit) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xffffffff
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x41efffffffe00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd ecx = 2^24+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x1000001
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x4170000010000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = 2^24+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x1000001
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x4170000010000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd ecx = 2^63-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffffffffffff
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xbff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = 2^63-1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7fffffffffffffff
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x43e0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2sd ecx = -2^63+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x8000000000000001
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = -2^63+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x8000000000000001
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0xc3e0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2sd ecx = 2^53+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x20000000000001
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = 2^53+1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x20000000000001
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x4340000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2sd ecx = -3 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xfffffffffffffffd
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xc008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx = -3 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xfffffffffffffffd
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0xc008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx, rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x43dfffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2sd ecx, rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xc1de26af37c00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2sd rcx, rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x43dfffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvtsi2sd ecx, rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xc1de26af37c00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* cvtsi2sd rcx, rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x43e0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvtsi2sd ecx, rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xc1de26af37c00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* cvtsi2sd rcx, rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x7ffffffffffffdff
	cvtsi2sd xmm0, rcx
	movq rax, xmm0
	CHECK_EQ rax, 0x43dfffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* cvtsi2sd ecx, rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2sd xmm0, ecx
	movq rax, xmm0
	CHECK_EQ rax, 0xc1de26af37c00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* cvtsi2sd m64 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0xfedcba9876543211
	cvtsi2sd xmm0, qword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0xc3723456789abcdf
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2sd m32 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x1111111122222222
	movq xmm0, rax
	movabs rax, 0x3333333344444444
	pinsrq xmm0, rax, 1
	movabs rcx, 0x87654321
	cvtsi2sd xmm0, dword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0xc1de26af37c00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3333333344444444
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
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
