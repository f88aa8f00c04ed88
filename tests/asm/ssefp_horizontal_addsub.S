/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE3 haddps/haddpd/hsubps/hsubpd/addsubps/addsubpd: lane pairing, NaN order, rounding and flags. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* haddps: pairs of the destination then of the source, overflow */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf8000003f000000
	movq xmm1, rax
	movabs rax, 0x7f7fffff7f7fffff
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4150000040400000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000bf000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* haddps: NaN of the first element of a pair wins; inf - inf (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffc543217fc12345
	movq xmm0, rax
	movabs rax, 0x7f8000013f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f8000007f800000
	movq xmm1, rax
	movabs rax, 0x7fc12345ffc54321
	pinsrq xmm1, rax, 1
	haddps xmm0, xmmword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc000017fc12345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc543217f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* haddps rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000013f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4121999a40555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* haddps rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000013f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4121999940555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* haddps rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000003f800001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4121999a40555556
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* haddps rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	haddps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf8000003f800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4121999940555555
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* hsubps: pairs of the destination then of the source, overflow */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x400000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000040400000
	pinsrq xmm0, rax, 1
	movabs rax, 0xbf8000003f000000
	movq xmm1, rax
	movabs rax, 0x7f7fffff7f7fffff
	pinsrq xmm1, rax, 1
	hsubps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc0e00000bf800000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x3fc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* hsubps: NaN of the first element of a pair wins; inf - inf (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffc543217fc12345
	movq xmm0, rax
	movabs rax, 0x7f8000013f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f8000007f800000
	movq xmm1, rax
	movabs rax, 0x7fc12345ffc54321
	pinsrq xmm1, rax, 1
	hsubps xmm0, xmmword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc000017fc12345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc54321ffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* hsubps rounding near */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	hsubps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf7fffff3f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x411e6666402aaaab
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* hsubps rounding down */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	hsubps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf7fffff3f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x411e6666402aaaaa
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* hsubps rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	hsubps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf7ffffe3f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x411e6667402aaaab
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* hsubps rounding zero */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x338000003f800000
	movq xmm0, rax
	movabs rax, 0xb3800001bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3eaaaaab40400000
	movq xmm1, rax
	movabs rax, 0x3dcccccd41200000
	pinsrq xmm1, rax, 1
	hsubps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xbf7ffffe3f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x411e6666402aaaaa
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* haddpd */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4024000000000000
	movq xmm1, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm1, rax, 1
	haddpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4010000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4022000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* haddpd: NaN order (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	haddpd xmm0, xmmword ptr [rip + M3]
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000054321
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* haddpd rounding down, x - x = -0 */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ca0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	haddpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3ff0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4018000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* hsubpd */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4024000000000000
	movq xmm1, rax
	movabs rax, 0xbff0000000000000
	pinsrq xmm1, rax, 1
	hsubpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4026000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* hsubpd: NaN order (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm1, rax, 1
	hsubpd xmm0, xmmword ptr [rip + M4]
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000054321
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* hsubpd rounding down, x - x = -0 */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ca0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	hsubpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3fefffffffffffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3f80
	/* addsubps: subtract in even lanes, add in odd lanes */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0x4120000041200000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4040000040400000
	movq xmm1, rax
	movabs rax, 0x3f0000003f000000
	pinsrq xmm1, rax, 1
	addsubps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x40800000c0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4128000041180000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* addsubps: inf - inf invalid, inf + inf; NaNs (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f8000007f800000
	movq xmm0, rax
	movabs rax, 0x3f8000007fc12345
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f8000007f800000
	movq xmm1, rax
	movabs rax, 0x7f8000017f800001
	pinsrq xmm1, rax, 1
	addsubps xmm0, xmmword ptr [rip + M5]
	movq rax, xmm0
	CHECK_EQ rax, 0x7f800000ffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7fc000017fc12345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addsubps rounding up */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000003f800000
	movq xmm0, rax
	movabs rax, 0xbf800000bf800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x3380000033800000
	movq xmm1, rax
	movabs rax, 0x3380000033800000
	pinsrq xmm1, rax, 1
	addsubps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x3f8000013f7fffff
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xbf7fffffbf800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* addsubpd */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x4008000000000000
	movq xmm1, rax
	movabs rax, 0x4008000000000000
	pinsrq xmm1, rax, 1
	addsubpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc000000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4010000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* addsubpd rounding toward zero, overflow (memory source) */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fefffffffffffff
	movq xmm0, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff0000000000000
	movq xmm1, rax
	movabs rax, 0x7fefffffffffffff
	pinsrq xmm1, rax, 1
	addsubpd xmm0, xmmword ptr [rip + M6]
	movq rax, xmm0
	CHECK_EQ rax, 0x7feffffffffffffe
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7fefffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa8
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x7f8000007f800000, 0x7fc12345ffc54321
	.balign 16
M2:	.quad 0x7f8000007f800000, 0x7fc12345ffc54321
	.balign 16
M3:	.quad 0xfff8000000054321, 0x3ff0000000000000
	.balign 16
M4:	.quad 0xfff8000000054321, 0x3ff0000000000000
	.balign 16
M5:	.quad 0x7f8000007f800000, 0x7f8000017f800001
	.balign 16
M6:	.quad 0x3ff0000000000000, 0x7fefffffffffffff
	.balign 16
mxbuf:	.long 0, 0, 0, 0
