/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE floating point at the edges of the LLVM tier's inline fast path (jit/llvm_vecfp.c):
 * results at the smallest normal and the largest finite, denormal, NaN and infinite operands,
 * MXCSR with PE clear, other rounding, DAZ, FTZ. Expected values recorded on an x86_64 CPU. */
#include "check.inc"

	.globl _start
	.text
_start:
	/* addsd: normal sum, PE set: fast */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff8000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4002000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4002000000000000
	xor edx, edx
	add edx, 0
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x400e000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd: inexact quotient, PE clear: PE raised */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd: inexact quotient, PE set: unchanged */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulsd: exact product at the smallest normal */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x2000000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x1ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x1ff0000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulsd: product rounding up to the smallest normal: tiny, UE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3fefffffffffffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x10000000000001
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x10000000000001
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x10000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulsd: product just above the smallest normal */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000001
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x10000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x10000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x10000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd: quotient below the smallest normal: denormal, UE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fb0
	/* mulsd: sum at the largest finite */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fefffffffffffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff0000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* addsd: inexact sum rounding to the largest finite */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fefffffffffffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff0000000000000
	xor edx, edx
	add edx, 0
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulsd: overflow to infinity: OE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fefffffffffffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* mulsd: overflow, round toward zero: largest finite */
	mov dword ptr [rip + mxbuf], 0x7fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fefffffffffffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa8
	/* addsd: denormal operand: DE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xfffffffffffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xfffffffffffff
	xor edx, edx
	add edx, 0
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* addsd: denormal operand, DAZ: zero, no DE */
	mov dword ptr [rip + mxbuf], 0x1fe0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xfffffffffffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xfffffffffffff
	xor edx, edx
	add edx, 0
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fe0
	/* mulsd: denormal first operand of a product: DE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xfffffffffffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4330000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4330000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x34ffffffffffffe
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* mulsd: tiny result with FTZ: zero, UE */
	mov dword ptr [rip + mxbuf], 0x9fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fe0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3fe0000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x9fb0
	/* addsd: quiet NaN operand: propagated */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000000123
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xfff8000000000123
	xor edx, edx
	add edx, 0
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000123
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulsd: two NaNs: the first */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000000456
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000000123
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xfff8000000000123
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000456
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* subsd: signalling NaN: quieted, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff4000000000005
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff0000000000000
	xor edx, edx
	add edx, 0
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ffc000000000005
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* subsd: infinity minus infinity: default NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x7ff0000000000000
	xor edx, edx
	add edx, 0
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* addsd: infinity operand: infinity */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff0000000000000
	xor edx, edx
	add edx, 0
	addsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* subsd: zero sum: +0 */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* subsd: zero sum rounding down: -0 */
	mov dword ptr [rip + mxbuf], 0x3fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	subsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* divsd: rounding up */
	mov dword ptr [rip + mxbuf], 0x5fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555556
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* mulsd: zero times a number: zero */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd: division by zero: ZE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x0
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa4
	/* mulsd: negative zero times a number: -0 */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulsd: a number times zero: zero */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x0
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulsd: zero times infinity: default NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x7ff0000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* mulsd: product underflowing to zero: UE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x10000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x10000000000000
	xor edx, edx
	add edx, 0
	mulsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fb0
	/* divsd: zero dividend: zero */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x8000000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd: zero by zero: default NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x0
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* divsd: a number by infinity: zero */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x7ff0000000000000
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divsd: quotient underflowing to zero: UE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x10000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fe0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x7fe0000000000000
	xor edx, edx
	add edx, 0
	divsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fb0
	/* sqrtsd: square root of -0: -0 */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x8000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x8000000000000000
	xor edx, edx
	add edx, 0
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulps: packed single: zero factors */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f80000000000000
	movq xmm0, rax
	movabs rax, 0x40000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x40400000
	movq xmm1, rax
	movabs rax, 0x3f80000080000000
	pinsrq xmm1, rax, 1
	movabs rax, 0x40400000
	xor edx, edx
	add edx, 0
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* sqrtsd: square root of a denormal: DE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xfffffffffffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xfffffffffffff
	xor edx, edx
	add edx, 0
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x1fffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* sqrtsd: square root of -1: IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xbff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xbff0000000000000
	xor edx, edx
	add edx, 0
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* sqrtsd: square root, inexact */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff6a09e667f3bcd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* addpd: packed: one lane denormal */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0xfffffffffffff
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* mulpd: packed: one lane NaN */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7ff8000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	mulpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff8000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* divpd: packed: both lanes normal */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	movabs rax, 0x4008000000000000
	xor edx, edx
	add edx, 0
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fd5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3fe5555555555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulss: single: product at the smallest normal */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x73f000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x1000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x1000000
	xor edx, edx
	add edx, 0
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x700800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* addss: single: sum rounding to the largest finite */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x77f7fffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f800000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3f800000
	xor edx, edx
	add edx, 0
	addss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x77f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* mulss: single: overflow */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x77f7fffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x40000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x40000000
	xor edx, edx
	add edx, 0
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x77f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* addss: single: denormal operand */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x73f800000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x7fffff
	xor edx, edx
	add edx, 0
	addss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x73f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* mulps: single packed: one lane tiny */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f80000000800000
	movq xmm0, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003f000000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	movabs rax, 0x3f8000003f000000
	xor edx, edx
	add edx, 0
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3f80000000400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f8000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* maxsd: max: NaN gives the second operand, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff0000000000000
	xor edx, edx
	add edx, 0
	maxsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* maxsd: max: +0 and -0 give the second */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x8000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x8000000000000000
	xor edx, edx
	add edx, 0
	maxsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* minsd: min: denormal operand, DE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xfffffffffffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xfffffffffffff
	xor edx, edx
	add edx, 0
	minsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* minsd: min: numbers */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4008000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	minsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cmpltsd: cmpltsd: NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff0000000000000
	xor edx, edx
	add edx, 0
	cmpltsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* cmpneqsd: cmpneqsd: numbers */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	cmpneqsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cmplepd: cmplepd: denormal operand, DE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xfffffffffffff
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff0000000000000
	xor edx, edx
	add edx, 0
	cmplepd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* cvtsd2ss: cvtsd2ss: to the smallest single normal */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3810000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3810000000000000
	xor edx, edx
	add edx, 0
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2ss: cvtsd2ss: below the smallest single normal */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x380fffffffffffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x380fffffffffffff
	xor edx, edx
	add edx, 0
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2ss: cvtsd2ss: above the largest single */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x47efffffffffffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x47efffffffffffff
	xor edx, edx
	add edx, 0
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* cvtsd2ss: cvtsd2ss: inexact, PE clear */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fb999999999999a
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3fb999999999999a
	xor edx, edx
	add edx, 0
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3dcccccd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtss2sd: cvtss2sd: denormal single, DE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x1
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x1
	xor edx, edx
	add edx, 0
	cvtss2sd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x36a0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* cvtss2sd: cvtss2sd: signalling NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fa00000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x7fa00000
	xor edx, edx
	add edx, 0
	cvtss2sd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ffc000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* comisd: comisd: less */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	comisd xmm0, xmm1
	CHECK_FLAGS 0x8d5, 0x1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* comisd: comisd: quiet NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	comisd xmm0, xmm1
	CHECK_FLAGS 0x8d5, 0x45
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* ucomisd: ucomisd: quiet NaN, no IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000000000
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x4000000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4000000000000000
	xor edx, edx
	add edx, 0
	ucomisd xmm0, xmm1
	CHECK_FLAGS 0x8d5, 0x45
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* ucomisd: ucomisd: denormal, DE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xfffffffffffff
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xfffffffffffff
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xfffffffffffff
	xor edx, edx
	add edx, 0
	ucomisd xmm0, xmm1
	CHECK_FLAGS 0x8d5, 0x40
	movq rax, xmm0
	CHECK_EQ rax, 0xfffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa2
	/* cvttsd2si: cvttsd2si: 2^31 out of range, IE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x41e0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x41e0000000000000
	xor edx, edx
	add edx, 0
	cvttsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvttsd2si: cvttsd2si: -2^31 in range */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc1e0000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xc1e0000000000000
	xor edx, edx
	add edx, 0
	cvttsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvttsd2si: cvttsd2si: 1.5 inexact, PE clear */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff8000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x3ff8000000000000
	xor edx, edx
	add edx, 0
	cvttsd2si eax, xmm1
	CHECK_EQ rax, 0x1
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvttsd2si: cvttsd2si: -2.5 inexact, PE set */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0xc004000000000000
	xor edx, edx
	add edx, 0
	cvttsd2si rax, xmm1
	CHECK_EQ rax, 0xfffffffffffffffe
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si: cvtsd2si: 2.5 rounds to even */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x4004000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4004000000000000
	xor edx, edx
	add edx, 0
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x2
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsd2si: cvtsd2si: 2.5 rounding up */
	mov dword ptr [rip + mxbuf], 0x5fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x4004000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x4004000000000000
	xor edx, edx
	add edx, 0
	cvtsd2si rax, xmm1
	CHECK_EQ rax, 0x3
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvtsd2si: cvtsd2si: NaN, IE */
	mov dword ptr [rip + mxbuf], 0x1fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff8000000000000
	movq xmm1, rax
	movabs rax, 0x9
	pinsrq xmm1, rax, 1
	movabs rax, 0x7ff8000000000000
	xor edx, edx
	add edx, 0
	cvtsd2si eax, xmm1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* cvtsi2sd: cvtsi2sd: 2^53 + 1 inexact, PE clear */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x20000000000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	movabs rax, 0x20000000000001
	xor edx, edx
	add edx, 0
	cvtsi2sd xmm0, rax
	movq rax, xmm0
	CHECK_EQ rax, 0x4340000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtsi2sd: cvtsi2sd: -2^53 exact */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0xffe0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	movabs rax, 0xffe0000000000000
	xor edx, edx
	add edx, 0
	cvtsi2sd xmm0, rax
	movq rax, xmm0
	CHECK_EQ rax, 0xc340000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtsi2ss: cvtsi2ss: 2^24 + 1 inexact, PE set, rounding down */
	mov dword ptr [rip + mxbuf], 0x3fa0
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7
	movq xmm0, rax
	movabs rax, 0x7
	pinsrq xmm0, rax, 1
	movabs rax, 0x1000001
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	movabs rax, 0x1000001
	xor edx, edx
	add edx, 0
	cvtsi2ss xmm0, eax
	movq rax, xmm0
	CHECK_EQ rax, 0x4b800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	PASS

	.data
	.balign 16
mxbuf:	.long 0, 0, 0, 0
