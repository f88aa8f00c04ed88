/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Fences, pause, prefetch (even of unmapped addresses) and clflush change no register, flag or memory. */
#include "check.inc"
	.globl _start
	.text
_start:
	mov qword ptr [rip + data], 0x1234
	mov rax, 0x1111
	mov rcx, 0x2222
	mov r8, 0x3333
	mov eax, 0x7f
	add al, 1                 /* OF SF AF */
	mov rax, 0x1111
	mfence
	lfence
	sfence
	pause
	prefetchnta [rip + data]
	prefetcht0 [rip + data]
	prefetcht1 [rip + data]
	prefetcht2 [rip + data]
	prefetchw [rip + data]
	prefetch [rip + data]
	/* prefetches never fault */
	prefetcht0 [0]
	prefetchnta [0x10]
	prefetchw [0]
	mov ecx, 0
	prefetcht1 [rcx - 4096]
	mov rcx, 0x2222
	clflush [rip + data]
	.byte 0x66
	clflush [rip + data]      /* clflushopt */
	CHECK_FLAGS ARITH, OF | SF | AF
	CHECK_EQ rax, 0x1111
	CHECK_EQ rcx, 0x2222
	CHECK_EQ r8, 0x3333
	CHECK_MEM64 [rip + data], 0x1234
	/* lock-prefixed read-modify-write around fences stays ordered and exact */
	lock add qword ptr [rip + data], 1
	mfence
	CHECK_MEM64 [rip + data], 0x1235
	PASS

	.data
	.balign 64
data:	.quad 0
