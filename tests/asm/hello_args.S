/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The first guest: prints each argument on its own line, exits with argc + 40. */
	.intel_syntax noprefix
	.globl _start
	.text
_start:
	mov r12, [rsp]          /* argc */
	lea r13, [rsp + 8]      /* argv */
	xor r14d, r14d
1:	cmp r14, r12
	jae 3f
	mov rsi, [r13 + r14*8]
	xor edx, edx
2:	cmp byte ptr [rsi + rdx], 0
	je 4f
	inc rdx
	jmp 2b
4:	mov edi, 1
	mov eax, 1              /* write */
	syscall
	lea rsi, [rip + nl]
	mov edx, 1
	mov edi, 1
	mov eax, 1
	syscall
	inc r14
	jmp 1b
3:	lea edi, [r12 + 40]
	mov eax, 231            /* exit_group */
	syscall
	.section .rodata
nl:	.byte 10
