/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * MXCSR flags cleared by ldmxcsr stay clear through exact arithmetic in the next
 * blocks. On an x86_64 host, compiled SSE arithmetic raises its flags in the host's
 * MXCSR and hands them to the guest at exits; a block entered after the guest
 * cleared its flags must not hand over the host's older ones (1/3's PE here).
 * Each step is its own block (jit mode compiles them one by one, chained).
 */
#include "check.inc"

	.globl _start
	.text
_start:
	mov r12d, 20000
1:
	movsd xmm0, [rip + one]
	divsd xmm0, [rip + three]       /* inexact: PE */
	jmp 2f
2:
	ldmxcsr [rip + clean]           /* flags cleared */
	jmp 3f
3:
	movsd xmm1, [rip + one]
	mulsd xmm1, [rip + two]         /* exact: no flag */
	addsd xmm1, xmm1
	jmp 4f
4:
	stmxcsr [rip + saved]
	mov eax, [rip + saved]
	CHECK_EQ rax, 0x1f80
	dec r12d
	jnz 1b
	/* and a flag raised after the clear is kept */
	movsd xmm0, [rip + one]
	divsd xmm0, [rip + three]
	jmp 5f
5:
	stmxcsr [rip + saved]
	mov eax, [rip + saved]
	CHECK_EQ rax, 0x1fa0
	PASS

	.data
	.balign 8
one:	.double 1.0
two:	.double 2.0
three:	.double 3.0
clean:	.long 0x1f80
saved:	.long 0
