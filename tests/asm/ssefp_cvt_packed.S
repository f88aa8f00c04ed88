/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cvtdq2ps/cvtdq2pd/cvt(t)ps2dq/cvt(t)pd2dq, cvtps2pd/cvtpd2ps/cvtss2sd/cvtsd2ss: rounding, indefinite, NaN payloads, upper halves. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* cvtdq2ps */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffff00000001
	movq xmm0, rax
	movabs rax, 0x10000017fffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffffc180000000
	movq xmm1, rax
	movabs rax, 0xfefffffd00ffffff
	pinsrq xmm1, rax, 1
	cvtdq2ps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x4f000000cf000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xcb8000024b7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtdq2ps rounding up (memory source) */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffff00000001
	movq xmm0, rax
	movabs rax, 0x10000017fffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffffc180000000
	movq xmm1, rax
	movabs rax, 0xfefffffd00ffffff
	pinsrq xmm1, rax, 1
	cvtdq2ps xmm0, xmmword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0x4f000000cf000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xcb8000014b7fffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvtdq2pd: the low two, exact */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x200000001
	movq xmm0, rax
	movabs rax, 0x400000003
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fffffff80000000
	movq xmm1, rax
	movabs rax, 0x600000005
	pinsrq xmm1, rax, 1
	cvtdq2pd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xc1e0000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x41dfffffffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtdq2pd (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x200000001
	movq xmm0, rax
	movabs rax, 0x400000003
	pinsrq xmm0, rax, 1
	movabs rax, 0x12345678fffffff0
	movq xmm1, rax
	movabs rax, 0x600000005
	pinsrq xmm1, rax, 1
	cvtdq2pd xmm0, qword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0xc030000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x41b2345678000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtps2dq: 1.5, -2.5, 2^31 (indefinite), NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0x7fc123454f000000
	pinsrq xmm1, rax, 1
	cvtps2dq xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfffffffe00000002
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* cvtps2dq rounding down (memory source) */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0x400000cf000000
	pinsrq xmm1, rax, 1
	cvtps2dq xmm0, xmmword ptr [rip + M3]
	movq rax, xmm0
	CHECK_EQ rax, 0xfffffffd00000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvttps2dq: 1.5, -2.5, 2^31 (indefinite), NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0x7fc123454f000000
	pinsrq xmm1, rax, 1
	cvttps2dq xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfffffffe00000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x8000000080000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* cvttps2dq rounding down (memory source) */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xc02000003fc00000
	movq xmm1, rax
	movabs rax, 0x400000cf000000
	pinsrq xmm1, rax, 1
	cvttps2dq xmm0, xmmword ptr [rip + M4]
	movq rax, xmm0
	CHECK_EQ rax, 0xfffffffe00000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x80000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvtpd2dq: -2.5 and 2^31 (indefinite), upper half zeroed */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x41e0000000000000
	pinsrq xmm1, rax, 1
	cvtpd2dq xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x80000000fffffffe
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* cvtpd2dq rounding up, NaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff8000000000000
	movq xmm1, rax
	movabs rax, 0xfff8000000054321
	pinsrq xmm1, rax, 1
	cvtpd2dq xmm0, xmmword ptr [rip + M5]
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000002
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa1
	/* cvttpd2dq: -2.5 and 2^31 (indefinite), upper half zeroed */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xc004000000000000
	movq xmm1, rax
	movabs rax, 0x41e0000000000000
	pinsrq xmm1, rax, 1
	cvttpd2dq xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x80000000fffffffe
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa1
	/* cvttpd2dq rounding up, NaN (memory source) */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x3ff8000000000000
	movq xmm1, rax
	movabs rax, 0xfff8000000054321
	pinsrq xmm1, rax, 1
	cvttpd2dq xmm0, xmmword ptr [rip + M6]
	movq rax, xmm0
	CHECK_EQ rax, 0x8000000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa1
	/* cvtps2pd: NaN payloads widened, SNaN quieted */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc543217f800001
	movq xmm1, rax
	movabs rax, 0x400000003f800000
	pinsrq xmm1, rax, 1
	cvtps2pd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000020000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8a86420000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtps2pd: denormal (DE) and max are exact (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f7fffff00400000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtps2pd xmm0, qword ptr [rip + M7]
	movq rax, xmm0
	CHECK_EQ rax, 0x3800000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x47efffffe0000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f82
	/* cvtpd2ps: NaN payloads narrowed, upper half zeroed */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x7ff8000000012345
	pinsrq xmm1, rax, 1
	cvtpd2ps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc00000ffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* cvtpd2ps rounding near: 0.1 and overflow */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtpd2ps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f8000003dcccccd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa8
	/* cvtsd2ss rounding near: -0.1, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xbfb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffbdcccccd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1fa0
	/* cvtpd2ps rounding down: 0.1 and overflow */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtpd2ps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f7fffff3dcccccc
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvtsd2ss rounding down: -0.1, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x3f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xbfb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffbdcccccd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x3fa0
	/* cvtpd2ps rounding up: 0.1 and overflow */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtpd2ps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f8000003dcccccd
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa8
	/* cvtsd2ss rounding up: -0.1, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x5f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xbfb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffbdcccccc
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x5fa0
	/* cvtpd2ps rounding zero: 0.1 and overflow */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x3fb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtpd2ps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7f7fffff3dcccccc
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* cvtsd2ss rounding zero: -0.1, upper lanes kept */
	mov dword ptr [rip + mxbuf], 0x7f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xbfb999999999999a
	movq xmm1, rax
	movabs rax, 0x47efffffffffffff
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffffbdcccccc
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x7fa0
	/* cvtsd2ss: underflow to a denormal (UE, PE) (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x36a0000000000000
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtsd2ss xmm0, qword ptr [rip + M8]
	movq rax, xmm0
	CHECK_EQ rax, 0xffffffff00000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtss2sd: QNaN, upper lane kept */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc12345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtss2sd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff82468a0000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	/* cvtss2sd: -pi (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0xffffffffffffffff
	movq xmm0, rax
	movabs rax, 0xffffffffffffffff
	pinsrq xmm0, rax, 1
	movabs rax, 0xc0490fdb
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	cvtss2sd xmm0, dword ptr [rip + M9]
	movq rax, xmm0
	CHECK_EQ rax, 0xc00921fb60000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffffffffffffffff
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f80
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x7fffffc180000000, 0xfefffffd00ffffff
	.balign 16
M2:	.quad 0x12345678fffffff0, 0x600000005
	.balign 16
M3:	.quad 0xc02000003fc00000, 0x400000cf000000
	.balign 16
M4:	.quad 0xc02000003fc00000, 0x400000cf000000
	.balign 16
M5:	.quad 0x3ff8000000000000, 0xfff8000000054321
	.balign 16
M6:	.quad 0x3ff8000000000000, 0xfff8000000054321
	.balign 16
M7:	.quad 0x7f7fffff00400000, 0x0
	.balign 16
M8:	.quad 0x36a0000000000000, 0x0
	.balign 16
M9:	.quad 0xc0490fdb, 0x0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
