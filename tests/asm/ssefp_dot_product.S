/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE4.1 dpps/dppd: product and broadcast masks, rounding of each step, NaN selection per destination lane (as x86 CPUs do it). */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* dpps imm 0xff */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 255
	movq rax, xmm0
	CHECK_EQ rax, 0x4090000040900000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4090000040900000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* dpps imm 0xf1 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 241
	movq rax, xmm0
	CHECK_EQ rax, 0x40900000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* dpps imm 0x3c */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 60
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40d0000040d00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dpps imm 0x5a */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 90
	movq rax, xmm0
	CHECK_EQ rax, 0xc020000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xc020000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dpps imm 0x81 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 129
	movq rax, xmm0
	CHECK_EQ rax, 0x3f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* dpps imm 0xf0 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 240
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* dpps imm 0xf */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 15
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dpps imm 0xe7 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0x404000003f000000
	movq xmm1, rax
	movabs rax, 0x3dcccccdbf800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 231
	movq rax, xmm0
	CHECK_EQ rax, 0x4080000040800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x40800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* dpps imm 0xff: four NaN products, each lane picks its own */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffc543217fc12345
	movq xmm0, rax
	movabs rax, 0x7fc000427f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 255
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7fc000017fc00042
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* dpps imm 0x33: four NaN products, each lane picks its own */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffc543217fc12345
	movq xmm0, rax
	movabs rax, 0x7fc000427f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 51
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dpps imm 0x3f: four NaN products, each lane picks its own */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffc543217fc12345
	movq xmm0, rax
	movabs rax, 0x7fc000427f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 63
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7fc12345ffc54321
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dpps: NaNs in products 0 and 3 (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000007fc12345
	movq xmm0, rax
	movabs rax, 0xffc543213f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003f800000
	movq xmm1, rax
	movabs rax, 0x3f8000003f800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmmword ptr [rip + M1], 255
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc123457fc12345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc54321ffc54321
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dpps: 0 * inf invalid, overflow */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f8000003f800000
	movq xmm0, rax
	movabs rax, 0x7f7fffff00000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf8000003f800000
	movq xmm1, rax
	movabs rax, 0x7f7fffff7f800000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 255
	movq rax, xmm0
	CHECK_EQ rax, 0xffc00000ffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc00000ffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa9
	/* dpps rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xbf8000003eaaaaab
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003eaaaaab
	movq xmm1, rax
	movabs rax, 0x3380000040400000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 243
	movq rax, xmm0
	CHECK_EQ rax, 0x3faaaaab3faaaaab
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* dppd rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3fd5555555555555
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fd5555555555555
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 51
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff5555555555555
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff5555555555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* dpps rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xbf8000003eaaaaab
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003eaaaaab
	movq xmm1, rax
	movabs rax, 0x3380000040400000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 243
	movq rax, xmm0
	CHECK_EQ rax, 0x3faaaaaa3faaaaaa
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* dppd rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3fd5555555555555
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fd5555555555555
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 51
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff5555555555554
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff5555555555554
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* dpps rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xbf8000003eaaaaab
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003eaaaaab
	movq xmm1, rax
	movabs rax, 0x3380000040400000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 243
	movq rax, xmm0
	CHECK_EQ rax, 0x3faaaaad3faaaaad
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* dppd rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3fd5555555555555
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fd5555555555555
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 51
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff5555555555556
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff5555555555556
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* dpps rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xbf8000003eaaaaab
	pinsrq xmm0, rax, 1
	movabs rax, 0x3f8000003eaaaaab
	movq xmm1, rax
	movabs rax, 0x3380000040400000
	pinsrq xmm1, rax, 1
	dpps xmm0, xmm1, 243
	movq rax, xmm0
	CHECK_EQ rax, 0x3faaaaaa3faaaaaa
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* dppd rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3fd5555555555555
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fd5555555555555
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 51
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff5555555555554
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3ff5555555555554
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* dppd imm 0x33: NaN selection */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0xfff8000000054321
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 51
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000054321
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dppd imm 0x31: NaN selection */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0xfff8000000054321
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 49
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dppd imm 0x12: NaN selection */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0xfff8000000054321
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 18
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dppd imm 0x23: NaN selection */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0xfff8000000054321
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 35
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000054321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000054321
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dppd imm 0x30: NaN selection */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0xfff8000000054321
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmm1, 48
	movq rax, xmm0
	CHECK_EQ rax, 0x0
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* dppd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x4000000000000000
	movq xmm0, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4024000000000000
	movq xmm1, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm1, rax, 1
	dppd xmm0, xmmword ptr [rip + M2], 49
	movq rax, xmm0
	CHECK_EQ rax, 0x4031000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x3f8000003f800000, 0x3f8000003f800000
	.balign 16
M2:	.quad 0x4024000000000000, 0xbff0000000000000
	.balign 16
mxbuf:	.long 0, 0, 0, 0
