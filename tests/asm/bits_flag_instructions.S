/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * clc, stc, cmc, cld, std, lahf, sahf, pushf/pushfq, popf/popfq: each changes only
 * its flags; popf takes only the user-writable bits (CF PF AF ZF SF DF OF NT AC ID).
 */
#include "check.inc"
	.globl _start
	.text
	.macro FLAGS v
	push \v
	popfq
	.endm
_start:
	/* clc / stc / cmc leave the other arithmetic flags alone */
	FLAGS 0xad7
	clc
	CHECK_FLAGS 0x8d5, 0x8d4
	FLAGS 0x202
	stc
	CHECK_FLAGS 0x8d5, 0x1
	FLAGS 0xad7
	cmc
	CHECK_FLAGS 0x8d5, 0x8d4
	FLAGS 0xad6
	cmc
	CHECK_FLAGS 0x8d5, 0x8d5
	/* cmc on lazily computed flags: 1 - 2 sets SF PF AF CF; cmc clears CF only */
	mov eax, 1
	cmp eax, 2
	cmc
	CHECK_FLAGS 0x8d5, 0x94
	mov eax, 1
	cmp eax, 2
	clc
	CHECK_FLAGS 0x8d5, 0x94
	mov eax, 2
	cmp eax, 2
	stc
	CHECK_FLAGS 0x8d5, 0x45

	/* std / cld: the DF bit in RFLAGS, other flags kept */
	FLAGS 0xad7
	std
	CHECK_FLAGS 0xcd5, 0xcd5
	FLAGS 0xed7
	cld
	CHECK_FLAGS 0xcd5, 0x8d5

	/* lahf: ah = SF:ZF:0:AF:0:PF:1:CF, the rest of rax kept */
	movabs rax, 0x1122334455667788
	FLAGS 0xad7
	lahf
	CHECK_EQ rax, 0x112233445566d788
	movabs rax, 0x1122334455667788
	FLAGS 0xa02
	lahf
	CHECK_EQ rax, 0x1122334455660288
	mov eax, 3
	cmp eax, 1
	lahf
	shr eax, 8
	CHECK_EQ rax, 0x2

	/* sahf: SF ZF AF PF CF from ah, OF and DF kept, reserved bits stay as they are */
	FLAGS 0xe02
	mov ah, 0xd5
	sahf
	CHECK_FLAGS 0xcd5, 0xcd5
	FLAGS 0xad7
	mov ah, 0x2a
	sahf
	pushfq
	pop rbx
	CHECK_EQ rbx, 0xa02
	FLAGS 0x202
	mov ah, 0x41
	sahf
	CHECK_FLAGS 0x8d5, 0x41

	/* pushfq: the whole image (bit 1 set, IF set) */
	FLAGS 0x202
	pushfq
	pop rbx
	CHECK_EQ rbx, 0x202
	mov eax, 0x7fffffff
	add eax, 1
	pushfq
	pop rbx
	CHECK_EQ rbx, 0xa96

	/* popfq: CF PF AF ZF SF DF OF NT AC ID are taken, IOPL is not (user mode) */
	FLAGS 0x247ed7
	pushfq
	pop rbx
	FLAGS 0x202
	CHECK_EQ rbx, 0x244ed7
	FLAGS 0x244ed7
	FLAGS 0x202
	pushfq
	pop rbx
	CHECK_EQ rbx, 0x202

	/* popfw: only the low 16 bits; pushfw pushes 2 bytes */
	FLAGS 0x200202
	pushw 0x4ed7
	popfw
	pushfq
	pop rbx
	FLAGS 0x202
	CHECK_EQ rbx, 0x204ed7
	mov rcx, rsp
	FLAGS 0x283
	pushfw
	mov rdx, rcx
	sub rdx, rsp
	CHECK_EQ rdx, 2
	movzx ebx, word ptr [rsp]
	add rsp, 2
	CHECK_EQ rbx, 0x283

	/* conditions read after popf */
	FLAGS 0x2c3
	jnz 1f
	jnc 1f
	jno 2f
1:	FAIL_HERE
2:	PASS
