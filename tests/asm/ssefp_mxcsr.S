/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ldmxcsr/stmxcsr: every writable bit (flags, DAZ, masks, RC, FTZ) reads back, memory operands of any addressing form. */
#include "check.inc"

	.globl _start
	.text
_start:
	/* the initial value of the x86_64 ABI */
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0x1f80
	/* all writable bits */
	mov dword ptr [rip + mx], 0xffff
	ldmxcsr dword ptr [rip + mx]
	mov dword ptr [rip + mx], 0
	stmxcsr dword ptr [rip + mx]
	mov eax, dword ptr [rip + mx]
	CHECK_EQ rax, 0xffff
	/* none: everything unmasked, no exception is raised by the moves themselves */
	lea rbx, [rip + mx]
	mov dword ptr [rbx + 4], 0
	ldmxcsr dword ptr [rbx + 4]
	mov dword ptr [rbx + 8], 0xdead
	stmxcsr dword ptr [rbx + 8]
	mov eax, dword ptr [rbx + 8]
	CHECK_EQ rax, 0
	/* base + index * scale + displacement; stmxcsr writes exactly 4 bytes */
	mov ecx, 2
	mov dword ptr [rbx + rcx * 4 + 4], 0x7fbf
	ldmxcsr dword ptr [rbx + rcx * 4 + 4]
	mov qword ptr [rbx + 16], -1
	stmxcsr dword ptr [rbx + rcx * 8]
	mov rax, qword ptr [rbx + 16]
	CHECK_EQ rax, 0xffffffff00007fbf
	/* flags written by an instruction show up, ldmxcsr clears them */
	mov dword ptr [rbx], 0x1f80
	ldmxcsr dword ptr [rbx]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	xorps xmm1, xmm1
	divsd xmm0, xmm1
	stmxcsr dword ptr [rbx]
	mov eax, dword ptr [rbx]
	CHECK_EQ rax, 0x1f84
	mov dword ptr [rbx], 0x1f80
	ldmxcsr dword ptr [rbx]
	stmxcsr dword ptr [rbx + 4]
	mov eax, dword ptr [rbx + 4]
	CHECK_EQ rax, 0x1f80
	PASS

	.data
	.balign 16
mx:	.long 0, 0, 0, 0, 0, 0
