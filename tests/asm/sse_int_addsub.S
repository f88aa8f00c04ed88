/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE integer add/sub: wrapping and signed/unsigned saturating, all lane sizes. */
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
	paddb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fff7f007f017f00
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L4]
	movdqa xmm2, xmmword ptr [rip + L5]
	movdqa xmm0, xmmword ptr [rip + L6]
	paddb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807efe7fff
	movdqa xmm1, xmmword ptr [rip + L7]
	movdqa xmm2, xmmword ptr [rip + L8]
	movdqa xmm0, xmmword ptr [rip + L9]
	paddb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xfe01fdff01feff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffff0000000003
	movdqa xmm1, xmmword ptr [rip + L10]
	movdqa xmm2, xmmword ptr [rip + L11]
	movdqa xmm0, xmmword ptr [rip + L12]
	paddb xmm1, xmmword ptr [rip + L11]
	movq rax, xmm1
	ACC rax, 0x7fff7f007f017f00
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L13]
	movdqa xmm2, xmmword ptr [rip + L14]
	movdqa xmm0, xmmword ptr [rip + L15]
	paddw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fff80007f018000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L16]
	movdqa xmm2, xmmword ptr [rip + L17]
	movdqa xmm0, xmmword ptr [rip + L18]
	paddw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807ffe7fff
	movdqa xmm1, xmmword ptr [rip + L19]
	movdqa xmm2, xmmword ptr [rip + L20]
	movdqa xmm0, xmmword ptr [rip + L21]
	paddw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1fe02fd0001feff
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000000000003
	movdqa xmm1, xmmword ptr [rip + L22]
	movdqa xmm2, xmmword ptr [rip + L23]
	movdqa xmm0, xmmword ptr [rip + L24]
	paddw xmm1, xmmword ptr [rip + L23]
	movq rax, xmm1
	ACC rax, 0x7fff80007f018000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L25]
	movdqa xmm2, xmmword ptr [rip + L26]
	movdqa xmm0, xmmword ptr [rip + L27]
	paddd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fff80007f018000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L28]
	movdqa xmm2, xmmword ptr [rip + L29]
	movdqa xmm0, xmmword ptr [rip + L30]
	paddd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807fff7fff
	movdqa xmm1, xmmword ptr [rip + L31]
	movdqa xmm2, xmmword ptr [rip + L32]
	movdqa xmm0, xmmword ptr [rip + L33]
	paddd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1fe02fd0001feff
	pextrq rax, xmm1, 1
	ACC rax, 0x3
	movdqa xmm1, xmmword ptr [rip + L34]
	movdqa xmm2, xmmword ptr [rip + L35]
	movdqa xmm0, xmmword ptr [rip + L36]
	paddd xmm1, xmmword ptr [rip + L35]
	movq rax, xmm1
	ACC rax, 0x7fff80007f018000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L37]
	movdqa xmm2, xmmword ptr [rip + L38]
	movdqa xmm0, xmmword ptr [rip + L39]
	paddq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fff80017f018000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L40]
	movdqa xmm2, xmmword ptr [rip + L41]
	movdqa xmm0, xmmword ptr [rip + L42]
	paddq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80817fff7fff
	movdqa xmm1, xmmword ptr [rip + L43]
	movdqa xmm2, xmmword ptr [rip + L44]
	movdqa xmm0, xmmword ptr [rip + L45]
	paddq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1fe02fe0001feff
	pextrq rax, xmm1, 1
	ACC rax, 0x3
	movdqa xmm1, xmmword ptr [rip + L46]
	movdqa xmm2, xmmword ptr [rip + L47]
	movdqa xmm0, xmmword ptr [rip + L48]
	paddq xmm1, xmmword ptr [rip + L47]
	movq rax, xmm1
	ACC rax, 0x7fff80017f018000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L49]
	movdqa xmm2, xmmword ptr [rip + L50]
	movdqa xmm0, xmmword ptr [rip + L51]
	psubb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x81017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x3478bcf13579bdf
	movdqa xmm1, xmmword ptr [rip + L52]
	movdqa xmm2, xmmword ptr [rip + L53]
	movdqa xmm0, xmmword ptr [rip + L54]
	psubb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff800000ff
	pextrq rax, xmm1, 1
	ACC rax, 0x8181808080007fff
	movdqa xmm1, xmmword ptr [rip + L55]
	movdqa xmm2, xmmword ptr [rip + L56]
	movdqa xmm0, xmmword ptr [rip + L57]
	psubb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff01ffff0001
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffe000000ff
	movdqa xmm1, xmmword ptr [rip + L58]
	movdqa xmm2, xmmword ptr [rip + L59]
	movdqa xmm0, xmmword ptr [rip + L60]
	psubb xmm1, xmmword ptr [rip + L59]
	movq rax, xmm1
	ACC rax, 0x81017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x3478bcf13579bdf
	movdqa xmm1, xmmword ptr [rip + L61]
	movdqa xmm2, xmmword ptr [rip + L62]
	movdqa xmm0, xmmword ptr [rip + L63]
	psubw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x2478acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L64]
	movdqa xmm2, xmmword ptr [rip + L65]
	movdqa xmm0, xmmword ptr [rip + L66]
	psubw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff8000ffff
	pextrq rax, xmm1, 1
	ACC rax, 0x80817f8080007fff
	movdqa xmm1, xmmword ptr [rip + L67]
	movdqa xmm2, xmmword ptr [rip + L68]
	movdqa xmm0, xmmword ptr [rip + L69]
	psubw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff01feff0001
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffe0000ffff
	movdqa xmm1, xmmword ptr [rip + L70]
	movdqa xmm2, xmmword ptr [rip + L71]
	movdqa xmm0, xmmword ptr [rip + L72]
	psubw xmm1, xmmword ptr [rip + L71]
	movq rax, xmm1
	ACC rax, 0x80017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x2478acf13579bdf
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L73]
	movdqa xmm2, xmmword ptr [rip + L74]
	movdqa xmm0, xmmword ptr [rip + L75]
	psubd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80017ffe7f008100
	pextrq rax, xmm1, 1
	ACC rax, 0x2468acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L76]
	movdqa xmm2, xmmword ptr [rip + L77]
	movdqa xmm0, xmmword ptr [rip + L78]
	psubd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff7fffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x80807f8080007fff
	movdqa xmm1, xmmword ptr [rip + L79]
	movdqa xmm2, xmmword ptr [rip + L80]
	movdqa xmm0, xmmword ptr [rip + L81]
	psubd xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffff01feff0001
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffeffffffff
	movdqa xmm1, xmmword ptr [rip + L82]
	movdqa xmm2, xmmword ptr [rip + L83]
	movdqa xmm0, xmmword ptr [rip + L84]
	psubd xmm1, xmmword ptr [rip + L83]
	movq rax, xmm1
	ACC rax, 0x80017ffe7f008100
	pextrq rax, xmm1, 1
	ACC rax, 0x2468acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L85]
	movdqa xmm2, xmmword ptr [rip + L86]
	movdqa xmm0, xmmword ptr [rip + L87]
	psubq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80017ffe7f008100
	pextrq rax, xmm1, 1
	ACC rax, 0x2468acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L88]
	movdqa xmm2, xmmword ptr [rip + L89]
	movdqa xmm0, xmmword ptr [rip + L90]
	psubq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff7fffffff
	pextrq rax, xmm1, 1
	ACC rax, 0x80807f8080007fff
	movdqa xmm1, xmmword ptr [rip + L91]
	movdqa xmm2, xmmword ptr [rip + L92]
	movdqa xmm0, xmmword ptr [rip + L93]
	psubq xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffff00feff0001
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffdffffffff
	movdqa xmm1, xmmword ptr [rip + L94]
	movdqa xmm2, xmmword ptr [rip + L95]
	movdqa xmm0, xmmword ptr [rip + L96]
	psubq xmm1, xmmword ptr [rip + L95]
	movq rax, xmm1
	ACC rax, 0x80017ffe7f008100
	pextrq rax, xmm1, 1
	ACC rax, 0x2468acf13579bdf
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L97]
	movdqa xmm2, xmmword ptr [rip + L98]
	movdqa xmm0, xmmword ptr [rip + L99]
	paddsb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80ff7f0080017f80
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L100]
	movdqa xmm2, xmmword ptr [rip + L101]
	movdqa xmm0, xmmword ptr [rip + L102]
	paddsb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807efe80ff
	movdqa xmm1, xmmword ptr [rip + L103]
	movdqa xmm2, xmmword ptr [rip + L104]
	movdqa xmm0, xmmword ptr [rip + L105]
	paddsb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xfe01fdff807fff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffff0000000003
	movdqa xmm1, xmmword ptr [rip + L106]
	movdqa xmm2, xmmword ptr [rip + L107]
	movdqa xmm0, xmmword ptr [rip + L108]
	paddsb xmm1, xmmword ptr [rip + L107]
	movq rax, xmm1
	ACC rax, 0x80ff7f0080017f80
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L109]
	movdqa xmm2, xmmword ptr [rip + L110]
	movdqa xmm0, xmmword ptr [rip + L111]
	paddsw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80007fff80007fff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L112]
	movdqa xmm2, xmmword ptr [rip + L113]
	movdqa xmm0, xmmword ptr [rip + L114]
	paddsw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f80807ffe8000
	movdqa xmm1, xmmword ptr [rip + L115]
	movdqa xmm2, xmmword ptr [rip + L116]
	movdqa xmm0, xmmword ptr [rip + L117]
	paddsw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1fe02fd00017fff
	pextrq rax, xmm1, 1
	ACC rax, 0xffff000000000003
	movdqa xmm1, xmmword ptr [rip + L118]
	movdqa xmm2, xmmword ptr [rip + L119]
	movdqa xmm0, xmmword ptr [rip + L120]
	paddsw xmm1, xmmword ptr [rip + L119]
	movq rax, xmm1
	ACC rax, 0x80007fff80007fff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L121]
	movdqa xmm2, xmmword ptr [rip + L122]
	movdqa xmm0, xmmword ptr [rip + L123]
	paddusb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff7fffff017fff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L124]
	movdqa xmm2, xmmword ptr [rip + L125]
	movdqa xmm0, xmmword ptr [rip + L126]
	paddusb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L127]
	movdqa xmm2, xmmword ptr [rip + L128]
	movdqa xmm0, xmmword ptr [rip + L129]
	paddusb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff01fffffffeff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffff00000003
	movdqa xmm1, xmmword ptr [rip + L130]
	movdqa xmm2, xmmword ptr [rip + L131]
	movdqa xmm0, xmmword ptr [rip + L132]
	paddusb xmm1, xmmword ptr [rip + L131]
	movq rax, xmm1
	ACC rax, 0xffff7fffff017fff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L133]
	movdqa xmm2, xmmword ptr [rip + L134]
	movdqa xmm0, xmmword ptr [rip + L135]
	paddusw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff8000ffff8000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L136]
	movdqa xmm2, xmmword ptr [rip + L137]
	movdqa xmm0, xmmword ptr [rip + L138]
	paddusw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffffff80000001
	pextrq rax, xmm1, 1
	ACC rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L139]
	movdqa xmm2, xmmword ptr [rip + L140]
	movdqa xmm0, xmmword ptr [rip + L141]
	paddusw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1fe02fdfffffeff
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffff00000003
	movdqa xmm1, xmmword ptr [rip + L142]
	movdqa xmm2, xmmword ptr [rip + L143]
	movdqa xmm0, xmmword ptr [rip + L144]
	paddusw xmm1, xmmword ptr [rip + L143]
	movq rax, xmm1
	ACC rax, 0xffff8000ffff8000
	pextrq rax, xmm1, 1
	ACC rax, 0xffffffffffffffff
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L145]
	movdqa xmm2, xmmword ptr [rip + L146]
	movdqa xmm0, xmmword ptr [rip + L147]
	psubsb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x81017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x3477f7f80809bdf
	movdqa xmm1, xmmword ptr [rip + L148]
	movdqa xmm2, xmmword ptr [rip + L149]
	movdqa xmm0, xmmword ptr [rip + L150]
	psubsb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fffffff800000ff
	pextrq rax, xmm1, 1
	ACC rax, 0x81817f7f80007fff
	movdqa xmm1, xmmword ptr [rip + L151]
	movdqa xmm2, xmmword ptr [rip + L152]
	movdqa xmm0, xmmword ptr [rip + L153]
	psubsb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff017fff0080
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffe000000ff
	movdqa xmm1, xmmword ptr [rip + L154]
	movdqa xmm2, xmmword ptr [rip + L155]
	movdqa xmm0, xmmword ptr [rip + L156]
	psubsb xmm1, xmmword ptr [rip + L155]
	movq rax, xmm1
	ACC rax, 0x81017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x3477f7f80809bdf
	movdqa xmm1, xmmword ptr [rip + L157]
	movdqa xmm2, xmmword ptr [rip + L158]
	movdqa xmm0, xmmword ptr [rip + L159]
	psubsw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x80017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x2477fff80009bdf
	movdqa xmm1, xmmword ptr [rip + L160]
	movdqa xmm2, xmmword ptr [rip + L161]
	movdqa xmm0, xmmword ptr [rip + L162]
	psubsw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7fffffff8000ffff
	pextrq rax, xmm1, 1
	ACC rax, 0x80817f8080007fff
	movdqa xmm1, xmmword ptr [rip + L163]
	movdqa xmm2, xmmword ptr [rip + L164]
	movdqa xmm0, xmmword ptr [rip + L165]
	psubsw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xff017fff0001
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffe0000ffff
	movdqa xmm1, xmmword ptr [rip + L166]
	movdqa xmm2, xmmword ptr [rip + L167]
	movdqa xmm0, xmmword ptr [rip + L168]
	psubsw xmm1, xmmword ptr [rip + L167]
	movq rax, xmm1
	ACC rax, 0x80017ffe7f018100
	pextrq rax, xmm1, 1
	ACC rax, 0x2477fff80009bdf
	ACC_CHECK
	movdqa xmm1, xmmword ptr [rip + L169]
	movdqa xmm2, xmmword ptr [rip + L170]
	movdqa xmm0, xmmword ptr [rip + L171]
	psubusb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7ffe7f010000
	pextrq rax, xmm1, 1
	ACC rax, 0x13579bdf
	movdqa xmm1, xmmword ptr [rip + L172]
	movdqa xmm2, xmmword ptr [rip + L173]
	movdqa xmm0, xmmword ptr [rip + L174]
	psubusb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffffff80000000
	pextrq rax, xmm1, 1
	ACC rax, 0x80007fff
	movdqa xmm1, xmmword ptr [rip + L175]
	movdqa xmm2, xmmword ptr [rip + L176]
	movdqa xmm0, xmmword ptr [rip + L177]
	psubusb xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x100000001
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffe00000000
	movdqa xmm1, xmmword ptr [rip + L178]
	movdqa xmm2, xmmword ptr [rip + L179]
	movdqa xmm0, xmmword ptr [rip + L180]
	psubusb xmm1, xmmword ptr [rip + L179]
	movq rax, xmm1
	ACC rax, 0x7ffe7f010000
	pextrq rax, xmm1, 1
	ACC rax, 0x13579bdf
	movdqa xmm1, xmmword ptr [rip + L181]
	movdqa xmm2, xmmword ptr [rip + L182]
	movdqa xmm0, xmmword ptr [rip + L183]
	psubusw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x7ffe7f010000
	pextrq rax, xmm1, 1
	ACC rax, 0x13579bdf
	movdqa xmm1, xmmword ptr [rip + L184]
	movdqa xmm2, xmmword ptr [rip + L185]
	movdqa xmm0, xmmword ptr [rip + L186]
	psubusw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0xffff80000000
	pextrq rax, xmm1, 1
	ACC rax, 0x80007fff
	movdqa xmm1, xmmword ptr [rip + L187]
	movdqa xmm2, xmmword ptr [rip + L188]
	movdqa xmm0, xmmword ptr [rip + L189]
	psubusw xmm1, xmm2
	movq rax, xmm1
	ACC rax, 0x1
	pextrq rax, xmm1, 1
	ACC rax, 0xfffffffe00000000
	movdqa xmm1, xmmword ptr [rip + L190]
	movdqa xmm2, xmmword ptr [rip + L191]
	movdqa xmm0, xmmword ptr [rip + L192]
	psubusw xmm1, xmmword ptr [rip + L191]
	movq rax, xmm1
	ACC rax, 0x7ffe7f010000
	pextrq rax, xmm1, 1
	ACC rax, 0x13579bdf
	ACC_CHECK
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
outbuf:	.zero 32
