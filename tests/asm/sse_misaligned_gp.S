/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Legacy SSE m128 operands must be 16-byte aligned (#GP -> SIGSEGV, memory and
 * registers untouched) except for movups/movupd/movdqu/lddqu and pcmp[ei]str[im];
 * 64-bit and smaller operands (MMX, pmovzx, movq) never need alignment.
 */
#include "check.inc"

	/* Run insn in a child with rbx = a misaligned address; check how it ended. */
	.macro EXPECT sig, insn:vararg
	mov eax, 57                  /* fork */
	syscall
	test rax, rax
	jnz 1f
	lea rbx, [rip + buf + 8]
	add rbx, 1
	\insn
	SYS_EXIT 0
1:	mov rdi, rax
	lea rsi, [rip + status]
	xor edx, edx
	xor r10d, r10d
	mov eax, 61                  /* wait4 */
	syscall
	mov r12d, dword ptr [rip + status]
	and r12d, 0x7f               /* terminating signal, 0 for a normal exit */
	CHECK_EQ r12, \sig
	CHECK_MEM64 [rip + buf + 8], 0x1111111111111111
	CHECK_MEM64 [rip + buf + 16], 0x2222222222222222
	.endm

	.globl _start
	.text
_start:
	EXPECT 11, movaps xmm1, [rbx]
	EXPECT 11, movaps [rbx], xmm1
	EXPECT 11, movapd xmm1, [rbx]
	EXPECT 11, movdqa xmm1, [rbx]
	EXPECT 11, movdqa [rbx], xmm1
	EXPECT 11, movntdq [rbx], xmm1
	EXPECT 11, movntps [rbx], xmm1
	EXPECT 11, movntdqa xmm1, [rbx]
	EXPECT 11, paddb xmm1, [rbx]
	EXPECT 11, pxor xmm1, [rbx]
	EXPECT 11, pcmpeqb xmm1, [rbx]
	EXPECT 11, pshufd xmm1, [rbx], 0x1b
	EXPECT 11, psllw xmm1, [rbx]
	EXPECT 11, ptest xmm1, [rbx]
	EXPECT 11, andps xmm1, [rbx]
	EXPECT 11, movshdup xmm1, [rbx]
	EXPECT 0, movups xmm1, [rbx]
	EXPECT 0, movupd xmm1, [rbx]
	EXPECT 0, movdqu xmm1, [rbx]
	EXPECT 0, lddqu xmm1, [rbx]
	EXPECT 0, pcmpistri xmm1, [rbx], 0x0c
	EXPECT 0, pcmpestrm xmm1, [rbx], 0x40
	EXPECT 0, pmovzxbw xmm1, [rbx]
	EXPECT 0, movq xmm1, [rbx]
	EXPECT 0, movhps xmm1, [rbx]
	EXPECT 0, movddup xmm1, [rbx]
	EXPECT 0, paddb mm1, [rbx]
	EXPECT 0, punpcklbw mm1, [rbx]

	/* the store of a faulting movdqa leaves memory alone, the aligned one works */
	pcmpeqb xmm2, xmm2
	movdqa [rip + buf + 16], xmm2
	CHECK_MEM64 [rip + buf + 16], -1
	CHECK_MEM64 [rip + buf + 24], -1
	PASS

	.data
	.balign 16
buf:	.quad 0, 0x1111111111111111, 0x2222222222222222, 0
status:	.long 0
