/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fild/fist/fistp/fisttp with m16, m32, m64 in each rounding mode, integer indefinite on overflow and NaN, fbld/fbstp with rounding, BCD indefinite. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	/* CHECK_NEAR reg, imm64, tol: |reg - imm| <= tol (r10, r11 clobbered) */
	.macro CHECK_NEAR reg, val, tol
	movabs r11, \val
	sub r11, \reg
	mov r10, r11
	neg r10
	cmovs r10, r11
	cmp r10, \tol
	jbe 9005f
	FAIL_HERE
9005:
	.endm

	.globl _start
	.text
_start:
	.macro SETCW v
	mov word ptr [rip + cwtmp], \v
	fldcw word ptr [rip + cwtmp]
	.endm
	.pushsection .data
	.balign 16
cwtmp:	.word 0, 0
out:	.zero 16
v_a:	.quad 0xc90fdaa22168c235
	.word 0x4000
	.balign 16
v_neg:	.quad 0xb17217f7d1cf79ac
	.word 0xc00a
	.balign 16
v_half:	.quad 0xa000000000000000	/* 2.5 */
	.word 0x4000
	.balign 16
v_mhalf: .quad 0xe000000000000000	/* -3.5 */
	.word 0xc000
	.balign 16
v_huge:	.quad 0x8000000000000000	/* 2^40 */
	.word 0x4027
	.balign 16
v_2p63:	.quad 0x8000000000000000	/* 2^63 */
	.word 0x403e
	.balign 16
v_m2p63: .quad 0x8000000000000000	/* -2^63 */
	.word 0xc03e
	.balign 16
v_tiny:	.quad 0x8000000000000000	/* 2^-16000 */
	.word 0x017f
	.balign 16
v_f32max: .quad 0xffffff8000000000
	.word 0x407e
	.balign 16
v_snan:	.quad 0xa000000000000000
	.word 0x7fff
	.balign 16
v_bcd:	.quad 0x0987654321987654
	.word 0x8012
	.balign 16
v_bcdbig: .quad 0xde0b6b3a7640000	/* 10^18 */
	.word 0x403a
f32_den: .long 0x00000123
f32_snan: .long 0x7f800001
f32_one: .long 0x3f800000
f64_den: .quad 0x800000000000abcd
f64_val: .quad 0x400921fb54442d18
i16_v:	.word -12345
i32_v:	.long 0x7fffffff
i64_v:	.quad 0x8000000000000001
	.popsection

	/* integer loads */
	fninit
	fild word ptr [rip + i16_v]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc0e4000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc00c
	fild dword ptr [rip + i32_v]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xfffffffe00000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x401d
	fild qword ptr [rip + i64_v]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xfffffffffffffffe
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xc03d
	/* integer stores in each rounding mode */
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + v_half]
	fist word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0x2
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fist dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x2
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x2
	fld tbyte ptr [rip + v_mhalf]
	fistp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffc
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x220
	fld tbyte ptr [rip + v_mhalf]
	fistp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffc
	fld tbyte ptr [rip + v_neg]
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffffffff4e9
	fld tbyte ptr [rip + v_mhalf]
	fisttp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffd
	fld tbyte ptr [rip + v_neg]
	fisttp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffff4e9
	fld tbyte ptr [rip + v_a]
	fisttp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x3
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + v_half]
	fist word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0x2
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fist dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x2
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x2
	fld tbyte ptr [rip + v_mhalf]
	fistp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffc
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x220
	fld tbyte ptr [rip + v_mhalf]
	fistp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffc
	fld tbyte ptr [rip + v_neg]
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffffffff4e8
	fld tbyte ptr [rip + v_mhalf]
	fisttp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffd
	fld tbyte ptr [rip + v_neg]
	fisttp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffff4e9
	fld tbyte ptr [rip + v_a]
	fisttp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x3
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + v_half]
	fist word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0x3
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fist dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x3
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x3
	fld tbyte ptr [rip + v_mhalf]
	fistp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffd
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fld tbyte ptr [rip + v_mhalf]
	fistp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffd
	fld tbyte ptr [rip + v_neg]
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffffffff4e9
	fld tbyte ptr [rip + v_mhalf]
	fisttp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffd
	fld tbyte ptr [rip + v_neg]
	fisttp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffff4e9
	fld tbyte ptr [rip + v_a]
	fisttp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x3
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + v_half]
	fist word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0x2
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fist dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x2
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x2
	fld tbyte ptr [rip + v_mhalf]
	fistp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffd
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fld tbyte ptr [rip + v_mhalf]
	fistp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffd
	fld tbyte ptr [rip + v_neg]
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0xfffffffffffff4e9
	fld tbyte ptr [rip + v_mhalf]
	fisttp word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0xfffd
	fld tbyte ptr [rip + v_neg]
	fisttp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xfffff4e9
	fld tbyte ptr [rip + v_a]
	fisttp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x3
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	/* overflow: integer indefinite and IE */
	fninit
	fld tbyte ptr [rip + v_huge]
	fist word ptr [rip + out]
	movzx eax, word ptr [rip + out]
	CHECK_EQ rax, 0x8000
	fist dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x80000000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3801
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x10000000000
	fninit
	fld tbyte ptr [rip + v_2p63]
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x8000000000000000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x1
	fninit
	fld tbyte ptr [rip + v_m2p63]
	fistp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x8000000000000000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x0
	fninit
	fld tbyte ptr [rip + v_snan]
	fisttp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x80000000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x1
	/* BCD */
	fninit
	fbld tbyte ptr [rip + v_bcd]
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3800
	fld st(0)
	fstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0xd6ead0b708f02300
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0xc037
	fbstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x987654321987654
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0x8012
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + v_mhalf]
	fbstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x4
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0x8000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x220
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + v_mhalf]
	fbstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x4
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0x8000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x220
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + v_mhalf]
	fbstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x3
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0x8000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + v_mhalf]
	fbstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x3
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0x8000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	fld tbyte ptr [rip + v_bcdbig]
	fbstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0xc000000000000000
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0xffff
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x1

	PASS

	.data
	.balign 16
tmp80:	.zero 16
