/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE NaN propagation: the first source NaN wins, signalling NaNs are quieted (IE), invalid operations give the negative default NaN. */
/* Expected values were recorded on a real x86_64 CPU; the test also runs natively. */
#include "check.inc"

	.globl _start
	.text
_start:

	/* addps: first NaN wins, SNaN quieted (IE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000007fc12345
	movq xmm0, rax
	movabs rax, 0xff8123457f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321ffc54321
	movq xmm1, rax
	movabs rax, 0x7f8000017fc12345
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc543217fc12345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc123457fc00001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addps: NaN in the second operand only; invalid number ops give the default NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x7f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0xff812345ffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	addps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addpd: first NaN wins, SNaN quieted */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0xfff0000000012345
	pinsrq xmm1, rax, 1
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addpd: SNaN first (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff8000000012345
	movq xmm1, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm1, rax, 1
	addpd xmm0, xmmword ptr [rip + M1]
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addss: SNaN in the first operand wins over a QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f800001
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	addss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc00001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addsd: SNaN second operand quieted (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	addsd xmm0, qword ptr [rip + M2]
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* subps: first NaN wins, SNaN quieted (IE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000007fc12345
	movq xmm0, rax
	movabs rax, 0xff8123457f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321ffc54321
	movq xmm1, rax
	movabs rax, 0x7f8000017fc12345
	pinsrq xmm1, rax, 1
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc543217fc12345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc123457fc00001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* subps: NaN in the second operand only; invalid number ops give the default NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x7f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0xff812345ffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* subpd: first NaN wins, SNaN quieted */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0xfff0000000012345
	pinsrq xmm1, rax, 1
	subpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* subpd: SNaN first (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff8000000012345
	movq xmm1, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm1, rax, 1
	subpd xmm0, xmmword ptr [rip + M3]
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* subss: SNaN in the first operand wins over a QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f800001
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc00001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* subsd: SNaN second operand quieted (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	subsd xmm0, qword ptr [rip + M4]
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulps: first NaN wins, SNaN quieted (IE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000007fc12345
	movq xmm0, rax
	movabs rax, 0xff8123457f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321ffc54321
	movq xmm1, rax
	movabs rax, 0x7f8000017fc12345
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc543217fc12345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc123457fc00001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulps: NaN in the second operand only; invalid number ops give the default NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x7f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0xff812345ffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulpd: first NaN wins, SNaN quieted */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0xfff0000000012345
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulpd: SNaN first (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff8000000012345
	movq xmm1, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm1, rax, 1
	mulpd xmm0, xmmword ptr [rip + M5]
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x7ff0000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulss: SNaN in the first operand wins over a QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f800001
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc00001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulsd: SNaN second operand quieted (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	mulsd xmm0, qword ptr [rip + M6]
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* divps: first NaN wins, SNaN quieted (IE) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3f8000007fc12345
	movq xmm0, rax
	movabs rax, 0xff8123457f800001
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321ffc54321
	movq xmm1, rax
	movabs rax, 0x7f8000017fc12345
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc543217fc12345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc123457fc00001
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* divps: NaN in the second operand only; invalid number ops give the default NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7fc123453f800000
	movq xmm0, rax
	movabs rax, 0x7f800000
	pinsrq xmm0, rax, 1
	movabs rax, 0xff812345ffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc12345ffc54321
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc000007f800000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* divpd: first NaN wins, SNaN quieted */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff8000000012345
	movq xmm0, rax
	movabs rax, 0x3ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff8000000054321
	movq xmm1, rax
	movabs rax, 0xfff0000000012345
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000012345
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* divpd: SNaN first (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000001
	movq xmm0, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7ff8000000012345
	movq xmm1, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmmword ptr [rip + M7]
	movq rax, xmm0
	CHECK_EQ rax, 0x7ff8000000000001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* divss: SNaN in the first operand wins over a QNaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f800001
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xffc54321
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divss xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc00001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* divsd: SNaN second operand quieted (memory source) */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	divsd xmm0, qword ptr [rip + M8]
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x0
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* mulps: 0 * inf in any order = default NaN 0xffc00000 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7f800000
	movq xmm0, rax
	movabs rax, 0x80000000ff800000
	pinsrq xmm0, rax, 1
	movabs rax, 0x7f80000000000000
	movq xmm1, rax
	movabs rax, 0xff80000080000000
	pinsrq xmm1, rax, 1
	mulps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xffc00000ffc00000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc00000ffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* divpd: 0/0 and inf/inf = default NaN 0xfff8000000000000 */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0x0
	movq xmm1, rax
	movabs rax, 0xfff0000000000000
	pinsrq xmm1, rax, 1
	divpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* addpd: inf + -inf = default NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x7ff0000000000000
	movq xmm0, rax
	movabs rax, 0xfff0000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000000000
	movq xmm1, rax
	movabs rax, 0x7ff0000000000000
	pinsrq xmm1, rax, 1
	addpd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000000000
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xfff8000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* sqrtps: NaN quieted, sqrt(-1) = default NaN */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x0
	movq xmm0, rax
	movabs rax, 0x0
	pinsrq xmm0, rax, 1
	movabs rax, 0x7fc123457f800001
	movq xmm1, rax
	movabs rax, 0xffc54321bf800000
	pinsrq xmm1, rax, 1
	sqrtps xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0x7fc123457fc00001
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0xffc54321ffc00000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	/* sqrtsd: signalling NaN quieted, IE */
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	movabs rax, 0x3ff0000000000000
	movq xmm0, rax
	movabs rax, 0x4000000000000000
	pinsrq xmm0, rax, 1
	movabs rax, 0xfff0000000012345
	movq xmm1, rax
	movabs rax, 0x0
	pinsrq xmm1, rax, 1
	sqrtsd xmm0, xmm1
	movq rax, xmm0
	CHECK_EQ rax, 0xfff8000000012345
	pextrq rax, xmm0, 1
	CHECK_EQ rax, 0x4000000000000000
	stmxcsr dword ptr [rip + mxbuf]
	mov eax, dword ptr [rip + mxbuf]
	CHECK_EQ rax, 0x1f81
	mov dword ptr [rip + mxbuf], 0x1f80
	ldmxcsr dword ptr [rip + mxbuf]
	PASS

	.data
	.balign 16
M1:	.quad 0x7ff8000000012345, 0x7ff0000000000000
	.balign 16
M2:	.quad 0xfff0000000012345, 0x0
	.balign 16
M3:	.quad 0x7ff8000000012345, 0x7ff0000000000000
	.balign 16
M4:	.quad 0xfff0000000012345, 0x0
	.balign 16
M5:	.quad 0x7ff8000000012345, 0x7ff0000000000000
	.balign 16
M6:	.quad 0xfff0000000012345, 0x0
	.balign 16
M7:	.quad 0x7ff8000000012345, 0x7ff0000000000000
	.balign 16
M8:	.quad 0xfff0000000012345, 0x0
	.balign 16
mxbuf:	.long 0, 0, 0, 0
