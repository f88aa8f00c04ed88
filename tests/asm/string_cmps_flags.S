/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cmpsb/w/d/q: flags of [rsi] - [rdi] (as cmp), pointer steps; repe/repne cmps stop at the first (in)equality. */
#include "check.inc"
	.macro CHECK_REG r, e
	cmp \r, \e
	je 9005f
	FAIL_HERE
9005:
	.endm
	/* CMPS_ONE insn, a, b, flags: store a in sa, b in sb, compare, check flags */
	.macro CMPS_ONE insn, a, b, fl
	mov rax, \a
	mov [rip + sa], rax
	mov rax, \b
	mov [rip + sb], rax
	lea rsi, [rip + sa]
	lea rdi, [rip + sb]
	\insn
	CHECK_FLAGS ARITH, \fl
	.endm
	.globl _start
	.text
_start:
	cld
	/* byte: 0x80 - 0x01 = 0x7f: OF, AF (0 - 1 borrows in the low nibble) */
	CMPS_ONE cmpsb, 0x80, 0x01, OF | AF
	lea rax, [rip + sa + 1]
	CHECK_REG rsi, rax
	lea rax, [rip + sb + 1]
	CHECK_REG rdi, rax
	CMPS_ONE cmpsb, 0x01, 0x02, CF | SF | AF | PF
	CMPS_ONE cmpsb, 0x55, 0x55, ZF | PF
	/* word */
	CMPS_ONE cmpsw, 0x8000, 0x0001, OF | AF | PF
	CMPS_ONE cmpsw, 0x1234, 0x1234, ZF | PF
	CMPS_ONE cmpsw, 0x0000, 0xffff, CF | AF
	lea rax, [rip + sa + 2]
	CHECK_REG rsi, rax
	/* dword (the string form of "cmpsd") */
	CMPS_ONE cmpsd, 0x80000000, 0x1, OF | AF | PF
	CMPS_ONE cmpsd, 0x1, 0x80000000, CF | SF | OF
	CMPS_ONE cmpsd, 0xffffffff, 0xffffffff, ZF | PF
	/* qword */
	CMPS_ONE cmpsq, 0x8000000000000000, 1, OF | AF | PF
	CMPS_ONE cmpsq, 5, 7, CF | SF | AF
	CMPS_ONE cmpsq, -1, -1, ZF | PF
	lea rax, [rip + sa + 8]
	CHECK_REG rsi, rax
	lea rax, [rip + sb + 8]
	CHECK_REG rdi, rax
	/* backward */
	std
	CMPS_ONE cmpsq, 3, 2, 0
	cld
	lea rax, [rip + sa - 8]
	CHECK_REG rsi, rax

	/* repe cmpsb: stops after the first mismatch at index 5 */
	lea rsi, [rip + s1]
	lea rdi, [rip + s2]
	mov ecx, 16
	repe cmpsb
	CHECK_FLAGS ARITH, CF | SF | AF | PF /* 'f' - 'x' = 0xee */
	CHECK_EQ rcx, 10
	lea rax, [rip + s1 + 6]
	CHECK_REG rsi, rax
	lea rax, [rip + s2 + 6]
	CHECK_REG rdi, rax
	/* repe cmpsb over equal data: runs out, ZF=1 */
	lea rsi, [rip + s1]
	lea rdi, [rip + s2]
	mov ecx, 5
	repe cmpsb
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rcx, 0
	/* repne cmpsw: stops at the first equal word (index 2) */
	lea rsi, [rip + w1]
	lea rdi, [rip + w2]
	mov rcx, 8
	repne cmpsw
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rcx, 5
	lea rax, [rip + w1 + 6]
	CHECK_REG rsi, rax
	/* zero count: flags unchanged (set CF only) */
	xor ecx, ecx
	mov eax, 1
	cmp eax, 2          /* CF SF AF PF */
	repe cmpsq
	CHECK_FLAGS ARITH, CF | SF | AF | PF
	/* repne cmpsd with no equal dword: runs out with ZF=0 */
	lea rsi, [rip + w1]
	lea rdi, [rip + w2 + 1]
	mov ecx, 2
	repne cmpsd
	CHECK_FLAGS ZF, 0
	CHECK_EQ rcx, 0
	PASS

	.data
sa:	.quad 0
sb:	.quad 0
s1:	.ascii "abcdefghijklmnop"
s2:	.ascii "abcdexghijklmnop"
w1:	.word 1, 2, 3, 4, 5, 6, 7, 8
w2:	.word 9, 9, 3, 9, 9, 9, 9, 9
	.word 0
