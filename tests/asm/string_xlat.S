/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xlat: al = [rbx + zero-extended al]; only al changes; flags untouched. */
#include "check.inc"
	.globl _start
	.text
_start:
	lea rbx, [rip + table]
	mov rax, 0xaaaaaaaaaaaaaa00
	xlatb
	CHECK_EQ rax, 0xaaaaaaaaaaaaaaff
	mov al, 0xff          /* index 255: al is unsigned */
	xlatb
	CHECK_EQ rax, 0xaaaaaaaaaaaaaa00
	mov al, 0x80
	xor ecx, ecx          /* ZF PF */
	xlatb
	CHECK_EQ rax, 0xaaaaaaaaaaaaaa7f
	CHECK_FLAGS ARITH, ZF | PF
	/* ah is neither index nor result */
	mov eax, 0x1205
	xlatb
	CHECK_EQ rax, 0x12fa
	lea rax, [rip + table]
	cmp rbx, rax
	je 1f
	FAIL_HERE
1:	PASS

	.data
	/* table[i] = 255 - i */
table:
	.irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	.irp j, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	.byte 255 - (\i * 16 + \j)
	.endr
	.endr
