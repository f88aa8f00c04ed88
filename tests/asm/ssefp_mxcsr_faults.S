/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ldmxcsr/stmxcsr, and the faults of SSE floating point: ldmxcsr with a reserved bit and
 * a misaligned m128 operand raise #GP (SIGSEGV, SI_KERNEL, address 0); an unmasked
 * exception raises #XM (SIGFPE with the FPE_* code, address of the instruction). In
 * every case the destination is left as it was.
 */
#include "check.inc"

/* The next instruction is expected to fault: the handler resumes at \resume. */
.macro EXPECT_FAULT resume
	lea rax, [rip + \resume]
	mov qword ptr [rip + resume_at], rax
	mov dword ptr [rip + got_sig], 0
.endm

	.globl _start
	.text
_start:
	/* SIGSEGV and SIGFPE handlers with SA_SIGINFO | SA_RESTORER */
	mov edi, 11
	lea rsi, [rip + act]
	xor edx, edx
	mov r10d, 8
	mov eax, 13                     /* rt_sigaction */
	syscall
	CHECK_EQ rax, 0
	mov edi, 8
	lea rsi, [rip + act]
	xor edx, edx
	mov r10d, 8
	mov eax, 13
	syscall
	CHECK_EQ rax, 0

	/* ldmxcsr with bit 16 set: #GP, MXCSR unchanged */
	EXPECT_FAULT 2f
	mov dword ptr [rip + mx], 0x11f80
1:	ldmxcsr dword ptr [rip + mx]
	FAIL_HERE
2:	mov eax, dword ptr [rip + got_sig]
	CHECK_EQ rax, 11
	mov eax, dword ptr [rip + got_code]
	CHECK_EQ rax, 0x80
	mov rax, qword ptr [rip + got_addr]
	CHECK_EQ rax, 0
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0x1f80

	/* addps with a misaligned memory operand: #GP, xmm0 unchanged */
	EXPECT_FAULT 2f
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	pinsrq xmm0, rax, 1
1:	addps xmm0, xmmword ptr [rip + vals + 4]
	FAIL_HERE
2:	mov eax, dword ptr [rip + got_sig]
	CHECK_EQ rax, 11
	mov eax, dword ptr [rip + got_code]
	CHECK_EQ rax, 0x80
	movq rax, xmm0
	CHECK_EQ rax, 0x3f8000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3f8000003f800000
	/* the same address is fine for a scalar operand */
	addss xmm0, dword ptr [rip + vals + 4]
	movq rax, xmm0
	CHECK_EQ rax, 0x3f80000040000000

	/* divss by zero with ZE unmasked: SIGFPE FPE_FLTDIV at the instruction, xmm0 kept */
	EXPECT_FAULT 2f
	mov dword ptr [rip + mx], 0x1d80
	ldmxcsr dword ptr [rip + mx]
	movabs rax, 0x4040000040400000
	movq xmm0, rax
	xorps xmm1, xmm1
1:	divss xmm0, xmm1
	FAIL_HERE
2:	mov eax, dword ptr [rip + got_sig]
	CHECK_EQ rax, 8
	mov eax, dword ptr [rip + got_code]
	CHECK_EQ rax, 3
	lea rcx, [rip + 1b]
	mov rax, qword ptr [rip + got_addr]
	cmp rax, rcx
	je 3f
	FAIL_HERE
3:	movq rax, xmm0
	CHECK_EQ rax, 0x4040000040400000
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0x1d84

	/* cvttsd2si of a NaN with IE unmasked: FPE_FLTINV, rax kept */
	EXPECT_FAULT 2f
	mov dword ptr [rip + mx], 0x1f00
	ldmxcsr dword ptr [rip + mx]
	movabs rax, 0x7ff8000000000000
	movq xmm1, rax
	mov rax, 12345
1:	cvttsd2si rax, xmm1
	FAIL_HERE
2:	CHECK_EQ rax, 12345
	mov eax, dword ptr [rip + got_sig]
	CHECK_EQ rax, 8
	mov eax, dword ptr [rip + got_code]
	CHECK_EQ rax, 7
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0x1f01

	/* an inexact addsd with PE unmasked: FPE_FLTRES, xmm0 kept */
	EXPECT_FAULT 2f
	mov dword ptr [rip + mx], 0x0f80
	ldmxcsr dword ptr [rip + mx]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3c90000000000000
	movq xmm1, rax
1:	addsd xmm0, xmm1
	FAIL_HERE
2:	mov eax, dword ptr [rip + got_code]
	CHECK_EQ rax, 6
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0x0fa0

	/* addps with an SNaN lane (IE unmasked) and an inexact lane: only IE is flagged */
	EXPECT_FAULT 2f
	mov dword ptr [rip + mx], 0x1f00
	ldmxcsr dword ptr [rip + mx]
	movabs rax, 0x3f8000007f800001
	movq xmm0, rax
	movabs rax, 0x308000003f800000
	movq xmm1, rax
1:	addps xmm0, xmm1
	FAIL_HERE
2:	mov eax, dword ptr [rip + got_code]
	CHECK_EQ rax, 7
	movq rax, xmm0
	CHECK_EQ rax, 0x3f8000007f800001
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0x1f01

	/* ucomiss of a QNaN with IE unmasked does not fault (only SNaN signals) */
	mov dword ptr [rip + mx], 0x1f00
	ldmxcsr dword ptr [rip + mx]
	movabs rax, 0x7fc00000
	movq xmm1, rax
	movq xmm0, rax
	ucomiss xmm0, xmm1
	jnp 9f
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0x1f00

	mov dword ptr [rip + mx], 0x1f80
	ldmxcsr dword ptr [rip + mx]
	PASS
9:	FAIL_HERE

/* The handler records signal, si_code and si_addr and resumes at resume_at. */
handler:
	mov dword ptr [rip + got_sig], edi
	mov eax, dword ptr [rsi + 8]
	mov dword ptr [rip + got_code], eax
	mov rax, qword ptr [rsi + 16]
	mov qword ptr [rip + got_addr], rax
	mov rax, qword ptr [rip + resume_at]
	mov qword ptr [rdx + 168], rax  /* uc_mcontext.rip */
	ret
restorer:
	mov eax, 15                     /* rt_sigreturn */
	syscall

	.data
	.balign 16
act:	.quad handler, 0x04000004, restorer, 0	/* SA_RESTORER | SA_SIGINFO */
vals:	.long 0x3f800000, 0x3f800000, 0x3f800000, 0x3f800000, 0x3f800000, 0x3f800000
mx:	.long 0, 0, 0, 0
resume_at:	.quad 0
got_addr:	.quad 0
got_sig:	.long 0
got_code:	.long 0
