/* SPDX-License-Identifier: GPL-2.0-or-later */
/* scas: repne scasb as strlen, repe scas skipping a run, scasw/d/q flags (acc - [rdi]), zero count. */
#include "check.inc"
	.macro CHECK_REG r, e
	cmp \r, \e
	je 9005f
	FAIL_HERE
9005:
	.endm
	.globl _start
	.text
_start:
	cld
	/* strlen("hello, world") the classic way */
	lea rdi, [rip + str]
	xor eax, eax
	mov rcx, -1
	repne scasb
	CHECK_FLAGS ZF, ZF
	not rcx
	dec rcx
	CHECK_EQ rcx, 12
	lea rax, [rip + str + 13]
	CHECK_REG rdi, rax
	/* repne scasb that does not find: ZF = 0, rcx = 0 */
	lea rdi, [rip + str]
	mov al, 'z'
	mov ecx, 5
	repne scasb
	CHECK_FLAGS ZF, 0
	CHECK_EQ rcx, 0
	/* repe scasb skips the leading spaces */
	lea rdi, [rip + spaces]
	mov al, ' '
	mov ecx, 100
	repe scasb
	CHECK_FLAGS ARITH, CF | SF | AF  /* ' ' - 'x' = 0xa8 */
	CHECK_EQ rcx, 94
	lea rax, [rip + spaces + 6]
	CHECK_REG rdi, rax
	/* scasw/d/q: flags of the accumulator minus memory */
	lea rdi, [rip + vals]
	mov eax, 0x8000
	scasw                   /* 0x8000 - 0x0001 */
	CHECK_FLAGS ARITH, OF | AF | PF
	mov eax, 1
	scasd                   /* 1 - 0x80000000 */
	CHECK_FLAGS ARITH, CF | SF | OF
	mov rax, 0x123456789
	scasq                   /* equal */
	CHECK_FLAGS ARITH, ZF | PF
	lea rax, [rip + vals + 14]
	CHECK_REG rdi, rax
	/* the upper bits of rax do not take part in scasb */
	lea rdi, [rip + str]
	mov rax, 0xffffffffffff0068   /* al = 'h' */
	scasb
	CHECK_FLAGS ZF, ZF
	/* backward repne scasb finds the last ',' */
	std
	lea rdi, [rip + str + 11]
	mov al, ','
	mov rcx, 12
	repne scasb
	cld
	CHECK_FLAGS ZF, ZF
	lea rax, [rip + str + 4]
	CHECK_REG rdi, rax
	CHECK_EQ rcx, 5
	/* zero count: flags and rdi unchanged */
	lea rdi, [rip + str]
	mov r12, rdi
	xor eax, eax
	xor ecx, ecx
	cmp eax, 1      /* CF=1 ZF=0 */
	repne scasb
	CHECK_FLAGS CF | ZF, CF
	CHECK_REG rdi, r12
	PASS

	.data
str:	.asciz "hello, world"
spaces:	.ascii "     x   "
vals:	.word 1
	.long 0x80000000
	.quad 0x123456789
