/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Two processes hammer MAP_SHARED memory with lock xadd, lock cmpxchg retry
 * loops, an xchg spinlock around plain increments, and lock cmpxchg16b/8b retry
 * loops; no update may be lost.
 */
#include "check.inc"
	.set N, 20000
	.globl _start
	.text
_start:
	xor edi, edi
	mov esi, 4096
	mov edx, 3                   /* PROT_READ|PROT_WRITE */
	mov r10d, 0x21               /* MAP_SHARED|MAP_ANONYMOUS */
	mov r8, -1
	xor r9d, r9d
	mov eax, 9
	syscall
	cmp rax, -4096
	jae 9f
	mov r13, rax
	/* two workers */
	mov eax, 57
	syscall
	test rax, rax
	jz worker
	mov r14, rax
	mov eax, 57
	syscall
	test rax, rax
	jz worker
	mov r15, rax
	mov rdi, r14
	call wait_ok
	mov rdi, r15
	call wait_ok
	CHECK_MEM64 [r13], (2*N)
	CHECK_MEM64 [r13+8], (6*N)
	CHECK_MEM64 [r13+24], (2*N)
	CHECK_MEM64 [r13+32], (2*N)
	CHECK_MEM64 [r13+40], (4*N)
	CHECK_MEM64 [r13+48], ((2*N)|((6*N)<<32))
	PASS
9:	FAIL_HERE

/* wait4(rdi) and fail unless the child exited 0 */
wait_ok:
	lea rsi, [rip + status]
	xor edx, edx
	xor r10d, r10d
	mov eax, 61
	syscall
	mov eax, dword ptr [rip + status]
	CHECK_EQ rax, 0
	ret

worker:
	mov r12d, N
1:	/* counter += 1 */
	mov eax, 1
	lock xadd [r13], rax
	/* counter2 += 3 with a cmpxchg loop */
	mov rax, [r13 + 8]
2:	lea rdx, [rax + 3]
	lock cmpxchg [r13 + 8], rdx
	jnz 2b
	/* spinlock at +16 (xchg), plain increment at +24 */
3:	mov eax, 1
	xchg [r13 + 16], eax
	test eax, eax
	jz 4f
	pause
	jmp 3b
4:	mov rax, [r13 + 24]
	inc rax
	mov [r13 + 24], rax
	xor eax, eax
	xchg [r13 + 16], eax         /* release */
	/* 128-bit pair (+1, +2) at +32 with cmpxchg16b */
	mov rax, [r13 + 32]
	mov rdx, [r13 + 40]
5:	lea rbx, [rax + 1]
	lea rcx, [rdx + 2]
	lock cmpxchg16b [r13 + 32]
	jnz 5b
	/* 64-bit pair of dwords (+1, +3) at +48 with cmpxchg8b */
	mov eax, [r13 + 48]
	mov edx, [r13 + 52]
6:	lea ebx, [eax + 1]
	lea ecx, [edx + 3]
	lock cmpxchg8b [r13 + 48]
	jnz 6b
	dec r12d
	jnz 1b
	SYS_EXIT 0

	.data
status:	.long 0
