/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fld/fst/fstp with m32, m64, m80 and st(i) (rounding modes, overflow, underflow, SNaN, denormal flags), the constant loads under each rounding mode, fldcw/fnstcw reserved bits. */
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

	/* fld/fst round trips and flags */
	fninit
	fld dword ptr [rip + f32_one]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fld dword ptr [rip + f32_den]
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3802
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9180000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3f72
	fninit
	fld dword ptr [rip + f32_snan]
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3801
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc000010000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	fninit
	fld qword ptr [rip + f64_den]
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3802
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xabcd000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0xbbdc
	fld qword ptr [rip + f64_val]
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fninit
	fld tbyte ptr [rip + v_snan]
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3800
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xa000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x7fff
	/* fst m32/m64 in each rounding mode */
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + v_a]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x40490fdb
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fst qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d18
	fld tbyte ptr [rip + v_neg]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xc5317218
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d18
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fld tbyte ptr [rip + v_f32max]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x7f800000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x228
	fninit
	SETCW 0x037f
	fld tbyte ptr [rip + v_tiny]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x0
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x30
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + v_a]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x40490fda
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fst qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d18
	fld tbyte ptr [rip + v_neg]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xc5317218
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d18
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fld tbyte ptr [rip + v_f32max]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x7f7fffff
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x077f
	fld tbyte ptr [rip + v_tiny]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x0
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x30
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + v_a]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x40490fdb
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3a20
	fst qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d19
	fld tbyte ptr [rip + v_neg]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xc5317217
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d19
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x220
	fld tbyte ptr [rip + v_f32max]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x7f800000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x228
	fninit
	SETCW 0x0b7f
	fld tbyte ptr [rip + v_tiny]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x1
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x1
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x230
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + v_a]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x40490fda
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x3820
	fst qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d18
	fld tbyte ptr [rip + v_neg]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0xc5317217
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x400921fb54442d18
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fld tbyte ptr [rip + v_f32max]
	fstp dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x7f7fffff
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x20
	fninit
	SETCW 0x0f7f
	fld tbyte ptr [rip + v_tiny]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x0
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x30
	fninit
	fld tbyte ptr [rip + v_snan]
	fst dword ptr [rip + out]
	mov eax, dword ptr [rip + out]
	CHECK_EQ rax, 0x7fe00000
	fstp qword ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0x7ffc000000000000
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x1
	/* fst/fstp st(i), fstp m80 */
	fninit
	fld1
	fldpi
	fst st(1)
	fstp tbyte ptr [rip + out]
	mov rax, qword ptr [rip + out]
	CHECK_EQ rax, 0xc90fdaa22168c235
	movzx eax, word ptr [rip + out + 8]
	CHECK_EQ rax, 0x4000
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c235
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldz
	fld1
	fstp st(1)
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	/* constants under each rounding mode */
	fninit
	SETCW 0x037f
	fldpi
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c235
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldl2e
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb8aa3b295c17f0bc
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldl2t
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd49a784bcd1b8afe
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldlg2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9a209a84fbcff799
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fldln2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb17217f7d1cf79ac
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fld1
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x077f
	fldpi
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldl2e
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb8aa3b295c17f0bb
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldl2t
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd49a784bcd1b8afe
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldlg2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9a209a84fbcff798
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fldln2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb17217f7d1cf79ab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fld1
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x0b7f
	fldpi
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c235
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldl2e
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb8aa3b295c17f0bc
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldl2t
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd49a784bcd1b8aff
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldlg2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9a209a84fbcff799
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fldln2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb17217f7d1cf79ac
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fld1
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x0
	fninit
	SETCW 0x0f7f
	fldpi
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xc90fdaa22168c234
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldl2e
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb8aa3b295c17f0bb
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldl2t
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xd49a784bcd1b8afe
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x4000
	fldlg2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x9a209a84fbcff798
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffd
	fldln2
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0xb17217f7d1cf79ab
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3ffe
	fld1
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x8000000000000000
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x3fff
	fldz
	fstp tbyte ptr [rip + tmp80]
	mov rax, qword ptr [rip + tmp80]
	CHECK_EQ rax, 0x0
	movzx eax, word ptr [rip + tmp80 + 8]
	CHECK_EQ rax, 0x0
	fnstsw ax
	and eax, 0x3a7f
	CHECK_EQ rax, 0x0
	/* fldcw/fnstcw reserved bits */
	fninit
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0x37f
	SETCW 0
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0x40
	SETCW 0xffff
	fnstcw word ptr [rip + tmp80]
	movzx eax, word ptr [rip + tmp80]
	CHECK_EQ rax, 0x1f7f

	PASS

	.data
	.balign 16
tmp80:	.zero 16
