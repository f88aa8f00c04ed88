/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE integer shifts: psll/psrl/psra by imm8, xmm and m128 counts (counts beyond the width), pslldq/psrldq. */
/* Expected values were recorded on a real x86_64 CPU (SSE4.2). */
#include "check.inc"

/* rax = CF | PF | ZF | SF | OF of the current flags, read with jcc only. */
.macro FLAGS_RAX
	mov eax, 0
	jnc 1f
	lea eax, [rax + 1]
1:	jnp 2f
	lea eax, [rax + 4]
2:	jnz 3f
	lea eax, [rax + 0x40]
3:	jns 4f
	lea eax, [rax + 0x80]
4:	jno 5f
	lea eax, [rax + 0x800]
5:
.endm

	.globl _start
	.text
_start:
	movdqa xmm1, xmmword ptr [rip + L1]
	psllw xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L2]
	psllw xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffe0002
	movdqa xmm1, xmmword ptr [rip + L3]
	psllw xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10ffe00030ff00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfff00010
	movdqa xmm1, xmmword ptr [rip + L4]
	psllw xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L5]
	psllw xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L6]
	psllw xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L7]
	psllw xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L8]
	psllw xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L9]
	psllw xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L10]
	psllw xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L11]
	psllw xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L12]
	psllw xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L13]
	movdqa xmm2, xmmword ptr [rip + L14]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L13]
	psllw xmm1, xmmword ptr [rip + L14]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L15]
	movdqa xmm2, xmmword ptr [rip + L16]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8fff000187f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfff80008
	movdqa xmm1, xmmword ptr [rip + L15]
	psllw xmm1, xmmword ptr [rip + L16]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8fff000187f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfff80008
	movdqa xmm1, xmmword ptr [rip + L17]
	movdqa xmm2, xmmword ptr [rip + L18]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L17]
	psllw xmm1, xmmword ptr [rip + L18]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L19]
	movdqa xmm2, xmmword ptr [rip + L20]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L19]
	psllw xmm1, xmmword ptr [rip + L20]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L21]
	movdqa xmm2, xmmword ptr [rip + L22]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L21]
	psllw xmm1, xmmword ptr [rip + L22]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L23]
	movdqa xmm2, xmmword ptr [rip + L24]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L23]
	psllw xmm1, xmmword ptr [rip + L24]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L25]
	movdqa xmm2, xmmword ptr [rip + L26]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L25]
	psllw xmm1, xmmword ptr [rip + L26]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L27]
	movdqa xmm2, xmmword ptr [rip + L28]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L27]
	psllw xmm1, xmmword ptr [rip + L28]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L29]
	movdqa xmm2, xmmword ptr [rip + L30]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L29]
	psllw xmm1, xmmword ptr [rip + L30]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L31]
	movdqa xmm2, xmmword ptr [rip + L32]
	psllw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L31]
	psllw xmm1, xmmword ptr [rip + L32]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L33]
	pslld xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L34]
	pslld xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffe0002
	movdqa xmm1, xmmword ptr [rip + L35]
	pslld xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x17ffe00030ff00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfff00010
	movdqa xmm1, xmmword ptr [rip + L36]
	pslld xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000087f80000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L37]
	pslld xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe00000ff00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x10000
	movdqa xmm1, xmmword ptr [rip + L38]
	pslld xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffc00001fe00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x20000
	movdqa xmm1, xmmword ptr [rip + L39]
	pslld xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L40]
	pslld xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L41]
	pslld xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L42]
	pslld xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L43]
	pslld xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L44]
	pslld xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L45]
	movdqa xmm2, xmmword ptr [rip + L46]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L45]
	pslld xmm1, xmmword ptr [rip + L46]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L47]
	movdqa xmm2, xmmword ptr [rip + L48]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000187f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfff80008
	movdqa xmm1, xmmword ptr [rip + L47]
	pslld xmm1, xmmword ptr [rip + L48]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000187f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfff80008
	movdqa xmm1, xmmword ptr [rip + L49]
	movdqa xmm2, xmmword ptr [rip + L50]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000087f80000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L49]
	pslld xmm1, xmmword ptr [rip + L50]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000087f80000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L51]
	movdqa xmm2, xmmword ptr [rip + L52]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe00000ff00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x10000
	movdqa xmm1, xmmword ptr [rip + L51]
	pslld xmm1, xmmword ptr [rip + L52]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe00000ff00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x10000
	movdqa xmm1, xmmword ptr [rip + L53]
	movdqa xmm2, xmmword ptr [rip + L54]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L53]
	pslld xmm1, xmmword ptr [rip + L54]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L55]
	movdqa xmm2, xmmword ptr [rip + L56]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L55]
	pslld xmm1, xmmword ptr [rip + L56]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L57]
	movdqa xmm2, xmmword ptr [rip + L58]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L57]
	pslld xmm1, xmmword ptr [rip + L58]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L59]
	movdqa xmm2, xmmword ptr [rip + L60]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L59]
	pslld xmm1, xmmword ptr [rip + L60]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L61]
	movdqa xmm2, xmmword ptr [rip + L62]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L61]
	pslld xmm1, xmmword ptr [rip + L62]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L63]
	movdqa xmm2, xmmword ptr [rip + L64]
	pslld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L63]
	pslld xmm1, xmmword ptr [rip + L64]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L65]
	psllq xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L66]
	psllq xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffd80061fe0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1fffe0002
	movdqa xmm1, xmmword ptr [rip + L67]
	psllq xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x17ffec0030ff00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00010
	movdqa xmm1, xmmword ptr [rip + L68]
	psllq xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff80008000
	movdqa xmm1, xmmword ptr [rip + L69]
	psllq xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffec0030ff00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00010000
	movdqa xmm1, xmmword ptr [rip + L70]
	psllq xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffd80061fe00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1fffe00020000
	movdqa xmm1, xmmword ptr [rip + L71]
	psllq xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x600187f800000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff800080000000
	movdqa xmm1, xmmword ptr [rip + L72]
	psllq xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0030ff000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff000100000000
	movdqa xmm1, xmmword ptr [rip + L73]
	psllq xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80061fe000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffe000200000000
	movdqa xmm1, xmmword ptr [rip + L74]
	psllq xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8000000000000000
	movdqa xmm1, xmmword ptr [rip + L75]
	psllq xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L76]
	psllq xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L77]
	movdqa xmm2, xmmword ptr [rip + L78]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L77]
	psllq xmm1, xmmword ptr [rip + L78]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L79]
	movdqa xmm2, xmmword ptr [rip + L80]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff80008
	movdqa xmm1, xmmword ptr [rip + L79]
	psllq xmm1, xmmword ptr [rip + L80]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff80008
	movdqa xmm1, xmmword ptr [rip + L81]
	movdqa xmm2, xmmword ptr [rip + L82]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff80008000
	movdqa xmm1, xmmword ptr [rip + L81]
	psllq xmm1, xmmword ptr [rip + L82]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff80008000
	movdqa xmm1, xmmword ptr [rip + L83]
	movdqa xmm2, xmmword ptr [rip + L84]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffec0030ff00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00010000
	movdqa xmm1, xmmword ptr [rip + L83]
	psllq xmm1, xmmword ptr [rip + L84]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffec0030ff00000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00010000
	movdqa xmm1, xmmword ptr [rip + L85]
	movdqa xmm2, xmmword ptr [rip + L86]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x600187f800000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff800080000000
	movdqa xmm1, xmmword ptr [rip + L85]
	psllq xmm1, xmmword ptr [rip + L86]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x600187f800000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff800080000000
	movdqa xmm1, xmmword ptr [rip + L87]
	movdqa xmm2, xmmword ptr [rip + L88]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0030ff000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff000100000000
	movdqa xmm1, xmmword ptr [rip + L87]
	psllq xmm1, xmmword ptr [rip + L88]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0030ff000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff000100000000
	movdqa xmm1, xmmword ptr [rip + L89]
	movdqa xmm2, xmmword ptr [rip + L90]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8000000000000000
	movdqa xmm1, xmmword ptr [rip + L89]
	psllq xmm1, xmmword ptr [rip + L90]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8000000000000000
	movdqa xmm1, xmmword ptr [rip + L91]
	movdqa xmm2, xmmword ptr [rip + L92]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L91]
	psllq xmm1, xmmword ptr [rip + L92]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L93]
	movdqa xmm2, xmmword ptr [rip + L94]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L93]
	psllq xmm1, xmmword ptr [rip + L94]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L95]
	movdqa xmm2, xmmword ptr [rip + L96]
	psllq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L95]
	psllq xmm1, xmmword ptr [rip + L96]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L97]
	psrlw xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L98]
	psrlw xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x40003fff600107f8
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x400000007fff0000
	movdqa xmm1, xmmword ptr [rip + L99]
	psrlw xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007ff0c0000ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000fff0000
	movdqa xmm1, xmmword ptr [rip + L100]
	psrlw xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000000010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000000010000
	movdqa xmm1, xmmword ptr [rip + L101]
	psrlw xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L102]
	psrlw xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L103]
	psrlw xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L104]
	psrlw xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L105]
	psrlw xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L106]
	psrlw xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L107]
	psrlw xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L108]
	psrlw xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L109]
	movdqa xmm2, xmmword ptr [rip + L110]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L109]
	psrlw xmm1, xmmword ptr [rip + L110]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L111]
	movdqa xmm2, xmmword ptr [rip + L112]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10000fff180001fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fff0000
	movdqa xmm1, xmmword ptr [rip + L111]
	psrlw xmm1, xmmword ptr [rip + L112]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10000fff180001fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fff0000
	movdqa xmm1, xmmword ptr [rip + L113]
	movdqa xmm2, xmmword ptr [rip + L114]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000000010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000000010000
	movdqa xmm1, xmmword ptr [rip + L113]
	psrlw xmm1, xmmword ptr [rip + L114]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000000010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000000010000
	movdqa xmm1, xmmword ptr [rip + L115]
	movdqa xmm2, xmmword ptr [rip + L116]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L115]
	psrlw xmm1, xmmword ptr [rip + L116]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L117]
	movdqa xmm2, xmmword ptr [rip + L118]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L117]
	psrlw xmm1, xmmword ptr [rip + L118]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L119]
	movdqa xmm2, xmmword ptr [rip + L120]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L119]
	psrlw xmm1, xmmword ptr [rip + L120]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L121]
	movdqa xmm2, xmmword ptr [rip + L122]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L121]
	psrlw xmm1, xmmword ptr [rip + L122]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L123]
	movdqa xmm2, xmmword ptr [rip + L124]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L123]
	psrlw xmm1, xmmword ptr [rip + L124]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L125]
	movdqa xmm2, xmmword ptr [rip + L126]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L125]
	psrlw xmm1, xmmword ptr [rip + L126]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L127]
	movdqa xmm2, xmmword ptr [rip + L128]
	psrlw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L127]
	psrlw xmm1, xmmword ptr [rip + L128]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L129]
	psrld xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L130]
	psrld xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x400000007fff8000
	movdqa xmm1, xmmword ptr [rip + L131]
	psrld xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ff0c0030ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff000
	movdqa xmm1, xmmword ptr [rip + L132]
	psrld xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200018006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L133]
	psrld xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80010000c003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L134]
	psrld xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x400000006001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x400000007fff
	movdqa xmm1, xmmword ptr [rip + L135]
	psrld xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L136]
	psrld xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L137]
	psrld xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L138]
	psrld xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L139]
	psrld xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L140]
	psrld xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L141]
	movdqa xmm2, xmmword ptr [rip + L142]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L141]
	psrld xmm1, xmmword ptr [rip + L142]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L143]
	movdqa xmm2, xmmword ptr [rip + L144]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fff180061fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L143]
	psrld xmm1, xmmword ptr [rip + L144]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fff180061fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L145]
	movdqa xmm2, xmmword ptr [rip + L146]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200018006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L145]
	psrld xmm1, xmmword ptr [rip + L146]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200018006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L147]
	movdqa xmm2, xmmword ptr [rip + L148]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80010000c003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L147]
	psrld xmm1, xmmword ptr [rip + L148]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80010000c003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L149]
	movdqa xmm2, xmmword ptr [rip + L150]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L149]
	psrld xmm1, xmmword ptr [rip + L150]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L151]
	movdqa xmm2, xmmword ptr [rip + L152]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L151]
	psrld xmm1, xmmword ptr [rip + L152]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L153]
	movdqa xmm2, xmmword ptr [rip + L154]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L153]
	psrld xmm1, xmmword ptr [rip + L154]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L155]
	movdqa xmm2, xmmword ptr [rip + L156]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L155]
	psrld xmm1, xmmword ptr [rip + L156]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L157]
	movdqa xmm2, xmmword ptr [rip + L158]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L157]
	psrld xmm1, xmmword ptr [rip + L158]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L159]
	movdqa xmm2, xmmword ptr [rip + L160]
	psrld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L159]
	psrld xmm1, xmmword ptr [rip + L160]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L161]
	psrlq xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L162]
	psrlq xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x400000007fff8000
	movdqa xmm1, xmmword ptr [rip + L163]
	psrlq xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff000
	movdqa xmm1, xmmword ptr [rip + L164]
	psrlq xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd8006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L165]
	psrlq xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L166]
	psrlq xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff6001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x400000007fff
	movdqa xmm1, xmmword ptr [rip + L167]
	psrlq xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L168]
	psrlq xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L169]
	psrlq xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x40000000
	movdqa xmm1, xmmword ptr [rip + L170]
	psrlq xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1
	movdqa xmm1, xmmword ptr [rip + L171]
	psrlq xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L172]
	psrlq xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L173]
	movdqa xmm2, xmmword ptr [rip + L174]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L173]
	psrlq xmm1, xmmword ptr [rip + L174]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L175]
	movdqa xmm2, xmmword ptr [rip + L176]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd80061fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L175]
	psrlq xmm1, xmmword ptr [rip + L176]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd80061fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L177]
	movdqa xmm2, xmmword ptr [rip + L178]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd8006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L177]
	psrlq xmm1, xmmword ptr [rip + L178]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd8006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L179]
	movdqa xmm2, xmmword ptr [rip + L180]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L179]
	psrlq xmm1, xmmword ptr [rip + L180]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L181]
	movdqa xmm2, xmmword ptr [rip + L182]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L181]
	psrlq xmm1, xmmword ptr [rip + L182]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L183]
	movdqa xmm2, xmmword ptr [rip + L184]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L183]
	psrlq xmm1, xmmword ptr [rip + L184]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L185]
	movdqa xmm2, xmmword ptr [rip + L186]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1
	movdqa xmm1, xmmword ptr [rip + L185]
	psrlq xmm1, xmmword ptr [rip + L186]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1
	movdqa xmm1, xmmword ptr [rip + L187]
	movdqa xmm2, xmmword ptr [rip + L188]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L187]
	psrlq xmm1, xmmword ptr [rip + L188]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L189]
	movdqa xmm2, xmmword ptr [rip + L190]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L189]
	psrlq xmm1, xmmword ptr [rip + L190]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L191]
	movdqa xmm2, xmmword ptr [rip + L192]
	psrlq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L191]
	psrlq xmm1, xmmword ptr [rip + L192]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L193]
	psraw xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L194]
	psraw xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0003fffe00107f8
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xc0000000ffff0000
	movdqa xmm1, xmmword ptr [rip + L195]
	psraw xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf80007fffc0000ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf8000000ffff0000
	movdqa xmm1, xmmword ptr [rip + L196]
	psraw xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L197]
	psraw xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L198]
	psraw xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L199]
	psraw xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L200]
	psraw xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L201]
	psraw xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L202]
	psraw xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L203]
	psraw xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L204]
	psraw xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L205]
	movdqa xmm2, xmmword ptr [rip + L206]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L205]
	psraw xmm1, xmmword ptr [rip + L206]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L207]
	movdqa xmm2, xmmword ptr [rip + L208]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf0000ffff80001fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf0000000ffff0000
	movdqa xmm1, xmmword ptr [rip + L207]
	psraw xmm1, xmmword ptr [rip + L208]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf0000ffff80001fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf0000000ffff0000
	movdqa xmm1, xmmword ptr [rip + L209]
	movdqa xmm2, xmmword ptr [rip + L210]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L209]
	psraw xmm1, xmmword ptr [rip + L210]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L211]
	movdqa xmm2, xmmword ptr [rip + L212]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L211]
	psraw xmm1, xmmword ptr [rip + L212]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L213]
	movdqa xmm2, xmmword ptr [rip + L214]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L213]
	psraw xmm1, xmmword ptr [rip + L214]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L215]
	movdqa xmm2, xmmword ptr [rip + L216]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L215]
	psraw xmm1, xmmword ptr [rip + L216]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L217]
	movdqa xmm2, xmmword ptr [rip + L218]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L217]
	psraw xmm1, xmmword ptr [rip + L218]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L219]
	movdqa xmm2, xmmword ptr [rip + L220]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L219]
	psraw xmm1, xmmword ptr [rip + L220]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L221]
	movdqa xmm2, xmmword ptr [rip + L222]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L221]
	psraw xmm1, xmmword ptr [rip + L222]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L223]
	movdqa xmm2, xmmword ptr [rip + L224]
	psraw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L223]
	psraw xmm1, xmmword ptr [rip + L224]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L225]
	psrad xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L226]
	psrad xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000bfffe00187f8
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xc0000000ffff8000
	movdqa xmm1, xmmword ptr [rip + L227]
	psrad xmm1, 4
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf80017fffc0030ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf8000000fffff000
	movdqa xmm1, xmmword ptr [rip + L228]
	psrad xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0002ffff8006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000fffffffe
	movdqa xmm1, xmmword ptr [rip + L229]
	psrad xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8001ffffc003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff8000ffffffff
	movdqa xmm1, xmmword ptr [rip + L230]
	psrad xmm1, 17
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffc000ffffe001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffc000ffffffff
	movdqa xmm1, xmmword ptr [rip + L231]
	psrad xmm1, 31
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L232]
	psrad xmm1, 32
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L233]
	psrad xmm1, 33
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L234]
	psrad xmm1, 63
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L235]
	psrad xmm1, 64
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L236]
	psrad xmm1, 255
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L237]
	movdqa xmm2, xmmword ptr [rip + L238]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L237]
	psrad xmm1, xmmword ptr [rip + L238]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L239]
	movdqa xmm2, xmmword ptr [rip + L240]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf0002ffff80061fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf0000000ffffe000
	movdqa xmm1, xmmword ptr [rip + L239]
	psrad xmm1, xmmword ptr [rip + L240]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf0002ffff80061fe
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf0000000ffffe000
	movdqa xmm1, xmmword ptr [rip + L241]
	movdqa xmm2, xmmword ptr [rip + L242]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0002ffff8006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000fffffffe
	movdqa xmm1, xmmword ptr [rip + L241]
	psrad xmm1, xmmword ptr [rip + L242]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0002ffff8006
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000fffffffe
	movdqa xmm1, xmmword ptr [rip + L243]
	movdqa xmm2, xmmword ptr [rip + L244]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8001ffffc003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff8000ffffffff
	movdqa xmm1, xmmword ptr [rip + L243]
	psrad xmm1, xmmword ptr [rip + L244]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8001ffffc003
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff8000ffffffff
	movdqa xmm1, xmmword ptr [rip + L245]
	movdqa xmm2, xmmword ptr [rip + L246]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L245]
	psrad xmm1, xmmword ptr [rip + L246]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L247]
	movdqa xmm2, xmmword ptr [rip + L248]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L247]
	psrad xmm1, xmmword ptr [rip + L248]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L249]
	movdqa xmm2, xmmword ptr [rip + L250]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L249]
	psrad xmm1, xmmword ptr [rip + L250]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L251]
	movdqa xmm2, xmmword ptr [rip + L252]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L251]
	psrad xmm1, xmmword ptr [rip + L252]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L253]
	movdqa xmm2, xmmword ptr [rip + L254]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L253]
	psrad xmm1, xmmword ptr [rip + L254]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L255]
	movdqa xmm2, xmmword ptr [rip + L256]
	psrad xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L255]
	psrad xmm1, xmmword ptr [rip + L256]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L257]
	pslldq xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x706050403020100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf0e0d0c0b0a0908
	movdqa xmm1, xmmword ptr [rip + L258]
	pslldq xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x605040302010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xe0d0c0b0a090807
	movdqa xmm1, xmmword ptr [rip + L259]
	pslldq xmm1, 7
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x807060504030201
	movdqa xmm1, xmmword ptr [rip + L260]
	pslldq xmm1, 8
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x706050403020100
	movdqa xmm1, xmmword ptr [rip + L261]
	pslldq xmm1, 9
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x605040302010000
	movdqa xmm1, xmmword ptr [rip + L262]
	pslldq xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L263]
	pslldq xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L264]
	pslldq xmm1, 200
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L265]
	psrldq xmm1, 0
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x706050403020100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf0e0d0c0b0a0908
	movdqa xmm1, xmmword ptr [rip + L266]
	psrldq xmm1, 1
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x807060504030201
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf0e0d0c0b0a09
	movdqa xmm1, xmmword ptr [rip + L267]
	psrldq xmm1, 7
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xe0d0c0b0a090807
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xf
	movdqa xmm1, xmmword ptr [rip + L268]
	psrldq xmm1, 8
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf0e0d0c0b0a0908
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L269]
	psrldq xmm1, 9
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf0e0d0c0b0a09
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L270]
	psrldq xmm1, 15
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xf
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L271]
	psrldq xmm1, 16
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L272]
	psrldq xmm1, 200
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	PASS

	.data
	.balign 16
L1:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L2:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L3:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L4:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L5:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L6:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L7:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L8:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L9:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L10:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L11:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L12:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L13:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L14:	.quad 0x0, 0x5
	.balign 16
L15:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L16:	.quad 0x3, 0x5
	.balign 16
L17:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L18:	.quad 0xf, 0x5
	.balign 16
L19:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L20:	.quad 0x10, 0x5
	.balign 16
L21:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L22:	.quad 0x1f, 0x5
	.balign 16
L23:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L24:	.quad 0x20, 0x5
	.balign 16
L25:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L26:	.quad 0x3f, 0x5
	.balign 16
L27:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L28:	.quad 0x40, 0x5
	.balign 16
L29:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L30:	.quad 0x100000000, 0x5
	.balign 16
L31:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L32:	.quad 0x8000000000000000, 0x5
	.balign 16
L33:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L34:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L35:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L36:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L37:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L38:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L39:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L40:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L41:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L42:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L43:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L44:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L45:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L46:	.quad 0x0, 0x5
	.balign 16
L47:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L48:	.quad 0x3, 0x5
	.balign 16
L49:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L50:	.quad 0xf, 0x5
	.balign 16
L51:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L52:	.quad 0x10, 0x5
	.balign 16
L53:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L54:	.quad 0x1f, 0x5
	.balign 16
L55:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L56:	.quad 0x20, 0x5
	.balign 16
L57:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L58:	.quad 0x3f, 0x5
	.balign 16
L59:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L60:	.quad 0x40, 0x5
	.balign 16
L61:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L62:	.quad 0x100000000, 0x5
	.balign 16
L63:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L64:	.quad 0x8000000000000000, 0x5
	.balign 16
L65:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L66:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L67:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L68:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L69:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L70:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L71:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L72:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L73:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L74:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L75:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L76:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L77:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L78:	.quad 0x0, 0x5
	.balign 16
L79:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L80:	.quad 0x3, 0x5
	.balign 16
L81:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L82:	.quad 0xf, 0x5
	.balign 16
L83:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L84:	.quad 0x10, 0x5
	.balign 16
L85:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L86:	.quad 0x1f, 0x5
	.balign 16
L87:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L88:	.quad 0x20, 0x5
	.balign 16
L89:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L90:	.quad 0x3f, 0x5
	.balign 16
L91:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L92:	.quad 0x40, 0x5
	.balign 16
L93:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L94:	.quad 0x100000000, 0x5
	.balign 16
L95:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L96:	.quad 0x8000000000000000, 0x5
	.balign 16
L97:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L98:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L99:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L100:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L101:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L102:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L103:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L104:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L105:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L106:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L107:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L108:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L109:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L110:	.quad 0x0, 0x5
	.balign 16
L111:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L112:	.quad 0x3, 0x5
	.balign 16
L113:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L114:	.quad 0xf, 0x5
	.balign 16
L115:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L116:	.quad 0x10, 0x5
	.balign 16
L117:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L118:	.quad 0x1f, 0x5
	.balign 16
L119:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L120:	.quad 0x20, 0x5
	.balign 16
L121:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L122:	.quad 0x3f, 0x5
	.balign 16
L123:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L124:	.quad 0x40, 0x5
	.balign 16
L125:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L126:	.quad 0x100000000, 0x5
	.balign 16
L127:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L128:	.quad 0x8000000000000000, 0x5
	.balign 16
L129:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L130:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L131:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L132:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L133:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L134:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L135:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L136:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L137:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L138:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L139:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L140:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L141:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L142:	.quad 0x0, 0x5
	.balign 16
L143:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L144:	.quad 0x3, 0x5
	.balign 16
L145:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L146:	.quad 0xf, 0x5
	.balign 16
L147:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L148:	.quad 0x10, 0x5
	.balign 16
L149:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L150:	.quad 0x1f, 0x5
	.balign 16
L151:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L152:	.quad 0x20, 0x5
	.balign 16
L153:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L154:	.quad 0x3f, 0x5
	.balign 16
L155:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L156:	.quad 0x40, 0x5
	.balign 16
L157:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L158:	.quad 0x100000000, 0x5
	.balign 16
L159:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L160:	.quad 0x8000000000000000, 0x5
	.balign 16
L161:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L162:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L163:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L164:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L165:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L166:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L167:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L168:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L169:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L170:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L171:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L172:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L173:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L174:	.quad 0x0, 0x5
	.balign 16
L175:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L176:	.quad 0x3, 0x5
	.balign 16
L177:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L178:	.quad 0xf, 0x5
	.balign 16
L179:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L180:	.quad 0x10, 0x5
	.balign 16
L181:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L182:	.quad 0x1f, 0x5
	.balign 16
L183:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L184:	.quad 0x20, 0x5
	.balign 16
L185:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L186:	.quad 0x3f, 0x5
	.balign 16
L187:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L188:	.quad 0x40, 0x5
	.balign 16
L189:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L190:	.quad 0x100000000, 0x5
	.balign 16
L191:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L192:	.quad 0x8000000000000000, 0x5
	.balign 16
L193:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L194:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L195:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L196:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L197:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L198:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L199:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L200:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L201:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L202:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L203:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L204:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L205:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L206:	.quad 0x0, 0x5
	.balign 16
L207:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L208:	.quad 0x3, 0x5
	.balign 16
L209:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L210:	.quad 0xf, 0x5
	.balign 16
L211:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L212:	.quad 0x10, 0x5
	.balign 16
L213:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L214:	.quad 0x1f, 0x5
	.balign 16
L215:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L216:	.quad 0x20, 0x5
	.balign 16
L217:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L218:	.quad 0x3f, 0x5
	.balign 16
L219:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L220:	.quad 0x40, 0x5
	.balign 16
L221:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L222:	.quad 0x100000000, 0x5
	.balign 16
L223:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L224:	.quad 0x8000000000000000, 0x5
	.balign 16
L225:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L226:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L227:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L228:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L229:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L230:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L231:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L232:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L233:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L234:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L235:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L236:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L237:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L238:	.quad 0x0, 0x5
	.balign 16
L239:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L240:	.quad 0x3, 0x5
	.balign 16
L241:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L242:	.quad 0xf, 0x5
	.balign 16
L243:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L244:	.quad 0x10, 0x5
	.balign 16
L245:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L246:	.quad 0x1f, 0x5
	.balign 16
L247:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L248:	.quad 0x20, 0x5
	.balign 16
L249:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L250:	.quad 0x3f, 0x5
	.balign 16
L251:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L252:	.quad 0x40, 0x5
	.balign 16
L253:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L254:	.quad 0x100000000, 0x5
	.balign 16
L255:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L256:	.quad 0x8000000000000000, 0x5
	.balign 16
L257:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L258:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L259:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L260:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L261:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L262:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L263:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L264:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L265:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L266:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L267:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L268:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L269:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L270:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L271:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L272:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
outbuf:	.zero 32
