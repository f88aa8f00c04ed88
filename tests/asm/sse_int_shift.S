/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE integer shifts: psll/psrl/psra by imm8, xmm and m128 counts (counts beyond the width), pslldq/psrldq. */
/* Expected values were recorded on a real x86_64 CPU (SSE4.2). */
#include "check.inc"

/*
 * ACC reg, value: r15 |= reg ^ value (no branch: keeps blocks few and long);
 * ACC_CHECK fails unless every value since the last one matched.
 */
.macro ACC reg, val
	movabs r11, \val
	xor r11, \reg
	or r15, r11
.endm
.macro ACC_CHECK
	CHECK_EQ r15, 0
.endm

	.globl _start
	.text
_start:
	xor r15, r15
	movdqa xmm1, xmmword ptr [rip + L1]
	psllw xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L2]
	psllw xmm1, 1
	movq rax, xmm1
	ACC rax, 0x2fffc80061fe0
	pextrq rax, xmm1, 1
	ACC rax, 0xfffe0002
	movdqa xmm1, xmmword ptr [rip + L3]
	psllw xmm1, 15
	movq rax, xmm1
	ACC rax, 0x8000000080000000
	pextrq rax, xmm1, 1
	ACC rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L4]
	psllw xmm1, 16
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L5]
	psllw xmm1, 31
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L6]
	psllw xmm1, 32
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L7]
	psllw xmm1, 63
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L8]
	psllw xmm1, 64
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L9]
	psllw xmm1, 255
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L10]
	movdqa xmm2, xmmword ptr [rip + L11]
	psllw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x8fff000187f80
	pextrq rax, xmm1, 1
	ACC rax, 0xfff80008
	movdqa xmm1, xmmword ptr [rip + L10]
	psllw xmm1, xmmword ptr [rip + L11]
	movq rax, xmm1
	ACC rax, 0x8fff000187f80
	pextrq rax, xmm1, 1
	ACC rax, 0xfff80008
	movdqa xmm1, xmmword ptr [rip + L12]
	movdqa xmm2, xmmword ptr [rip + L13]
	psllw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L12]
	psllw xmm1, xmmword ptr [rip + L13]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L14]
	movdqa xmm2, xmmword ptr [rip + L15]
	psllw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L14]
	psllw xmm1, xmmword ptr [rip + L15]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L16]
	movdqa xmm2, xmmword ptr [rip + L17]
	psllw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L16]
	psllw xmm1, xmmword ptr [rip + L17]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L18]
	movdqa xmm2, xmmword ptr [rip + L19]
	psllw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L18]
	psllw xmm1, xmmword ptr [rip + L19]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L20]
	movdqa xmm2, xmmword ptr [rip + L21]
	psllw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L20]
	psllw xmm1, xmmword ptr [rip + L21]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L22]
	pslld xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L23]
	pslld xmm1, 1
	movq rax, xmm1
	ACC rax, 0x2fffc80061fe0
	pextrq rax, xmm1, 1
	ACC rax, 0xfffe0002
	movdqa xmm1, xmmword ptr [rip + L24]
	pslld xmm1, 15
	movq rax, xmm1
	ACC rax, 0xbfff000087f80000
	pextrq rax, xmm1, 1
	ACC rax, 0x80008000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L25]
	pslld xmm1, 16
	movq rax, xmm1
	ACC rax, 0x7ffe00000ff00000
	pextrq rax, xmm1, 1
	ACC rax, 0x10000
	movdqa xmm1, xmmword ptr [rip + L26]
	pslld xmm1, 31
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L27]
	pslld xmm1, 32
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L28]
	pslld xmm1, 63
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L29]
	pslld xmm1, 64
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L30]
	pslld xmm1, 255
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L31]
	movdqa xmm2, xmmword ptr [rip + L32]
	pslld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xbfff000187f80
	pextrq rax, xmm1, 1
	ACC rax, 0xfff80008
	movdqa xmm1, xmmword ptr [rip + L31]
	pslld xmm1, xmmword ptr [rip + L32]
	movq rax, xmm1
	ACC rax, 0xbfff000187f80
	pextrq rax, xmm1, 1
	ACC rax, 0xfff80008
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L33]
	movdqa xmm2, xmmword ptr [rip + L34]
	pslld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7ffe00000ff00000
	pextrq rax, xmm1, 1
	ACC rax, 0x10000
	movdqa xmm1, xmmword ptr [rip + L33]
	pslld xmm1, xmmword ptr [rip + L34]
	movq rax, xmm1
	ACC rax, 0x7ffe00000ff00000
	pextrq rax, xmm1, 1
	ACC rax, 0x10000
	movdqa xmm1, xmmword ptr [rip + L35]
	movdqa xmm2, xmmword ptr [rip + L36]
	pslld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L35]
	pslld xmm1, xmmword ptr [rip + L36]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L37]
	movdqa xmm2, xmmword ptr [rip + L38]
	pslld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L37]
	pslld xmm1, xmmword ptr [rip + L38]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L39]
	movdqa xmm2, xmmword ptr [rip + L40]
	pslld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L39]
	pslld xmm1, xmmword ptr [rip + L40]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L41]
	movdqa xmm2, xmmword ptr [rip + L42]
	pslld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L41]
	pslld xmm1, xmmword ptr [rip + L42]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L43]
	psllq xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L44]
	psllq xmm1, 1
	movq rax, xmm1
	ACC rax, 0x2fffd80061fe0
	pextrq rax, xmm1, 1
	ACC rax, 0x1fffe0002
	movdqa xmm1, xmmword ptr [rip + L45]
	psllq xmm1, 15
	movq rax, xmm1
	ACC rax, 0xbfff600187f80000
	pextrq rax, xmm1, 1
	ACC rax, 0x7fff80008000
	movdqa xmm1, xmmword ptr [rip + L46]
	psllq xmm1, 16
	movq rax, xmm1
	ACC rax, 0x7ffec0030ff00000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff00010000
	movdqa xmm1, xmmword ptr [rip + L47]
	psllq xmm1, 31
	movq rax, xmm1
	ACC rax, 0x600187f800000000
	pextrq rax, xmm1, 1
	ACC rax, 0x7fff800080000000
	movdqa xmm1, xmmword ptr [rip + L48]
	psllq xmm1, 32
	movq rax, xmm1
	ACC rax, 0xc0030ff000000000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000100000000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L49]
	psllq xmm1, 63
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x8000000000000000
	movdqa xmm1, xmmword ptr [rip + L50]
	psllq xmm1, 64
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L51]
	psllq xmm1, 255
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L52]
	movdqa xmm2, xmmword ptr [rip + L53]
	psllq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xbfff600187f80
	pextrq rax, xmm1, 1
	ACC rax, 0x7fff80008
	movdqa xmm1, xmmword ptr [rip + L52]
	psllq xmm1, xmmword ptr [rip + L53]
	movq rax, xmm1
	ACC rax, 0xbfff600187f80
	pextrq rax, xmm1, 1
	ACC rax, 0x7fff80008
	movdqa xmm1, xmmword ptr [rip + L54]
	movdqa xmm2, xmmword ptr [rip + L55]
	psllq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7ffec0030ff00000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff00010000
	movdqa xmm1, xmmword ptr [rip + L54]
	psllq xmm1, xmmword ptr [rip + L55]
	movq rax, xmm1
	ACC rax, 0x7ffec0030ff00000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff00010000
	movdqa xmm1, xmmword ptr [rip + L56]
	movdqa xmm2, xmmword ptr [rip + L57]
	psllq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80061fe000000000
	pextrq rax, xmm1, 1
	ACC rax, 0xfffe000200000000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L56]
	psllq xmm1, xmmword ptr [rip + L57]
	movq rax, xmm1
	ACC rax, 0x80061fe000000000
	pextrq rax, xmm1, 1
	ACC rax, 0xfffe000200000000
	movdqa xmm1, xmmword ptr [rip + L58]
	movdqa xmm2, xmmword ptr [rip + L59]
	psllq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L58]
	psllq xmm1, xmmword ptr [rip + L59]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L60]
	movdqa xmm2, xmmword ptr [rip + L61]
	psllq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L60]
	psllq xmm1, xmmword ptr [rip + L61]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L62]
	movdqa xmm2, xmmword ptr [rip + L63]
	psllq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L62]
	psllq xmm1, xmmword ptr [rip + L63]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L64]
	psrlw xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L65]
	psrlw xmm1, 1
	movq rax, xmm1
	ACC rax, 0x40003fff600107f8
	pextrq rax, xmm1, 1
	ACC rax, 0x400000007fff0000
	movdqa xmm1, xmmword ptr [rip + L66]
	psrlw xmm1, 15
	movq rax, xmm1
	ACC rax, 0x1000000010000
	pextrq rax, xmm1, 1
	ACC rax, 0x1000000010000
	movdqa xmm1, xmmword ptr [rip + L67]
	psrlw xmm1, 16
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L68]
	psrlw xmm1, 31
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L69]
	psrlw xmm1, 32
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L70]
	psrlw xmm1, 63
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L71]
	psrlw xmm1, 64
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L72]
	psrlw xmm1, 255
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L73]
	movdqa xmm2, xmmword ptr [rip + L74]
	psrlw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x10000fff180001fe
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fff0000
	movdqa xmm1, xmmword ptr [rip + L73]
	psrlw xmm1, xmmword ptr [rip + L74]
	movq rax, xmm1
	ACC rax, 0x10000fff180001fe
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fff0000
	movdqa xmm1, xmmword ptr [rip + L75]
	movdqa xmm2, xmmword ptr [rip + L76]
	psrlw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L75]
	psrlw xmm1, xmmword ptr [rip + L76]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L77]
	movdqa xmm2, xmmword ptr [rip + L78]
	psrlw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L77]
	psrlw xmm1, xmmword ptr [rip + L78]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L79]
	movdqa xmm2, xmmword ptr [rip + L80]
	psrlw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L79]
	psrlw xmm1, xmmword ptr [rip + L80]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L81]
	movdqa xmm2, xmmword ptr [rip + L82]
	psrlw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L81]
	psrlw xmm1, xmmword ptr [rip + L82]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L83]
	movdqa xmm2, xmmword ptr [rip + L84]
	psrlw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L83]
	psrlw xmm1, xmmword ptr [rip + L84]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L85]
	psrld xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L86]
	psrld xmm1, 1
	movq rax, xmm1
	ACC rax, 0x4000bfff600187f8
	pextrq rax, xmm1, 1
	ACC rax, 0x400000007fff8000
	movdqa xmm1, xmmword ptr [rip + L87]
	psrld xmm1, 15
	movq rax, xmm1
	ACC rax, 0x1000200018006
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L88]
	psrld xmm1, 16
	movq rax, xmm1
	ACC rax, 0x80010000c003
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L89]
	psrld xmm1, 31
	movq rax, xmm1
	ACC rax, 0x100000001
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L90]
	psrld xmm1, 32
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L91]
	psrld xmm1, 63
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L92]
	psrld xmm1, 64
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L93]
	psrld xmm1, 255
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L94]
	movdqa xmm2, xmmword ptr [rip + L95]
	psrld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x10002fff180061fe
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L94]
	psrld xmm1, xmmword ptr [rip + L95]
	movq rax, xmm1
	ACC rax, 0x10002fff180061fe
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L96]
	movdqa xmm2, xmmword ptr [rip + L97]
	psrld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80010000c003
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L96]
	psrld xmm1, xmmword ptr [rip + L97]
	movq rax, xmm1
	ACC rax, 0x80010000c003
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L98]
	movdqa xmm2, xmmword ptr [rip + L99]
	psrld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L98]
	psrld xmm1, xmmword ptr [rip + L99]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L100]
	movdqa xmm2, xmmword ptr [rip + L101]
	psrld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L100]
	psrld xmm1, xmmword ptr [rip + L101]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L102]
	movdqa xmm2, xmmword ptr [rip + L103]
	psrld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L102]
	psrld xmm1, xmmword ptr [rip + L103]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L104]
	movdqa xmm2, xmmword ptr [rip + L105]
	psrld xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L104]
	psrld xmm1, xmmword ptr [rip + L105]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L106]
	psrlq xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L107]
	psrlq xmm1, 1
	movq rax, xmm1
	ACC rax, 0x4000bfff600187f8
	pextrq rax, xmm1, 1
	ACC rax, 0x400000007fff8000
	movdqa xmm1, xmmword ptr [rip + L108]
	psrlq xmm1, 15
	movq rax, xmm1
	ACC rax, 0x10002fffd8006
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fffe
	movdqa xmm1, xmmword ptr [rip + L109]
	psrlq xmm1, 16
	movq rax, xmm1
	ACC rax, 0x80017ffec003
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L110]
	psrlq xmm1, 31
	movq rax, xmm1
	ACC rax, 0x10002fffd
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L111]
	psrlq xmm1, 32
	movq rax, xmm1
	ACC rax, 0x80017ffe
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000
	movdqa xmm1, xmmword ptr [rip + L112]
	psrlq xmm1, 63
	movq rax, xmm1
	ACC rax, 0x1
	pextrq rax, xmm1, 1
	ACC rax, 0x1
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L113]
	psrlq xmm1, 64
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L114]
	psrlq xmm1, 255
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L115]
	movdqa xmm2, xmmword ptr [rip + L116]
	psrlq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x10002fffd80061fe
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L115]
	psrlq xmm1, xmmword ptr [rip + L116]
	movq rax, xmm1
	ACC rax, 0x10002fffd80061fe
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001fffe000
	movdqa xmm1, xmmword ptr [rip + L117]
	movdqa xmm2, xmmword ptr [rip + L118]
	psrlq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80017ffec003
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L117]
	psrlq xmm1, xmmword ptr [rip + L118]
	movq rax, xmm1
	ACC rax, 0x80017ffec003
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff
	movdqa xmm1, xmmword ptr [rip + L119]
	movdqa xmm2, xmmword ptr [rip + L120]
	psrlq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x4000bfff
	pextrq rax, xmm1, 1
	ACC rax, 0x40000000
	movdqa xmm1, xmmword ptr [rip + L119]
	psrlq xmm1, xmmword ptr [rip + L120]
	movq rax, xmm1
	ACC rax, 0x4000bfff
	pextrq rax, xmm1, 1
	ACC rax, 0x40000000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L121]
	movdqa xmm2, xmmword ptr [rip + L122]
	psrlq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L121]
	psrlq xmm1, xmmword ptr [rip + L122]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L123]
	movdqa xmm2, xmmword ptr [rip + L124]
	psrlq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L123]
	psrlq xmm1, xmmword ptr [rip + L124]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L125]
	movdqa xmm2, xmmword ptr [rip + L126]
	psrlq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L125]
	psrlq xmm1, xmmword ptr [rip + L126]
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L127]
	psraw xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L128]
	psraw xmm1, 1
	movq rax, xmm1
	ACC rax, 0xc0003fffe00107f8
	pextrq rax, xmm1, 1
	ACC rax, 0xc0000000ffff0000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L129]
	psraw xmm1, 15
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L130]
	psraw xmm1, 16
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L131]
	psraw xmm1, 31
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L132]
	psraw xmm1, 32
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L133]
	psraw xmm1, 63
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L134]
	psraw xmm1, 64
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L135]
	psraw xmm1, 255
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L136]
	movdqa xmm2, xmmword ptr [rip + L137]
	psraw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xf0000ffff80001fe
	pextrq rax, xmm1, 1
	ACC rax, 0xf0000000ffff0000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L136]
	psraw xmm1, xmmword ptr [rip + L137]
	movq rax, xmm1
	ACC rax, 0xf0000ffff80001fe
	pextrq rax, xmm1, 1
	ACC rax, 0xf0000000ffff0000
	movdqa xmm1, xmmword ptr [rip + L138]
	movdqa xmm2, xmmword ptr [rip + L139]
	psraw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L138]
	psraw xmm1, xmmword ptr [rip + L139]
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L140]
	movdqa xmm2, xmmword ptr [rip + L141]
	psraw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L140]
	psraw xmm1, xmmword ptr [rip + L141]
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L142]
	movdqa xmm2, xmmword ptr [rip + L143]
	psraw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L142]
	psraw xmm1, xmmword ptr [rip + L143]
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L144]
	movdqa xmm2, xmmword ptr [rip + L145]
	psraw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L144]
	psraw xmm1, xmmword ptr [rip + L145]
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L146]
	movdqa xmm2, xmmword ptr [rip + L147]
	psraw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L146]
	psraw xmm1, xmmword ptr [rip + L147]
	movq rax, xmm1
	ACC rax, 0xffff0000ffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000ffff0000
	movdqa xmm1, xmmword ptr [rip + L148]
	psrad xmm1, 0
	movq rax, xmm1
	ACC rax, 0x80017ffec0030ff0
	pextrq rax, xmm1, 1
	ACC rax, 0x80000000ffff0001
	movdqa xmm1, xmmword ptr [rip + L149]
	psrad xmm1, 1
	movq rax, xmm1
	ACC rax, 0xc000bfffe00187f8
	pextrq rax, xmm1, 1
	ACC rax, 0xc0000000ffff8000
	movdqa xmm1, xmmword ptr [rip + L150]
	psrad xmm1, 15
	movq rax, xmm1
	ACC rax, 0xffff0002ffff8006
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0000fffffffe
	movdqa xmm1, xmmword ptr [rip + L151]
	psrad xmm1, 16
	movq rax, xmm1
	ACC rax, 0xffff8001ffffc003
	pextrq rax, xmm1, 1
	ACC rax, 0xffff8000ffffffff
	movdqa xmm1, xmmword ptr [rip + L152]
	psrad xmm1, 31
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L153]
	psrad xmm1, 32
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L154]
	psrad xmm1, 63
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L155]
	psrad xmm1, 64
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L156]
	psrad xmm1, 255
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L157]
	movdqa xmm2, xmmword ptr [rip + L158]
	psrad xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xf0002ffff80061fe
	pextrq rax, xmm1, 1
	ACC rax, 0xf0000000ffffe000
	movdqa xmm1, xmmword ptr [rip + L157]
	psrad xmm1, xmmword ptr [rip + L158]
	movq rax, xmm1
	ACC rax, 0xf0002ffff80061fe
	pextrq rax, xmm1, 1
	ACC rax, 0xf0000000ffffe000
	movdqa xmm1, xmmword ptr [rip + L159]
	movdqa xmm2, xmmword ptr [rip + L160]
	psrad xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff8001ffffc003
	pextrq rax, xmm1, 1
	ACC rax, 0xffff8000ffffffff
	movdqa xmm1, xmmword ptr [rip + L159]
	psrad xmm1, xmmword ptr [rip + L160]
	movq rax, xmm1
	ACC rax, 0xffff8001ffffc003
	pextrq rax, xmm1, 1
	ACC rax, 0xffff8000ffffffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L161]
	movdqa xmm2, xmmword ptr [rip + L162]
	psrad xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L161]
	psrad xmm1, xmmword ptr [rip + L162]
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L163]
	movdqa xmm2, xmmword ptr [rip + L164]
	psrad xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L163]
	psrad xmm1, xmmword ptr [rip + L164]
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L165]
	movdqa xmm2, xmmword ptr [rip + L166]
	psrad xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L165]
	psrad xmm1, xmmword ptr [rip + L166]
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L167]
	movdqa xmm2, xmmword ptr [rip + L168]
	psrad xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L167]
	psrad xmm1, xmmword ptr [rip + L168]
	movq rax, xmm1
	ACC rax, 0xffffffffffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L169]
	pslldq xmm1, 0
	movq rax, xmm1
	ACC rax, 0x706050403020100
	pextrq rax, xmm1, 1
	ACC rax, 0xf0e0d0c0b0a0908
	movdqa xmm1, xmmword ptr [rip + L170]
	pslldq xmm1, 1
	movq rax, xmm1
	ACC rax, 0x605040302010000
	pextrq rax, xmm1, 1
	ACC rax, 0xe0d0c0b0a090807
	movdqa xmm1, xmmword ptr [rip + L171]
	pslldq xmm1, 7
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x807060504030201
	movdqa xmm1, xmmword ptr [rip + L172]
	pslldq xmm1, 8
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x706050403020100
	movdqa xmm1, xmmword ptr [rip + L173]
	pslldq xmm1, 9
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x605040302010000
	movdqa xmm1, xmmword ptr [rip + L174]
	pslldq xmm1, 15
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L175]
	pslldq xmm1, 16
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L176]
	pslldq xmm1, 200
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L177]
	psrldq xmm1, 0
	movq rax, xmm1
	ACC rax, 0x706050403020100
	pextrq rax, xmm1, 1
	ACC rax, 0xf0e0d0c0b0a0908
	movdqa xmm1, xmmword ptr [rip + L178]
	psrldq xmm1, 1
	movq rax, xmm1
	ACC rax, 0x807060504030201
	pextrq rax, xmm1, 1
	ACC rax, 0xf0e0d0c0b0a09
	movdqa xmm1, xmmword ptr [rip + L179]
	psrldq xmm1, 7
	movq rax, xmm1
	ACC rax, 0xe0d0c0b0a090807
	pextrq rax, xmm1, 1
	ACC rax, 0xf
	movdqa xmm1, xmmword ptr [rip + L180]
	psrldq xmm1, 8
	movq rax, xmm1
	ACC rax, 0xf0e0d0c0b0a0908
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L181]
	psrldq xmm1, 9
	movq rax, xmm1
	ACC rax, 0xf0e0d0c0b0a09
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L182]
	psrldq xmm1, 15
	movq rax, xmm1
	ACC rax, 0xf
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L183]
	psrldq xmm1, 16
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L184]
	psrldq xmm1, 200
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	ACC_CHECK
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
L11:	.quad 0x3, 0x5
	.balign 16
L12:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L13:	.quad 0x10, 0x5
	.balign 16
L14:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L15:	.quad 0x21, 0x5
	.balign 16
L16:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L17:	.quad 0x40, 0x5
	.balign 16
L18:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L19:	.quad 0x100000000, 0x5
	.balign 16
L20:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L21:	.quad 0x8000000000000000, 0x5
	.balign 16
L22:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L23:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L24:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L25:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L26:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L27:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L28:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L29:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L30:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L31:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L32:	.quad 0x3, 0x5
	.balign 16
L33:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L34:	.quad 0x10, 0x5
	.balign 16
L35:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L36:	.quad 0x21, 0x5
	.balign 16
L37:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L38:	.quad 0x40, 0x5
	.balign 16
L39:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L40:	.quad 0x100000000, 0x5
	.balign 16
L41:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L42:	.quad 0x8000000000000000, 0x5
	.balign 16
L43:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L44:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L45:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L46:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L47:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L48:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L49:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L50:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L51:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L52:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L53:	.quad 0x3, 0x5
	.balign 16
L54:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L55:	.quad 0x10, 0x5
	.balign 16
L56:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L57:	.quad 0x21, 0x5
	.balign 16
L58:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L59:	.quad 0x40, 0x5
	.balign 16
L60:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L61:	.quad 0x100000000, 0x5
	.balign 16
L62:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L63:	.quad 0x8000000000000000, 0x5
	.balign 16
L64:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
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
L74:	.quad 0x3, 0x5
	.balign 16
L75:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L76:	.quad 0x10, 0x5
	.balign 16
L77:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L78:	.quad 0x21, 0x5
	.balign 16
L79:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L80:	.quad 0x40, 0x5
	.balign 16
L81:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L82:	.quad 0x100000000, 0x5
	.balign 16
L83:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L84:	.quad 0x8000000000000000, 0x5
	.balign 16
L85:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L86:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L87:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L88:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L89:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L90:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L91:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L92:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L93:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L94:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L95:	.quad 0x3, 0x5
	.balign 16
L96:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L97:	.quad 0x10, 0x5
	.balign 16
L98:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L99:	.quad 0x21, 0x5
	.balign 16
L100:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L101:	.quad 0x40, 0x5
	.balign 16
L102:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L103:	.quad 0x100000000, 0x5
	.balign 16
L104:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L105:	.quad 0x8000000000000000, 0x5
	.balign 16
L106:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L107:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L108:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L109:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L110:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L111:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L112:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L113:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L114:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L115:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L116:	.quad 0x3, 0x5
	.balign 16
L117:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L118:	.quad 0x10, 0x5
	.balign 16
L119:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L120:	.quad 0x21, 0x5
	.balign 16
L121:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L122:	.quad 0x40, 0x5
	.balign 16
L123:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L124:	.quad 0x100000000, 0x5
	.balign 16
L125:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L126:	.quad 0x8000000000000000, 0x5
	.balign 16
L127:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L128:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
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
L137:	.quad 0x3, 0x5
	.balign 16
L138:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L139:	.quad 0x10, 0x5
	.balign 16
L140:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L141:	.quad 0x21, 0x5
	.balign 16
L142:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L143:	.quad 0x40, 0x5
	.balign 16
L144:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L145:	.quad 0x100000000, 0x5
	.balign 16
L146:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L147:	.quad 0x8000000000000000, 0x5
	.balign 16
L148:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L149:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L150:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L151:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L152:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L153:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L154:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L155:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L156:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L157:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L158:	.quad 0x3, 0x5
	.balign 16
L159:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L160:	.quad 0x10, 0x5
	.balign 16
L161:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L162:	.quad 0x21, 0x5
	.balign 16
L163:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L164:	.quad 0x40, 0x5
	.balign 16
L165:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L166:	.quad 0x100000000, 0x5
	.balign 16
L167:	.quad 0x80017ffec0030ff0, 0x80000000ffff0001
	.balign 16
L168:	.quad 0x8000000000000000, 0x5
	.balign 16
L169:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L170:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L171:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L172:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L173:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L174:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L175:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L176:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L177:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L178:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L179:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L180:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L181:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L182:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L183:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
L184:	.quad 0x706050403020100, 0xf0e0d0c0b0a0908
	.balign 16
outbuf:	.zero 32
