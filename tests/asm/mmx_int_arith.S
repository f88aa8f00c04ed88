/* SPDX-License-Identifier: GPL-2.0-or-later */
/* MMX (mm register) forms of the integer arithmetic instructions. */
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
	movq mm1, qword ptr [rip + L1]
	movq mm2, qword ptr [rip + L2]
	paddb mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff7f007f017f00
	movq mm1, qword ptr [rip + L3]
	movq mm2, qword ptr [rip + L4]
	paddb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L5]
	movq mm2, qword ptr [rip + L6]
	paddb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L7]
	movq mm2, qword ptr [rip + L8]
	paddb mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80807efe7fff
	movq mm1, qword ptr [rip + L9]
	movq mm2, qword ptr [rip + L10]
	paddb mm1, mm2
	movq rax, mm1
	ACC rax, 0xfe01fdff01feff
	movq mm1, qword ptr [rip + L11]
	movq mm2, qword ptr [rip + L12]
	paddb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffff0000000003
	movq mm1, qword ptr [rip + L13]
	movq mm2, qword ptr [rip + L14]
	paddb mm1, qword ptr [rip + L14]
	movq rax, mm1
	ACC rax, 0x22456809ab4c6f
	movq mm1, qword ptr [rip + L15]
	movq mm2, qword ptr [rip + L16]
	paddw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff80007f018000
	movq mm1, qword ptr [rip + L17]
	movq mm2, qword ptr [rip + L18]
	paddw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L19]
	movq mm2, qword ptr [rip + L20]
	paddw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L21]
	movq mm2, qword ptr [rip + L22]
	paddw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80807ffe7fff
	movq mm1, qword ptr [rip + L23]
	movq mm2, qword ptr [rip + L24]
	paddw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1fe02fd0001feff
	movq mm1, qword ptr [rip + L25]
	movq mm2, qword ptr [rip + L26]
	paddw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff000000000003
	movq mm1, qword ptr [rip + L27]
	movq mm2, qword ptr [rip + L28]
	paddw mm1, qword ptr [rip + L28]
	movq rax, mm1
	ACC rax, 0x122456809ab4d6f
	movq mm1, qword ptr [rip + L29]
	movq mm2, qword ptr [rip + L30]
	paddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff80007f018000
	movq mm1, qword ptr [rip + L31]
	movq mm2, qword ptr [rip + L32]
	paddd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	ACC_CHECK
	movq mm1, qword ptr [rip + L33]
	movq mm2, qword ptr [rip + L34]
	paddd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L35]
	movq mm2, qword ptr [rip + L36]
	paddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80807fff7fff
	movq mm1, qword ptr [rip + L37]
	movq mm2, qword ptr [rip + L38]
	paddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x1fe02fd0001feff
	movq mm1, qword ptr [rip + L39]
	movq mm2, qword ptr [rip + L40]
	paddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x3
	movq mm1, qword ptr [rip + L41]
	movq mm2, qword ptr [rip + L42]
	paddd mm1, qword ptr [rip + L42]
	movq rax, mm1
	ACC rax, 0x122456809ac4d6f
	movq mm1, qword ptr [rip + L43]
	movq mm2, qword ptr [rip + L44]
	paddq mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff80017f018000
	movq mm1, qword ptr [rip + L45]
	movq mm2, qword ptr [rip + L46]
	paddq mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L47]
	movq mm2, qword ptr [rip + L48]
	paddq mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L49]
	movq mm2, qword ptr [rip + L50]
	paddq mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80817fff7fff
	movq mm1, qword ptr [rip + L51]
	movq mm2, qword ptr [rip + L52]
	paddq mm1, mm2
	movq rax, mm1
	ACC rax, 0x1fe02fe0001feff
	movq mm1, qword ptr [rip + L53]
	movq mm2, qword ptr [rip + L54]
	paddq mm1, mm2
	movq rax, mm1
	ACC rax, 0x3
	movq mm1, qword ptr [rip + L55]
	movq mm2, qword ptr [rip + L56]
	paddq mm1, qword ptr [rip + L56]
	movq rax, mm1
	ACC rax, 0x122456909ac4d6f
	movq mm1, qword ptr [rip + L57]
	movq mm2, qword ptr [rip + L58]
	psubb mm1, mm2
	movq rax, mm1
	ACC rax, 0x81017ffe7f018100
	movq mm1, qword ptr [rip + L59]
	movq mm2, qword ptr [rip + L60]
	psubb mm1, mm2
	movq rax, mm1
	ACC rax, 0x3478bcf13579bdf
	movq mm1, qword ptr [rip + L61]
	movq mm2, qword ptr [rip + L62]
	psubb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff800000ff
	movq mm1, qword ptr [rip + L63]
	movq mm2, qword ptr [rip + L64]
	psubb mm1, mm2
	movq rax, mm1
	ACC rax, 0x8181808080007fff
	ACC_CHECK
	movq mm1, qword ptr [rip + L65]
	movq mm2, qword ptr [rip + L66]
	psubb mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01ffff0001
	movq mm1, qword ptr [rip + L67]
	movq mm2, qword ptr [rip + L68]
	psubb mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffe000000ff
	movq mm1, qword ptr [rip + L69]
	movq mm2, qword ptr [rip + L70]
	psubb mm1, qword ptr [rip + L70]
	movq rax, mm1
	ACC rax, 0x224456609ab4e6f
	movq mm1, qword ptr [rip + L71]
	movq mm2, qword ptr [rip + L72]
	psubw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80017ffe7f018100
	movq mm1, qword ptr [rip + L73]
	movq mm2, qword ptr [rip + L74]
	psubw mm1, mm2
	movq rax, mm1
	ACC rax, 0x2478acf13579bdf
	movq mm1, qword ptr [rip + L75]
	movq mm2, qword ptr [rip + L76]
	psubw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff8000ffff
	movq mm1, qword ptr [rip + L77]
	movq mm2, qword ptr [rip + L78]
	psubw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80817f8080007fff
	movq mm1, qword ptr [rip + L79]
	movq mm2, qword ptr [rip + L80]
	psubw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01feff0001
	movq mm1, qword ptr [rip + L81]
	movq mm2, qword ptr [rip + L82]
	psubw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffe0000ffff
	movq mm1, qword ptr [rip + L83]
	movq mm2, qword ptr [rip + L84]
	psubw mm1, qword ptr [rip + L84]
	movq rax, mm1
	ACC rax, 0x124456609ab4e6f
	movq mm1, qword ptr [rip + L85]
	movq mm2, qword ptr [rip + L86]
	psubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x80017ffe7f008100
	movq mm1, qword ptr [rip + L87]
	movq mm2, qword ptr [rip + L88]
	psubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x2468acf13579bdf
	movq mm1, qword ptr [rip + L89]
	movq mm2, qword ptr [rip + L90]
	psubd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff7fffffff
	movq mm1, qword ptr [rip + L91]
	movq mm2, qword ptr [rip + L92]
	psubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x80807f8080007fff
	movq mm1, qword ptr [rip + L93]
	movq mm2, qword ptr [rip + L94]
	psubd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffff01feff0001
	movq mm1, qword ptr [rip + L95]
	movq mm2, qword ptr [rip + L96]
	psubd mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffeffffffff
	ACC_CHECK
	movq mm1, qword ptr [rip + L97]
	movq mm2, qword ptr [rip + L98]
	psubd mm1, qword ptr [rip + L98]
	movq rax, mm1
	ACC rax, 0x124456609ab4e6f
	movq mm1, qword ptr [rip + L99]
	movq mm2, qword ptr [rip + L100]
	psubq mm1, mm2
	movq rax, mm1
	ACC rax, 0x80017ffe7f008100
	movq mm1, qword ptr [rip + L101]
	movq mm2, qword ptr [rip + L102]
	psubq mm1, mm2
	movq rax, mm1
	ACC rax, 0x2468acf13579bdf
	movq mm1, qword ptr [rip + L103]
	movq mm2, qword ptr [rip + L104]
	psubq mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff7fffffff
	movq mm1, qword ptr [rip + L105]
	movq mm2, qword ptr [rip + L106]
	psubq mm1, mm2
	movq rax, mm1
	ACC rax, 0x80807f8080007fff
	movq mm1, qword ptr [rip + L107]
	movq mm2, qword ptr [rip + L108]
	psubq mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffff00feff0001
	movq mm1, qword ptr [rip + L109]
	movq mm2, qword ptr [rip + L110]
	psubq mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffdffffffff
	movq mm1, qword ptr [rip + L111]
	movq mm2, qword ptr [rip + L112]
	psubq mm1, qword ptr [rip + L112]
	movq rax, mm1
	ACC rax, 0x124456609ab4e6f
	movq mm1, qword ptr [rip + L113]
	movq mm2, qword ptr [rip + L114]
	paddsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x80ff7f0080017f80
	movq mm1, qword ptr [rip + L115]
	movq mm2, qword ptr [rip + L116]
	paddsb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L117]
	movq mm2, qword ptr [rip + L118]
	paddsb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L119]
	movq mm2, qword ptr [rip + L120]
	paddsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80807efe80ff
	movq mm1, qword ptr [rip + L121]
	movq mm2, qword ptr [rip + L122]
	paddsb mm1, mm2
	movq rax, mm1
	ACC rax, 0xfe01fdff807fff
	movq mm1, qword ptr [rip + L123]
	movq mm2, qword ptr [rip + L124]
	paddsb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffff0000000003
	movq mm1, qword ptr [rip + L125]
	movq mm2, qword ptr [rip + L126]
	paddsb mm1, qword ptr [rip + L126]
	movq rax, mm1
	ACC rax, 0x22456880ab4c80
	movq mm1, qword ptr [rip + L127]
	movq mm2, qword ptr [rip + L128]
	paddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80007fff80007fff
	ACC_CHECK
	movq mm1, qword ptr [rip + L129]
	movq mm2, qword ptr [rip + L130]
	paddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L131]
	movq mm2, qword ptr [rip + L132]
	paddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L133]
	movq mm2, qword ptr [rip + L134]
	paddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80807ffe8000
	movq mm1, qword ptr [rip + L135]
	movq mm2, qword ptr [rip + L136]
	paddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1fe02fd00017fff
	movq mm1, qword ptr [rip + L137]
	movq mm2, qword ptr [rip + L138]
	paddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff000000000003
	movq mm1, qword ptr [rip + L139]
	movq mm2, qword ptr [rip + L140]
	paddsw mm1, qword ptr [rip + L140]
	movq rax, mm1
	ACC rax, 0x122456880004d6f
	movq mm1, qword ptr [rip + L141]
	movq mm2, qword ptr [rip + L142]
	paddusb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff7fffff017fff
	movq mm1, qword ptr [rip + L143]
	movq mm2, qword ptr [rip + L144]
	paddusb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L145]
	movq mm2, qword ptr [rip + L146]
	paddusb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L147]
	movq mm2, qword ptr [rip + L148]
	paddusb mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f8080ffffffff
	movq mm1, qword ptr [rip + L149]
	movq mm2, qword ptr [rip + L150]
	paddusb mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01fffffffeff
	movq mm1, qword ptr [rip + L151]
	movq mm2, qword ptr [rip + L152]
	paddusb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff00000003
	movq mm1, qword ptr [rip + L153]
	movq mm2, qword ptr [rip + L154]
	paddusb mm1, qword ptr [rip + L154]
	movq rax, mm1
	ACC rax, 0xffff4568ffabffff
	movq mm1, qword ptr [rip + L155]
	movq mm2, qword ptr [rip + L156]
	paddusw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff8000ffff8000
	movq mm1, qword ptr [rip + L157]
	movq mm2, qword ptr [rip + L158]
	paddusw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L159]
	movq mm2, qword ptr [rip + L160]
	paddusw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff80000001
	ACC_CHECK
	movq mm1, qword ptr [rip + L161]
	movq mm2, qword ptr [rip + L162]
	paddusw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f8080ffffffff
	movq mm1, qword ptr [rip + L163]
	movq mm2, qword ptr [rip + L164]
	paddusw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1fe02fdfffffeff
	movq mm1, qword ptr [rip + L165]
	movq mm2, qword ptr [rip + L166]
	paddusw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff00000003
	movq mm1, qword ptr [rip + L167]
	movq mm2, qword ptr [rip + L168]
	paddusw mm1, qword ptr [rip + L168]
	movq rax, mm1
	ACC rax, 0xffff4568ffffffff
	movq mm1, qword ptr [rip + L169]
	movq mm2, qword ptr [rip + L170]
	psubsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x81017ffe7f018100
	movq mm1, qword ptr [rip + L171]
	movq mm2, qword ptr [rip + L172]
	psubsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x3477f7f80809bdf
	movq mm1, qword ptr [rip + L173]
	movq mm2, qword ptr [rip + L174]
	psubsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fffffff800000ff
	movq mm1, qword ptr [rip + L175]
	movq mm2, qword ptr [rip + L176]
	psubsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x81817f7f80007fff
	movq mm1, qword ptr [rip + L177]
	movq mm2, qword ptr [rip + L178]
	psubsb mm1, mm2
	movq rax, mm1
	ACC rax, 0xff017fff0080
	movq mm1, qword ptr [rip + L179]
	movq mm2, qword ptr [rip + L180]
	psubsb mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffe000000ff
	movq mm1, qword ptr [rip + L181]
	movq mm2, qword ptr [rip + L182]
	psubsb mm1, qword ptr [rip + L182]
	movq rax, mm1
	ACC rax, 0x224456609ab806f
	movq mm1, qword ptr [rip + L183]
	movq mm2, qword ptr [rip + L184]
	psubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80017ffe7f018100
	movq mm1, qword ptr [rip + L185]
	movq mm2, qword ptr [rip + L186]
	psubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x2477fff80009bdf
	movq mm1, qword ptr [rip + L187]
	movq mm2, qword ptr [rip + L188]
	psubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fffffff8000ffff
	movq mm1, qword ptr [rip + L189]
	movq mm2, qword ptr [rip + L190]
	psubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80817f8080007fff
	movq mm1, qword ptr [rip + L191]
	movq mm2, qword ptr [rip + L192]
	psubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff017fff0001
	ACC_CHECK
	movq mm1, qword ptr [rip + L193]
	movq mm2, qword ptr [rip + L194]
	psubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffe0000ffff
	movq mm1, qword ptr [rip + L195]
	movq mm2, qword ptr [rip + L196]
	psubsw mm1, qword ptr [rip + L196]
	movq rax, mm1
	ACC rax, 0x124456609ab8000
	movq mm1, qword ptr [rip + L197]
	movq mm2, qword ptr [rip + L198]
	psubusb mm1, mm2
	movq rax, mm1
	ACC rax, 0x7ffe7f010000
	movq mm1, qword ptr [rip + L199]
	movq mm2, qword ptr [rip + L200]
	psubusb mm1, mm2
	movq rax, mm1
	ACC rax, 0x13579bdf
	movq mm1, qword ptr [rip + L201]
	movq mm2, qword ptr [rip + L202]
	psubusb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffff80000000
	movq mm1, qword ptr [rip + L203]
	movq mm2, qword ptr [rip + L204]
	psubusb mm1, mm2
	movq rax, mm1
	ACC rax, 0x80007fff
	movq mm1, qword ptr [rip + L205]
	movq mm2, qword ptr [rip + L206]
	psubusb mm1, mm2
	movq rax, mm1
	ACC rax, 0x100000001
	movq mm1, qword ptr [rip + L207]
	movq mm2, qword ptr [rip + L208]
	psubusb mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffe00000000
	movq mm1, qword ptr [rip + L209]
	movq mm2, qword ptr [rip + L210]
	psubusb mm1, qword ptr [rip + L210]
	movq rax, mm1
	ACC rax, 0x456609ab4e6f
	movq mm1, qword ptr [rip + L211]
	movq mm2, qword ptr [rip + L212]
	psubusw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7ffe7f010000
	movq mm1, qword ptr [rip + L213]
	movq mm2, qword ptr [rip + L214]
	psubusw mm1, mm2
	movq rax, mm1
	ACC rax, 0x13579bdf
	movq mm1, qword ptr [rip + L215]
	movq mm2, qword ptr [rip + L216]
	psubusw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff80000000
	movq mm1, qword ptr [rip + L217]
	movq mm2, qword ptr [rip + L218]
	psubusw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80007fff
	movq mm1, qword ptr [rip + L219]
	movq mm2, qword ptr [rip + L220]
	psubusw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1
	movq mm1, qword ptr [rip + L221]
	movq mm2, qword ptr [rip + L222]
	psubusw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffffffe00000000
	movq mm1, qword ptr [rip + L223]
	movq mm2, qword ptr [rip + L224]
	psubusw mm1, qword ptr [rip + L224]
	movq rax, mm1
	ACC rax, 0x456609ab4e6f
	ACC_CHECK
	movq mm1, qword ptr [rip + L225]
	movq mm2, qword ptr [rip + L226]
	pmullw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80007fff8000c000
	movq mm1, qword ptr [rip + L227]
	movq mm2, qword ptr [rip + L228]
	pmullw mm1, mm2
	movq rax, mm1
	ACC rax, 0xb4140b28fe1c8cf0
	movq mm1, qword ptr [rip + L229]
	movq mm2, qword ptr [rip + L230]
	pmullw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000000000000
	movq mm1, qword ptr [rip + L231]
	movq mm2, qword ptr [rip + L232]
	pmullw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80018000
	movq mm1, qword ptr [rip + L233]
	movq mm2, qword ptr [rip + L234]
	pmullw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfe01fc023f80c080
	movq mm1, qword ptr [rip + L235]
	movq mm2, qword ptr [rip + L236]
	pmullw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff00000002
	movq mm1, qword ptr [rip + L237]
	movq mm2, qword ptr [rip + L238]
	pmullw mm1, qword ptr [rip + L238]
	movq rax, mm1
	ACC rax, 0xfedd456780008880
	movq mm1, qword ptr [rip + L239]
	movq mm2, qword ptr [rip + L240]
	pmulhw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f003f
	movq mm1, qword ptr [rip + L241]
	movq mm2, qword ptr [rip + L242]
	pmulhw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffeed2fc94df635
	movq mm1, qword ptr [rip + L243]
	movq mm2, qword ptr [rip + L244]
	pmulhw mm1, mm2
	movq rax, mm1
	ACC rax, 0xc000000000000000
	movq mm1, qword ptr [rip + L245]
	movq mm2, qword ptr [rip + L246]
	pmulhw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff0000
	movq mm1, qword ptr [rip + L247]
	movq mm2, qword ptr [rip + L248]
	pmulhw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1c0803f7f
	movq mm1, qword ptr [rip + L249]
	movq mm2, qword ptr [rip + L250]
	pmulhw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff00000000
	movq mm1, qword ptr [rip + L251]
	movq mm2, qword ptr [rip + L252]
	pmulhw mm1, qword ptr [rip + L252]
	movq rax, mm1
	ACC rax, 0xffff00003b2ae710
	movq mm1, qword ptr [rip + L253]
	movq mm2, qword ptr [rip + L254]
	pmulhuw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff00007f80003f
	movq mm1, qword ptr [rip + L255]
	movq mm2, qword ptr [rip + L256]
	pmulhuw mm1, mm2
	movq rax, mm1
	ACC rax, 0x12132963fa12845
	ACC_CHECK
	movq mm1, qword ptr [rip + L257]
	movq mm2, qword ptr [rip + L258]
	pmulhuw mm1, mm2
	movq rax, mm1
	ACC rax, 0x3fff000000000000
	movq mm1, qword ptr [rip + L259]
	movq mm2, qword ptr [rip + L260]
	pmulhuw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7ffe7fff
	movq mm1, qword ptr [rip + L261]
	movq mm2, qword ptr [rip + L262]
	pmulhuw mm1, mm2
	movq rax, mm1
	ACC rax, 0x140003f7f
	movq mm1, qword ptr [rip + L263]
	movq mm2, qword ptr [rip + L264]
	pmulhuw mm1, mm2
	movq rax, mm1
	ACC rax, 0x0
	movq mm1, qword ptr [rip + L265]
	movq mm2, qword ptr [rip + L266]
	pmulhuw mm1, qword ptr [rip + L266]
	movq rax, mm1
	ACC rax, 0x122000044d56690
	movq mm1, qword ptr [rip + L267]
	movq mm2, qword ptr [rip + L268]
	pmuludq mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f80ff40ffbfc000
	movq mm1, qword ptr [rip + L269]
	movq mm2, qword ptr [rip + L270]
	pmuludq mm1, mm2
	movq rax, mm1
	ACC rax, 0x3fa27837e5618cf0
	movq mm1, qword ptr [rip + L271]
	movq mm2, qword ptr [rip + L272]
	pmuludq mm1, mm2
	movq rax, mm1
	ACC rax, 0x80000000
	movq mm1, qword ptr [rip + L273]
	movq mm2, qword ptr [rip + L274]
	pmuludq mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff7fff80008000
	movq mm1, qword ptr [rip + L275]
	movq mm2, qword ptr [rip + L276]
	pmuludq mm1, mm2
	movq rax, mm1
	ACC rax, 0x4000bf003f7fc080
	movq mm1, qword ptr [rip + L277]
	movq mm2, qword ptr [rip + L278]
	pmuludq mm1, mm2
	movq rax, mm1
	ACC rax, 0x2
	movq mm1, qword ptr [rip + L279]
	movq mm2, qword ptr [rip + L280]
	pmuludq mm1, qword ptr [rip + L280]
	movq rax, mm1
	ACC rax, 0x44d62b8891108880
	movq mm1, qword ptr [rip + L281]
	movq mm2, qword ptr [rip + L282]
	pmaddwd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff00bf4000
	movq mm1, qword ptr [rip + L283]
	movq mm2, qword ptr [rip + L284]
	pmaddwd mm1, mm2
	movq rax, mm1
	ACC rax, 0xed2dbf3cbf838b0c
	movq mm1, qword ptr [rip + L285]
	movq mm2, qword ptr [rip + L286]
	pmaddwd mm1, mm2
	movq rax, mm1
	ACC rax, 0xc000800000000000
	movq mm1, qword ptr [rip + L287]
	movq mm2, qword ptr [rip + L288]
	pmaddwd mm1, mm2
	movq rax, mm1
	ACC rax, 0x1
	ACC_CHECK
	movq mm1, qword ptr [rip + L289]
	movq mm2, qword ptr [rip + L290]
	pmaddwd mm1, mm2
	movq rax, mm1
	ACC rax, 0x2fa0300000000
	movq mm1, qword ptr [rip + L291]
	movq mm2, qword ptr [rip + L292]
	pmaddwd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff00000002
	movq mm1, qword ptr [rip + L293]
	movq mm2, qword ptr [rip + L294]
	pmaddwd mm1, qword ptr [rip + L294]
	movq rax, mm1
	ACC rax, 0x4444223b0880
	movq mm1, qword ptr [rip + L295]
	movq mm2, qword ptr [rip + L296]
	pmaddubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff8000ff8080c000
	movq mm1, qword ptr [rip + L297]
	movq mm2, qword ptr [rip + L298]
	pmaddubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfb12c34a774236fa
	movq mm1, qword ptr [rip + L299]
	movq mm2, qword ptr [rip + L300]
	pmaddubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xc080000000000000
	movq mm1, qword ptr [rip + L301]
	movq mm2, qword ptr [rip + L302]
	pmaddubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7d828080
	movq mm1, qword ptr [rip + L303]
	movq mm2, qword ptr [rip + L304]
	pmaddubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01fe0281007e81
	movq mm1, qword ptr [rip + L305]
	movq mm2, qword ptr [rip + L306]
	pmaddubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff00000002
	movq mm1, qword ptr [rip + L307]
	movq mm2, qword ptr [rip + L308]
	pmaddubsw mm1, qword ptr [rip + L308]
	movq rax, mm1
	ACC rax, 0xffdc0067bb80ee33
	movq mm1, qword ptr [rip + L309]
	movq mm2, qword ptr [rip + L310]
	pmulhrsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1000100ff0080
	movq mm1, qword ptr [rip + L311]
	movq mm2, qword ptr [rip + L312]
	pmulhrsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffdda5e929cec6b
	movq mm1, qword ptr [rip + L313]
	movq mm2, qword ptr [rip + L314]
	pmulhrsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8001000000000000
	movq mm1, qword ptr [rip + L315]
	movq mm2, qword ptr [rip + L316]
	pmulhrsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff0001
	movq mm1, qword ptr [rip + L317]
	movq mm2, qword ptr [rip + L318]
	pmulhrsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x2000481007f00
	movq mm1, qword ptr [rip + L319]
	movq mm2, qword ptr [rip + L320]
	pmulhrsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x0
	ACC_CHECK
	movq mm1, qword ptr [rip + L321]
	movq mm2, qword ptr [rip + L322]
	pmulhrsw mm1, qword ptr [rip + L322]
	movq rax, mm1
	ACC rax, 0x17655ce21
	movq mm1, qword ptr [rip + L323]
	movq mm2, qword ptr [rip + L324]
	pavgb mm1, mm2
	movq rax, mm1
	ACC rax, 0xc0804080c0014080
	movq mm1, qword ptr [rip + L325]
	movq mm2, qword ptr [rip + L326]
	pavgb mm1, mm2
	movq rax, mm1
	ACC rax, 0x8080808080808080
	movq mm1, qword ptr [rip + L327]
	movq mm2, qword ptr [rip + L328]
	pavgb mm1, mm2
	movq rax, mm1
	ACC rax, 0x8080808040000001
	movq mm1, qword ptr [rip + L329]
	movq mm2, qword ptr [rip + L330]
	pavgb mm1, mm2
	movq rax, mm1
	ACC rax, 0x40404040bfffc080
	movq mm1, qword ptr [rip + L331]
	movq mm2, qword ptr [rip + L332]
	pavgb mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01ff80817f80
	movq mm1, qword ptr [rip + L333]
	movq mm2, qword ptr [rip + L334]
	pavgb mm1, mm2
	movq rax, mm1
	ACC rax, 0x8080808000000002
	movq mm1, qword ptr [rip + L335]
	movq mm2, qword ptr [rip + L336]
	pavgb mm1, qword ptr [rip + L336]
	movq rax, mm1
	ACC rax, 0x809123348556a6b8
	movq mm1, qword ptr [rip + L337]
	movq mm2, qword ptr [rip + L338]
	pavgw mm1, mm2
	movq rax, mm1
	ACC rax, 0xc0004000bf814000
	movq mm1, qword ptr [rip + L339]
	movq mm2, qword ptr [rip + L340]
	pavgw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000800080008000
	movq mm1, qword ptr [rip + L341]
	movq mm2, qword ptr [rip + L342]
	pavgw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000800040000001
	movq mm1, qword ptr [rip + L343]
	movq mm2, qword ptr [rip + L344]
	pavgw mm1, mm2
	movq rax, mm1
	ACC rax, 0x3fc04040bfffc000
	movq mm1, qword ptr [rip + L345]
	movq mm2, qword ptr [rip + L346]
	pavgw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff017f80017f80
	movq mm1, qword ptr [rip + L347]
	movq mm2, qword ptr [rip + L348]
	pavgw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000800000000002
	movq mm1, qword ptr [rip + L349]
	movq mm2, qword ptr [rip + L350]
	pavgw mm1, qword ptr [rip + L350]
	movq rax, mm1
	ACC rax, 0x809122b484d6a6b8
	movq mm1, qword ptr [rip + L351]
	movq mm2, qword ptr [rip + L352]
	psadbw mm1, mm2
	movq rax, mm1
	ACC rax, 0x3fa
	ACC_CHECK
	movq mm1, qword ptr [rip + L353]
	movq mm2, qword ptr [rip + L354]
	psadbw mm1, mm2
	movq rax, mm1
	ACC rax, 0x440
	movq mm1, qword ptr [rip + L355]
	movq mm2, qword ptr [rip + L356]
	psadbw mm1, mm2
	movq rax, mm1
	ACC rax, 0x37f
	movq mm1, qword ptr [rip + L357]
	movq mm2, qword ptr [rip + L358]
	psadbw mm1, mm2
	movq rax, mm1
	ACC rax, 0x3fc
	movq mm1, qword ptr [rip + L359]
	movq mm2, qword ptr [rip + L360]
	psadbw mm1, mm2
	movq rax, mm1
	ACC rax, 0x5
	movq mm1, qword ptr [rip + L361]
	movq mm2, qword ptr [rip + L362]
	psadbw mm1, mm2
	movq rax, mm1
	ACC rax, 0x3fc
	movq mm1, qword ptr [rip + L363]
	movq mm2, qword ptr [rip + L364]
	psadbw mm1, qword ptr [rip + L364]
	movq rax, mm1
	ACC rax, 0x3f6
	movq mm1, qword ptr [rip + L365]
	movq mm2, qword ptr [rip + L366]
	pminub mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000180000080
	movq mm1, qword ptr [rip + L367]
	movq mm2, qword ptr [rip + L368]
	pminub mm1, mm2
	movq rax, mm1
	ACC rax, 0x123456776543210
	movq mm1, qword ptr [rip + L369]
	movq mm2, qword ptr [rip + L370]
	pminub mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f00000000000000
	movq mm1, qword ptr [rip + L371]
	movq mm2, qword ptr [rip + L372]
	pminub mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff8000
	movq mm1, qword ptr [rip + L373]
	movq mm2, qword ptr [rip + L374]
	pminub mm1, mm2
	movq rax, mm1
	ACC rax, 0xff00fe7f807f7f
	movq mm1, qword ptr [rip + L375]
	movq mm2, qword ptr [rip + L376]
	pminub mm1, mm2
	movq rax, mm1
	ACC rax, 0x100000001
	movq mm1, qword ptr [rip + L377]
	movq mm2, qword ptr [rip + L378]
	pminub mm1, qword ptr [rip + L378]
	movq rax, mm1
	ACC rax, 0x123000180007f80
	movq mm1, qword ptr [rip + L379]
	movq mm2, qword ptr [rip + L380]
	pmaxub mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff7fffff017f80
	movq mm1, qword ptr [rip + L381]
	movq mm2, qword ptr [rip + L382]
	pmaxub mm1, mm2
	movq rax, mm1
	ACC rax, 0xfedcba9889abcdef
	movq mm1, qword ptr [rip + L383]
	movq mm2, qword ptr [rip + L384]
	pmaxub mm1, mm2
	movq rax, mm1
	ACC rax, 0x80ffffff80000001
	ACC_CHECK
	movq mm1, qword ptr [rip + L385]
	movq mm2, qword ptr [rip + L386]
	pmaxub mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f8080ffffffff
	movq mm1, qword ptr [rip + L387]
	movq mm2, qword ptr [rip + L388]
	pmaxub mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01ff80817f80
	movq mm1, qword ptr [rip + L389]
	movq mm2, qword ptr [rip + L390]
	pmaxub mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff00000002
	movq mm1, qword ptr [rip + L391]
	movq mm2, qword ptr [rip + L392]
	pmaxub mm1, qword ptr [rip + L392]
	movq rax, mm1
	ACC rax, 0xffff456789abcdef
	movq mm1, qword ptr [rip + L393]
	movq mm2, qword ptr [rip + L394]
	pminsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000180000080
	movq mm1, qword ptr [rip + L395]
	movq mm2, qword ptr [rip + L396]
	pminsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfedcba9889abcdef
	movq mm1, qword ptr [rip + L397]
	movq mm2, qword ptr [rip + L398]
	pminsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000ffff80000000
	movq mm1, qword ptr [rip + L399]
	movq mm2, qword ptr [rip + L400]
	pminsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8080ffff8000
	movq mm1, qword ptr [rip + L401]
	movq mm2, qword ptr [rip + L402]
	pminsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff00ff80817f7f
	movq mm1, qword ptr [rip + L403]
	movq mm2, qword ptr [rip + L404]
	pminsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff00000001
	movq mm1, qword ptr [rip + L405]
	movq mm2, qword ptr [rip + L406]
	pminsw mm1, qword ptr [rip + L406]
	movq rax, mm1
	ACC rax, 0xffff00018000cdef
	movq mm1, qword ptr [rip + L407]
	movq mm2, qword ptr [rip + L408]
	pmaxsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff7fffff017f80
	movq mm1, qword ptr [rip + L409]
	movq mm2, qword ptr [rip + L410]
	pmaxsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x123456776543210
	movq mm1, qword ptr [rip + L411]
	movq mm2, qword ptr [rip + L412]
	pmaxsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff000000000001
	movq mm1, qword ptr [rip + L413]
	movq mm2, qword ptr [rip + L414]
	pmaxsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f00007fffffff
	movq mm1, qword ptr [rip + L415]
	movq mm2, qword ptr [rip + L416]
	pmaxsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01fe7f807f80
	ACC_CHECK
	movq mm1, qword ptr [rip + L417]
	movq mm2, qword ptr [rip + L418]
	pmaxsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x100000002
	movq mm1, qword ptr [rip + L419]
	movq mm2, qword ptr [rip + L420]
	pmaxsw mm1, qword ptr [rip + L420]
	movq rax, mm1
	ACC rax, 0x123456789ab7f80
	movq mm1, qword ptr [rip + L421]
	movq mm2, qword ptr [rip + L422]
	pabsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x101000180007f80
	movq mm1, qword ptr [rip + L423]
	movq mm2, qword ptr [rip + L424]
	pabsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x224466876543210
	movq mm1, qword ptr [rip + L425]
	movq mm2, qword ptr [rip + L426]
	pabsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L427]
	movq mm2, qword ptr [rip + L428]
	pabsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80807f018000
	movq mm1, qword ptr [rip + L429]
	movq mm2, qword ptr [rip + L430]
	pabsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x10102807f7f7f
	movq mm1, qword ptr [rip + L431]
	movq mm2, qword ptr [rip + L432]
	pabsb mm1, mm2
	movq rax, mm1
	ACC rax, 0x100000002
	movq mm1, qword ptr [rip + L433]
	movq mm2, qword ptr [rip + L434]
	pabsb mm1, qword ptr [rip + L434]
	movq rax, mm1
	ACC rax, 0x101000180007f80
	movq mm1, qword ptr [rip + L435]
	movq mm2, qword ptr [rip + L436]
	pabsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1000180007f80
	movq mm1, qword ptr [rip + L437]
	movq mm2, qword ptr [rip + L438]
	pabsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x124456876543210
	movq mm1, qword ptr [rip + L439]
	movq mm2, qword ptr [rip + L440]
	pabsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L441]
	movq mm2, qword ptr [rip + L442]
	pabsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f7f807fff8000
	movq mm1, qword ptr [rip + L443]
	movq mm2, qword ptr [rip + L444]
	pabsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01fe7f7f7f7f
	movq mm1, qword ptr [rip + L445]
	movq mm2, qword ptr [rip + L446]
	pabsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x100000002
	movq mm1, qword ptr [rip + L447]
	movq mm2, qword ptr [rip + L448]
	pabsw mm1, qword ptr [rip + L448]
	movq rax, mm1
	ACC rax, 0x1000180007f80
	ACC_CHECK
	movq mm1, qword ptr [rip + L449]
	movq mm2, qword ptr [rip + L450]
	pabsd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff7fff8080
	movq mm1, qword ptr [rip + L451]
	movq mm2, qword ptr [rip + L452]
	pabsd mm1, mm2
	movq rax, mm1
	ACC rax, 0x123456876543210
	movq mm1, qword ptr [rip + L453]
	movq mm2, qword ptr [rip + L454]
	pabsd mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L455]
	movq mm2, qword ptr [rip + L456]
	pabsd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f7f80807fff8000
	movq mm1, qword ptr [rip + L457]
	movq mm2, qword ptr [rip + L458]
	pabsd mm1, mm2
	movq rax, mm1
	ACC rax, 0xff01fe7f7e8081
	movq mm1, qword ptr [rip + L459]
	movq mm2, qword ptr [rip + L460]
	pabsd mm1, mm2
	movq rax, mm1
	ACC rax, 0x100000002
	movq mm1, qword ptr [rip + L461]
	movq mm2, qword ptr [rip + L462]
	pabsd mm1, qword ptr [rip + L462]
	movq rax, mm1
	ACC rax, 0xffff7fff8080
	movq mm1, qword ptr [rip + L463]
	movq mm2, qword ptr [rip + L464]
	psignb mm1, mm2
	movq rax, mm1
	ACC rax, 0x800000ff01000080
	movq mm1, qword ptr [rip + L465]
	movq mm2, qword ptr [rip + L466]
	psignb mm1, mm2
	movq rax, mm1
	ACC rax, 0xffddbb9989abcdef
	movq mm1, qword ptr [rip + L467]
	movq mm2, qword ptr [rip + L468]
	psignb mm1, mm2
	movq rax, mm1
	ACC rax, 0x8100000000000000
	movq mm1, qword ptr [rip + L469]
	movq mm2, qword ptr [rip + L470]
	psignb mm1, mm2
	movq rax, mm1
	ACC rax, 0xff010100
	movq mm1, qword ptr [rip + L471]
	movq mm2, qword ptr [rip + L472]
	psignb mm1, mm2
	movq rax, mm1
	ACC rax, 0x1000181807f80
	movq mm1, qword ptr [rip + L473]
	movq mm2, qword ptr [rip + L474]
	psignb mm1, mm2
	movq rax, mm1
	ACC rax, 0xff00000001
	movq mm1, qword ptr [rip + L475]
	movq mm2, qword ptr [rip + L476]
	psignb mm1, qword ptr [rip + L476]
	movq rax, mm1
	ACC rax, 0xffdd00677700cd11
	movq mm1, qword ptr [rip + L477]
	movq mm2, qword ptr [rip + L478]
	psignw mm1, mm2
	movq rax, mm1
	ACC rax, 0x80007fff00ff0080
	movq mm1, qword ptr [rip + L479]
	movq mm2, qword ptr [rip + L480]
	psignw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfeddba9989abcdef
	ACC_CHECK
	movq mm1, qword ptr [rip + L481]
	movq mm2, qword ptr [rip + L482]
	psignw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8001000000000000
	movq mm1, qword ptr [rip + L483]
	movq mm2, qword ptr [rip + L484]
	psignw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff0001
	movq mm1, qword ptr [rip + L485]
	movq mm2, qword ptr [rip + L486]
	psignw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff00ff80807f80
	movq mm1, qword ptr [rip + L487]
	movq mm2, qword ptr [rip + L488]
	psignw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffff00000001
	movq mm1, qword ptr [rip + L489]
	movq mm2, qword ptr [rip + L490]
	psignw mm1, qword ptr [rip + L490]
	movq rax, mm1
	ACC rax, 0xfedd45677655cdef
	movq mm1, qword ptr [rip + L491]
	movq mm2, qword ptr [rip + L492]
	psignd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff800100feff80
	movq mm1, qword ptr [rip + L493]
	movq mm2, qword ptr [rip + L494]
	psignd mm1, mm2
	movq rax, mm1
	ACC rax, 0xfedcba9989abcdef
	movq mm1, qword ptr [rip + L495]
	movq mm2, qword ptr [rip + L496]
	psignd mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000180000000
	movq mm1, qword ptr [rip + L497]
	movq mm2, qword ptr [rip + L498]
	psignd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff
	movq mm1, qword ptr [rip + L499]
	movq mm2, qword ptr [rip + L500]
	psignd mm1, mm2
	movq rax, mm1
	ACC rax, 0xff00ff807f8080
	movq mm1, qword ptr [rip + L501]
	movq mm2, qword ptr [rip + L502]
	psignd mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff00000001
	movq mm1, qword ptr [rip + L503]
	movq mm2, qword ptr [rip + L504]
	psignd mm1, qword ptr [rip + L504]
	movq rax, mm1
	ACC rax, 0xfedcba9976543211
	movq mm1, qword ptr [rip + L505]
	movq mm2, qword ptr [rip + L506]
	phaddw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff80ffffff81
	movq mm1, qword ptr [rip + L507]
	movq mm2, qword ptr [rip + L508]
	phaddw mm1, mm2
	movq rax, mm1
	ACC rax, 0xb974a864468a579a
	movq mm1, qword ptr [rip + L509]
	movq mm2, qword ptr [rip + L510]
	phaddw mm1, mm2
	movq rax, mm1
	ACC rax, 0x800000017ffe8000
	movq mm1, qword ptr [rip + L511]
	movq mm2, qword ptr [rip + L512]
	phaddw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff0000fffe
	ACC_CHECK
	movq mm1, qword ptr [rip + L513]
	movq mm2, qword ptr [rip + L514]
	phaddw mm1, mm2
	movq rax, mm1
	ACC rax, 0x2fd000001feff00
	movq mm1, qword ptr [rip + L515]
	movq mm2, qword ptr [rip + L516]
	phaddw mm1, mm2
	movq rax, mm1
	ACC rax, 0x10002fffe0001
	movq mm1, qword ptr [rip + L517]
	movq mm2, qword ptr [rip + L518]
	phaddw mm1, qword ptr [rip + L518]
	movq rax, mm1
	ACC rax, 0xff80468a579a
	movq mm1, qword ptr [rip + L519]
	movq mm2, qword ptr [rip + L520]
	phaddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff7f817f01807f
	movq mm1, qword ptr [rip + L521]
	movq mm2, qword ptr [rip + L522]
	phaddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7530eca88acf1356
	movq mm1, qword ptr [rip + L523]
	movq mm2, qword ptr [rip + L524]
	phaddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x80000001ffffffff
	movq mm1, qword ptr [rip + L525]
	movq mm2, qword ptr [rip + L526]
	phaddd mm1, mm2
	movq rax, mm1
	ACC rax, 0xff7f0080ffffffff
	movq mm1, qword ptr [rip + L527]
	movq mm2, qword ptr [rip + L528]
	phaddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x8180817d807f807f
	movq mm1, qword ptr [rip + L529]
	movq mm2, qword ptr [rip + L530]
	phaddd mm1, mm2
	movq rax, mm1
	ACC rax, 0x300000000
	movq mm1, qword ptr [rip + L531]
	movq mm2, qword ptr [rip + L532]
	phaddd mm1, qword ptr [rip + L532]
	movq rax, mm1
	ACC rax, 0x7fff7f818acf1356
	movq mm1, qword ptr [rip + L533]
	movq mm2, qword ptr [rip + L534]
	phaddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff80ffffff81
	movq mm1, qword ptr [rip + L535]
	movq mm2, qword ptr [rip + L536]
	phaddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xb9747fff468a8000
	movq mm1, qword ptr [rip + L537]
	movq mm2, qword ptr [rip + L538]
	phaddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x800000017ffe8000
	movq mm1, qword ptr [rip + L539]
	movq mm2, qword ptr [rip + L540]
	phaddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xffffffff0000fffe
	movq mm1, qword ptr [rip + L541]
	movq mm2, qword ptr [rip + L542]
	phaddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x2fd000001fe7fff
	movq mm1, qword ptr [rip + L543]
	movq mm2, qword ptr [rip + L544]
	phaddsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x10002fffe0001
	ACC_CHECK
	movq mm1, qword ptr [rip + L545]
	movq mm2, qword ptr [rip + L546]
	phaddsw mm1, qword ptr [rip + L546]
	movq rax, mm1
	ACC rax, 0xff80468a8000
	movq mm1, qword ptr [rip + L547]
	movq mm2, qword ptr [rip + L548]
	phsubw mm1, mm2
	movq rax, mm1
	ACC rax, 0x2ff80ffff017f
	movq mm1, qword ptr [rip + L549]
	movq mm2, qword ptr [rip + L550]
	phsubw mm1, mm2
	movq rax, mm1
	ACC rax, 0xbbbcbbbc44444444
	movq mm1, qword ptr [rip + L551]
	movq mm2, qword ptr [rip + L552]
	phsubw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000180008000
	movq mm1, qword ptr [rip + L553]
	movq mm2, qword ptr [rip + L554]
	phsubw mm1, mm2
	movq rax, mm1
	ACC rax, 0x101000100000000
	movq mm1, qword ptr [rip + L555]
	movq mm2, qword ptr [rip + L556]
	phsubw mm1, mm2
	movq rax, mm1
	ACC rax, 0xfffefe00000000
	movq mm1, qword ptr [rip + L557]
	movq mm2, qword ptr [rip + L558]
	phsubw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1000200000001
	movq mm1, qword ptr [rip + L559]
	movq mm2, qword ptr [rip + L560]
	phsubw mm1, qword ptr [rip + L560]
	movq rax, mm1
	ACC rax, 0x2ff8044444444
	movq mm1, qword ptr [rip + L561]
	movq mm2, qword ptr [rip + L562]
	phsubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x80017f7f7f008081
	movq mm1, qword ptr [rip + L563]
	movq mm2, qword ptr [rip + L564]
	phsubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7777777888888888
	movq mm1, qword ptr [rip + L565]
	movq mm2, qword ptr [rip + L566]
	phsubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000000100000001
	movq mm1, qword ptr [rip + L567]
	movq mm2, qword ptr [rip + L568]
	phsubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff80ffffffff
	movq mm1, qword ptr [rip + L569]
	movq mm2, qword ptr [rip + L570]
	phsubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x7f827d817e817e81
	movq mm1, qword ptr [rip + L571]
	movq mm2, qword ptr [rip + L572]
	phsubd mm1, mm2
	movq rax, mm1
	ACC rax, 0x100000002
	movq mm1, qword ptr [rip + L573]
	movq mm2, qword ptr [rip + L574]
	phsubd mm1, qword ptr [rip + L574]
	movq rax, mm1
	ACC rax, 0x80017f7f88888888
	movq mm1, qword ptr [rip + L575]
	movq mm2, qword ptr [rip + L576]
	phsubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x27fff7fff017f
	ACC_CHECK
	movq mm1, qword ptr [rip + L577]
	movq mm2, qword ptr [rip + L578]
	phsubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xbbbcbbbc44444444
	movq mm1, qword ptr [rip + L579]
	movq mm2, qword ptr [rip + L580]
	phsubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x7fff000180007fff
	movq mm1, qword ptr [rip + L581]
	movq mm2, qword ptr [rip + L582]
	phsubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x8000800000000000
	movq mm1, qword ptr [rip + L583]
	movq mm2, qword ptr [rip + L584]
	phsubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0xff7fff00000000
	movq mm1, qword ptr [rip + L585]
	movq mm2, qword ptr [rip + L586]
	phsubsw mm1, mm2
	movq rax, mm1
	ACC rax, 0x1000200000001
	movq mm1, qword ptr [rip + L587]
	movq mm2, qword ptr [rip + L588]
	phsubsw mm1, qword ptr [rip + L588]
	movq rax, mm1
	ACC rax, 0x27fff44444444
	ACC_CHECK
	PASS

	.data
	.balign 16
L1:	.quad 0x80007fffff010080, 0x0
	.balign 16
L2:	.quad 0xffff000180007f80, 0x0
	.balign 16
L3:	.quad 0x123456789abcdef, 0x0
	.balign 16
L4:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L5:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L6:	.quad 0x8000000000000001, 0x0
	.balign 16
L7:	.quad 0xffffffff, 0x0
	.balign 16
L8:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L9:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L10:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L11:	.quad 0xffffffff00000001, 0x0
	.balign 16
L12:	.quad 0x100000002, 0x0
	.balign 16
L13:	.quad 0x123456789abcdef, 0x0
	.balign 16
L14:	.quad 0xffff000180007f80, 0x0
	.balign 16
L15:	.quad 0x80007fffff010080, 0x0
	.balign 16
L16:	.quad 0xffff000180007f80, 0x0
	.balign 16
L17:	.quad 0x123456789abcdef, 0x0
	.balign 16
L18:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L19:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L20:	.quad 0x8000000000000001, 0x0
	.balign 16
L21:	.quad 0xffffffff, 0x0
	.balign 16
L22:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L23:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L24:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L25:	.quad 0xffffffff00000001, 0x0
	.balign 16
L26:	.quad 0x100000002, 0x0
	.balign 16
L27:	.quad 0x123456789abcdef, 0x0
	.balign 16
L28:	.quad 0xffff000180007f80, 0x0
	.balign 16
L29:	.quad 0x80007fffff010080, 0x0
	.balign 16
L30:	.quad 0xffff000180007f80, 0x0
	.balign 16
L31:	.quad 0x123456789abcdef, 0x0
	.balign 16
L32:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L33:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L34:	.quad 0x8000000000000001, 0x0
	.balign 16
L35:	.quad 0xffffffff, 0x0
	.balign 16
L36:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L37:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L38:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L39:	.quad 0xffffffff00000001, 0x0
	.balign 16
L40:	.quad 0x100000002, 0x0
	.balign 16
L41:	.quad 0x123456789abcdef, 0x0
	.balign 16
L42:	.quad 0xffff000180007f80, 0x0
	.balign 16
L43:	.quad 0x80007fffff010080, 0x0
	.balign 16
L44:	.quad 0xffff000180007f80, 0x0
	.balign 16
L45:	.quad 0x123456789abcdef, 0x0
	.balign 16
L46:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L47:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L48:	.quad 0x8000000000000001, 0x0
	.balign 16
L49:	.quad 0xffffffff, 0x0
	.balign 16
L50:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L51:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L52:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L53:	.quad 0xffffffff00000001, 0x0
	.balign 16
L54:	.quad 0x100000002, 0x0
	.balign 16
L55:	.quad 0x123456789abcdef, 0x0
	.balign 16
L56:	.quad 0xffff000180007f80, 0x0
	.balign 16
L57:	.quad 0x80007fffff010080, 0x0
	.balign 16
L58:	.quad 0xffff000180007f80, 0x0
	.balign 16
L59:	.quad 0x123456789abcdef, 0x0
	.balign 16
L60:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L61:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L62:	.quad 0x8000000000000001, 0x0
	.balign 16
L63:	.quad 0xffffffff, 0x0
	.balign 16
L64:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L65:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L66:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L67:	.quad 0xffffffff00000001, 0x0
	.balign 16
L68:	.quad 0x100000002, 0x0
	.balign 16
L69:	.quad 0x123456789abcdef, 0x0
	.balign 16
L70:	.quad 0xffff000180007f80, 0x0
	.balign 16
L71:	.quad 0x80007fffff010080, 0x0
	.balign 16
L72:	.quad 0xffff000180007f80, 0x0
	.balign 16
L73:	.quad 0x123456789abcdef, 0x0
	.balign 16
L74:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L75:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L76:	.quad 0x8000000000000001, 0x0
	.balign 16
L77:	.quad 0xffffffff, 0x0
	.balign 16
L78:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L79:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L80:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L81:	.quad 0xffffffff00000001, 0x0
	.balign 16
L82:	.quad 0x100000002, 0x0
	.balign 16
L83:	.quad 0x123456789abcdef, 0x0
	.balign 16
L84:	.quad 0xffff000180007f80, 0x0
	.balign 16
L85:	.quad 0x80007fffff010080, 0x0
	.balign 16
L86:	.quad 0xffff000180007f80, 0x0
	.balign 16
L87:	.quad 0x123456789abcdef, 0x0
	.balign 16
L88:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L89:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L90:	.quad 0x8000000000000001, 0x0
	.balign 16
L91:	.quad 0xffffffff, 0x0
	.balign 16
L92:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L93:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L94:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L95:	.quad 0xffffffff00000001, 0x0
	.balign 16
L96:	.quad 0x100000002, 0x0
	.balign 16
L97:	.quad 0x123456789abcdef, 0x0
	.balign 16
L98:	.quad 0xffff000180007f80, 0x0
	.balign 16
L99:	.quad 0x80007fffff010080, 0x0
	.balign 16
L100:	.quad 0xffff000180007f80, 0x0
	.balign 16
L101:	.quad 0x123456789abcdef, 0x0
	.balign 16
L102:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L103:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L104:	.quad 0x8000000000000001, 0x0
	.balign 16
L105:	.quad 0xffffffff, 0x0
	.balign 16
L106:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L107:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L108:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L109:	.quad 0xffffffff00000001, 0x0
	.balign 16
L110:	.quad 0x100000002, 0x0
	.balign 16
L111:	.quad 0x123456789abcdef, 0x0
	.balign 16
L112:	.quad 0xffff000180007f80, 0x0
	.balign 16
L113:	.quad 0x80007fffff010080, 0x0
	.balign 16
L114:	.quad 0xffff000180007f80, 0x0
	.balign 16
L115:	.quad 0x123456789abcdef, 0x0
	.balign 16
L116:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L117:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L118:	.quad 0x8000000000000001, 0x0
	.balign 16
L119:	.quad 0xffffffff, 0x0
	.balign 16
L120:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L121:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L122:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L123:	.quad 0xffffffff00000001, 0x0
	.balign 16
L124:	.quad 0x100000002, 0x0
	.balign 16
L125:	.quad 0x123456789abcdef, 0x0
	.balign 16
L126:	.quad 0xffff000180007f80, 0x0
	.balign 16
L127:	.quad 0x80007fffff010080, 0x0
	.balign 16
L128:	.quad 0xffff000180007f80, 0x0
	.balign 16
L129:	.quad 0x123456789abcdef, 0x0
	.balign 16
L130:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L131:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L132:	.quad 0x8000000000000001, 0x0
	.balign 16
L133:	.quad 0xffffffff, 0x0
	.balign 16
L134:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L135:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L136:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L137:	.quad 0xffffffff00000001, 0x0
	.balign 16
L138:	.quad 0x100000002, 0x0
	.balign 16
L139:	.quad 0x123456789abcdef, 0x0
	.balign 16
L140:	.quad 0xffff000180007f80, 0x0
	.balign 16
L141:	.quad 0x80007fffff010080, 0x0
	.balign 16
L142:	.quad 0xffff000180007f80, 0x0
	.balign 16
L143:	.quad 0x123456789abcdef, 0x0
	.balign 16
L144:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L145:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L146:	.quad 0x8000000000000001, 0x0
	.balign 16
L147:	.quad 0xffffffff, 0x0
	.balign 16
L148:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L149:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L150:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L151:	.quad 0xffffffff00000001, 0x0
	.balign 16
L152:	.quad 0x100000002, 0x0
	.balign 16
L153:	.quad 0x123456789abcdef, 0x0
	.balign 16
L154:	.quad 0xffff000180007f80, 0x0
	.balign 16
L155:	.quad 0x80007fffff010080, 0x0
	.balign 16
L156:	.quad 0xffff000180007f80, 0x0
	.balign 16
L157:	.quad 0x123456789abcdef, 0x0
	.balign 16
L158:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L159:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L160:	.quad 0x8000000000000001, 0x0
	.balign 16
L161:	.quad 0xffffffff, 0x0
	.balign 16
L162:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L163:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L164:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L165:	.quad 0xffffffff00000001, 0x0
	.balign 16
L166:	.quad 0x100000002, 0x0
	.balign 16
L167:	.quad 0x123456789abcdef, 0x0
	.balign 16
L168:	.quad 0xffff000180007f80, 0x0
	.balign 16
L169:	.quad 0x80007fffff010080, 0x0
	.balign 16
L170:	.quad 0xffff000180007f80, 0x0
	.balign 16
L171:	.quad 0x123456789abcdef, 0x0
	.balign 16
L172:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L173:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L174:	.quad 0x8000000000000001, 0x0
	.balign 16
L175:	.quad 0xffffffff, 0x0
	.balign 16
L176:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L177:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L178:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L179:	.quad 0xffffffff00000001, 0x0
	.balign 16
L180:	.quad 0x100000002, 0x0
	.balign 16
L181:	.quad 0x123456789abcdef, 0x0
	.balign 16
L182:	.quad 0xffff000180007f80, 0x0
	.balign 16
L183:	.quad 0x80007fffff010080, 0x0
	.balign 16
L184:	.quad 0xffff000180007f80, 0x0
	.balign 16
L185:	.quad 0x123456789abcdef, 0x0
	.balign 16
L186:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L187:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L188:	.quad 0x8000000000000001, 0x0
	.balign 16
L189:	.quad 0xffffffff, 0x0
	.balign 16
L190:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L191:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L192:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L193:	.quad 0xffffffff00000001, 0x0
	.balign 16
L194:	.quad 0x100000002, 0x0
	.balign 16
L195:	.quad 0x123456789abcdef, 0x0
	.balign 16
L196:	.quad 0xffff000180007f80, 0x0
	.balign 16
L197:	.quad 0x80007fffff010080, 0x0
	.balign 16
L198:	.quad 0xffff000180007f80, 0x0
	.balign 16
L199:	.quad 0x123456789abcdef, 0x0
	.balign 16
L200:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L201:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L202:	.quad 0x8000000000000001, 0x0
	.balign 16
L203:	.quad 0xffffffff, 0x0
	.balign 16
L204:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L205:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L206:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L207:	.quad 0xffffffff00000001, 0x0
	.balign 16
L208:	.quad 0x100000002, 0x0
	.balign 16
L209:	.quad 0x123456789abcdef, 0x0
	.balign 16
L210:	.quad 0xffff000180007f80, 0x0
	.balign 16
L211:	.quad 0x80007fffff010080, 0x0
	.balign 16
L212:	.quad 0xffff000180007f80, 0x0
	.balign 16
L213:	.quad 0x123456789abcdef, 0x0
	.balign 16
L214:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L215:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L216:	.quad 0x8000000000000001, 0x0
	.balign 16
L217:	.quad 0xffffffff, 0x0
	.balign 16
L218:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L219:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L220:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L221:	.quad 0xffffffff00000001, 0x0
	.balign 16
L222:	.quad 0x100000002, 0x0
	.balign 16
L223:	.quad 0x123456789abcdef, 0x0
	.balign 16
L224:	.quad 0xffff000180007f80, 0x0
	.balign 16
L225:	.quad 0x80007fffff010080, 0x0
	.balign 16
L226:	.quad 0xffff000180007f80, 0x0
	.balign 16
L227:	.quad 0x123456789abcdef, 0x0
	.balign 16
L228:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L229:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L230:	.quad 0x8000000000000001, 0x0
	.balign 16
L231:	.quad 0xffffffff, 0x0
	.balign 16
L232:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L233:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L234:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L235:	.quad 0xffffffff00000001, 0x0
	.balign 16
L236:	.quad 0x100000002, 0x0
	.balign 16
L237:	.quad 0x123456789abcdef, 0x0
	.balign 16
L238:	.quad 0xffff000180007f80, 0x0
	.balign 16
L239:	.quad 0x80007fffff010080, 0x0
	.balign 16
L240:	.quad 0xffff000180007f80, 0x0
	.balign 16
L241:	.quad 0x123456789abcdef, 0x0
	.balign 16
L242:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L243:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L244:	.quad 0x8000000000000001, 0x0
	.balign 16
L245:	.quad 0xffffffff, 0x0
	.balign 16
L246:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L247:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L248:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L249:	.quad 0xffffffff00000001, 0x0
	.balign 16
L250:	.quad 0x100000002, 0x0
	.balign 16
L251:	.quad 0x123456789abcdef, 0x0
	.balign 16
L252:	.quad 0xffff000180007f80, 0x0
	.balign 16
L253:	.quad 0x80007fffff010080, 0x0
	.balign 16
L254:	.quad 0xffff000180007f80, 0x0
	.balign 16
L255:	.quad 0x123456789abcdef, 0x0
	.balign 16
L256:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L257:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L258:	.quad 0x8000000000000001, 0x0
	.balign 16
L259:	.quad 0xffffffff, 0x0
	.balign 16
L260:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L261:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L262:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L263:	.quad 0xffffffff00000001, 0x0
	.balign 16
L264:	.quad 0x100000002, 0x0
	.balign 16
L265:	.quad 0x123456789abcdef, 0x0
	.balign 16
L266:	.quad 0xffff000180007f80, 0x0
	.balign 16
L267:	.quad 0x80007fffff010080, 0x0
	.balign 16
L268:	.quad 0xffff000180007f80, 0x0
	.balign 16
L269:	.quad 0x123456789abcdef, 0x0
	.balign 16
L270:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L271:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L272:	.quad 0x8000000000000001, 0x0
	.balign 16
L273:	.quad 0xffffffff, 0x0
	.balign 16
L274:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L275:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L276:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L277:	.quad 0xffffffff00000001, 0x0
	.balign 16
L278:	.quad 0x100000002, 0x0
	.balign 16
L279:	.quad 0x123456789abcdef, 0x0
	.balign 16
L280:	.quad 0xffff000180007f80, 0x0
	.balign 16
L281:	.quad 0x80007fffff010080, 0x0
	.balign 16
L282:	.quad 0xffff000180007f80, 0x0
	.balign 16
L283:	.quad 0x123456789abcdef, 0x0
	.balign 16
L284:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L285:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L286:	.quad 0x8000000000000001, 0x0
	.balign 16
L287:	.quad 0xffffffff, 0x0
	.balign 16
L288:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L289:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L290:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L291:	.quad 0xffffffff00000001, 0x0
	.balign 16
L292:	.quad 0x100000002, 0x0
	.balign 16
L293:	.quad 0x123456789abcdef, 0x0
	.balign 16
L294:	.quad 0xffff000180007f80, 0x0
	.balign 16
L295:	.quad 0x80007fffff010080, 0x0
	.balign 16
L296:	.quad 0xffff000180007f80, 0x0
	.balign 16
L297:	.quad 0x123456789abcdef, 0x0
	.balign 16
L298:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L299:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L300:	.quad 0x8000000000000001, 0x0
	.balign 16
L301:	.quad 0xffffffff, 0x0
	.balign 16
L302:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L303:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L304:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L305:	.quad 0xffffffff00000001, 0x0
	.balign 16
L306:	.quad 0x100000002, 0x0
	.balign 16
L307:	.quad 0x123456789abcdef, 0x0
	.balign 16
L308:	.quad 0xffff000180007f80, 0x0
	.balign 16
L309:	.quad 0x80007fffff010080, 0x0
	.balign 16
L310:	.quad 0xffff000180007f80, 0x0
	.balign 16
L311:	.quad 0x123456789abcdef, 0x0
	.balign 16
L312:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L313:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L314:	.quad 0x8000000000000001, 0x0
	.balign 16
L315:	.quad 0xffffffff, 0x0
	.balign 16
L316:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L317:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L318:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L319:	.quad 0xffffffff00000001, 0x0
	.balign 16
L320:	.quad 0x100000002, 0x0
	.balign 16
L321:	.quad 0x123456789abcdef, 0x0
	.balign 16
L322:	.quad 0xffff000180007f80, 0x0
	.balign 16
L323:	.quad 0x80007fffff010080, 0x0
	.balign 16
L324:	.quad 0xffff000180007f80, 0x0
	.balign 16
L325:	.quad 0x123456789abcdef, 0x0
	.balign 16
L326:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L327:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L328:	.quad 0x8000000000000001, 0x0
	.balign 16
L329:	.quad 0xffffffff, 0x0
	.balign 16
L330:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L331:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L332:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L333:	.quad 0xffffffff00000001, 0x0
	.balign 16
L334:	.quad 0x100000002, 0x0
	.balign 16
L335:	.quad 0x123456789abcdef, 0x0
	.balign 16
L336:	.quad 0xffff000180007f80, 0x0
	.balign 16
L337:	.quad 0x80007fffff010080, 0x0
	.balign 16
L338:	.quad 0xffff000180007f80, 0x0
	.balign 16
L339:	.quad 0x123456789abcdef, 0x0
	.balign 16
L340:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L341:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L342:	.quad 0x8000000000000001, 0x0
	.balign 16
L343:	.quad 0xffffffff, 0x0
	.balign 16
L344:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L345:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L346:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L347:	.quad 0xffffffff00000001, 0x0
	.balign 16
L348:	.quad 0x100000002, 0x0
	.balign 16
L349:	.quad 0x123456789abcdef, 0x0
	.balign 16
L350:	.quad 0xffff000180007f80, 0x0
	.balign 16
L351:	.quad 0x80007fffff010080, 0x0
	.balign 16
L352:	.quad 0xffff000180007f80, 0x0
	.balign 16
L353:	.quad 0x123456789abcdef, 0x0
	.balign 16
L354:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L355:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L356:	.quad 0x8000000000000001, 0x0
	.balign 16
L357:	.quad 0xffffffff, 0x0
	.balign 16
L358:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L359:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L360:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L361:	.quad 0xffffffff00000001, 0x0
	.balign 16
L362:	.quad 0x100000002, 0x0
	.balign 16
L363:	.quad 0x123456789abcdef, 0x0
	.balign 16
L364:	.quad 0xffff000180007f80, 0x0
	.balign 16
L365:	.quad 0x80007fffff010080, 0x0
	.balign 16
L366:	.quad 0xffff000180007f80, 0x0
	.balign 16
L367:	.quad 0x123456789abcdef, 0x0
	.balign 16
L368:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L369:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L370:	.quad 0x8000000000000001, 0x0
	.balign 16
L371:	.quad 0xffffffff, 0x0
	.balign 16
L372:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L373:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L374:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L375:	.quad 0xffffffff00000001, 0x0
	.balign 16
L376:	.quad 0x100000002, 0x0
	.balign 16
L377:	.quad 0x123456789abcdef, 0x0
	.balign 16
L378:	.quad 0xffff000180007f80, 0x0
	.balign 16
L379:	.quad 0x80007fffff010080, 0x0
	.balign 16
L380:	.quad 0xffff000180007f80, 0x0
	.balign 16
L381:	.quad 0x123456789abcdef, 0x0
	.balign 16
L382:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L383:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L384:	.quad 0x8000000000000001, 0x0
	.balign 16
L385:	.quad 0xffffffff, 0x0
	.balign 16
L386:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L387:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L388:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L389:	.quad 0xffffffff00000001, 0x0
	.balign 16
L390:	.quad 0x100000002, 0x0
	.balign 16
L391:	.quad 0x123456789abcdef, 0x0
	.balign 16
L392:	.quad 0xffff000180007f80, 0x0
	.balign 16
L393:	.quad 0x80007fffff010080, 0x0
	.balign 16
L394:	.quad 0xffff000180007f80, 0x0
	.balign 16
L395:	.quad 0x123456789abcdef, 0x0
	.balign 16
L396:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L397:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L398:	.quad 0x8000000000000001, 0x0
	.balign 16
L399:	.quad 0xffffffff, 0x0
	.balign 16
L400:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L401:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L402:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L403:	.quad 0xffffffff00000001, 0x0
	.balign 16
L404:	.quad 0x100000002, 0x0
	.balign 16
L405:	.quad 0x123456789abcdef, 0x0
	.balign 16
L406:	.quad 0xffff000180007f80, 0x0
	.balign 16
L407:	.quad 0x80007fffff010080, 0x0
	.balign 16
L408:	.quad 0xffff000180007f80, 0x0
	.balign 16
L409:	.quad 0x123456789abcdef, 0x0
	.balign 16
L410:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L411:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L412:	.quad 0x8000000000000001, 0x0
	.balign 16
L413:	.quad 0xffffffff, 0x0
	.balign 16
L414:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L415:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L416:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L417:	.quad 0xffffffff00000001, 0x0
	.balign 16
L418:	.quad 0x100000002, 0x0
	.balign 16
L419:	.quad 0x123456789abcdef, 0x0
	.balign 16
L420:	.quad 0xffff000180007f80, 0x0
	.balign 16
L421:	.quad 0x80007fffff010080, 0x0
	.balign 16
L422:	.quad 0xffff000180007f80, 0x0
	.balign 16
L423:	.quad 0x123456789abcdef, 0x0
	.balign 16
L424:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L425:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L426:	.quad 0x8000000000000001, 0x0
	.balign 16
L427:	.quad 0xffffffff, 0x0
	.balign 16
L428:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L429:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L430:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L431:	.quad 0xffffffff00000001, 0x0
	.balign 16
L432:	.quad 0x100000002, 0x0
	.balign 16
L433:	.quad 0x123456789abcdef, 0x0
	.balign 16
L434:	.quad 0xffff000180007f80, 0x0
	.balign 16
L435:	.quad 0x80007fffff010080, 0x0
	.balign 16
L436:	.quad 0xffff000180007f80, 0x0
	.balign 16
L437:	.quad 0x123456789abcdef, 0x0
	.balign 16
L438:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L439:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L440:	.quad 0x8000000000000001, 0x0
	.balign 16
L441:	.quad 0xffffffff, 0x0
	.balign 16
L442:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L443:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L444:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L445:	.quad 0xffffffff00000001, 0x0
	.balign 16
L446:	.quad 0x100000002, 0x0
	.balign 16
L447:	.quad 0x123456789abcdef, 0x0
	.balign 16
L448:	.quad 0xffff000180007f80, 0x0
	.balign 16
L449:	.quad 0x80007fffff010080, 0x0
	.balign 16
L450:	.quad 0xffff000180007f80, 0x0
	.balign 16
L451:	.quad 0x123456789abcdef, 0x0
	.balign 16
L452:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L453:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L454:	.quad 0x8000000000000001, 0x0
	.balign 16
L455:	.quad 0xffffffff, 0x0
	.balign 16
L456:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L457:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L458:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L459:	.quad 0xffffffff00000001, 0x0
	.balign 16
L460:	.quad 0x100000002, 0x0
	.balign 16
L461:	.quad 0x123456789abcdef, 0x0
	.balign 16
L462:	.quad 0xffff000180007f80, 0x0
	.balign 16
L463:	.quad 0x80007fffff010080, 0x0
	.balign 16
L464:	.quad 0xffff000180007f80, 0x0
	.balign 16
L465:	.quad 0x123456789abcdef, 0x0
	.balign 16
L466:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L467:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L468:	.quad 0x8000000000000001, 0x0
	.balign 16
L469:	.quad 0xffffffff, 0x0
	.balign 16
L470:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L471:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L472:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L473:	.quad 0xffffffff00000001, 0x0
	.balign 16
L474:	.quad 0x100000002, 0x0
	.balign 16
L475:	.quad 0x123456789abcdef, 0x0
	.balign 16
L476:	.quad 0xffff000180007f80, 0x0
	.balign 16
L477:	.quad 0x80007fffff010080, 0x0
	.balign 16
L478:	.quad 0xffff000180007f80, 0x0
	.balign 16
L479:	.quad 0x123456789abcdef, 0x0
	.balign 16
L480:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L481:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L482:	.quad 0x8000000000000001, 0x0
	.balign 16
L483:	.quad 0xffffffff, 0x0
	.balign 16
L484:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L485:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L486:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L487:	.quad 0xffffffff00000001, 0x0
	.balign 16
L488:	.quad 0x100000002, 0x0
	.balign 16
L489:	.quad 0x123456789abcdef, 0x0
	.balign 16
L490:	.quad 0xffff000180007f80, 0x0
	.balign 16
L491:	.quad 0x80007fffff010080, 0x0
	.balign 16
L492:	.quad 0xffff000180007f80, 0x0
	.balign 16
L493:	.quad 0x123456789abcdef, 0x0
	.balign 16
L494:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L495:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L496:	.quad 0x8000000000000001, 0x0
	.balign 16
L497:	.quad 0xffffffff, 0x0
	.balign 16
L498:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L499:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L500:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L501:	.quad 0xffffffff00000001, 0x0
	.balign 16
L502:	.quad 0x100000002, 0x0
	.balign 16
L503:	.quad 0x123456789abcdef, 0x0
	.balign 16
L504:	.quad 0xffff000180007f80, 0x0
	.balign 16
L505:	.quad 0x80007fffff010080, 0x0
	.balign 16
L506:	.quad 0xffff000180007f80, 0x0
	.balign 16
L507:	.quad 0x123456789abcdef, 0x0
	.balign 16
L508:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L509:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L510:	.quad 0x8000000000000001, 0x0
	.balign 16
L511:	.quad 0xffffffff, 0x0
	.balign 16
L512:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L513:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L514:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L515:	.quad 0xffffffff00000001, 0x0
	.balign 16
L516:	.quad 0x100000002, 0x0
	.balign 16
L517:	.quad 0x123456789abcdef, 0x0
	.balign 16
L518:	.quad 0xffff000180007f80, 0x0
	.balign 16
L519:	.quad 0x80007fffff010080, 0x0
	.balign 16
L520:	.quad 0xffff000180007f80, 0x0
	.balign 16
L521:	.quad 0x123456789abcdef, 0x0
	.balign 16
L522:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L523:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L524:	.quad 0x8000000000000001, 0x0
	.balign 16
L525:	.quad 0xffffffff, 0x0
	.balign 16
L526:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L527:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L528:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L529:	.quad 0xffffffff00000001, 0x0
	.balign 16
L530:	.quad 0x100000002, 0x0
	.balign 16
L531:	.quad 0x123456789abcdef, 0x0
	.balign 16
L532:	.quad 0xffff000180007f80, 0x0
	.balign 16
L533:	.quad 0x80007fffff010080, 0x0
	.balign 16
L534:	.quad 0xffff000180007f80, 0x0
	.balign 16
L535:	.quad 0x123456789abcdef, 0x0
	.balign 16
L536:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L537:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L538:	.quad 0x8000000000000001, 0x0
	.balign 16
L539:	.quad 0xffffffff, 0x0
	.balign 16
L540:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L541:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L542:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L543:	.quad 0xffffffff00000001, 0x0
	.balign 16
L544:	.quad 0x100000002, 0x0
	.balign 16
L545:	.quad 0x123456789abcdef, 0x0
	.balign 16
L546:	.quad 0xffff000180007f80, 0x0
	.balign 16
L547:	.quad 0x80007fffff010080, 0x0
	.balign 16
L548:	.quad 0xffff000180007f80, 0x0
	.balign 16
L549:	.quad 0x123456789abcdef, 0x0
	.balign 16
L550:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L551:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L552:	.quad 0x8000000000000001, 0x0
	.balign 16
L553:	.quad 0xffffffff, 0x0
	.balign 16
L554:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L555:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L556:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L557:	.quad 0xffffffff00000001, 0x0
	.balign 16
L558:	.quad 0x100000002, 0x0
	.balign 16
L559:	.quad 0x123456789abcdef, 0x0
	.balign 16
L560:	.quad 0xffff000180007f80, 0x0
	.balign 16
L561:	.quad 0x80007fffff010080, 0x0
	.balign 16
L562:	.quad 0xffff000180007f80, 0x0
	.balign 16
L563:	.quad 0x123456789abcdef, 0x0
	.balign 16
L564:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L565:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L566:	.quad 0x8000000000000001, 0x0
	.balign 16
L567:	.quad 0xffffffff, 0x0
	.balign 16
L568:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L569:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L570:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L571:	.quad 0xffffffff00000001, 0x0
	.balign 16
L572:	.quad 0x100000002, 0x0
	.balign 16
L573:	.quad 0x123456789abcdef, 0x0
	.balign 16
L574:	.quad 0xffff000180007f80, 0x0
	.balign 16
L575:	.quad 0x80007fffff010080, 0x0
	.balign 16
L576:	.quad 0xffff000180007f80, 0x0
	.balign 16
L577:	.quad 0x123456789abcdef, 0x0
	.balign 16
L578:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L579:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L580:	.quad 0x8000000000000001, 0x0
	.balign 16
L581:	.quad 0xffffffff, 0x0
	.balign 16
L582:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L583:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L584:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L585:	.quad 0xffffffff00000001, 0x0
	.balign 16
L586:	.quad 0x100000002, 0x0
	.balign 16
L587:	.quad 0x123456789abcdef, 0x0
	.balign 16
L588:	.quad 0xffff000180007f80, 0x0
	.balign 16
outbuf:	.zero 32
