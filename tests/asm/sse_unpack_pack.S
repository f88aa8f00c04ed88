/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE unpack (punpckl/h, unpckl/hps/pd), pack with saturation, pshufb, movddup/movshdup/movsldup. */
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
	movdqa xmm2, xmmword ptr [rip + L2]
	movdqa xmm0, xmmword ptr [rip + L3]
	punpcklbw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80ff00017f008080
	pextrq rax, xmm1, 1
	ACC rax, 0xff80ff00007f01ff
	movdqa xmm1, xmmword ptr [rip + L4]
	movdqa xmm2, xmmword ptr [rip + L5]
	movdqa xmm0, xmmword ptr [rip + L6]
	punpcklbw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80000000000100
	pextrq rax, xmm1, 1
	ACC rax, 0x807f00ff00ff00ff
	movdqa xmm1, xmmword ptr [rip + L7]
	movdqa xmm2, xmmword ptr [rip + L8]
	movdqa xmm0, xmmword ptr [rip + L9]
	punpcklbw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x807f81807f7f7f80
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0100feff
	movdqa xmm1, xmmword ptr [rip + L10]
	movdqa xmm2, xmmword ptr [rip + L11]
	movdqa xmm0, xmmword ptr [rip + L12]
	punpcklbw xmm1, xmmword ptr [rip + L11]
	movq rax, xmm1
	ACC rax, 0x80ff00017f008080
	pextrq rax, xmm1, 1
	ACC rax, 0xff80ff00007f01ff
	movdqa xmm1, xmmword ptr [rip + L13]
	movdqa xmm2, xmmword ptr [rip + L14]
	movdqa xmm0, xmmword ptr [rip + L15]
	punpcklwd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x8000ff017f800080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff800000017fff
	movdqa xmm1, xmmword ptr [rip + L16]
	movdqa xmm2, xmmword ptr [rip + L17]
	movdqa xmm0, xmmword ptr [rip + L18]
	punpcklwd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x800000010000
	pextrq rax, xmm1, 1
	ACC rax, 0x80007fff0000ffff
	movdqa xmm1, xmmword ptr [rip + L19]
	movdqa xmm2, xmmword ptr [rip + L20]
	movdqa xmm0, xmmword ptr [rip + L21]
	punpcklwd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80817f807f7f7f80
	pextrq rax, xmm1, 1
	ACC rax, 0xff00ff01fe00ff
	movdqa xmm1, xmmword ptr [rip + L22]
	movdqa xmm2, xmmword ptr [rip + L23]
	movdqa xmm0, xmmword ptr [rip + L24]
	punpcklwd xmm1, xmmword ptr [rip + L23]
	movq rax, xmm1
	ACC rax, 0x8000ff017f800080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff800000017fff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L25]
	movdqa xmm2, xmmword ptr [rip + L26]
	movdqa xmm0, xmmword ptr [rip + L27]
	punpckldq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80007f80ff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007fff
	movdqa xmm1, xmmword ptr [rip + L28]
	movdqa xmm2, xmmword ptr [rip + L29]
	movdqa xmm0, xmmword ptr [rip + L30]
	punpckldq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x180000000
	pextrq rax, xmm1, 1
	ACC rax, 0x800000007fffffff
	movdqa xmm1, xmmword ptr [rip + L31]
	movdqa xmm2, xmmword ptr [rip + L32]
	movdqa xmm0, xmmword ptr [rip + L33]
	punpckldq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80817f7f7f807f80
	pextrq rax, xmm1, 1
	ACC rax, 0xff01fe00ff00ff
	movdqa xmm1, xmmword ptr [rip + L34]
	movdqa xmm2, xmmword ptr [rip + L35]
	movdqa xmm0, xmmword ptr [rip + L36]
	punpckldq xmm1, xmmword ptr [rip + L35]
	movq rax, xmm1
	ACC rax, 0x80007f80ff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007fff
	movdqa xmm1, xmmword ptr [rip + L37]
	movdqa xmm2, xmmword ptr [rip + L38]
	movdqa xmm0, xmmword ptr [rip + L39]
	punpckhbw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x768954ab32cd10ef
	pextrq rax, xmm1, 1
	ACC rax, 0xfe01dc23ba459867
	movdqa xmm1, xmmword ptr [rip + L40]
	movdqa xmm2, xmmword ptr [rip + L41]
	movdqa xmm0, xmmword ptr [rip + L42]
	punpckhbw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fffffff80ff00ff
	pextrq rax, xmm1, 1
	ACC rax, 0x7f007f0080008000
	movdqa xmm1, xmmword ptr [rip + L43]
	movdqa xmm2, xmmword ptr [rip + L44]
	movdqa xmm0, xmmword ptr [rip + L45]
	punpckhbw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x201
	pextrq rax, xmm1, 1
	ACC rax, 0xff00ff00ff01ff
	movdqa xmm1, xmmword ptr [rip + L46]
	movdqa xmm2, xmmword ptr [rip + L47]
	movdqa xmm0, xmmword ptr [rip + L48]
	punpckhbw xmm1, xmmword ptr [rip + L47]
	movq rax, xmm1
	ACC rax, 0x768954ab32cd10ef
	pextrq rax, xmm1, 1
	ACC rax, 0xfe01dc23ba459867
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L49]
	movdqa xmm2, xmmword ptr [rip + L50]
	movdqa xmm0, xmmword ptr [rip + L51]
	punpckhwd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x765489ab3210cdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedc0123ba984567
	movdqa xmm1, xmmword ptr [rip + L52]
	movdqa xmm2, xmmword ptr [rip + L53]
	movdqa xmm0, xmmword ptr [rip + L54]
	punpckhwd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fffffff8000ffff
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f000080800000
	movdqa xmm1, xmmword ptr [rip + L55]
	movdqa xmm2, xmmword ptr [rip + L56]
	movdqa xmm0, xmmword ptr [rip + L57]
	punpckhwd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x20001
	pextrq rax, xmm1, 1
	ACC rax, 0xffff0001ffff
	movdqa xmm1, xmmword ptr [rip + L58]
	movdqa xmm2, xmmword ptr [rip + L59]
	movdqa xmm0, xmmword ptr [rip + L60]
	punpckhwd xmm1, xmmword ptr [rip + L59]
	movq rax, xmm1
	ACC rax, 0x765489ab3210cdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedc0123ba984567
	movdqa xmm1, xmmword ptr [rip + L61]
	movdqa xmm2, xmmword ptr [rip + L62]
	movdqa xmm0, xmmword ptr [rip + L63]
	punpckhdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7654321089abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9801234567
	movdqa xmm1, xmmword ptr [rip + L64]
	movdqa xmm2, xmmword ptr [rip + L65]
	movdqa xmm0, xmmword ptr [rip + L66]
	punpckhdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fff8000ffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f808000000000
	movdqa xmm1, xmmword ptr [rip + L67]
	movdqa xmm2, xmmword ptr [rip + L68]
	movdqa xmm0, xmmword ptr [rip + L69]
	punpckhdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x200000001
	pextrq rax, xmm1, 1
	ACC rax, 0x1ffffffff
	movdqa xmm1, xmmword ptr [rip + L70]
	movdqa xmm2, xmmword ptr [rip + L71]
	movdqa xmm0, xmmword ptr [rip + L72]
	punpckhdq xmm1, xmmword ptr [rip + L71]
	movq rax, xmm1
	ACC rax, 0x7654321089abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9801234567
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L73]
	movdqa xmm2, xmmword ptr [rip + L74]
	movdqa xmm0, xmmword ptr [rip + L75]
	packsswb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7f7f8080807f807f
	pextrq rax, xmm1, 1
	ACC rax, 0x80807f7fff01807f
	movdqa xmm1, xmmword ptr [rip + L76]
	movdqa xmm2, xmmword ptr [rip + L77]
	movdqa xmm0, xmmword ptr [rip + L78]
	packsswb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff7fff8000
	pextrq rax, xmm1, 1
	ACC rax, 0x7f807f8080000001
	movdqa xmm1, xmmword ptr [rip + L79]
	movdqa xmm2, xmmword ptr [rip + L80]
	movdqa xmm0, xmmword ptr [rip + L81]
	packsswb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff00017f7f7f7f
	pextrq rax, xmm1, 1
	ACC rax, 0x100027f7f807f
	movdqa xmm1, xmmword ptr [rip + L82]
	movdqa xmm2, xmmword ptr [rip + L83]
	movdqa xmm0, xmmword ptr [rip + L84]
	packsswb xmm1, xmmword ptr [rip + L83]
	movq rax, xmm1
	ACC rax, 0x7f7f8080807f807f
	pextrq rax, xmm1, 1
	ACC rax, 0x80807f7fff01807f
	movdqa xmm1, xmmword ptr [rip + L85]
	movdqa xmm2, xmmword ptr [rip + L86]
	movdqa xmm0, xmmword ptr [rip + L87]
	packssdw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fff800080008000
	pextrq rax, xmm1, 1
	ACC rax, 0x80007fff80008000
	movdqa xmm1, xmmword ptr [rip + L88]
	movdqa xmm2, xmmword ptr [rip + L89]
	movdqa xmm0, xmmword ptr [rip + L90]
	packssdw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff7fff8000
	pextrq rax, xmm1, 1
	ACC rax, 0x7fff7fff80000001
	movdqa xmm1, xmmword ptr [rip + L91]
	movdqa xmm2, xmmword ptr [rip + L92]
	movdqa xmm0, xmmword ptr [rip + L93]
	packssdw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff00017fff7fff
	pextrq rax, xmm1, 1
	ACC rax, 0x100027fff8000
	movdqa xmm1, xmmword ptr [rip + L94]
	movdqa xmm2, xmmword ptr [rip + L95]
	movdqa xmm0, xmmword ptr [rip + L96]
	packssdw xmm1, xmmword ptr [rip + L95]
	movq rax, xmm1
	ACC rax, 0x7fff800080008000
	pextrq rax, xmm1, 1
	ACC rax, 0x80007fff80008000
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L97]
	movdqa xmm2, xmmword ptr [rip + L98]
	movdqa xmm0, xmmword ptr [rip + L99]
	packuswb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff000000ff0080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000100ff
	movdqa xmm1, xmmword ptr [rip + L100]
	movdqa xmm2, xmmword ptr [rip + L101]
	movdqa xmm0, xmmword ptr [rip + L102]
	packuswb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff000000
	pextrq rax, xmm1, 1
	ACC rax, 0xff00ff0000000001
	movdqa xmm1, xmmword ptr [rip + L103]
	movdqa xmm2, xmmword ptr [rip + L104]
	movdqa xmm0, xmmword ptr [rip + L105]
	packuswb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1ffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x10002ffff00ff
	movdqa xmm1, xmmword ptr [rip + L106]
	movdqa xmm2, xmmword ptr [rip + L107]
	movdqa xmm0, xmmword ptr [rip + L108]
	packuswb xmm1, xmmword ptr [rip + L107]
	movq rax, xmm1
	ACC rax, 0xffff000000ff0080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000100ff
	movdqa xmm1, xmmword ptr [rip + L109]
	movdqa xmm2, xmmword ptr [rip + L110]
	movdqa xmm0, xmmword ptr [rip + L111]
	pshufb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x800000800100
	pextrq rax, xmm1, 1
	ACC rax, 0xff0180
	movdqa xmm1, xmmword ptr [rip + L112]
	movdqa xmm2, xmmword ptr [rip + L113]
	movdqa xmm0, xmmword ptr [rip + L114]
	pshufb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x0
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L115]
	movdqa xmm2, xmmword ptr [rip + L116]
	movdqa xmm0, xmmword ptr [rip + L117]
	pshufb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80007f000000ffff
	pextrq rax, xmm1, 1
	ACC rax, 0x8080807f80808080
	movdqa xmm1, xmmword ptr [rip + L118]
	movdqa xmm2, xmmword ptr [rip + L119]
	movdqa xmm0, xmmword ptr [rip + L120]
	pshufb xmm1, xmmword ptr [rip + L119]
	movq rax, xmm1
	ACC rax, 0x800000800100
	pextrq rax, xmm1, 1
	ACC rax, 0xff0180
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L121]
	movdqa xmm2, xmmword ptr [rip + L122]
	movdqa xmm0, xmmword ptr [rip + L123]
	punpcklqdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80007fffff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007f80
	movdqa xmm1, xmmword ptr [rip + L124]
	movdqa xmm2, xmmword ptr [rip + L125]
	movdqa xmm0, xmmword ptr [rip + L126]
	punpcklqdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fffffff80000000
	pextrq rax, xmm1, 1
	ACC rax, 0x8000000000000001
	movdqa xmm1, xmmword ptr [rip + L127]
	movdqa xmm2, xmmword ptr [rip + L128]
	movdqa xmm0, xmmword ptr [rip + L129]
	punpcklqdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff00ff7f807f80
	pextrq rax, xmm1, 1
	ACC rax, 0xff01fe80817f7f
	movdqa xmm1, xmmword ptr [rip + L130]
	movdqa xmm2, xmmword ptr [rip + L131]
	movdqa xmm0, xmmword ptr [rip + L132]
	punpcklqdq xmm1, xmmword ptr [rip + L131]
	movq rax, xmm1
	ACC rax, 0x80007fffff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007f80
	movdqa xmm1, xmmword ptr [rip + L133]
	movdqa xmm2, xmmword ptr [rip + L134]
	movdqa xmm0, xmmword ptr [rip + L135]
	punpckhqdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x123456789abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9876543210
	movdqa xmm1, xmmword ptr [rip + L136]
	movdqa xmm2, xmmword ptr [rip + L137]
	movdqa xmm0, xmmword ptr [rip + L138]
	punpckhqdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807fff8000
	movdqa xmm1, xmmword ptr [rip + L139]
	movdqa xmm2, xmmword ptr [rip + L140]
	movdqa xmm0, xmmword ptr [rip + L141]
	punpckhqdq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff00000001
	pextrq rax, xmm1, 1
	ACC rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L142]
	movdqa xmm2, xmmword ptr [rip + L143]
	movdqa xmm0, xmmword ptr [rip + L144]
	punpckhqdq xmm1, xmmword ptr [rip + L143]
	movq rax, xmm1
	ACC rax, 0x123456789abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9876543210
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L145]
	movdqa xmm2, xmmword ptr [rip + L146]
	movdqa xmm0, xmmword ptr [rip + L147]
	unpcklps xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80007f80ff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007fff
	movdqa xmm1, xmmword ptr [rip + L148]
	movdqa xmm2, xmmword ptr [rip + L149]
	movdqa xmm0, xmmword ptr [rip + L150]
	unpcklps xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x180000000
	pextrq rax, xmm1, 1
	ACC rax, 0x800000007fffffff
	movdqa xmm1, xmmword ptr [rip + L151]
	movdqa xmm2, xmmword ptr [rip + L152]
	movdqa xmm0, xmmword ptr [rip + L153]
	unpcklps xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80817f7f7f807f80
	pextrq rax, xmm1, 1
	ACC rax, 0xff01fe00ff00ff
	movdqa xmm1, xmmword ptr [rip + L154]
	movdqa xmm2, xmmword ptr [rip + L155]
	movdqa xmm0, xmmword ptr [rip + L156]
	unpcklps xmm1, xmmword ptr [rip + L155]
	movq rax, xmm1
	ACC rax, 0x80007f80ff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007fff
	movdqa xmm1, xmmword ptr [rip + L157]
	movdqa xmm2, xmmword ptr [rip + L158]
	movdqa xmm0, xmmword ptr [rip + L159]
	unpckhps xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7654321089abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9801234567
	movdqa xmm1, xmmword ptr [rip + L160]
	movdqa xmm2, xmmword ptr [rip + L161]
	movdqa xmm0, xmmword ptr [rip + L162]
	unpckhps xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fff8000ffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f808000000000
	movdqa xmm1, xmmword ptr [rip + L163]
	movdqa xmm2, xmmword ptr [rip + L164]
	movdqa xmm0, xmmword ptr [rip + L165]
	unpckhps xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x200000001
	pextrq rax, xmm1, 1
	ACC rax, 0x1ffffffff
	movdqa xmm1, xmmword ptr [rip + L166]
	movdqa xmm2, xmmword ptr [rip + L167]
	movdqa xmm0, xmmword ptr [rip + L168]
	unpckhps xmm1, xmmword ptr [rip + L167]
	movq rax, xmm1
	ACC rax, 0x7654321089abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9801234567
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L169]
	movdqa xmm2, xmmword ptr [rip + L170]
	movdqa xmm0, xmmword ptr [rip + L171]
	unpcklpd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80007fffff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007f80
	movdqa xmm1, xmmword ptr [rip + L172]
	movdqa xmm2, xmmword ptr [rip + L173]
	movdqa xmm0, xmmword ptr [rip + L174]
	unpcklpd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fffffff80000000
	pextrq rax, xmm1, 1
	ACC rax, 0x8000000000000001
	movdqa xmm1, xmmword ptr [rip + L175]
	movdqa xmm2, xmmword ptr [rip + L176]
	movdqa xmm0, xmmword ptr [rip + L177]
	unpcklpd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff00ff7f807f80
	pextrq rax, xmm1, 1
	ACC rax, 0xff01fe80817f7f
	movdqa xmm1, xmmword ptr [rip + L178]
	movdqa xmm2, xmmword ptr [rip + L179]
	movdqa xmm0, xmmword ptr [rip + L180]
	unpcklpd xmm1, xmmword ptr [rip + L179]
	movq rax, xmm1
	ACC rax, 0x80007fffff010080
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007f80
	movdqa xmm1, xmmword ptr [rip + L181]
	movdqa xmm2, xmmword ptr [rip + L182]
	movdqa xmm0, xmmword ptr [rip + L183]
	unpckhpd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x123456789abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9876543210
	movdqa xmm1, xmmword ptr [rip + L184]
	movdqa xmm2, xmmword ptr [rip + L185]
	movdqa xmm0, xmmword ptr [rip + L186]
	unpckhpd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807fff8000
	movdqa xmm1, xmmword ptr [rip + L187]
	movdqa xmm2, xmmword ptr [rip + L188]
	movdqa xmm0, xmmword ptr [rip + L189]
	unpckhpd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff00000001
	pextrq rax, xmm1, 1
	ACC rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L190]
	movdqa xmm2, xmmword ptr [rip + L191]
	movdqa xmm0, xmmword ptr [rip + L192]
	unpckhpd xmm1, xmmword ptr [rip + L191]
	movq rax, xmm1
	ACC rax, 0x123456789abcdef
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba9876543210
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L193]
	movdqa xmm2, xmmword ptr [rip + L194]
	movdqa xmm0, xmmword ptr [rip + L195]
	packusdw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff000000000000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff00000000
	movdqa xmm1, xmmword ptr [rip + L196]
	movdqa xmm2, xmmword ptr [rip + L197]
	movdqa xmm0, xmmword ptr [rip + L198]
	packusdw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff0000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L199]
	movdqa xmm2, xmmword ptr [rip + L200]
	movdqa xmm0, xmmword ptr [rip + L201]
	packusdw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1ffffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x10002ffff0000
	movdqa xmm1, xmmword ptr [rip + L202]
	movdqa xmm2, xmmword ptr [rip + L203]
	movdqa xmm0, xmmword ptr [rip + L204]
	packusdw xmm1, xmmword ptr [rip + L203]
	movq rax, xmm1
	ACC rax, 0xffff000000000000
	pextrq rax, xmm1, 1
	ACC rax, 0xffff00000000
	movdqa xmm1, xmmword ptr [rip + L205]
	movdqa xmm2, xmmword ptr [rip + L206]
	movdqa xmm0, xmmword ptr [rip + L207]
	phminposuw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x20001
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L208]
	movdqa xmm2, xmmword ptr [rip + L209]
	movdqa xmm0, xmmword ptr [rip + L210]
	phminposuw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x10000
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L211]
	movdqa xmm2, xmmword ptr [rip + L212]
	movdqa xmm0, xmmword ptr [rip + L213]
	phminposuw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x50000
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L214]
	movdqa xmm2, xmmword ptr [rip + L215]
	movdqa xmm0, xmmword ptr [rip + L216]
	phminposuw xmm1, xmmword ptr [rip + L215]
	movq rax, xmm1
	ACC rax, 0x20001
	pextrq rax, xmm1, 1
	ACC rax, 0x0
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L217]
	movdqa xmm2, xmmword ptr [rip + L218]
	movdqa xmm0, xmmword ptr [rip + L219]
	movshdup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff0001ffff0001
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba98fedcba98
	movdqa xmm1, xmmword ptr [rip + L220]
	movdqa xmm2, xmmword ptr [rip + L221]
	movdqa xmm0, xmmword ptr [rip + L222]
	movshdup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x8000000080000000
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807f7f8080
	movdqa xmm1, xmmword ptr [rip + L223]
	movdqa xmm2, xmmword ptr [rip + L224]
	movdqa xmm0, xmmword ptr [rip + L225]
	movshdup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff01fe00ff01fe
	pextrq rax, xmm1, 1
	ACC rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L226]
	movdqa xmm2, xmmword ptr [rip + L227]
	movdqa xmm0, xmmword ptr [rip + L228]
	movshdup xmm1, xmmword ptr [rip + L227]
	movq rax, xmm1
	ACC rax, 0xffff0001ffff0001
	pextrq rax, xmm1, 1
	ACC rax, 0xfedcba98fedcba98
	movdqa xmm1, xmmword ptr [rip + L229]
	movdqa xmm2, xmmword ptr [rip + L230]
	movdqa xmm0, xmmword ptr [rip + L231]
	movsldup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80007f8080007f80
	pextrq rax, xmm1, 1
	ACC rax, 0x7654321076543210
	movdqa xmm1, xmmword ptr [rip + L232]
	movdqa xmm2, xmmword ptr [rip + L233]
	movdqa xmm0, xmmword ptr [rip + L234]
	movsldup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x100000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7fff80007fff8000
	movdqa xmm1, xmmword ptr [rip + L235]
	movdqa xmm2, xmmword ptr [rip + L236]
	movdqa xmm0, xmmword ptr [rip + L237]
	movsldup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80817f7f80817f7f
	pextrq rax, xmm1, 1
	ACC rax, 0x200000002
	movdqa xmm1, xmmword ptr [rip + L238]
	movdqa xmm2, xmmword ptr [rip + L239]
	movdqa xmm0, xmmword ptr [rip + L240]
	movsldup xmm1, xmmword ptr [rip + L239]
	movq rax, xmm1
	ACC rax, 0x80007f8080007f80
	pextrq rax, xmm1, 1
	ACC rax, 0x7654321076543210
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L241]
	movdqa xmm2, xmmword ptr [rip + L242]
	movdqa xmm0, xmmword ptr [rip + L243]
	movddup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff000180007f80
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007f80
	movdqa xmm1, xmmword ptr [rip + L244]
	movdqa xmm2, xmmword ptr [rip + L245]
	movdqa xmm0, xmmword ptr [rip + L246]
	movddup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x8000000000000001
	pextrq rax, xmm1, 1
	ACC rax, 0x8000000000000001
	movdqa xmm1, xmmword ptr [rip + L247]
	movdqa xmm2, xmmword ptr [rip + L248]
	movdqa xmm0, xmmword ptr [rip + L249]
	movddup xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff01fe80817f7f
	pextrq rax, xmm1, 1
	ACC rax, 0xff01fe80817f7f
	movdqa xmm1, xmmword ptr [rip + L250]
	movdqa xmm2, xmmword ptr [rip + L251]
	movdqa xmm0, xmmword ptr [rip + L252]
	movddup xmm1, qword ptr [rip + L251]
	movq rax, xmm1
	ACC rax, 0xffff000180007f80
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000180007f80
	ACC_CHECK
	PASS

	.data
	.balign 16
L1:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L2:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L3:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L4:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L5:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L6:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L7:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L8:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L9:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L10:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L11:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L12:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L13:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L14:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L15:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L16:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L17:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L18:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L19:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L20:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L21:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L22:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L23:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L24:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L25:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L26:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L27:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L28:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L29:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L30:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L31:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L32:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L33:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L34:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L35:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L36:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L37:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L38:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L39:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L40:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L41:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L42:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L43:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L44:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L45:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L46:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L47:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L48:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L49:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L50:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L51:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L52:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L53:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L54:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L55:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L56:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L57:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L58:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L59:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L60:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L61:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L62:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L63:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L64:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L65:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L66:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L67:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L68:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L69:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L70:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L71:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L72:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L73:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L74:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L75:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L76:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L77:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L78:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L79:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L80:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L81:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L82:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L83:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L84:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L85:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L86:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L87:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L88:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L89:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L90:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L91:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L92:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L93:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L94:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L95:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L96:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L97:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L98:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L99:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L100:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L101:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L102:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L103:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L104:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L105:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L106:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L107:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L108:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L109:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L110:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L111:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L112:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L113:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L114:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L115:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L116:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L117:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L118:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L119:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L120:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L121:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L122:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L123:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L124:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L125:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L126:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L127:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L128:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L129:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L130:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L131:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L132:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L133:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L134:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L135:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L136:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L137:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L138:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L139:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L140:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L141:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L142:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L143:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L144:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L145:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L146:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L147:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L148:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L149:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L150:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L151:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L152:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L153:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L154:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L155:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L156:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L157:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L158:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L159:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L160:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L161:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L162:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L163:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L164:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L165:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L166:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L167:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L168:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L169:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L170:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L171:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L172:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L173:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L174:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L175:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L176:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L177:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L178:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L179:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L180:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L181:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L182:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L183:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L184:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L185:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L186:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L187:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L188:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L189:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L190:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L191:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L192:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L193:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L194:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L195:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L196:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L197:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L198:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L199:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L200:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L201:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L202:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L203:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L204:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L205:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L206:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L207:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L208:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L209:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L210:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L211:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L212:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L213:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L214:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L215:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L216:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L217:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L218:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L219:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L220:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L221:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L222:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L223:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L224:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L225:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L226:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L227:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L228:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L229:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L230:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L231:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L232:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L233:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L234:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L235:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L236:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L237:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L238:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L239:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L240:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L241:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L242:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L243:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L244:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L245:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L246:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L247:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L248:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L249:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L250:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L251:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L252:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
outbuf:	.zero 32
