/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Under xbt (hypervisor leaf 0x40000000: "XbtXbtXbtXbt") the instructions of features the model does
 * not advertise raise #UD (SIGILL): xgetbv (no OSXSAVE), rdrand, rdseed,
 * rd/wrfsbase, rdgsbase (no FSGSBASE), rdpid. Natively only xgetbv is run, if
 * OSXSAVE says it may be.
 */
#include "check.inc"
	.macro EXPECT_SIGILL label
	IN_CHILD \label
	and r12d, 0x7f
	CHECK_EQ r12, 4
	.endm
	.globl _start
	.text
_start:
	mov eax, 0x40000000
	xor ecx, ecx
	cpuid
	cmp ebx, 0x58746258          /* "XbtX" */
	jne native
	EXPECT_SIGILL c_xgetbv
	EXPECT_SIGILL c_rdrand
	EXPECT_SIGILL c_rdseed
	EXPECT_SIGILL c_rdfsbase
	EXPECT_SIGILL c_wrfsbase
	EXPECT_SIGILL c_rdgsbase
	EXPECT_SIGILL c_rdpid
	PASS
native:
	mov eax, 1
	cpuid
	bt ecx, 27                   /* OSXSAVE */
	jnc 1f
	xor ecx, ecx
	xgetbv
	and eax, 1                   /* x87 state is always enabled */
	CHECK_EQ rax, 1
1:	PASS

c_xgetbv:
	xor ecx, ecx
	xgetbv
	SYS_EXIT 0
c_rdrand:
	rdrand eax
	SYS_EXIT 0
c_rdseed:
	rdseed rax
	SYS_EXIT 0
c_rdfsbase:
	rdfsbase rax
	SYS_EXIT 0
c_wrfsbase:
	xor eax, eax
	wrfsbase rax
	SYS_EXIT 0
c_rdgsbase:
	rdgsbase eax
	SYS_EXIT 0
c_rdpid:
	rdpid rax
	SYS_EXIT 0

	.data
