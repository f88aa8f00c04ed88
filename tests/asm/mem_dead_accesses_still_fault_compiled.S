/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Accesses whose effect an optimiser would call nil still fault once compiled:
 * a load whose value is overwritten at once, and a store of the byte just loaded
 * from the same address. Both loops run long enough on a good buffer for the
 * LLVM tier to compile them; then a child runs each on a page it may not access
 * that way (PROT_NONE, PROT_READ) and must die of SIGSEGV. LLVM deletes such
 * accesses when they are ordinary loads and stores: guest accesses are volatile.
 */
#include "check.inc"

	.macro MAP prot
	xor edi, edi
	mov esi, 4096
	mov edx, \prot
	mov r10d, 0x22               /* MAP_PRIVATE|MAP_ANONYMOUS */
	mov r8, -1
	xor r9d, r9d
	mov eax, 9
	syscall
	cmp rax, -4096
	jae 9f
	.endm

	.globl _start
	.text
_start:
	MAP 0                        /* PROT_NONE */
	mov r13, rax
	MAP 1                        /* PROT_READ */
	mov r14, rax
	lea rdi, [rip + buf]
	mov esi, 3000000
	call dead_load
	lea rdi, [rip + buf]
	mov esi, 3000000
	call same_store
	IN_CHILD c_load
	and r12d, 0x7f
	CHECK_EQ r12, 11
	IN_CHILD c_store
	and r12d, 0x7f
	CHECK_EQ r12, 11
	PASS
9:	FAIL_HERE

c_load:
	mov rdi, r13
	mov esi, 1
	call dead_load
	SYS_EXIT 0
c_store:
	mov rdi, r14
	mov esi, 1
	call same_store
	SYS_EXIT 0

/* esi times: load [rdi] into rax and overwrite it */
dead_load:
1:	mov rax, qword ptr [rdi]
	xor eax, eax
	dec esi
	jnz 1b
	ret

/* esi times: store the byte at [rdi] back to [rdi] */
same_store:
1:	mov al, byte ptr [rdi]
	mov byte ptr [rdi], al
	dec esi
	jnz 1b
	ret

	.data
	.balign 8
buf:	.quad 0x1234
