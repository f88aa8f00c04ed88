/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE4.1 roundps/roundpd/roundss/roundsd: imm8 rounding modes, MXCSR mode (bit 2), precision suppression (bit 3), NaN, -0. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* roundps imm 0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000040000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x800000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundpd imm 0: -2.5, 0.5+ulp */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundps imm 1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 1
	movq rax, xmm0
	CHECK_EQ rax, 0xc04000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbf80000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundpd imm 1: -2.5, 0.5+ulp (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmmword ptr [rip + M1], 1
	movq rax, xmm0
	CHECK_EQ rax, 0xc008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundps imm 2 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000040000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x800000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundpd imm 2: -2.5, 0.5+ulp */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmm1, 2
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundps imm 3 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 3
	movq rax, xmm0
	CHECK_EQ rax, 0xc00000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundpd imm 3: -2.5, 0.5+ulp (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmmword ptr [rip + M2], 3
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundps imm 8 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 8
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000040000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x800000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundpd imm 8: -2.5, 0.5+ulp */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmm1, 8
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundps imm 9 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 9
	movq rax, xmm0
	CHECK_EQ rax, 0xc04000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbf80000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundpd imm 9: -2.5, 0.5+ulp (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmmword ptr [rip + M3], 9
	movq rax, xmm0
	CHECK_EQ rax, 0xc008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundps imm 10 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 10
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000040000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x800000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundpd imm 10: -2.5, 0.5+ulp */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmm1, 10
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundps imm 11 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 11
	movq rax, xmm0
	CHECK_EQ rax, 0xc00000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundpd imm 11: -2.5, 0.5+ulp (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x3fe0000000000001
	pinsrq xmm1, rax, 1
	roundpd xmm0, xmmword ptr [rip + M4], 11
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundps imm 4: MXCSR rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000040000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x800000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundsd imm 12: MXCSR rounding near, no PE, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	roundsd xmm0, xmm1, 12
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* roundps imm 4: MXCSR rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xc04000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbf80000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* roundsd imm 12: MXCSR rounding down, no PE, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	roundsd xmm0, xmm1, 12
	movq rax, xmm0
	CHECK_EQ rax, 0xc008000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* roundps imm 4: MXCSR rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000040000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x800000003f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* roundsd imm 12: MXCSR rounding up, no PE, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	roundsd xmm0, xmm1, 12
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5f80
	/* roundps imm 4: MXCSR rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0xbe8000003f000001
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 4
	movq rax, xmm0
	CHECK_EQ rax, 0xc00000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* roundsd imm 12: MXCSR rounding zero, no PE, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x1111
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	roundsd xmm0, xmm1, 12
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x1111
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7f80
	/* roundps: SNaN quieted (IE), QNaN, inf, large integer */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc543217f800001
	movq xmm1, rax
	movabs rax, 0x4b0000017f800000
	pinsrq xmm1, rax, 1
	roundps xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0xffc543217fc00001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4b0000017f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* roundss: -0.5 to nearest = -0, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x100000000
	movq xmm0, rax
	movabs rax, 0x300000002
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	roundss xmm0, xmm1, 0
	movq rax, xmm0
	CHECK_EQ rax, 0x180000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x300000002
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundss (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x100000000
	movq xmm0, rax
	movabs rax, 0x300000002
	pinsrq xmm0, rax, 1
	movabs rax, 0x40600000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	roundss xmm0, dword ptr [rip + M5], 2
	movq rax, xmm0
	CHECK_EQ rax, 0x140800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x300000002
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* roundsd: SNaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x5
	movq xmm0, rax
	movabs rax, 0x6
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	roundsd xmm0, qword ptr [rip + M6], 1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x6
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0xc004000000000000, 0x3fe0000000000001
	.balign 16
M2:	.quad 0xc004000000000000, 0x3fe0000000000001
	.balign 16
M3:	.quad 0xc004000000000000, 0x3fe0000000000001
	.balign 16
M4:	.quad 0xc004000000000000, 0x3fe0000000000001
	.balign 16
M5:	.quad 0x40600000, 0x0
	.balign 16
M6:	.quad 0xfff0000000012345, 0x0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
