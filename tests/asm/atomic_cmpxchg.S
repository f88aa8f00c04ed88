/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cmpxchg in all sizes, register and memory, success and failure: flags as cmp, accumulator written only on failure, 32-bit rules. */
#include "check.inc"
	.globl _start
	.text
_start:
	/* --- 64-bit memory, success: [m] = src, ZF=1, rax kept --- */
	mov qword ptr [rip + m], 100
	mov rax, 100
	mov rcx, 200
	lock cmpxchg [rip + m], rcx
	CHECK_FLAGS ARITH, ZF | PF
	CHECK_EQ rax, 100
	CHECK_MEM64 [rip + m], 200
	/* failure: rax = [m], memory unchanged, flags of rax - [m] */
	mov rax, 5
	lock cmpxchg [rip + m], rcx
	CHECK_FLAGS ARITH, CF | SF | AF        /* 5 - 200 = 0x...ff3d */
	CHECK_EQ rax, 200
	CHECK_MEM64 [rip + m], 200
	/* without lock */
	mov rax, 200
	mov rcx, -7
	cmpxchg [rip + m], rcx
	CHECK_FLAGS ZF, ZF
	CHECK_MEM64 [rip + m], -7

	/* --- 32-bit memory --- */
	mov qword ptr [rip + m], -1
	mov rax, 0xaaaaaaaaffffffff
	mov ecx, 0x11223344
	lock cmpxchg [rip + m], ecx
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rax, 0xaaaaaaaaffffffff       /* success: rax not written */
	CHECK_MEM64 [rip + m], 0xffffffff11223344
	mov rax, 0xaaaaaaaa00000001
	lock cmpxchg [rip + m], ecx
	CHECK_FLAGS ARITH, CF | SF | AF | PF   /* 1 - 0x11223344 = 0xeeddccbd */
	CHECK_EQ rax, 0x11223344               /* failure: eax written, zero-extended */

	/* --- 16 and 8-bit memory --- */
	mov qword ptr [rip + m], 0x8000
	mov rax, 0x1234567812348000
	mov edx, 0x7fff
	cmpxchg [rip + m], dx
	CHECK_FLAGS ZF, ZF
	CHECK_MEM64 [rip + m], 0x7fff
	mov rax, 0x1234567812340001
	cmpxchg [rip + m], dx
	CHECK_FLAGS ARITH, CF | SF | AF        /* 1 - 0x7fff = 0x8002 */
	CHECK_EQ rax, 0x1234567812347fff
	/* byte: [m] = 0xff */
	mov rax, 0x11ff
	mov bl, 0x22
	lock cmpxchg byte ptr [rip + m], bl
	CHECK_FLAGS ARITH, ZF | PF
	CHECK_EQ rax, 0x11ff
	CHECK_MEM64 [rip + m], 0x7f22
	mov rax, 0x1180
	lock cmpxchg byte ptr [rip + m], bl    /* 0x80 - 0x22 = 0x5e: OF AF */
	CHECK_FLAGS ARITH, OF | AF
	CHECK_EQ rax, 0x1122
	mov rdx, 0x3300
	mov al, 0x7f
	cmpxchg byte ptr [rip + m + 1], dh
	CHECK_FLAGS ZF, ZF
	CHECK_MEM64 [rip + m], 0x3322

	/* --- register destinations --- */
	mov rax, 5
	mov rbx, 5
	mov rcx, 9
	cmpxchg rbx, rcx
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rbx, 9
	CHECK_EQ rax, 5
	/* 32-bit success: destination zero-extended, rax untouched */
	mov rbx, 0xaaaaaaaa00000005
	mov rax, 0xbbbbbbbb00000005
	mov rcx, 0xcccccccc00000009
	cmpxchg ebx, ecx
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rbx, 9
	CHECK_EQ rax, 0xbbbbbbbb00000005
	/* 32-bit failure: destination untouched (upper half kept), eax zero-extended */
	mov rbx, 0xaaaaaaaa00000006
	cmpxchg ebx, ecx
	CHECK_FLAGS ARITH, CF | SF | AF | PF   /* 5 - 6 */
	CHECK_EQ rbx, 0xaaaaaaaa00000006
	CHECK_EQ rax, 6
	/* the accumulator as destination always matches: eax = src */
	mov rax, 0xffffffff00000001
	mov rcx, 0xeeeeeeee00000002
	cmpxchg eax, ecx
	CHECK_FLAGS ZF, ZF
	CHECK_EQ rax, 2
	/* high byte destination */
	mov eax, 0x3344
	mov bl, 0x55
	cmpxchg ah, bl                         /* al 0x44 vs ah 0x33: fail, al = 0x33 */
	CHECK_FLAGS ARITH, PF
	CHECK_EQ rax, 0x3333
	cmpxchg ah, bl                         /* now equal: ah = 0x55 */
	CHECK_FLAGS ARITH, ZF | PF
	CHECK_EQ rax, 0x5533
	/* 16-bit */
	mov r8, 0x1111111111112222
	mov rax, 0x9999999999992222
	mov r9w, 0x4444
	cmpxchg r8w, r9w
	CHECK_EQ r8, 0x1111111111114444
	CHECK_EQ rax, 0x9999999999992222
	cmpxchg r8w, r9w                       /* 0x2222 vs 0x4444: fail */
	CHECK_FLAGS ZF, 0
	CHECK_EQ rax, 0x9999999999994444
	CHECK_EQ r8, 0x1111111111114444
	/* 64-bit failure with the source being rax itself */
	mov rax, 1
	mov rdx, 2
	cmpxchg rdx, rax
	CHECK_EQ rax, 2
	CHECK_EQ rdx, 2
	PASS

	.data
	.balign 8
m:	.quad 0
