/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * rep movsb / rep stosq running into a PROT_NONE page: the process dies of
 * SIGSEGV after every element before the page was written and nothing beyond.
 * (The copy runs in a child on MAP_SHARED memory so the parent can look.)
 */
#include "check.inc"
	.globl _start
	.text
_start:
	/* 3 shared pages; the third becomes PROT_NONE */
	xor edi, edi
	mov esi, 3 * 4096
	mov edx, 3                   /* PROT_READ|PROT_WRITE */
	mov r10d, 0x21               /* MAP_SHARED|MAP_ANONYMOUS */
	mov r8, -1
	xor r9d, r9d
	mov eax, 9
	syscall
	cmp rax, -4096
	jae 9f
	mov r13, rax
	lea rdi, [r13 + 8192]
	mov esi, 4096
	xor edx, edx
	mov eax, 10                  /* mprotect PROT_NONE */
	syscall
	test rax, rax
	jnz 9f

	/* forward rep movsb of 5000 bytes starting 3000 bytes below the guard page */
	IN_CHILD c_movsb
	and r12d, 0x7f
	CHECK_EQ r12, 11
	/* bytes [8192-3000, 8192) were copied: src byte i = i & 0xff */
	lea rsi, [r13 + 8192 - 3000]
	xor ecx, ecx
1:	movzx eax, byte ptr [rsi + rcx]
	cmp al, cl
	jne 9f
	inc ecx
	cmp ecx, 3000
	jb 1b
	/* the byte before the destination is untouched */
	movzx eax, byte ptr [r13 + 8192 - 3001]
	CHECK_EQ rax, 0

	/* forward rep stosq whose 3rd-last qword straddles the guard page */
	IN_CHILD c_stosq
	and r12d, 0x7f
	CHECK_EQ r12, 11
	mov rax, [r13 + 8192 - 20]
	CHECK_EQ rax, 0x5a5a5a5a5a5a5a5a
	mov eax, dword ptr [r13 + 8192 - 12]
	CHECK_EQ rax, 0x5a5a5a5a
	/* the straddling qword wrote nothing: still the bytes of the movsb above */
	mov eax, dword ptr [r13 + 8192 - 4]
	CHECK_EQ rax, 0xb7b6b5b4
	PASS
9:	FAIL_HERE

c_movsb:
	lea rsi, [rip + src]
	xor ecx, ecx
2:	mov [rsi + rcx], cl
	inc ecx
	cmp ecx, 5000
	jb 2b
	lea rdi, [r13 + 8192 - 3000]
	mov ecx, 5000
	rep movsb
	SYS_EXIT 0
c_stosq:
	lea rdi, [r13 + 8192 - 20]
	mov rax, 0x5a5a5a5a5a5a5a5a
	mov ecx, 4
	rep stosq
	SYS_EXIT 0

	.data
	.bss
src:	.space 8192
