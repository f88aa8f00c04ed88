/* SPDX-License-Identifier: GPL-2.0-or-later */
/* MMX (mm register) forms of the integer, compare, logic, shuffle and shift instructions. */
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
	movq mm1, qword ptr [rip + L1]
	movq mm2, qword ptr [rip + L2]
	paddb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7f007f017f00
	movq mm1, qword ptr [rip + L3]
	movq mm2, qword ptr [rip + L4]
	paddb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L5]
	movq mm2, qword ptr [rip + L6]
	paddb mm1, qword ptr [rip + L6]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x22456809ab4c6f
	movq mm1, qword ptr [rip + L7]
	movq mm2, qword ptr [rip + L8]
	paddb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L9]
	movq mm2, qword ptr [rip + L10]
	paddb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807efe7fff
	movq mm1, qword ptr [rip + L11]
	movq mm2, qword ptr [rip + L12]
	paddb mm1, qword ptr [rip + L12]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffffff00
	movq mm1, qword ptr [rip + L13]
	movq mm2, qword ptr [rip + L14]
	paddb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fdff01feff
	movq mm1, qword ptr [rip + L15]
	movq mm2, qword ptr [rip + L16]
	paddb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff0000000003
	movq mm1, qword ptr [rip + L17]
	movq mm2, qword ptr [rip + L18]
	paddb mm1, qword ptr [rip + L18]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe00fd80817f80
	movq mm1, qword ptr [rip + L19]
	movq mm2, qword ptr [rip + L20]
	paddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80007f018000
	movq mm1, qword ptr [rip + L21]
	movq mm2, qword ptr [rip + L22]
	paddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L23]
	movq mm2, qword ptr [rip + L24]
	paddw mm1, qword ptr [rip + L24]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x122456809ab4d6f
	movq mm1, qword ptr [rip + L25]
	movq mm2, qword ptr [rip + L26]
	paddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L27]
	movq mm2, qword ptr [rip + L28]
	paddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807ffe7fff
	movq mm1, qword ptr [rip + L29]
	movq mm2, qword ptr [rip + L30]
	paddw mm1, qword ptr [rip + L30]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffff0000
	movq mm1, qword ptr [rip + L31]
	movq mm2, qword ptr [rip + L32]
	paddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd0001feff
	movq mm1, qword ptr [rip + L33]
	movq mm2, qword ptr [rip + L34]
	paddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000000000003
	movq mm1, qword ptr [rip + L35]
	movq mm2, qword ptr [rip + L36]
	paddw mm1, qword ptr [rip + L36]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fd80817f80
	movq mm1, qword ptr [rip + L37]
	movq mm2, qword ptr [rip + L38]
	paddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80007f018000
	movq mm1, qword ptr [rip + L39]
	movq mm2, qword ptr [rip + L40]
	paddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L41]
	movq mm2, qword ptr [rip + L42]
	paddd mm1, qword ptr [rip + L42]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x122456809ac4d6f
	movq mm1, qword ptr [rip + L43]
	movq mm2, qword ptr [rip + L44]
	paddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L45]
	movq mm2, qword ptr [rip + L46]
	paddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807fff7fff
	movq mm1, qword ptr [rip + L47]
	movq mm2, qword ptr [rip + L48]
	paddd mm1, qword ptr [rip + L48]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	movq mm1, qword ptr [rip + L49]
	movq mm2, qword ptr [rip + L50]
	paddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd0001feff
	movq mm1, qword ptr [rip + L51]
	movq mm2, qword ptr [rip + L52]
	paddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3
	movq mm1, qword ptr [rip + L53]
	movq mm2, qword ptr [rip + L54]
	paddd mm1, qword ptr [rip + L54]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fd80817f80
	movq mm1, qword ptr [rip + L55]
	movq mm2, qword ptr [rip + L56]
	paddq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80017f018000
	movq mm1, qword ptr [rip + L57]
	movq mm2, qword ptr [rip + L58]
	paddq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L59]
	movq mm2, qword ptr [rip + L60]
	paddq mm1, qword ptr [rip + L60]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x122456909ac4d6f
	movq mm1, qword ptr [rip + L61]
	movq mm2, qword ptr [rip + L62]
	paddq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L63]
	movq mm2, qword ptr [rip + L64]
	paddq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80817fff7fff
	movq mm1, qword ptr [rip + L65]
	movq mm2, qword ptr [rip + L66]
	paddq mm1, qword ptr [rip + L66]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000100000000
	movq mm1, qword ptr [rip + L67]
	movq mm2, qword ptr [rip + L68]
	paddq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fe0001feff
	movq mm1, qword ptr [rip + L69]
	movq mm2, qword ptr [rip + L70]
	paddq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3
	movq mm1, qword ptr [rip + L71]
	movq mm2, qword ptr [rip + L72]
	paddq mm1, qword ptr [rip + L72]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fd80817f80
	movq mm1, qword ptr [rip + L73]
	movq mm2, qword ptr [rip + L74]
	psubb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x81017ffe7f018100
	movq mm1, qword ptr [rip + L75]
	movq mm2, qword ptr [rip + L76]
	psubb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3478bcf13579bdf
	movq mm1, qword ptr [rip + L77]
	movq mm2, qword ptr [rip + L78]
	psubb mm1, qword ptr [rip + L78]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x224456609ab4e6f
	movq mm1, qword ptr [rip + L79]
	movq mm2, qword ptr [rip + L80]
	psubb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff800000ff
	movq mm1, qword ptr [rip + L81]
	movq mm2, qword ptr [rip + L82]
	psubb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8181808080007fff
	movq mm1, qword ptr [rip + L83]
	movq mm2, qword ptr [rip + L84]
	psubb mm1, qword ptr [rip + L84]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000fffffffe
	movq mm1, qword ptr [rip + L85]
	movq mm2, qword ptr [rip + L86]
	psubb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ffff0001
	movq mm1, qword ptr [rip + L87]
	movq mm2, qword ptr [rip + L88]
	psubb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe000000ff
	movq mm1, qword ptr [rip + L89]
	movq mm2, qword ptr [rip + L90]
	psubb mm1, qword ptr [rip + L90]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe01807f8182
	movq mm1, qword ptr [rip + L91]
	movq mm2, qword ptr [rip + L92]
	psubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f018100
	movq mm1, qword ptr [rip + L93]
	movq mm2, qword ptr [rip + L94]
	psubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2478acf13579bdf
	movq mm1, qword ptr [rip + L95]
	movq mm2, qword ptr [rip + L96]
	psubw mm1, qword ptr [rip + L96]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x124456609ab4e6f
	movq mm1, qword ptr [rip + L97]
	movq mm2, qword ptr [rip + L98]
	psubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff8000ffff
	movq mm1, qword ptr [rip + L99]
	movq mm2, qword ptr [rip + L100]
	psubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80817f8080007fff
	movq mm1, qword ptr [rip + L101]
	movq mm2, qword ptr [rip + L102]
	psubw mm1, qword ptr [rip + L102]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000fffffffe
	movq mm1, qword ptr [rip + L103]
	movq mm2, qword ptr [rip + L104]
	psubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01feff0001
	movq mm1, qword ptr [rip + L105]
	movq mm2, qword ptr [rip + L106]
	psubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe0000ffff
	movq mm1, qword ptr [rip + L107]
	movq mm2, qword ptr [rip + L108]
	psubw mm1, qword ptr [rip + L108]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe017f7f8082
	movq mm1, qword ptr [rip + L109]
	movq mm2, qword ptr [rip + L110]
	psubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f008100
	movq mm1, qword ptr [rip + L111]
	movq mm2, qword ptr [rip + L112]
	psubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2468acf13579bdf
	movq mm1, qword ptr [rip + L113]
	movq mm2, qword ptr [rip + L114]
	psubd mm1, qword ptr [rip + L114]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x124456609ab4e6f
	movq mm1, qword ptr [rip + L115]
	movq mm2, qword ptr [rip + L116]
	psubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff7fffffff
	movq mm1, qword ptr [rip + L117]
	movq mm2, qword ptr [rip + L118]
	psubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80807f8080007fff
	movq mm1, qword ptr [rip + L119]
	movq mm2, qword ptr [rip + L120]
	psubd mm1, qword ptr [rip + L120]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000fffffffe
	movq mm1, qword ptr [rip + L121]
	movq mm2, qword ptr [rip + L122]
	psubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff01feff0001
	movq mm1, qword ptr [rip + L123]
	movq mm2, qword ptr [rip + L124]
	psubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffeffffffff
	movq mm1, qword ptr [rip + L125]
	movq mm2, qword ptr [rip + L126]
	psubd mm1, qword ptr [rip + L126]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe017f7e8082
	movq mm1, qword ptr [rip + L127]
	movq mm2, qword ptr [rip + L128]
	psubq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f008100
	movq mm1, qword ptr [rip + L129]
	movq mm2, qword ptr [rip + L130]
	psubq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2468acf13579bdf
	movq mm1, qword ptr [rip + L131]
	movq mm2, qword ptr [rip + L132]
	psubq mm1, qword ptr [rip + L132]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x124456609ab4e6f
	movq mm1, qword ptr [rip + L133]
	movq mm2, qword ptr [rip + L134]
	psubq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff7fffffff
	movq mm1, qword ptr [rip + L135]
	movq mm2, qword ptr [rip + L136]
	psubq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80807f8080007fff
	movq mm1, qword ptr [rip + L137]
	movq mm2, qword ptr [rip + L138]
	psubq mm1, qword ptr [rip + L138]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000fffffffe
	movq mm1, qword ptr [rip + L139]
	movq mm2, qword ptr [rip + L140]
	psubq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff00feff0001
	movq mm1, qword ptr [rip + L141]
	movq mm2, qword ptr [rip + L142]
	psubq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffdffffffff
	movq mm1, qword ptr [rip + L143]
	movq mm2, qword ptr [rip + L144]
	psubq mm1, qword ptr [rip + L144]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe007f7e8082
	movq mm1, qword ptr [rip + L145]
	movq mm2, qword ptr [rip + L146]
	paddsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ff7f0080017f80
	movq mm1, qword ptr [rip + L147]
	movq mm2, qword ptr [rip + L148]
	paddsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L149]
	movq mm2, qword ptr [rip + L150]
	paddsb mm1, qword ptr [rip + L150]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x22456880ab4c80
	movq mm1, qword ptr [rip + L151]
	movq mm2, qword ptr [rip + L152]
	paddsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L153]
	movq mm2, qword ptr [rip + L154]
	paddsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807efe80ff
	movq mm1, qword ptr [rip + L155]
	movq mm2, qword ptr [rip + L156]
	paddsb mm1, qword ptr [rip + L156]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffffff00
	movq mm1, qword ptr [rip + L157]
	movq mm2, qword ptr [rip + L158]
	paddsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fdff807fff
	movq mm1, qword ptr [rip + L159]
	movq mm2, qword ptr [rip + L160]
	paddsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff0000000003
	movq mm1, qword ptr [rip + L161]
	movq mm2, qword ptr [rip + L162]
	paddsb mm1, qword ptr [rip + L162]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe00fd80817f7f
	movq mm1, qword ptr [rip + L163]
	movq mm2, qword ptr [rip + L164]
	paddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80007fff
	movq mm1, qword ptr [rip + L165]
	movq mm2, qword ptr [rip + L166]
	paddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L167]
	movq mm2, qword ptr [rip + L168]
	paddsw mm1, qword ptr [rip + L168]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x122456880004d6f
	movq mm1, qword ptr [rip + L169]
	movq mm2, qword ptr [rip + L170]
	paddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L171]
	movq mm2, qword ptr [rip + L172]
	paddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807ffe8000
	movq mm1, qword ptr [rip + L173]
	movq mm2, qword ptr [rip + L174]
	paddsw mm1, qword ptr [rip + L174]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffff0000
	movq mm1, qword ptr [rip + L175]
	movq mm2, qword ptr [rip + L176]
	paddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd00017fff
	movq mm1, qword ptr [rip + L177]
	movq mm2, qword ptr [rip + L178]
	paddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000000000003
	movq mm1, qword ptr [rip + L179]
	movq mm2, qword ptr [rip + L180]
	paddsw mm1, qword ptr [rip + L180]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fd80817f80
	movq mm1, qword ptr [rip + L181]
	movq mm2, qword ptr [rip + L182]
	paddusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017fff
	movq mm1, qword ptr [rip + L183]
	movq mm2, qword ptr [rip + L184]
	paddusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L185]
	movq mm2, qword ptr [rip + L186]
	paddusb mm1, qword ptr [rip + L186]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff4568ffabffff
	movq mm1, qword ptr [rip + L187]
	movq mm2, qword ptr [rip + L188]
	paddusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L189]
	movq mm2, qword ptr [rip + L190]
	paddusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movq mm1, qword ptr [rip + L191]
	movq mm2, qword ptr [rip + L192]
	paddusb mm1, qword ptr [rip + L192]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffffffff
	movq mm1, qword ptr [rip + L193]
	movq mm2, qword ptr [rip + L194]
	paddusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fffffffeff
	movq mm1, qword ptr [rip + L195]
	movq mm2, qword ptr [rip + L196]
	paddusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000003
	movq mm1, qword ptr [rip + L197]
	movq mm2, qword ptr [rip + L198]
	paddusb mm1, qword ptr [rip + L198]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80817f80
	movq mm1, qword ptr [rip + L199]
	movq mm2, qword ptr [rip + L200]
	paddusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8000ffff8000
	movq mm1, qword ptr [rip + L201]
	movq mm2, qword ptr [rip + L202]
	paddusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L203]
	movq mm2, qword ptr [rip + L204]
	paddusw mm1, qword ptr [rip + L204]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff4568ffffffff
	movq mm1, qword ptr [rip + L205]
	movq mm2, qword ptr [rip + L206]
	paddusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L207]
	movq mm2, qword ptr [rip + L208]
	paddusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movq mm1, qword ptr [rip + L209]
	movq mm2, qword ptr [rip + L210]
	paddusw mm1, qword ptr [rip + L210]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffffffff
	movq mm1, qword ptr [rip + L211]
	movq mm2, qword ptr [rip + L212]
	paddusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fdfffffeff
	movq mm1, qword ptr [rip + L213]
	movq mm2, qword ptr [rip + L214]
	paddusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000003
	movq mm1, qword ptr [rip + L215]
	movq mm2, qword ptr [rip + L216]
	paddusw mm1, qword ptr [rip + L216]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80817f80
	movq mm1, qword ptr [rip + L217]
	movq mm2, qword ptr [rip + L218]
	psubsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x81017ffe7f018100
	movq mm1, qword ptr [rip + L219]
	movq mm2, qword ptr [rip + L220]
	psubsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3477f7f80809bdf
	movq mm1, qword ptr [rip + L221]
	movq mm2, qword ptr [rip + L222]
	psubsb mm1, qword ptr [rip + L222]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x224456609ab806f
	movq mm1, qword ptr [rip + L223]
	movq mm2, qword ptr [rip + L224]
	psubsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff800000ff
	movq mm1, qword ptr [rip + L225]
	movq mm2, qword ptr [rip + L226]
	psubsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x81817f7f80007fff
	movq mm1, qword ptr [rip + L227]
	movq mm2, qword ptr [rip + L228]
	psubsb mm1, qword ptr [rip + L228]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f000000fffffffe
	movq mm1, qword ptr [rip + L229]
	movq mm2, qword ptr [rip + L230]
	psubsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017fff0080
	movq mm1, qword ptr [rip + L231]
	movq mm2, qword ptr [rip + L232]
	psubsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe000000ff
	movq mm1, qword ptr [rip + L233]
	movq mm2, qword ptr [rip + L234]
	psubsb mm1, qword ptr [rip + L234]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe017f7f8182
	movq mm1, qword ptr [rip + L235]
	movq mm2, qword ptr [rip + L236]
	psubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f018100
	movq mm1, qword ptr [rip + L237]
	movq mm2, qword ptr [rip + L238]
	psubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2477fff80009bdf
	movq mm1, qword ptr [rip + L239]
	movq mm2, qword ptr [rip + L240]
	psubsw mm1, qword ptr [rip + L240]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x124456609ab8000
	movq mm1, qword ptr [rip + L241]
	movq mm2, qword ptr [rip + L242]
	psubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff8000ffff
	movq mm1, qword ptr [rip + L243]
	movq mm2, qword ptr [rip + L244]
	psubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80817f8080007fff
	movq mm1, qword ptr [rip + L245]
	movq mm2, qword ptr [rip + L246]
	psubsw mm1, qword ptr [rip + L246]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff0000fffffffe
	movq mm1, qword ptr [rip + L247]
	movq mm2, qword ptr [rip + L248]
	psubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017fff0001
	movq mm1, qword ptr [rip + L249]
	movq mm2, qword ptr [rip + L250]
	psubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe0000ffff
	movq mm1, qword ptr [rip + L251]
	movq mm2, qword ptr [rip + L252]
	psubsw mm1, qword ptr [rip + L252]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe017f7f8082
	movq mm1, qword ptr [rip + L253]
	movq mm2, qword ptr [rip + L254]
	psubusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe7f010000
	movq mm1, qword ptr [rip + L255]
	movq mm2, qword ptr [rip + L256]
	psubusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x13579bdf
	movq mm1, qword ptr [rip + L257]
	movq mm2, qword ptr [rip + L258]
	psubusb mm1, qword ptr [rip + L258]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x456609ab4e6f
	movq mm1, qword ptr [rip + L259]
	movq mm2, qword ptr [rip + L260]
	psubusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff80000000
	movq mm1, qword ptr [rip + L261]
	movq mm2, qword ptr [rip + L262]
	psubusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff
	movq mm1, qword ptr [rip + L263]
	movq mm2, qword ptr [rip + L264]
	psubusb mm1, qword ptr [rip + L264]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe
	movq mm1, qword ptr [rip + L265]
	movq mm2, qword ptr [rip + L266]
	psubusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	movq mm1, qword ptr [rip + L267]
	movq mm2, qword ptr [rip + L268]
	psubusb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe00000000
	movq mm1, qword ptr [rip + L269]
	movq mm2, qword ptr [rip + L270]
	psubusb mm1, qword ptr [rip + L270]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe0100000000
	movq mm1, qword ptr [rip + L271]
	movq mm2, qword ptr [rip + L272]
	psubusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe7f010000
	movq mm1, qword ptr [rip + L273]
	movq mm2, qword ptr [rip + L274]
	psubusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x13579bdf
	movq mm1, qword ptr [rip + L275]
	movq mm2, qword ptr [rip + L276]
	psubusw mm1, qword ptr [rip + L276]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x456609ab4e6f
	movq mm1, qword ptr [rip + L277]
	movq mm2, qword ptr [rip + L278]
	psubusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff80000000
	movq mm1, qword ptr [rip + L279]
	movq mm2, qword ptr [rip + L280]
	psubusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff
	movq mm1, qword ptr [rip + L281]
	movq mm2, qword ptr [rip + L282]
	psubusw mm1, qword ptr [rip + L282]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe
	movq mm1, qword ptr [rip + L283]
	movq mm2, qword ptr [rip + L284]
	psubusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L285]
	movq mm2, qword ptr [rip + L286]
	psubusw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe00000000
	movq mm1, qword ptr [rip + L287]
	movq mm2, qword ptr [rip + L288]
	psubusw mm1, qword ptr [rip + L288]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe0100000000
	movq mm1, qword ptr [rip + L289]
	movq mm2, qword ptr [rip + L290]
	pmullw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff8000c000
	movq mm1, qword ptr [rip + L291]
	movq mm2, qword ptr [rip + L292]
	pmullw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xb4140b28fe1c8cf0
	movq mm1, qword ptr [rip + L293]
	movq mm2, qword ptr [rip + L294]
	pmullw mm1, qword ptr [rip + L294]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedd456780008880
	movq mm1, qword ptr [rip + L295]
	movq mm2, qword ptr [rip + L296]
	pmullw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	movq mm1, qword ptr [rip + L297]
	movq mm2, qword ptr [rip + L298]
	pmullw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80018000
	movq mm1, qword ptr [rip + L299]
	movq mm2, qword ptr [rip + L300]
	pmullw mm1, qword ptr [rip + L300]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff
	movq mm1, qword ptr [rip + L301]
	movq mm2, qword ptr [rip + L302]
	pmullw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fc023f80c080
	movq mm1, qword ptr [rip + L303]
	movq mm2, qword ptr [rip + L304]
	pmullw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00000002
	movq mm1, qword ptr [rip + L305]
	movq mm2, qword ptr [rip + L306]
	pmullw mm1, qword ptr [rip + L306]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe0200007f7f
	movq mm1, qword ptr [rip + L307]
	movq mm2, qword ptr [rip + L308]
	pmulhw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f003f
	movq mm1, qword ptr [rip + L309]
	movq mm2, qword ptr [rip + L310]
	pmulhw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffeed2fc94df635
	movq mm1, qword ptr [rip + L311]
	movq mm2, qword ptr [rip + L312]
	pmulhw mm1, qword ptr [rip + L312]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00003b2ae710
	movq mm1, qword ptr [rip + L313]
	movq mm2, qword ptr [rip + L314]
	pmulhw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000000000000000
	movq mm1, qword ptr [rip + L315]
	movq mm2, qword ptr [rip + L316]
	pmulhw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000
	movq mm1, qword ptr [rip + L317]
	movq mm2, qword ptr [rip + L318]
	pmulhw mm1, qword ptr [rip + L318]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff
	movq mm1, qword ptr [rip + L319]
	movq mm2, qword ptr [rip + L320]
	pmulhw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1c0803f7f
	movq mm1, qword ptr [rip + L321]
	movq mm2, qword ptr [rip + L322]
	pmulhw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00000000
	movq mm1, qword ptr [rip + L323]
	movq mm2, qword ptr [rip + L324]
	pmulhw mm1, qword ptr [rip + L324]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000000
	movq mm1, qword ptr [rip + L325]
	movq mm2, qword ptr [rip + L326]
	pmulhuw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff00007f80003f
	movq mm1, qword ptr [rip + L327]
	movq mm2, qword ptr [rip + L328]
	pmulhuw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x12132963fa12845
	movq mm1, qword ptr [rip + L329]
	movq mm2, qword ptr [rip + L330]
	pmulhuw mm1, qword ptr [rip + L330]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x122000044d56690
	movq mm1, qword ptr [rip + L331]
	movq mm2, qword ptr [rip + L332]
	pmulhuw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fff000000000000
	movq mm1, qword ptr [rip + L333]
	movq mm2, qword ptr [rip + L334]
	pmulhuw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe7fff
	movq mm1, qword ptr [rip + L335]
	movq mm2, qword ptr [rip + L336]
	pmulhuw mm1, qword ptr [rip + L336]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L337]
	movq mm2, qword ptr [rip + L338]
	pmulhuw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x140003f7f
	movq mm1, qword ptr [rip + L339]
	movq mm2, qword ptr [rip + L340]
	pmulhuw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L341]
	movq mm2, qword ptr [rip + L342]
	pmulhuw mm1, qword ptr [rip + L342]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fd00000000
	movq mm1, qword ptr [rip + L343]
	movq mm2, qword ptr [rip + L344]
	pmuludq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f80ff40ffbfc000
	movq mm1, qword ptr [rip + L345]
	movq mm2, qword ptr [rip + L346]
	pmuludq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fa27837e5618cf0
	movq mm1, qword ptr [rip + L347]
	movq mm2, qword ptr [rip + L348]
	pmuludq mm1, qword ptr [rip + L348]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x44d62b8891108880
	movq mm1, qword ptr [rip + L349]
	movq mm2, qword ptr [rip + L350]
	pmuludq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000
	movq mm1, qword ptr [rip + L351]
	movq mm2, qword ptr [rip + L352]
	pmuludq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7fff80008000
	movq mm1, qword ptr [rip + L353]
	movq mm2, qword ptr [rip + L354]
	pmuludq mm1, qword ptr [rip + L354]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L355]
	movq mm2, qword ptr [rip + L356]
	pmuludq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bf003f7fc080
	movq mm1, qword ptr [rip + L357]
	movq mm2, qword ptr [rip + L358]
	pmuludq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2
	movq mm1, qword ptr [rip + L359]
	movq mm2, qword ptr [rip + L360]
	pmuludq mm1, qword ptr [rip + L360]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80817f7f
	movq mm1, qword ptr [rip + L361]
	movq mm2, qword ptr [rip + L362]
	pmaddwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00bf4000
	movq mm1, qword ptr [rip + L363]
	movq mm2, qword ptr [rip + L364]
	pmaddwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xed2dbf3cbf838b0c
	movq mm1, qword ptr [rip + L365]
	movq mm2, qword ptr [rip + L366]
	pmaddwd mm1, qword ptr [rip + L366]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4444223b0880
	movq mm1, qword ptr [rip + L367]
	movq mm2, qword ptr [rip + L368]
	pmaddwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000800000000000
	movq mm1, qword ptr [rip + L369]
	movq mm2, qword ptr [rip + L370]
	pmaddwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L371]
	movq mm2, qword ptr [rip + L372]
	pmaddwd mm1, qword ptr [rip + L372]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L373]
	movq mm2, qword ptr [rip + L374]
	pmaddwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fa0300000000
	movq mm1, qword ptr [rip + L375]
	movq mm2, qword ptr [rip + L376]
	pmaddwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000002
	movq mm1, qword ptr [rip + L377]
	movq mm2, qword ptr [rip + L378]
	pmaddwd mm1, qword ptr [rip + L378]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffd0300007f7f
	movq mm1, qword ptr [rip + L379]
	movq mm2, qword ptr [rip + L380]
	pmaddubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff8000ff8080c000
	movq mm1, qword ptr [rip + L381]
	movq mm2, qword ptr [rip + L382]
	pmaddubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfb12c34a774236fa
	movq mm1, qword ptr [rip + L383]
	movq mm2, qword ptr [rip + L384]
	pmaddubsw mm1, qword ptr [rip + L384]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffdc0067bb80ee33
	movq mm1, qword ptr [rip + L385]
	movq mm2, qword ptr [rip + L386]
	pmaddubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc080000000000000
	movq mm1, qword ptr [rip + L387]
	movq mm2, qword ptr [rip + L388]
	pmaddubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7d828080
	movq mm1, qword ptr [rip + L389]
	movq mm2, qword ptr [rip + L390]
	pmaddubsw mm1, qword ptr [rip + L390]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff
	movq mm1, qword ptr [rip + L391]
	movq mm2, qword ptr [rip + L392]
	pmaddubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe0281007e81
	movq mm1, qword ptr [rip + L393]
	movq mm2, qword ptr [rip + L394]
	pmaddubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00000002
	movq mm1, qword ptr [rip + L395]
	movq mm2, qword ptr [rip + L396]
	pmaddubsw mm1, qword ptr [rip + L396]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff010000007f
	movq mm1, qword ptr [rip + L397]
	movq mm2, qword ptr [rip + L398]
	pmulhrsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000100ff0080
	movq mm1, qword ptr [rip + L399]
	movq mm2, qword ptr [rip + L400]
	pmulhrsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffdda5e929cec6b
	movq mm1, qword ptr [rip + L401]
	movq mm2, qword ptr [rip + L402]
	pmulhrsw mm1, qword ptr [rip + L402]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x17655ce21
	movq mm1, qword ptr [rip + L403]
	movq mm2, qword ptr [rip + L404]
	pmulhrsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8001000000000000
	movq mm1, qword ptr [rip + L405]
	movq mm2, qword ptr [rip + L406]
	pmulhrsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001
	movq mm1, qword ptr [rip + L407]
	movq mm2, qword ptr [rip + L408]
	pmulhrsw mm1, qword ptr [rip + L408]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L409]
	movq mm2, qword ptr [rip + L410]
	pmulhrsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2000481007f00
	movq mm1, qword ptr [rip + L411]
	movq mm2, qword ptr [rip + L412]
	pmulhrsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L413]
	movq mm2, qword ptr [rip + L414]
	pmulhrsw mm1, qword ptr [rip + L414]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L415]
	movq mm2, qword ptr [rip + L416]
	pavgb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0804080c0014080
	movq mm1, qword ptr [rip + L417]
	movq mm2, qword ptr [rip + L418]
	pavgb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8080808080808080
	movq mm1, qword ptr [rip + L419]
	movq mm2, qword ptr [rip + L420]
	pavgb mm1, qword ptr [rip + L420]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x809123348556a6b8
	movq mm1, qword ptr [rip + L421]
	movq mm2, qword ptr [rip + L422]
	pavgb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8080808040000001
	movq mm1, qword ptr [rip + L423]
	movq mm2, qword ptr [rip + L424]
	pavgb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x40404040bfffc080
	movq mm1, qword ptr [rip + L425]
	movq mm2, qword ptr [rip + L426]
	pavgb mm1, qword ptr [rip + L426]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000000080808080
	movq mm1, qword ptr [rip + L427]
	movq mm2, qword ptr [rip + L428]
	pavgb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff80817f80
	movq mm1, qword ptr [rip + L429]
	movq mm2, qword ptr [rip + L430]
	pavgb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8080808000000002
	movq mm1, qword ptr [rip + L431]
	movq mm2, qword ptr [rip + L432]
	pavgb mm1, qword ptr [rip + L432]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ff80ff40414040
	movq mm1, qword ptr [rip + L433]
	movq mm2, qword ptr [rip + L434]
	pavgw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0004000bf814000
	movq mm1, qword ptr [rip + L435]
	movq mm2, qword ptr [rip + L436]
	pavgw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800080008000
	movq mm1, qword ptr [rip + L437]
	movq mm2, qword ptr [rip + L438]
	pavgw mm1, qword ptr [rip + L438]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x809122b484d6a6b8
	movq mm1, qword ptr [rip + L439]
	movq mm2, qword ptr [rip + L440]
	pavgw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800040000001
	movq mm1, qword ptr [rip + L441]
	movq mm2, qword ptr [rip + L442]
	pavgw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fc04040bfffc000
	movq mm1, qword ptr [rip + L443]
	movq mm2, qword ptr [rip + L444]
	pavgw mm1, qword ptr [rip + L444]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000000080008000
	movq mm1, qword ptr [rip + L445]
	movq mm2, qword ptr [rip + L446]
	pavgw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017f80017f80
	movq mm1, qword ptr [rip + L447]
	movq mm2, qword ptr [rip + L448]
	pavgw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800000000002
	movq mm1, qword ptr [rip + L449]
	movq mm2, qword ptr [rip + L450]
	pavgw mm1, qword ptr [rip + L450]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x807f80ff40413fc0
	movq mm1, qword ptr [rip + L451]
	movq mm2, qword ptr [rip + L452]
	psadbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fa
	movq mm1, qword ptr [rip + L453]
	movq mm2, qword ptr [rip + L454]
	psadbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x440
	movq mm1, qword ptr [rip + L455]
	movq mm2, qword ptr [rip + L456]
	psadbw mm1, qword ptr [rip + L456]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3f6
	movq mm1, qword ptr [rip + L457]
	movq mm2, qword ptr [rip + L458]
	psadbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x37f
	movq mm1, qword ptr [rip + L459]
	movq mm2, qword ptr [rip + L460]
	psadbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fc
	movq mm1, qword ptr [rip + L461]
	movq mm2, qword ptr [rip + L462]
	psadbw mm1, qword ptr [rip + L462]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x47b
	movq mm1, qword ptr [rip + L463]
	movq mm2, qword ptr [rip + L464]
	psadbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x5
	movq mm1, qword ptr [rip + L465]
	movq mm2, qword ptr [rip + L466]
	psadbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fc
	movq mm1, qword ptr [rip + L467]
	movq mm2, qword ptr [rip + L468]
	psadbw mm1, qword ptr [rip + L468]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fc
	movq mm1, qword ptr [rip + L469]
	movq mm2, qword ptr [rip + L470]
	pminub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	movq mm1, qword ptr [rip + L471]
	movq mm2, qword ptr [rip + L472]
	pminub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123456776543210
	movq mm1, qword ptr [rip + L473]
	movq mm2, qword ptr [rip + L474]
	pminub mm1, qword ptr [rip + L474]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123000180007f80
	movq mm1, qword ptr [rip + L475]
	movq mm2, qword ptr [rip + L476]
	pminub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f00000000000000
	movq mm1, qword ptr [rip + L477]
	movq mm2, qword ptr [rip + L478]
	pminub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff8000
	movq mm1, qword ptr [rip + L479]
	movq mm2, qword ptr [rip + L480]
	pminub mm1, qword ptr [rip + L480]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L481]
	movq mm2, qword ptr [rip + L482]
	pminub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe7f807f7f
	movq mm1, qword ptr [rip + L483]
	movq mm2, qword ptr [rip + L484]
	pminub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	movq mm1, qword ptr [rip + L485]
	movq mm2, qword ptr [rip + L486]
	pminub mm1, qword ptr [rip + L486]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe00000001
	movq mm1, qword ptr [rip + L487]
	movq mm2, qword ptr [rip + L488]
	pmaxub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	movq mm1, qword ptr [rip + L489]
	movq mm2, qword ptr [rip + L490]
	pmaxub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movq mm1, qword ptr [rip + L491]
	movq mm2, qword ptr [rip + L492]
	pmaxub mm1, qword ptr [rip + L492]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff456789abcdef
	movq mm1, qword ptr [rip + L493]
	movq mm2, qword ptr [rip + L494]
	pmaxub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ffffff80000001
	movq mm1, qword ptr [rip + L495]
	movq mm2, qword ptr [rip + L496]
	pmaxub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movq mm1, qword ptr [rip + L497]
	movq mm2, qword ptr [rip + L498]
	pmaxub mm1, qword ptr [rip + L498]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffffffff
	movq mm1, qword ptr [rip + L499]
	movq mm2, qword ptr [rip + L500]
	pmaxub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff80817f80
	movq mm1, qword ptr [rip + L501]
	movq mm2, qword ptr [rip + L502]
	pmaxub mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000002
	movq mm1, qword ptr [rip + L503]
	movq mm2, qword ptr [rip + L504]
	pmaxub mm1, qword ptr [rip + L504]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80817f7f
	movq mm1, qword ptr [rip + L505]
	movq mm2, qword ptr [rip + L506]
	pminsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	movq mm1, qword ptr [rip + L507]
	movq mm2, qword ptr [rip + L508]
	pminsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movq mm1, qword ptr [rip + L509]
	movq mm2, qword ptr [rip + L510]
	pminsw mm1, qword ptr [rip + L510]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00018000cdef
	movq mm1, qword ptr [rip + L511]
	movq mm2, qword ptr [rip + L512]
	pminsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000ffff80000000
	movq mm1, qword ptr [rip + L513]
	movq mm2, qword ptr [rip + L514]
	pminsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8080ffff8000
	movq mm1, qword ptr [rip + L515]
	movq mm2, qword ptr [rip + L516]
	pminsw mm1, qword ptr [rip + L516]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffffffff
	movq mm1, qword ptr [rip + L517]
	movq mm2, qword ptr [rip + L518]
	pminsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80817f7f
	movq mm1, qword ptr [rip + L519]
	movq mm2, qword ptr [rip + L520]
	pminsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000001
	movq mm1, qword ptr [rip + L521]
	movq mm2, qword ptr [rip + L522]
	pminsw mm1, qword ptr [rip + L522]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80810001
	movq mm1, qword ptr [rip + L523]
	movq mm2, qword ptr [rip + L524]
	pmaxsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	movq mm1, qword ptr [rip + L525]
	movq mm2, qword ptr [rip + L526]
	pmaxsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123456776543210
	movq mm1, qword ptr [rip + L527]
	movq mm2, qword ptr [rip + L528]
	pmaxsw mm1, qword ptr [rip + L528]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123456789ab7f80
	movq mm1, qword ptr [rip + L529]
	movq mm2, qword ptr [rip + L530]
	pmaxsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000000000001
	movq mm1, qword ptr [rip + L531]
	movq mm2, qword ptr [rip + L532]
	pmaxsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f00007fffffff
	movq mm1, qword ptr [rip + L533]
	movq mm2, qword ptr [rip + L534]
	pmaxsw mm1, qword ptr [rip + L534]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L535]
	movq mm2, qword ptr [rip + L536]
	pmaxsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f807f80
	movq mm1, qword ptr [rip + L537]
	movq mm2, qword ptr [rip + L538]
	pmaxsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000002
	movq mm1, qword ptr [rip + L539]
	movq mm2, qword ptr [rip + L540]
	pmaxsw mm1, qword ptr [rip + L540]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe00007f7f
	movq mm1, qword ptr [rip + L541]
	movq mm2, qword ptr [rip + L542]
	pabsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x101000180007f80
	movq mm1, qword ptr [rip + L543]
	movq mm2, qword ptr [rip + L544]
	pabsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x224466876543210
	movq mm1, qword ptr [rip + L545]
	movq mm2, qword ptr [rip + L546]
	pabsb mm1, qword ptr [rip + L546]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x101000180007f80
	movq mm1, qword ptr [rip + L547]
	movq mm2, qword ptr [rip + L548]
	pabsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L549]
	movq mm2, qword ptr [rip + L550]
	pabsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807f018000
	movq mm1, qword ptr [rip + L551]
	movq mm2, qword ptr [rip + L552]
	pabsb mm1, qword ptr [rip + L552]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L553]
	movq mm2, qword ptr [rip + L554]
	pabsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10102807f7f7f
	movq mm1, qword ptr [rip + L555]
	movq mm2, qword ptr [rip + L556]
	pabsb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000002
	movq mm1, qword ptr [rip + L557]
	movq mm2, qword ptr [rip + L558]
	pabsb mm1, qword ptr [rip + L558]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10102807f7f7f
	movq mm1, qword ptr [rip + L559]
	movq mm2, qword ptr [rip + L560]
	pabsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000180007f80
	movq mm1, qword ptr [rip + L561]
	movq mm2, qword ptr [rip + L562]
	pabsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x124456876543210
	movq mm1, qword ptr [rip + L563]
	movq mm2, qword ptr [rip + L564]
	pabsw mm1, qword ptr [rip + L564]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000180007f80
	movq mm1, qword ptr [rip + L565]
	movq mm2, qword ptr [rip + L566]
	pabsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L567]
	movq mm2, qword ptr [rip + L568]
	pabsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f7f807fff8000
	movq mm1, qword ptr [rip + L569]
	movq mm2, qword ptr [rip + L570]
	pabsw mm1, qword ptr [rip + L570]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L571]
	movq mm2, qword ptr [rip + L572]
	pabsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7f7f7f
	movq mm1, qword ptr [rip + L573]
	movq mm2, qword ptr [rip + L574]
	pabsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000002
	movq mm1, qword ptr [rip + L575]
	movq mm2, qword ptr [rip + L576]
	pabsw mm1, qword ptr [rip + L576]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7f7f7f
	movq mm1, qword ptr [rip + L577]
	movq mm2, qword ptr [rip + L578]
	pabsd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fff8080
	movq mm1, qword ptr [rip + L579]
	movq mm2, qword ptr [rip + L580]
	pabsd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123456876543210
	movq mm1, qword ptr [rip + L581]
	movq mm2, qword ptr [rip + L582]
	pabsd mm1, qword ptr [rip + L582]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fff8080
	movq mm1, qword ptr [rip + L583]
	movq mm2, qword ptr [rip + L584]
	pabsd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L585]
	movq mm2, qword ptr [rip + L586]
	pabsd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807fff8000
	movq mm1, qword ptr [rip + L587]
	movq mm2, qword ptr [rip + L588]
	pabsd mm1, qword ptr [rip + L588]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L589]
	movq mm2, qword ptr [rip + L590]
	pabsd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7e8081
	movq mm1, qword ptr [rip + L591]
	movq mm2, qword ptr [rip + L592]
	pabsd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000002
	movq mm1, qword ptr [rip + L593]
	movq mm2, qword ptr [rip + L594]
	pabsd mm1, qword ptr [rip + L594]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7e8081
	movq mm1, qword ptr [rip + L595]
	movq mm2, qword ptr [rip + L596]
	psignb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000ff01000080
	movq mm1, qword ptr [rip + L597]
	movq mm2, qword ptr [rip + L598]
	psignb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffddbb9989abcdef
	movq mm1, qword ptr [rip + L599]
	movq mm2, qword ptr [rip + L600]
	psignb mm1, qword ptr [rip + L600]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffdd00677700cd11
	movq mm1, qword ptr [rip + L601]
	movq mm2, qword ptr [rip + L602]
	psignb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8100000000000000
	movq mm1, qword ptr [rip + L603]
	movq mm2, qword ptr [rip + L604]
	psignb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff010100
	movq mm1, qword ptr [rip + L605]
	movq mm2, qword ptr [rip + L606]
	psignb mm1, qword ptr [rip + L606]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff
	movq mm1, qword ptr [rip + L607]
	movq mm2, qword ptr [rip + L608]
	psignb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000181807f80
	movq mm1, qword ptr [rip + L609]
	movq mm2, qword ptr [rip + L610]
	psignb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00000001
	movq mm1, qword ptr [rip + L611]
	movq mm2, qword ptr [rip + L612]
	psignb mm1, qword ptr [rip + L612]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1ff0100000001
	movq mm1, qword ptr [rip + L613]
	movq mm2, qword ptr [rip + L614]
	psignw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff00ff0080
	movq mm1, qword ptr [rip + L615]
	movq mm2, qword ptr [rip + L616]
	psignw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfeddba9989abcdef
	movq mm1, qword ptr [rip + L617]
	movq mm2, qword ptr [rip + L618]
	psignw mm1, qword ptr [rip + L618]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedd45677655cdef
	movq mm1, qword ptr [rip + L619]
	movq mm2, qword ptr [rip + L620]
	psignw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8001000000000000
	movq mm1, qword ptr [rip + L621]
	movq mm2, qword ptr [rip + L622]
	psignw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001
	movq mm1, qword ptr [rip + L623]
	movq mm2, qword ptr [rip + L624]
	psignw mm1, qword ptr [rip + L624]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff
	movq mm1, qword ptr [rip + L625]
	movq mm2, qword ptr [rip + L626]
	psignw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80807f80
	movq mm1, qword ptr [rip + L627]
	movq mm2, qword ptr [rip + L628]
	psignw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00000001
	movq mm1, qword ptr [rip + L629]
	movq mm2, qword ptr [rip + L630]
	psignw mm1, qword ptr [rip + L630]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000001
	movq mm1, qword ptr [rip + L631]
	movq mm2, qword ptr [rip + L632]
	psignd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff800100feff80
	movq mm1, qword ptr [rip + L633]
	movq mm2, qword ptr [rip + L634]
	psignd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9989abcdef
	movq mm1, qword ptr [rip + L635]
	movq mm2, qword ptr [rip + L636]
	psignd mm1, qword ptr [rip + L636]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9976543211
	movq mm1, qword ptr [rip + L637]
	movq mm2, qword ptr [rip + L638]
	psignd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000000
	movq mm1, qword ptr [rip + L639]
	movq mm2, qword ptr [rip + L640]
	psignd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L641]
	movq mm2, qword ptr [rip + L642]
	psignd mm1, qword ptr [rip + L642]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L643]
	movq mm2, qword ptr [rip + L644]
	psignd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff807f8080
	movq mm1, qword ptr [rip + L645]
	movq mm2, qword ptr [rip + L646]
	psignd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000001
	movq mm1, qword ptr [rip + L647]
	movq mm2, qword ptr [rip + L648]
	psignd mm1, qword ptr [rip + L648]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L649]
	movq mm2, qword ptr [rip + L650]
	phaddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff80ffffff81
	movq mm1, qword ptr [rip + L651]
	movq mm2, qword ptr [rip + L652]
	phaddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xb974a864468a579a
	movq mm1, qword ptr [rip + L653]
	movq mm2, qword ptr [rip + L654]
	phaddw mm1, qword ptr [rip + L654]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff80468a579a
	movq mm1, qword ptr [rip + L655]
	movq mm2, qword ptr [rip + L656]
	phaddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000017ffe8000
	movq mm1, qword ptr [rip + L657]
	movq mm2, qword ptr [rip + L658]
	phaddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff0000fffe
	movq mm1, qword ptr [rip + L659]
	movq mm2, qword ptr [rip + L660]
	phaddw mm1, qword ptr [rip + L660]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000010000fffe
	movq mm1, qword ptr [rip + L661]
	movq mm2, qword ptr [rip + L662]
	phaddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fd000001feff00
	movq mm1, qword ptr [rip + L663]
	movq mm2, qword ptr [rip + L664]
	phaddw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffe0001
	movq mm1, qword ptr [rip + L665]
	movq mm2, qword ptr [rip + L666]
	phaddw mm1, qword ptr [rip + L666]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fd0000fffe0001
	movq mm1, qword ptr [rip + L667]
	movq mm2, qword ptr [rip + L668]
	phaddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7f817f01807f
	movq mm1, qword ptr [rip + L669]
	movq mm2, qword ptr [rip + L670]
	phaddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7530eca88acf1356
	movq mm1, qword ptr [rip + L671]
	movq mm2, qword ptr [rip + L672]
	phaddd mm1, qword ptr [rip + L672]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7f818acf1356
	movq mm1, qword ptr [rip + L673]
	movq mm2, qword ptr [rip + L674]
	phaddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000001ffffffff
	movq mm1, qword ptr [rip + L675]
	movq mm2, qword ptr [rip + L676]
	phaddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff7f0080ffffffff
	movq mm1, qword ptr [rip + L677]
	movq mm2, qword ptr [rip + L678]
	phaddd mm1, qword ptr [rip + L678]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000001ffffffff
	movq mm1, qword ptr [rip + L679]
	movq mm2, qword ptr [rip + L680]
	phaddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8180817d807f807f
	movq mm1, qword ptr [rip + L681]
	movq mm2, qword ptr [rip + L682]
	phaddd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x300000000
	movq mm1, qword ptr [rip + L683]
	movq mm2, qword ptr [rip + L684]
	phaddd mm1, qword ptr [rip + L684]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8180817d00000000
	movq mm1, qword ptr [rip + L685]
	movq mm2, qword ptr [rip + L686]
	phaddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff80ffffff81
	movq mm1, qword ptr [rip + L687]
	movq mm2, qword ptr [rip + L688]
	phaddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xb9747fff468a8000
	movq mm1, qword ptr [rip + L689]
	movq mm2, qword ptr [rip + L690]
	phaddsw mm1, qword ptr [rip + L690]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff80468a8000
	movq mm1, qword ptr [rip + L691]
	movq mm2, qword ptr [rip + L692]
	phaddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000017ffe8000
	movq mm1, qword ptr [rip + L693]
	movq mm2, qword ptr [rip + L694]
	phaddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff0000fffe
	movq mm1, qword ptr [rip + L695]
	movq mm2, qword ptr [rip + L696]
	phaddsw mm1, qword ptr [rip + L696]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000010000fffe
	movq mm1, qword ptr [rip + L697]
	movq mm2, qword ptr [rip + L698]
	phaddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fd000001fe7fff
	movq mm1, qword ptr [rip + L699]
	movq mm2, qword ptr [rip + L700]
	phaddsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffe0001
	movq mm1, qword ptr [rip + L701]
	movq mm2, qword ptr [rip + L702]
	phaddsw mm1, qword ptr [rip + L702]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fd0000fffe0001
	movq mm1, qword ptr [rip + L703]
	movq mm2, qword ptr [rip + L704]
	phsubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2ff80ffff017f
	movq mm1, qword ptr [rip + L705]
	movq mm2, qword ptr [rip + L706]
	phsubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbbbcbbbc44444444
	movq mm1, qword ptr [rip + L707]
	movq mm2, qword ptr [rip + L708]
	phsubw mm1, qword ptr [rip + L708]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2ff8044444444
	movq mm1, qword ptr [rip + L709]
	movq mm2, qword ptr [rip + L710]
	phsubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180008000
	movq mm1, qword ptr [rip + L711]
	movq mm2, qword ptr [rip + L712]
	phsubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x101000100000000
	movq mm1, qword ptr [rip + L713]
	movq mm2, qword ptr [rip + L714]
	phsubw mm1, qword ptr [rip + L714]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000100000000
	movq mm1, qword ptr [rip + L715]
	movq mm2, qword ptr [rip + L716]
	phsubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffefe00000000
	movq mm1, qword ptr [rip + L717]
	movq mm2, qword ptr [rip + L718]
	phsubw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200000001
	movq mm1, qword ptr [rip + L719]
	movq mm2, qword ptr [rip + L720]
	phsubw mm1, qword ptr [rip + L720]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffefe00000001
	movq mm1, qword ptr [rip + L721]
	movq mm2, qword ptr [rip + L722]
	phsubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017f7f7f008081
	movq mm1, qword ptr [rip + L723]
	movq mm2, qword ptr [rip + L724]
	phsubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7777777888888888
	movq mm1, qword ptr [rip + L725]
	movq mm2, qword ptr [rip + L726]
	phsubd mm1, qword ptr [rip + L726]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017f7f88888888
	movq mm1, qword ptr [rip + L727]
	movq mm2, qword ptr [rip + L728]
	phsubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000100000001
	movq mm1, qword ptr [rip + L729]
	movq mm2, qword ptr [rip + L730]
	phsubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80ffffffff
	movq mm1, qword ptr [rip + L731]
	movq mm2, qword ptr [rip + L732]
	phsubd mm1, qword ptr [rip + L732]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000001ffffffff
	movq mm1, qword ptr [rip + L733]
	movq mm2, qword ptr [rip + L734]
	phsubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f827d817e817e81
	movq mm1, qword ptr [rip + L735]
	movq mm2, qword ptr [rip + L736]
	phsubd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000002
	movq mm1, qword ptr [rip + L737]
	movq mm2, qword ptr [rip + L738]
	phsubd mm1, qword ptr [rip + L738]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f827d8100000002
	movq mm1, qword ptr [rip + L739]
	movq mm2, qword ptr [rip + L740]
	phsubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x27fff7fff017f
	movq mm1, qword ptr [rip + L741]
	movq mm2, qword ptr [rip + L742]
	phsubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbbbcbbbc44444444
	movq mm1, qword ptr [rip + L743]
	movq mm2, qword ptr [rip + L744]
	phsubsw mm1, qword ptr [rip + L744]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x27fff44444444
	movq mm1, qword ptr [rip + L745]
	movq mm2, qword ptr [rip + L746]
	phsubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000180007fff
	movq mm1, qword ptr [rip + L747]
	movq mm2, qword ptr [rip + L748]
	phsubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800000000000
	movq mm1, qword ptr [rip + L749]
	movq mm2, qword ptr [rip + L750]
	phsubsw mm1, qword ptr [rip + L750]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000100000000
	movq mm1, qword ptr [rip + L751]
	movq mm2, qword ptr [rip + L752]
	phsubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff7fff00000000
	movq mm1, qword ptr [rip + L753]
	movq mm2, qword ptr [rip + L754]
	phsubsw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200000001
	movq mm1, qword ptr [rip + L755]
	movq mm2, qword ptr [rip + L756]
	phsubsw mm1, qword ptr [rip + L756]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff7fff00000001
	movq mm1, qword ptr [rip + L757]
	movq mm2, qword ptr [rip + L758]
	pcmpeqb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff
	movq mm1, qword ptr [rip + L759]
	movq mm2, qword ptr [rip + L760]
	pcmpeqb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L761]
	movq mm2, qword ptr [rip + L762]
	pcmpeqb mm1, qword ptr [rip + L762]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L763]
	movq mm2, qword ptr [rip + L764]
	pcmpeqb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00
	movq mm1, qword ptr [rip + L765]
	movq mm2, qword ptr [rip + L766]
	pcmpeqb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff0000
	movq mm1, qword ptr [rip + L767]
	movq mm2, qword ptr [rip + L768]
	pcmpeqb mm1, qword ptr [rip + L768]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff00000000
	movq mm1, qword ptr [rip + L769]
	movq mm2, qword ptr [rip + L770]
	pcmpeqb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00000000ff00
	movq mm1, qword ptr [rip + L771]
	movq mm2, qword ptr [rip + L772]
	pcmpeqb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff00
	movq mm1, qword ptr [rip + L773]
	movq mm2, qword ptr [rip + L774]
	pcmpeqb mm1, qword ptr [rip + L774]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff000000000000
	movq mm1, qword ptr [rip + L775]
	movq mm2, qword ptr [rip + L776]
	pcmpeqw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L777]
	movq mm2, qword ptr [rip + L778]
	pcmpeqw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L779]
	movq mm2, qword ptr [rip + L780]
	pcmpeqw mm1, qword ptr [rip + L780]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L781]
	movq mm2, qword ptr [rip + L782]
	pcmpeqw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L783]
	movq mm2, qword ptr [rip + L784]
	pcmpeqw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L785]
	movq mm2, qword ptr [rip + L786]
	pcmpeqw mm1, qword ptr [rip + L786]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00000000
	movq mm1, qword ptr [rip + L787]
	movq mm2, qword ptr [rip + L788]
	pcmpeqw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000000000000
	movq mm1, qword ptr [rip + L789]
	movq mm2, qword ptr [rip + L790]
	pcmpeqw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000
	movq mm1, qword ptr [rip + L791]
	movq mm2, qword ptr [rip + L792]
	pcmpeqw mm1, qword ptr [rip + L792]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L793]
	movq mm2, qword ptr [rip + L794]
	pcmpeqd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L795]
	movq mm2, qword ptr [rip + L796]
	pcmpeqd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L797]
	movq mm2, qword ptr [rip + L798]
	pcmpeqd mm1, qword ptr [rip + L798]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L799]
	movq mm2, qword ptr [rip + L800]
	pcmpeqd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L801]
	movq mm2, qword ptr [rip + L802]
	pcmpeqd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L803]
	movq mm2, qword ptr [rip + L804]
	pcmpeqd mm1, qword ptr [rip + L804]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L805]
	movq mm2, qword ptr [rip + L806]
	pcmpeqd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L807]
	movq mm2, qword ptr [rip + L808]
	pcmpeqd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L809]
	movq mm2, qword ptr [rip + L810]
	pcmpeqd mm1, qword ptr [rip + L810]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L811]
	movq mm2, qword ptr [rip + L812]
	pcmpgtb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00ffff0000
	movq mm1, qword ptr [rip + L813]
	movq mm2, qword ptr [rip + L814]
	pcmpgtb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000000
	movq mm1, qword ptr [rip + L815]
	movq mm2, qword ptr [rip + L816]
	pcmpgtb mm1, qword ptr [rip + L816]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffff0000ff
	movq mm1, qword ptr [rip + L817]
	movq mm2, qword ptr [rip + L818]
	pcmpgtb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00000000000000
	movq mm1, qword ptr [rip + L819]
	movq mm2, qword ptr [rip + L820]
	pcmpgtb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ff00
	movq mm1, qword ptr [rip + L821]
	movq mm2, qword ptr [rip + L822]
	pcmpgtb mm1, qword ptr [rip + L822]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00000000000000
	movq mm1, qword ptr [rip + L823]
	movq mm2, qword ptr [rip + L824]
	pcmpgtb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000000
	movq mm1, qword ptr [rip + L825]
	movq mm2, qword ptr [rip + L826]
	pcmpgtb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L827]
	movq mm2, qword ptr [rip + L828]
	pcmpgtb mm1, qword ptr [rip + L828]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff0000
	movq mm1, qword ptr [rip + L829]
	movq mm2, qword ptr [rip + L830]
	pcmpgtw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff0000
	movq mm1, qword ptr [rip + L831]
	movq mm2, qword ptr [rip + L832]
	pcmpgtw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000000
	movq mm1, qword ptr [rip + L833]
	movq mm2, qword ptr [rip + L834]
	pcmpgtw mm1, qword ptr [rip + L834]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffff0000
	movq mm1, qword ptr [rip + L835]
	movq mm2, qword ptr [rip + L836]
	pcmpgtw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000000000000
	movq mm1, qword ptr [rip + L837]
	movq mm2, qword ptr [rip + L838]
	pcmpgtw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff
	movq mm1, qword ptr [rip + L839]
	movq mm2, qword ptr [rip + L840]
	pcmpgtw mm1, qword ptr [rip + L840]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000000000000
	movq mm1, qword ptr [rip + L841]
	movq mm2, qword ptr [rip + L842]
	pcmpgtw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L843]
	movq mm2, qword ptr [rip + L844]
	pcmpgtw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L845]
	movq mm2, qword ptr [rip + L846]
	pcmpgtw mm1, qword ptr [rip + L846]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000
	movq mm1, qword ptr [rip + L847]
	movq mm2, qword ptr [rip + L848]
	pcmpgtd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L849]
	movq mm2, qword ptr [rip + L850]
	pcmpgtd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000000
	movq mm1, qword ptr [rip + L851]
	movq mm2, qword ptr [rip + L852]
	pcmpgtd mm1, qword ptr [rip + L852]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L853]
	movq mm2, qword ptr [rip + L854]
	pcmpgtd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000000
	movq mm1, qword ptr [rip + L855]
	movq mm2, qword ptr [rip + L856]
	pcmpgtd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L857]
	movq mm2, qword ptr [rip + L858]
	pcmpgtd mm1, qword ptr [rip + L858]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000000
	movq mm1, qword ptr [rip + L859]
	movq mm2, qword ptr [rip + L860]
	pcmpgtd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L861]
	movq mm2, qword ptr [rip + L862]
	pcmpgtd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L863]
	movq mm2, qword ptr [rip + L864]
	pcmpgtd mm1, qword ptr [rip + L864]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L865]
	movq mm2, qword ptr [rip + L866]
	pand mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	movq mm1, qword ptr [rip + L867]
	movq mm2, qword ptr [rip + L868]
	pand mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L869]
	movq mm2, qword ptr [rip + L870]
	pand mm1, qword ptr [rip + L870]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123000180004d80
	movq mm1, qword ptr [rip + L871]
	movq mm2, qword ptr [rip + L872]
	pand mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L873]
	movq mm2, qword ptr [rip + L874]
	pand mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff8000
	movq mm1, qword ptr [rip + L875]
	movq mm2, qword ptr [rip + L876]
	pand mm1, qword ptr [rip + L876]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L877]
	movq mm2, qword ptr [rip + L878]
	pand mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe00807f00
	movq mm1, qword ptr [rip + L879]
	movq mm2, qword ptr [rip + L880]
	pand mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000000
	movq mm1, qword ptr [rip + L881]
	movq mm2, qword ptr [rip + L882]
	pand mm1, qword ptr [rip + L882]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe00000001
	movq mm1, qword ptr [rip + L883]
	movq mm2, qword ptr [rip + L884]
	pandn mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000000007f00
	movq mm1, qword ptr [rip + L885]
	movq mm2, qword ptr [rip + L886]
	pandn mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9876543210
	movq mm1, qword ptr [rip + L887]
	movq mm2, qword ptr [rip + L888]
	pandn mm1, qword ptr [rip + L888]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedc000000003200
	movq mm1, qword ptr [rip + L889]
	movq mm2, qword ptr [rip + L890]
	pandn mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L891]
	movq mm2, qword ptr [rip + L892]
	pandn mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f808000000000
	movq mm1, qword ptr [rip + L893]
	movq mm2, qword ptr [rip + L894]
	pandn mm1, qword ptr [rip + L894]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	movq mm1, qword ptr [rip + L895]
	movq mm2, qword ptr [rip + L896]
	pandn mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1008001007f
	movq mm1, qword ptr [rip + L897]
	movq mm2, qword ptr [rip + L898]
	pandn mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2
	movq mm1, qword ptr [rip + L899]
	movq mm2, qword ptr [rip + L900]
	pandn mm1, qword ptr [rip + L900]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80817f7e
	movq mm1, qword ptr [rip + L901]
	movq mm2, qword ptr [rip + L902]
	por mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	movq mm1, qword ptr [rip + L903]
	movq mm2, qword ptr [rip + L904]
	por mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L905]
	movq mm2, qword ptr [rip + L906]
	por mm1, qword ptr [rip + L906]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff456789abffef
	movq mm1, qword ptr [rip + L907]
	movq mm2, qword ptr [rip + L908]
	por mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L909]
	movq mm2, qword ptr [rip + L910]
	por mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movq mm1, qword ptr [rip + L911]
	movq mm2, qword ptr [rip + L912]
	por mm1, qword ptr [rip + L912]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000ffffffff
	movq mm1, qword ptr [rip + L913]
	movq mm2, qword ptr [rip + L914]
	por mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ffff817fff
	movq mm1, qword ptr [rip + L915]
	movq mm2, qword ptr [rip + L916]
	por mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000003
	movq mm1, qword ptr [rip + L917]
	movq mm2, qword ptr [rip + L918]
	por mm1, qword ptr [rip + L918]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80817f7f
	movq mm1, qword ptr [rip + L919]
	movq mm2, qword ptr [rip + L920]
	pxor mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7ffe7f017f00
	movq mm1, qword ptr [rip + L921]
	movq mm2, qword ptr [rip + L922]
	pxor mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L923]
	movq mm2, qword ptr [rip + L924]
	pxor mm1, qword ptr [rip + L924]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedc456609abb26f
	movq mm1, qword ptr [rip + L925]
	movq mm2, qword ptr [rip + L926]
	pxor mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	movq mm1, qword ptr [rip + L927]
	movq mm2, qword ptr [rip + L928]
	pxor mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f808080007fff
	movq mm1, qword ptr [rip + L929]
	movq mm2, qword ptr [rip + L930]
	pxor mm1, qword ptr [rip + L930]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000fffffffe
	movq mm1, qword ptr [rip + L931]
	movq mm2, qword ptr [rip + L932]
	pxor mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x101ff0100ff
	movq mm1, qword ptr [rip + L933]
	movq mm2, qword ptr [rip + L934]
	pxor mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffffffe00000003
	movq mm1, qword ptr [rip + L935]
	movq mm2, qword ptr [rip + L936]
	pxor mm1, qword ptr [rip + L936]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe0180817f7e
	movq mm1, qword ptr [rip + L937]
	movq mm2, qword ptr [rip + L938]
	punpcklbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ff00017f008080
	movq mm1, qword ptr [rip + L939]
	movq mm2, qword ptr [rip + L940]
	punpcklbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x768954ab32cd10ef
	movq mm1, qword ptr [rip + L941]
	movq mm2, qword ptr [rip + L942]
	punpcklbw mm1, dword ptr [rip + L942]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x808900ab7fcd80ef
	movq mm1, qword ptr [rip + L943]
	movq mm2, qword ptr [rip + L944]
	punpcklbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000000100
	movq mm1, qword ptr [rip + L945]
	movq mm2, qword ptr [rip + L946]
	punpcklbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff80ff00ff
	movq mm1, qword ptr [rip + L947]
	movq mm2, qword ptr [rip + L948]
	punpcklbw mm1, dword ptr [rip + L948]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff00ff01ff
	movq mm1, qword ptr [rip + L949]
	movq mm2, qword ptr [rip + L950]
	punpcklbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x807f81807f7f7f80
	movq mm1, qword ptr [rip + L951]
	movq mm2, qword ptr [rip + L952]
	punpcklbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x201
	movq mm1, qword ptr [rip + L953]
	movq mm2, qword ptr [rip + L954]
	punpcklbw mm1, dword ptr [rip + L954]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800081007f007f01
	movq mm1, qword ptr [rip + L955]
	movq mm2, qword ptr [rip + L956]
	punpcklwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000ff017f800080
	movq mm1, qword ptr [rip + L957]
	movq mm2, qword ptr [rip + L958]
	punpcklwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x765489ab3210cdef
	movq mm1, qword ptr [rip + L959]
	movq mm2, qword ptr [rip + L960]
	punpcklwd mm1, dword ptr [rip + L960]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800089ab7f80cdef
	movq mm1, qword ptr [rip + L961]
	movq mm2, qword ptr [rip + L962]
	punpcklwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000010000
	movq mm1, qword ptr [rip + L963]
	movq mm2, qword ptr [rip + L964]
	punpcklwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff8000ffff
	movq mm1, qword ptr [rip + L965]
	movq mm2, qword ptr [rip + L966]
	punpcklwd mm1, dword ptr [rip + L966]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001ffff
	movq mm1, qword ptr [rip + L967]
	movq mm2, qword ptr [rip + L968]
	punpcklwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80817f807f7f7f80
	movq mm1, qword ptr [rip + L969]
	movq mm2, qword ptr [rip + L970]
	punpcklwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x20001
	movq mm1, qword ptr [rip + L971]
	movq mm2, qword ptr [rip + L972]
	punpcklwd mm1, dword ptr [rip + L972]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x808100007f7f0001
	movq mm1, qword ptr [rip + L973]
	movq mm2, qword ptr [rip + L974]
	punpckldq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007f80ff010080
	movq mm1, qword ptr [rip + L975]
	movq mm2, qword ptr [rip + L976]
	punpckldq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7654321089abcdef
	movq mm1, qword ptr [rip + L977]
	movq mm2, qword ptr [rip + L978]
	punpckldq mm1, dword ptr [rip + L978]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007f8089abcdef
	movq mm1, qword ptr [rip + L979]
	movq mm2, qword ptr [rip + L980]
	punpckldq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x180000000
	movq mm1, qword ptr [rip + L981]
	movq mm2, qword ptr [rip + L982]
	punpckldq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff8000ffffffff
	movq mm1, qword ptr [rip + L983]
	movq mm2, qword ptr [rip + L984]
	punpckldq mm1, dword ptr [rip + L984]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1ffffffff
	movq mm1, qword ptr [rip + L985]
	movq mm2, qword ptr [rip + L986]
	punpckldq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80817f7f7f807f80
	movq mm1, qword ptr [rip + L987]
	movq mm2, qword ptr [rip + L988]
	punpckldq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x200000001
	movq mm1, qword ptr [rip + L989]
	movq mm2, qword ptr [rip + L990]
	punpckldq mm1, dword ptr [rip + L990]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80817f7f00000001
	movq mm1, qword ptr [rip + L991]
	movq mm2, qword ptr [rip + L992]
	punpckhbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff80ff00007f01ff
	movq mm1, qword ptr [rip + L993]
	movq mm2, qword ptr [rip + L994]
	punpckhbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01dc23ba459867
	movq mm1, qword ptr [rip + L995]
	movq mm2, qword ptr [rip + L996]
	punpckhbw mm1, qword ptr [rip + L996]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff2300450167
	movq mm1, qword ptr [rip + L997]
	movq mm2, qword ptr [rip + L998]
	punpckhbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x807f00ff00ff00ff
	movq mm1, qword ptr [rip + L999]
	movq mm2, qword ptr [rip + L1000]
	punpckhbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f007f0080008000
	movq mm1, qword ptr [rip + L1001]
	movq mm2, qword ptr [rip + L1002]
	punpckhbw mm1, qword ptr [rip + L1002]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	movq mm1, qword ptr [rip + L1003]
	movq mm2, qword ptr [rip + L1004]
	punpckhbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0100feff
	movq mm1, qword ptr [rip + L1005]
	movq mm2, qword ptr [rip + L1006]
	punpckhbw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff00ff01ff
	movq mm1, qword ptr [rip + L1007]
	movq mm2, qword ptr [rip + L1008]
	punpckhbw mm1, qword ptr [rip + L1008]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff01fffeff
	movq mm1, qword ptr [rip + L1009]
	movq mm2, qword ptr [rip + L1010]
	punpckhwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff800000017fff
	movq mm1, qword ptr [rip + L1011]
	movq mm2, qword ptr [rip + L1012]
	punpckhwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedc0123ba984567
	movq mm1, qword ptr [rip + L1013]
	movq mm2, qword ptr [rip + L1014]
	punpckhwd mm1, qword ptr [rip + L1014]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff012300014567
	movq mm1, qword ptr [rip + L1015]
	movq mm2, qword ptr [rip + L1016]
	punpckhwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff0000ffff
	movq mm1, qword ptr [rip + L1017]
	movq mm2, qword ptr [rip + L1018]
	punpckhwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f000080800000
	movq mm1, qword ptr [rip + L1019]
	movq mm2, qword ptr [rip + L1020]
	punpckhwd mm1, qword ptr [rip + L1020]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	movq mm1, qword ptr [rip + L1021]
	movq mm2, qword ptr [rip + L1022]
	punpckhwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff01fe00ff
	movq mm1, qword ptr [rip + L1023]
	movq mm2, qword ptr [rip + L1024]
	punpckhwd mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001ffff
	movq mm1, qword ptr [rip + L1025]
	movq mm2, qword ptr [rip + L1026]
	punpckhwd mm1, qword ptr [rip + L1026]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff01feffff
	movq mm1, qword ptr [rip + L1027]
	movq mm2, qword ptr [rip + L1028]
	punpckhdq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000180007fff
	movq mm1, qword ptr [rip + L1029]
	movq mm2, qword ptr [rip + L1030]
	punpckhdq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9801234567
	movq mm1, qword ptr [rip + L1031]
	movq mm2, qword ptr [rip + L1032]
	punpckhdq mm1, qword ptr [rip + L1032]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000101234567
	movq mm1, qword ptr [rip + L1033]
	movq mm2, qword ptr [rip + L1034]
	punpckhdq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000007fffffff
	movq mm1, qword ptr [rip + L1035]
	movq mm2, qword ptr [rip + L1036]
	punpckhdq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f808000000000
	movq mm1, qword ptr [rip + L1037]
	movq mm2, qword ptr [rip + L1038]
	punpckhdq mm1, qword ptr [rip + L1038]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	movq mm1, qword ptr [rip + L1039]
	movq mm2, qword ptr [rip + L1040]
	punpckhdq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe00ff00ff
	movq mm1, qword ptr [rip + L1041]
	movq mm2, qword ptr [rip + L1042]
	punpckhdq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1ffffffff
	movq mm1, qword ptr [rip + L1043]
	movq mm2, qword ptr [rip + L1044]
	punpckhdq mm1, qword ptr [rip + L1044]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01feffffffff
	movq mm1, qword ptr [rip + L1045]
	movq mm2, qword ptr [rip + L1046]
	packsswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01807f807f807f
	movq mm1, qword ptr [rip + L1047]
	movq mm2, qword ptr [rip + L1048]
	packsswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80807f7f7f7f8080
	movq mm1, qword ptr [rip + L1049]
	movq mm2, qword ptr [rip + L1050]
	packsswb mm1, qword ptr [rip + L1050]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01807f7f7f8080
	movq mm1, qword ptr [rip + L1051]
	movq mm2, qword ptr [rip + L1052]
	packsswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000017fff8000
	movq mm1, qword ptr [rip + L1053]
	movq mm2, qword ptr [rip + L1054]
	packsswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f807f800000ffff
	movq mm1, qword ptr [rip + L1055]
	movq mm2, qword ptr [rip + L1056]
	packsswb mm1, qword ptr [rip + L1056]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000010000ffff
	movq mm1, qword ptr [rip + L1057]
	movq mm2, qword ptr [rip + L1058]
	packsswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f807f7f7f7f7f
	movq mm1, qword ptr [rip + L1059]
	movq mm2, qword ptr [rip + L1060]
	packsswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002ffff0001
	movq mm1, qword ptr [rip + L1061]
	movq mm2, qword ptr [rip + L1062]
	packsswb mm1, qword ptr [rip + L1062]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f807fffff0001
	movq mm1, qword ptr [rip + L1063]
	movq mm2, qword ptr [rip + L1064]
	packssdw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800080008000
	movq mm1, qword ptr [rip + L1065]
	movq mm2, qword ptr [rip + L1066]
	packssdw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff7fff8000
	movq mm1, qword ptr [rip + L1067]
	movq mm2, qword ptr [rip + L1068]
	packssdw mm1, qword ptr [rip + L1068]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800080007fff8000
	movq mm1, qword ptr [rip + L1069]
	movq mm2, qword ptr [rip + L1070]
	packssdw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000017fff8000
	movq mm1, qword ptr [rip + L1071]
	movq mm2, qword ptr [rip + L1072]
	packssdw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7fff0000ffff
	movq mm1, qword ptr [rip + L1073]
	movq mm2, qword ptr [rip + L1074]
	packssdw mm1, qword ptr [rip + L1074]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000010000ffff
	movq mm1, qword ptr [rip + L1075]
	movq mm2, qword ptr [rip + L1076]
	packssdw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80007fff7fff
	movq mm1, qword ptr [rip + L1077]
	movq mm2, qword ptr [rip + L1078]
	packssdw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002ffff0001
	movq mm1, qword ptr [rip + L1079]
	movq mm2, qword ptr [rip + L1080]
	packssdw mm1, qword ptr [rip + L1080]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff8000ffff0001
	movq mm1, qword ptr [rip + L1081]
	movq mm2, qword ptr [rip + L1082]
	packuswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100ff00ff0080
	movq mm1, qword ptr [rip + L1083]
	movq mm2, qword ptr [rip + L1084]
	packuswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff0000
	movq mm1, qword ptr [rip + L1085]
	movq mm2, qword ptr [rip + L1086]
	packuswb mm1, qword ptr [rip + L1086]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100ffffff0000
	movq mm1, qword ptr [rip + L1087]
	movq mm2, qword ptr [rip + L1088]
	packuswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1ff000000
	movq mm1, qword ptr [rip + L1089]
	movq mm2, qword ptr [rip + L1090]
	packuswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff0000000000
	movq mm1, qword ptr [rip + L1091]
	movq mm2, qword ptr [rip + L1092]
	packuswb mm1, qword ptr [rip + L1092]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000000
	movq mm1, qword ptr [rip + L1093]
	movq mm2, qword ptr [rip + L1094]
	packuswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00ffffffffff
	movq mm1, qword ptr [rip + L1095]
	movq mm2, qword ptr [rip + L1096]
	packuswb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200000001
	movq mm1, qword ptr [rip + L1097]
	movq mm2, qword ptr [rip + L1098]
	packuswb mm1, qword ptr [rip + L1098]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00ff00000001
	movq mm1, qword ptr [rip + L1099]
	movq mm2, qword ptr [rip + L1100]
	pshufb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000808000
	movq mm1, qword ptr [rip + L1101]
	movq mm2, qword ptr [rip + L1102]
	pshufb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2367abef
	movq mm1, qword ptr [rip + L1103]
	movq mm2, qword ptr [rip + L1104]
	pshufb mm1, qword ptr [rip + L1104]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xefcd00ef0100
	movq mm1, qword ptr [rip + L1105]
	movq mm2, qword ptr [rip + L1106]
	pshufb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1107]
	movq mm2, qword ptr [rip + L1108]
	pshufb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff
	movq mm1, qword ptr [rip + L1109]
	movq mm2, qword ptr [rip + L1110]
	pshufb mm1, qword ptr [rip + L1110]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffff
	movq mm1, qword ptr [rip + L1111]
	movq mm2, qword ptr [rip + L1112]
	pshufb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007f0000000000
	movq mm1, qword ptr [rip + L1113]
	movq mm2, qword ptr [rip + L1114]
	pshufb mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x101010001010100
	movq mm1, qword ptr [rip + L1115]
	movq mm2, qword ptr [rip + L1116]
	pshufb mm1, qword ptr [rip + L1116]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10000000000ffff
	movq mm1, qword ptr [rip + L1117]
	movq mm2, qword ptr [rip + L1118]
	palignr mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000180007f80
	movq mm1, qword ptr [rip + L1119]
	movq mm2, qword ptr [rip + L1120]
	palignr mm1, mm2, 3
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10080ffff000180
	movq mm1, qword ptr [rip + L1121]
	movq mm2, qword ptr [rip + L1122]
	palignr mm1, mm2, 8
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fffff010080
	movq mm1, qword ptr [rip + L1123]
	movq mm2, qword ptr [rip + L1124]
	palignr mm1, mm2, 9
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fffff0100
	movq mm1, qword ptr [rip + L1125]
	movq mm2, qword ptr [rip + L1126]
	palignr mm1, mm2, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80
	movq mm1, qword ptr [rip + L1127]
	movq mm2, qword ptr [rip + L1128]
	palignr mm1, mm2, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1129]
	movq mm2, qword ptr [rip + L1130]
	palignr mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9876543210
	movq mm1, qword ptr [rip + L1131]
	movq mm2, qword ptr [rip + L1132]
	palignr mm1, mm2, 3
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xabcdeffedcba9876
	movq mm1, qword ptr [rip + L1133]
	movq mm2, qword ptr [rip + L1134]
	palignr mm1, mm2, 8
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123456789abcdef
	movq mm1, qword ptr [rip + L1135]
	movq mm2, qword ptr [rip + L1136]
	palignr mm1, mm2, 9
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x123456789abcd
	movq mm1, qword ptr [rip + L1137]
	movq mm2, qword ptr [rip + L1138]
	palignr mm1, mm2, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L1139]
	movq mm2, qword ptr [rip + L1140]
	palignr mm1, mm2, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1141]
	movq mm2, qword ptr [rip + L1142]
	palignr mm1, qword ptr [rip + L1142], 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1143]
	movq mm2, qword ptr [rip + L1144]
	palignr mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L1145]
	movq mm2, qword ptr [rip + L1146]
	palignr mm1, mm2, 3
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000
	movq mm1, qword ptr [rip + L1147]
	movq mm2, qword ptr [rip + L1148]
	palignr mm1, mm2, 8
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff80000000
	movq mm1, qword ptr [rip + L1149]
	movq mm2, qword ptr [rip + L1150]
	palignr mm1, mm2, 9
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff800000
	movq mm1, qword ptr [rip + L1151]
	movq mm2, qword ptr [rip + L1152]
	palignr mm1, mm2, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f
	movq mm1, qword ptr [rip + L1153]
	movq mm2, qword ptr [rip + L1154]
	palignr mm1, mm2, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1155]
	movq mm2, qword ptr [rip + L1156]
	palignr mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807fff8000
	movq mm1, qword ptr [rip + L1157]
	movq mm2, qword ptr [rip + L1158]
	palignr mm1, mm2, 3
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff7f7f80807f
	movq mm1, qword ptr [rip + L1159]
	movq mm2, qword ptr [rip + L1160]
	palignr mm1, mm2, 8
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff
	movq mm1, qword ptr [rip + L1161]
	movq mm2, qword ptr [rip + L1162]
	palignr mm1, mm2, 9
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff
	movq mm1, qword ptr [rip + L1163]
	movq mm2, qword ptr [rip + L1164]
	palignr mm1, mm2, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1165]
	movq mm2, qword ptr [rip + L1166]
	palignr mm1, mm2, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1167]
	movq mm2, qword ptr [rip + L1168]
	palignr mm1, qword ptr [rip + L1168], 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1169]
	movq mm2, qword ptr [rip + L1170]
	palignr mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe80817f7f
	movq mm1, qword ptr [rip + L1171]
	movq mm2, qword ptr [rip + L1172]
	palignr mm1, mm2, 3
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x807f8000ff01fe80
	movq mm1, qword ptr [rip + L1173]
	movq mm2, qword ptr [rip + L1174]
	palignr mm1, mm2, 8
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff7f807f80
	movq mm1, qword ptr [rip + L1175]
	movq mm2, qword ptr [rip + L1176]
	palignr mm1, mm2, 9
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff7f807f
	movq mm1, qword ptr [rip + L1177]
	movq mm2, qword ptr [rip + L1178]
	palignr mm1, mm2, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1179]
	movq mm2, qword ptr [rip + L1180]
	palignr mm1, mm2, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1181]
	movq mm2, qword ptr [rip + L1182]
	palignr mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000002
	movq mm1, qword ptr [rip + L1183]
	movq mm2, qword ptr [rip + L1184]
	palignr mm1, mm2, 3
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10000000100
	movq mm1, qword ptr [rip + L1185]
	movq mm2, qword ptr [rip + L1186]
	palignr mm1, mm2, 8
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000001
	movq mm1, qword ptr [rip + L1187]
	movq mm2, qword ptr [rip + L1188]
	palignr mm1, mm2, 9
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff000000
	movq mm1, qword ptr [rip + L1189]
	movq mm2, qword ptr [rip + L1190]
	palignr mm1, mm2, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff
	movq mm1, qword ptr [rip + L1191]
	movq mm2, qword ptr [rip + L1192]
	palignr mm1, mm2, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1193]
	movq mm2, qword ptr [rip + L1194]
	palignr mm1, qword ptr [rip + L1194], 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1195]
	movq mm2, qword ptr [rip + L1196]
	pshufw mm1, mm2, 27
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f8080000001ffff
	movq mm1, qword ptr [rip + L1197]
	movq mm2, qword ptr [rip + L1198]
	pshufw mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f807f807f807f80
	movq mm1, qword ptr [rip + L1199]
	movq mm2, qword ptr [rip + L1200]
	pshufw mm1, mm2, 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000180007f80
	movq mm1, qword ptr [rip + L1201]
	movq mm2, qword ptr [rip + L1202]
	pshufw mm1, mm2, 27
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x32107654ba98fedc
	movq mm1, qword ptr [rip + L1203]
	movq mm2, qword ptr [rip + L1204]
	pshufw mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3210321032103210
	movq mm1, qword ptr [rip + L1205]
	movq mm2, qword ptr [rip + L1206]
	pshufw mm1, mm2, 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfedcba9876543210
	movq mm1, qword ptr [rip + L1207]
	movq mm2, qword ptr [rip + L1208]
	pshufw mm1, qword ptr [rip + L1208], 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff000180007f80
	movq mm1, qword ptr [rip + L1209]
	movq mm2, qword ptr [rip + L1210]
	pshufw mm1, mm2, 27
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000000008000
	movq mm1, qword ptr [rip + L1211]
	movq mm2, qword ptr [rip + L1212]
	pshufw mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000100010001
	movq mm1, qword ptr [rip + L1213]
	movq mm2, qword ptr [rip + L1214]
	pshufw mm1, mm2, 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L1215]
	movq mm2, qword ptr [rip + L1216]
	pshufw mm1, mm2, 27
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80807f7f
	movq mm1, qword ptr [rip + L1217]
	movq mm2, qword ptr [rip + L1218]
	pshufw mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800080008000
	movq mm1, qword ptr [rip + L1219]
	movq mm2, qword ptr [rip + L1220]
	pshufw mm1, mm2, 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f80807fff8000
	movq mm1, qword ptr [rip + L1221]
	movq mm2, qword ptr [rip + L1222]
	pshufw mm1, qword ptr [rip + L1222], 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	movq mm1, qword ptr [rip + L1223]
	movq mm2, qword ptr [rip + L1224]
	pshufw mm1, mm2, 27
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f808101fe00ff
	movq mm1, qword ptr [rip + L1225]
	movq mm2, qword ptr [rip + L1226]
	pshufw mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f7f7f7f7f7f7f
	movq mm1, qword ptr [rip + L1227]
	movq mm2, qword ptr [rip + L1228]
	pshufw mm1, mm2, 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe80817f7f
	movq mm1, qword ptr [rip + L1229]
	movq mm2, qword ptr [rip + L1230]
	pshufw mm1, mm2, 27
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2000000010000
	movq mm1, qword ptr [rip + L1231]
	movq mm2, qword ptr [rip + L1232]
	pshufw mm1, mm2, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2000200020002
	movq mm1, qword ptr [rip + L1233]
	movq mm2, qword ptr [rip + L1234]
	pshufw mm1, mm2, 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000002
	movq mm1, qword ptr [rip + L1235]
	movq mm2, qword ptr [rip + L1236]
	pshufw mm1, qword ptr [rip + L1236], 228
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe80817f7f
	movq mm1, qword ptr [rip + L1237]
	psllw mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1239]
	movq mm2, qword ptr [rip + L1238]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1240]
	psllw mm1, qword ptr [rip + L1238]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1241]
	psllw mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	movq mm1, qword ptr [rip + L1243]
	movq mm2, qword ptr [rip + L1242]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	movq mm1, qword ptr [rip + L1244]
	psllw mm1, qword ptr [rip + L1242]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	movq mm1, qword ptr [rip + L1245]
	psllw mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	movq mm1, qword ptr [rip + L1247]
	movq mm2, qword ptr [rip + L1246]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	movq mm1, qword ptr [rip + L1248]
	psllw mm1, qword ptr [rip + L1246]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	movq mm1, qword ptr [rip + L1249]
	psllw mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1251]
	movq mm2, qword ptr [rip + L1250]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1252]
	psllw mm1, qword ptr [rip + L1250]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1253]
	psllw mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1255]
	movq mm2, qword ptr [rip + L1254]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1256]
	psllw mm1, qword ptr [rip + L1254]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1257]
	psllw mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1259]
	movq mm2, qword ptr [rip + L1258]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1260]
	psllw mm1, qword ptr [rip + L1258]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1261]
	psllw mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1263]
	movq mm2, qword ptr [rip + L1262]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1264]
	psllw mm1, qword ptr [rip + L1262]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1265]
	psllw mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1267]
	movq mm2, qword ptr [rip + L1266]
	psllw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1268]
	psllw mm1, qword ptr [rip + L1266]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1269]
	pslld mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1271]
	movq mm2, qword ptr [rip + L1270]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1272]
	pslld mm1, qword ptr [rip + L1270]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1273]
	pslld mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	movq mm1, qword ptr [rip + L1275]
	movq mm2, qword ptr [rip + L1274]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	movq mm1, qword ptr [rip + L1276]
	pslld mm1, qword ptr [rip + L1274]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffc80061fe0
	movq mm1, qword ptr [rip + L1277]
	pslld mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000087f80000
	movq mm1, qword ptr [rip + L1279]
	movq mm2, qword ptr [rip + L1278]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000087f80000
	movq mm1, qword ptr [rip + L1280]
	pslld mm1, qword ptr [rip + L1278]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff000087f80000
	movq mm1, qword ptr [rip + L1281]
	pslld mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe00000ff00000
	movq mm1, qword ptr [rip + L1283]
	movq mm2, qword ptr [rip + L1282]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe00000ff00000
	movq mm1, qword ptr [rip + L1284]
	pslld mm1, qword ptr [rip + L1282]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe00000ff00000
	movq mm1, qword ptr [rip + L1285]
	pslld mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1287]
	movq mm2, qword ptr [rip + L1286]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1288]
	pslld mm1, qword ptr [rip + L1286]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1289]
	pslld mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1291]
	movq mm2, qword ptr [rip + L1290]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1292]
	pslld mm1, qword ptr [rip + L1290]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1293]
	pslld mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1295]
	movq mm2, qword ptr [rip + L1294]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1296]
	pslld mm1, qword ptr [rip + L1294]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1297]
	pslld mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1299]
	movq mm2, qword ptr [rip + L1298]
	pslld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1300]
	pslld mm1, qword ptr [rip + L1298]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1301]
	psllq mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1303]
	movq mm2, qword ptr [rip + L1302]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1304]
	psllq mm1, qword ptr [rip + L1302]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1305]
	psllq mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffd80061fe0
	movq mm1, qword ptr [rip + L1307]
	movq mm2, qword ptr [rip + L1306]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffd80061fe0
	movq mm1, qword ptr [rip + L1308]
	psllq mm1, qword ptr [rip + L1306]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fffd80061fe0
	movq mm1, qword ptr [rip + L1309]
	psllq mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80000
	movq mm1, qword ptr [rip + L1311]
	movq mm2, qword ptr [rip + L1310]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80000
	movq mm1, qword ptr [rip + L1312]
	psllq mm1, qword ptr [rip + L1310]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xbfff600187f80000
	movq mm1, qword ptr [rip + L1313]
	psllq mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffec0030ff00000
	movq mm1, qword ptr [rip + L1315]
	movq mm2, qword ptr [rip + L1314]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffec0030ff00000
	movq mm1, qword ptr [rip + L1316]
	psllq mm1, qword ptr [rip + L1314]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffec0030ff00000
	movq mm1, qword ptr [rip + L1317]
	psllq mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x600187f800000000
	movq mm1, qword ptr [rip + L1319]
	movq mm2, qword ptr [rip + L1318]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x600187f800000000
	movq mm1, qword ptr [rip + L1320]
	psllq mm1, qword ptr [rip + L1318]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x600187f800000000
	movq mm1, qword ptr [rip + L1321]
	psllq mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0030ff000000000
	movq mm1, qword ptr [rip + L1323]
	movq mm2, qword ptr [rip + L1322]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0030ff000000000
	movq mm1, qword ptr [rip + L1324]
	psllq mm1, qword ptr [rip + L1322]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0030ff000000000
	movq mm1, qword ptr [rip + L1325]
	psllq mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1327]
	movq mm2, qword ptr [rip + L1326]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1328]
	psllq mm1, qword ptr [rip + L1326]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1329]
	psllq mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1331]
	movq mm2, qword ptr [rip + L1330]
	psllq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1332]
	psllq mm1, qword ptr [rip + L1330]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1333]
	psrlw mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1335]
	movq mm2, qword ptr [rip + L1334]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1336]
	psrlw mm1, qword ptr [rip + L1334]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1337]
	psrlw mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x40003fff600107f8
	movq mm1, qword ptr [rip + L1339]
	movq mm2, qword ptr [rip + L1338]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x40003fff600107f8
	movq mm1, qword ptr [rip + L1340]
	psrlw mm1, qword ptr [rip + L1338]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x40003fff600107f8
	movq mm1, qword ptr [rip + L1341]
	psrlw mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000000010000
	movq mm1, qword ptr [rip + L1343]
	movq mm2, qword ptr [rip + L1342]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000000010000
	movq mm1, qword ptr [rip + L1344]
	psrlw mm1, qword ptr [rip + L1342]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000000010000
	movq mm1, qword ptr [rip + L1345]
	psrlw mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1347]
	movq mm2, qword ptr [rip + L1346]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1348]
	psrlw mm1, qword ptr [rip + L1346]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1349]
	psrlw mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1351]
	movq mm2, qword ptr [rip + L1350]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1352]
	psrlw mm1, qword ptr [rip + L1350]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1353]
	psrlw mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1355]
	movq mm2, qword ptr [rip + L1354]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1356]
	psrlw mm1, qword ptr [rip + L1354]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1357]
	psrlw mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1359]
	movq mm2, qword ptr [rip + L1358]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1360]
	psrlw mm1, qword ptr [rip + L1358]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1361]
	psrlw mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1363]
	movq mm2, qword ptr [rip + L1362]
	psrlw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1364]
	psrlw mm1, qword ptr [rip + L1362]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1365]
	psrld mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1367]
	movq mm2, qword ptr [rip + L1366]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1368]
	psrld mm1, qword ptr [rip + L1366]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1369]
	psrld mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	movq mm1, qword ptr [rip + L1371]
	movq mm2, qword ptr [rip + L1370]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	movq mm1, qword ptr [rip + L1372]
	psrld mm1, qword ptr [rip + L1370]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	movq mm1, qword ptr [rip + L1373]
	psrld mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200018006
	movq mm1, qword ptr [rip + L1375]
	movq mm2, qword ptr [rip + L1374]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200018006
	movq mm1, qword ptr [rip + L1376]
	psrld mm1, qword ptr [rip + L1374]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000200018006
	movq mm1, qword ptr [rip + L1377]
	psrld mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80010000c003
	movq mm1, qword ptr [rip + L1379]
	movq mm2, qword ptr [rip + L1378]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80010000c003
	movq mm1, qword ptr [rip + L1380]
	psrld mm1, qword ptr [rip + L1378]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80010000c003
	movq mm1, qword ptr [rip + L1381]
	psrld mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	movq mm1, qword ptr [rip + L1383]
	movq mm2, qword ptr [rip + L1382]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	movq mm1, qword ptr [rip + L1384]
	psrld mm1, qword ptr [rip + L1382]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	movq mm1, qword ptr [rip + L1385]
	psrld mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1387]
	movq mm2, qword ptr [rip + L1386]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1388]
	psrld mm1, qword ptr [rip + L1386]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1389]
	psrld mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1391]
	movq mm2, qword ptr [rip + L1390]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1392]
	psrld mm1, qword ptr [rip + L1390]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1393]
	psrld mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1395]
	movq mm2, qword ptr [rip + L1394]
	psrld mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1396]
	psrld mm1, qword ptr [rip + L1394]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1397]
	psrlq mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1399]
	movq mm2, qword ptr [rip + L1398]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1400]
	psrlq mm1, qword ptr [rip + L1398]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1401]
	psrlq mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	movq mm1, qword ptr [rip + L1403]
	movq mm2, qword ptr [rip + L1402]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	movq mm1, qword ptr [rip + L1404]
	psrlq mm1, qword ptr [rip + L1402]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bfff600187f8
	movq mm1, qword ptr [rip + L1405]
	psrlq mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd8006
	movq mm1, qword ptr [rip + L1407]
	movq mm2, qword ptr [rip + L1406]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd8006
	movq mm1, qword ptr [rip + L1408]
	psrlq mm1, qword ptr [rip + L1406]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd8006
	movq mm1, qword ptr [rip + L1409]
	psrlq mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec003
	movq mm1, qword ptr [rip + L1411]
	movq mm2, qword ptr [rip + L1410]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec003
	movq mm1, qword ptr [rip + L1412]
	psrlq mm1, qword ptr [rip + L1410]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec003
	movq mm1, qword ptr [rip + L1413]
	psrlq mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd
	movq mm1, qword ptr [rip + L1415]
	movq mm2, qword ptr [rip + L1414]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd
	movq mm1, qword ptr [rip + L1416]
	psrlq mm1, qword ptr [rip + L1414]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10002fffd
	movq mm1, qword ptr [rip + L1417]
	psrlq mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe
	movq mm1, qword ptr [rip + L1419]
	movq mm2, qword ptr [rip + L1418]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe
	movq mm1, qword ptr [rip + L1420]
	psrlq mm1, qword ptr [rip + L1418]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe
	movq mm1, qword ptr [rip + L1421]
	psrlq mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L1423]
	movq mm2, qword ptr [rip + L1422]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L1424]
	psrlq mm1, qword ptr [rip + L1422]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	movq mm1, qword ptr [rip + L1425]
	psrlq mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1427]
	movq mm2, qword ptr [rip + L1426]
	psrlq mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1428]
	psrlq mm1, qword ptr [rip + L1426]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x0
	movq mm1, qword ptr [rip + L1429]
	psraw mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1431]
	movq mm2, qword ptr [rip + L1430]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1432]
	psraw mm1, qword ptr [rip + L1430]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1433]
	psraw mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0003fffe00107f8
	movq mm1, qword ptr [rip + L1435]
	movq mm2, qword ptr [rip + L1434]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0003fffe00107f8
	movq mm1, qword ptr [rip + L1436]
	psraw mm1, qword ptr [rip + L1434]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0003fffe00107f8
	movq mm1, qword ptr [rip + L1437]
	psraw mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1439]
	movq mm2, qword ptr [rip + L1438]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1440]
	psraw mm1, qword ptr [rip + L1438]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1441]
	psraw mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1443]
	movq mm2, qword ptr [rip + L1442]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1444]
	psraw mm1, qword ptr [rip + L1442]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1445]
	psraw mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1447]
	movq mm2, qword ptr [rip + L1446]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1448]
	psraw mm1, qword ptr [rip + L1446]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1449]
	psraw mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1451]
	movq mm2, qword ptr [rip + L1450]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1452]
	psraw mm1, qword ptr [rip + L1450]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1453]
	psraw mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1455]
	movq mm2, qword ptr [rip + L1454]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1456]
	psraw mm1, qword ptr [rip + L1454]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1457]
	psraw mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1459]
	movq mm2, qword ptr [rip + L1458]
	psraw mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1460]
	psraw mm1, qword ptr [rip + L1458]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0000ffff0000
	movq mm1, qword ptr [rip + L1461]
	psrad mm1, 0
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1463]
	movq mm2, qword ptr [rip + L1462]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1464]
	psrad mm1, qword ptr [rip + L1462]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffec0030ff0
	movq mm1, qword ptr [rip + L1465]
	psrad mm1, 1
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000bfffe00187f8
	movq mm1, qword ptr [rip + L1467]
	movq mm2, qword ptr [rip + L1466]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000bfffe00187f8
	movq mm1, qword ptr [rip + L1468]
	psrad mm1, qword ptr [rip + L1466]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000bfffe00187f8
	movq mm1, qword ptr [rip + L1469]
	psrad mm1, 15
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0002ffff8006
	movq mm1, qword ptr [rip + L1471]
	movq mm2, qword ptr [rip + L1470]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0002ffff8006
	movq mm1, qword ptr [rip + L1472]
	psrad mm1, qword ptr [rip + L1470]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0002ffff8006
	movq mm1, qword ptr [rip + L1473]
	psrad mm1, 16
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8001ffffc003
	movq mm1, qword ptr [rip + L1475]
	movq mm2, qword ptr [rip + L1474]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8001ffffc003
	movq mm1, qword ptr [rip + L1476]
	psrad mm1, qword ptr [rip + L1474]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8001ffffc003
	movq mm1, qword ptr [rip + L1477]
	psrad mm1, 31
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1479]
	movq mm2, qword ptr [rip + L1478]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1480]
	psrad mm1, qword ptr [rip + L1478]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1481]
	psrad mm1, 32
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1483]
	movq mm2, qword ptr [rip + L1482]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1484]
	psrad mm1, qword ptr [rip + L1482]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1485]
	psrad mm1, 63
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1487]
	movq mm2, qword ptr [rip + L1486]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1488]
	psrad mm1, qword ptr [rip + L1486]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1489]
	psrad mm1, 64
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1491]
	movq mm2, qword ptr [rip + L1490]
	psrad mm1, mm2
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	movq mm1, qword ptr [rip + L1492]
	psrad mm1, qword ptr [rip + L1490]
	movq qword ptr [rip + outbuf], mm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
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
L5:	.quad 0x123456789abcdef, 0x0
	.balign 16
L6:	.quad 0xffff000180007f80, 0x0
	.balign 16
L7:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L8:	.quad 0x8000000000000001, 0x0
	.balign 16
L9:	.quad 0xffffffff, 0x0
	.balign 16
L10:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L11:	.quad 0xffffffff, 0x0
	.balign 16
L12:	.quad 0x8000000000000001, 0x0
	.balign 16
L13:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L14:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L15:	.quad 0xffffffff00000001, 0x0
	.balign 16
L16:	.quad 0x100000002, 0x0
	.balign 16
L17:	.quad 0xffffffff00000001, 0x0
	.balign 16
L18:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L19:	.quad 0x80007fffff010080, 0x0
	.balign 16
L20:	.quad 0xffff000180007f80, 0x0
	.balign 16
L21:	.quad 0x123456789abcdef, 0x0
	.balign 16
L22:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L23:	.quad 0x123456789abcdef, 0x0
	.balign 16
L24:	.quad 0xffff000180007f80, 0x0
	.balign 16
L25:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L26:	.quad 0x8000000000000001, 0x0
	.balign 16
L27:	.quad 0xffffffff, 0x0
	.balign 16
L28:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L29:	.quad 0xffffffff, 0x0
	.balign 16
L30:	.quad 0x8000000000000001, 0x0
	.balign 16
L31:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L32:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L33:	.quad 0xffffffff00000001, 0x0
	.balign 16
L34:	.quad 0x100000002, 0x0
	.balign 16
L35:	.quad 0xffffffff00000001, 0x0
	.balign 16
L36:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L37:	.quad 0x80007fffff010080, 0x0
	.balign 16
L38:	.quad 0xffff000180007f80, 0x0
	.balign 16
L39:	.quad 0x123456789abcdef, 0x0
	.balign 16
L40:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L41:	.quad 0x123456789abcdef, 0x0
	.balign 16
L42:	.quad 0xffff000180007f80, 0x0
	.balign 16
L43:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L44:	.quad 0x8000000000000001, 0x0
	.balign 16
L45:	.quad 0xffffffff, 0x0
	.balign 16
L46:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L47:	.quad 0xffffffff, 0x0
	.balign 16
L48:	.quad 0x8000000000000001, 0x0
	.balign 16
L49:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L50:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L51:	.quad 0xffffffff00000001, 0x0
	.balign 16
L52:	.quad 0x100000002, 0x0
	.balign 16
L53:	.quad 0xffffffff00000001, 0x0
	.balign 16
L54:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L55:	.quad 0x80007fffff010080, 0x0
	.balign 16
L56:	.quad 0xffff000180007f80, 0x0
	.balign 16
L57:	.quad 0x123456789abcdef, 0x0
	.balign 16
L58:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L59:	.quad 0x123456789abcdef, 0x0
	.balign 16
L60:	.quad 0xffff000180007f80, 0x0
	.balign 16
L61:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L62:	.quad 0x8000000000000001, 0x0
	.balign 16
L63:	.quad 0xffffffff, 0x0
	.balign 16
L64:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L65:	.quad 0xffffffff, 0x0
	.balign 16
L66:	.quad 0x8000000000000001, 0x0
	.balign 16
L67:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L68:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L69:	.quad 0xffffffff00000001, 0x0
	.balign 16
L70:	.quad 0x100000002, 0x0
	.balign 16
L71:	.quad 0xffffffff00000001, 0x0
	.balign 16
L72:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L73:	.quad 0x80007fffff010080, 0x0
	.balign 16
L74:	.quad 0xffff000180007f80, 0x0
	.balign 16
L75:	.quad 0x123456789abcdef, 0x0
	.balign 16
L76:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L77:	.quad 0x123456789abcdef, 0x0
	.balign 16
L78:	.quad 0xffff000180007f80, 0x0
	.balign 16
L79:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L80:	.quad 0x8000000000000001, 0x0
	.balign 16
L81:	.quad 0xffffffff, 0x0
	.balign 16
L82:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L83:	.quad 0xffffffff, 0x0
	.balign 16
L84:	.quad 0x8000000000000001, 0x0
	.balign 16
L85:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L86:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L87:	.quad 0xffffffff00000001, 0x0
	.balign 16
L88:	.quad 0x100000002, 0x0
	.balign 16
L89:	.quad 0xffffffff00000001, 0x0
	.balign 16
L90:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L91:	.quad 0x80007fffff010080, 0x0
	.balign 16
L92:	.quad 0xffff000180007f80, 0x0
	.balign 16
L93:	.quad 0x123456789abcdef, 0x0
	.balign 16
L94:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L95:	.quad 0x123456789abcdef, 0x0
	.balign 16
L96:	.quad 0xffff000180007f80, 0x0
	.balign 16
L97:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L98:	.quad 0x8000000000000001, 0x0
	.balign 16
L99:	.quad 0xffffffff, 0x0
	.balign 16
L100:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L101:	.quad 0xffffffff, 0x0
	.balign 16
L102:	.quad 0x8000000000000001, 0x0
	.balign 16
L103:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L104:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L105:	.quad 0xffffffff00000001, 0x0
	.balign 16
L106:	.quad 0x100000002, 0x0
	.balign 16
L107:	.quad 0xffffffff00000001, 0x0
	.balign 16
L108:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L109:	.quad 0x80007fffff010080, 0x0
	.balign 16
L110:	.quad 0xffff000180007f80, 0x0
	.balign 16
L111:	.quad 0x123456789abcdef, 0x0
	.balign 16
L112:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L113:	.quad 0x123456789abcdef, 0x0
	.balign 16
L114:	.quad 0xffff000180007f80, 0x0
	.balign 16
L115:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L116:	.quad 0x8000000000000001, 0x0
	.balign 16
L117:	.quad 0xffffffff, 0x0
	.balign 16
L118:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L119:	.quad 0xffffffff, 0x0
	.balign 16
L120:	.quad 0x8000000000000001, 0x0
	.balign 16
L121:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L122:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L123:	.quad 0xffffffff00000001, 0x0
	.balign 16
L124:	.quad 0x100000002, 0x0
	.balign 16
L125:	.quad 0xffffffff00000001, 0x0
	.balign 16
L126:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L127:	.quad 0x80007fffff010080, 0x0
	.balign 16
L128:	.quad 0xffff000180007f80, 0x0
	.balign 16
L129:	.quad 0x123456789abcdef, 0x0
	.balign 16
L130:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L131:	.quad 0x123456789abcdef, 0x0
	.balign 16
L132:	.quad 0xffff000180007f80, 0x0
	.balign 16
L133:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L134:	.quad 0x8000000000000001, 0x0
	.balign 16
L135:	.quad 0xffffffff, 0x0
	.balign 16
L136:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L137:	.quad 0xffffffff, 0x0
	.balign 16
L138:	.quad 0x8000000000000001, 0x0
	.balign 16
L139:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L140:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L141:	.quad 0xffffffff00000001, 0x0
	.balign 16
L142:	.quad 0x100000002, 0x0
	.balign 16
L143:	.quad 0xffffffff00000001, 0x0
	.balign 16
L144:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L145:	.quad 0x80007fffff010080, 0x0
	.balign 16
L146:	.quad 0xffff000180007f80, 0x0
	.balign 16
L147:	.quad 0x123456789abcdef, 0x0
	.balign 16
L148:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L149:	.quad 0x123456789abcdef, 0x0
	.balign 16
L150:	.quad 0xffff000180007f80, 0x0
	.balign 16
L151:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L152:	.quad 0x8000000000000001, 0x0
	.balign 16
L153:	.quad 0xffffffff, 0x0
	.balign 16
L154:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L155:	.quad 0xffffffff, 0x0
	.balign 16
L156:	.quad 0x8000000000000001, 0x0
	.balign 16
L157:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L158:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L159:	.quad 0xffffffff00000001, 0x0
	.balign 16
L160:	.quad 0x100000002, 0x0
	.balign 16
L161:	.quad 0xffffffff00000001, 0x0
	.balign 16
L162:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L163:	.quad 0x80007fffff010080, 0x0
	.balign 16
L164:	.quad 0xffff000180007f80, 0x0
	.balign 16
L165:	.quad 0x123456789abcdef, 0x0
	.balign 16
L166:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L167:	.quad 0x123456789abcdef, 0x0
	.balign 16
L168:	.quad 0xffff000180007f80, 0x0
	.balign 16
L169:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L170:	.quad 0x8000000000000001, 0x0
	.balign 16
L171:	.quad 0xffffffff, 0x0
	.balign 16
L172:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L173:	.quad 0xffffffff, 0x0
	.balign 16
L174:	.quad 0x8000000000000001, 0x0
	.balign 16
L175:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L176:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L177:	.quad 0xffffffff00000001, 0x0
	.balign 16
L178:	.quad 0x100000002, 0x0
	.balign 16
L179:	.quad 0xffffffff00000001, 0x0
	.balign 16
L180:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L181:	.quad 0x80007fffff010080, 0x0
	.balign 16
L182:	.quad 0xffff000180007f80, 0x0
	.balign 16
L183:	.quad 0x123456789abcdef, 0x0
	.balign 16
L184:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L185:	.quad 0x123456789abcdef, 0x0
	.balign 16
L186:	.quad 0xffff000180007f80, 0x0
	.balign 16
L187:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L188:	.quad 0x8000000000000001, 0x0
	.balign 16
L189:	.quad 0xffffffff, 0x0
	.balign 16
L190:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L191:	.quad 0xffffffff, 0x0
	.balign 16
L192:	.quad 0x8000000000000001, 0x0
	.balign 16
L193:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L194:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L195:	.quad 0xffffffff00000001, 0x0
	.balign 16
L196:	.quad 0x100000002, 0x0
	.balign 16
L197:	.quad 0xffffffff00000001, 0x0
	.balign 16
L198:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L199:	.quad 0x80007fffff010080, 0x0
	.balign 16
L200:	.quad 0xffff000180007f80, 0x0
	.balign 16
L201:	.quad 0x123456789abcdef, 0x0
	.balign 16
L202:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L203:	.quad 0x123456789abcdef, 0x0
	.balign 16
L204:	.quad 0xffff000180007f80, 0x0
	.balign 16
L205:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L206:	.quad 0x8000000000000001, 0x0
	.balign 16
L207:	.quad 0xffffffff, 0x0
	.balign 16
L208:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L209:	.quad 0xffffffff, 0x0
	.balign 16
L210:	.quad 0x8000000000000001, 0x0
	.balign 16
L211:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L212:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L213:	.quad 0xffffffff00000001, 0x0
	.balign 16
L214:	.quad 0x100000002, 0x0
	.balign 16
L215:	.quad 0xffffffff00000001, 0x0
	.balign 16
L216:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L217:	.quad 0x80007fffff010080, 0x0
	.balign 16
L218:	.quad 0xffff000180007f80, 0x0
	.balign 16
L219:	.quad 0x123456789abcdef, 0x0
	.balign 16
L220:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L221:	.quad 0x123456789abcdef, 0x0
	.balign 16
L222:	.quad 0xffff000180007f80, 0x0
	.balign 16
L223:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L224:	.quad 0x8000000000000001, 0x0
	.balign 16
L225:	.quad 0xffffffff, 0x0
	.balign 16
L226:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L227:	.quad 0xffffffff, 0x0
	.balign 16
L228:	.quad 0x8000000000000001, 0x0
	.balign 16
L229:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L230:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L231:	.quad 0xffffffff00000001, 0x0
	.balign 16
L232:	.quad 0x100000002, 0x0
	.balign 16
L233:	.quad 0xffffffff00000001, 0x0
	.balign 16
L234:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L235:	.quad 0x80007fffff010080, 0x0
	.balign 16
L236:	.quad 0xffff000180007f80, 0x0
	.balign 16
L237:	.quad 0x123456789abcdef, 0x0
	.balign 16
L238:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L239:	.quad 0x123456789abcdef, 0x0
	.balign 16
L240:	.quad 0xffff000180007f80, 0x0
	.balign 16
L241:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L242:	.quad 0x8000000000000001, 0x0
	.balign 16
L243:	.quad 0xffffffff, 0x0
	.balign 16
L244:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L245:	.quad 0xffffffff, 0x0
	.balign 16
L246:	.quad 0x8000000000000001, 0x0
	.balign 16
L247:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L248:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L249:	.quad 0xffffffff00000001, 0x0
	.balign 16
L250:	.quad 0x100000002, 0x0
	.balign 16
L251:	.quad 0xffffffff00000001, 0x0
	.balign 16
L252:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L253:	.quad 0x80007fffff010080, 0x0
	.balign 16
L254:	.quad 0xffff000180007f80, 0x0
	.balign 16
L255:	.quad 0x123456789abcdef, 0x0
	.balign 16
L256:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L257:	.quad 0x123456789abcdef, 0x0
	.balign 16
L258:	.quad 0xffff000180007f80, 0x0
	.balign 16
L259:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L260:	.quad 0x8000000000000001, 0x0
	.balign 16
L261:	.quad 0xffffffff, 0x0
	.balign 16
L262:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L263:	.quad 0xffffffff, 0x0
	.balign 16
L264:	.quad 0x8000000000000001, 0x0
	.balign 16
L265:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L266:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L267:	.quad 0xffffffff00000001, 0x0
	.balign 16
L268:	.quad 0x100000002, 0x0
	.balign 16
L269:	.quad 0xffffffff00000001, 0x0
	.balign 16
L270:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L271:	.quad 0x80007fffff010080, 0x0
	.balign 16
L272:	.quad 0xffff000180007f80, 0x0
	.balign 16
L273:	.quad 0x123456789abcdef, 0x0
	.balign 16
L274:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L275:	.quad 0x123456789abcdef, 0x0
	.balign 16
L276:	.quad 0xffff000180007f80, 0x0
	.balign 16
L277:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L278:	.quad 0x8000000000000001, 0x0
	.balign 16
L279:	.quad 0xffffffff, 0x0
	.balign 16
L280:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L281:	.quad 0xffffffff, 0x0
	.balign 16
L282:	.quad 0x8000000000000001, 0x0
	.balign 16
L283:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L284:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L285:	.quad 0xffffffff00000001, 0x0
	.balign 16
L286:	.quad 0x100000002, 0x0
	.balign 16
L287:	.quad 0xffffffff00000001, 0x0
	.balign 16
L288:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L289:	.quad 0x80007fffff010080, 0x0
	.balign 16
L290:	.quad 0xffff000180007f80, 0x0
	.balign 16
L291:	.quad 0x123456789abcdef, 0x0
	.balign 16
L292:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L293:	.quad 0x123456789abcdef, 0x0
	.balign 16
L294:	.quad 0xffff000180007f80, 0x0
	.balign 16
L295:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L296:	.quad 0x8000000000000001, 0x0
	.balign 16
L297:	.quad 0xffffffff, 0x0
	.balign 16
L298:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L299:	.quad 0xffffffff, 0x0
	.balign 16
L300:	.quad 0x8000000000000001, 0x0
	.balign 16
L301:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L302:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L303:	.quad 0xffffffff00000001, 0x0
	.balign 16
L304:	.quad 0x100000002, 0x0
	.balign 16
L305:	.quad 0xffffffff00000001, 0x0
	.balign 16
L306:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L307:	.quad 0x80007fffff010080, 0x0
	.balign 16
L308:	.quad 0xffff000180007f80, 0x0
	.balign 16
L309:	.quad 0x123456789abcdef, 0x0
	.balign 16
L310:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L311:	.quad 0x123456789abcdef, 0x0
	.balign 16
L312:	.quad 0xffff000180007f80, 0x0
	.balign 16
L313:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L314:	.quad 0x8000000000000001, 0x0
	.balign 16
L315:	.quad 0xffffffff, 0x0
	.balign 16
L316:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L317:	.quad 0xffffffff, 0x0
	.balign 16
L318:	.quad 0x8000000000000001, 0x0
	.balign 16
L319:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L320:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L321:	.quad 0xffffffff00000001, 0x0
	.balign 16
L322:	.quad 0x100000002, 0x0
	.balign 16
L323:	.quad 0xffffffff00000001, 0x0
	.balign 16
L324:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L325:	.quad 0x80007fffff010080, 0x0
	.balign 16
L326:	.quad 0xffff000180007f80, 0x0
	.balign 16
L327:	.quad 0x123456789abcdef, 0x0
	.balign 16
L328:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L329:	.quad 0x123456789abcdef, 0x0
	.balign 16
L330:	.quad 0xffff000180007f80, 0x0
	.balign 16
L331:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L332:	.quad 0x8000000000000001, 0x0
	.balign 16
L333:	.quad 0xffffffff, 0x0
	.balign 16
L334:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L335:	.quad 0xffffffff, 0x0
	.balign 16
L336:	.quad 0x8000000000000001, 0x0
	.balign 16
L337:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L338:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L339:	.quad 0xffffffff00000001, 0x0
	.balign 16
L340:	.quad 0x100000002, 0x0
	.balign 16
L341:	.quad 0xffffffff00000001, 0x0
	.balign 16
L342:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L343:	.quad 0x80007fffff010080, 0x0
	.balign 16
L344:	.quad 0xffff000180007f80, 0x0
	.balign 16
L345:	.quad 0x123456789abcdef, 0x0
	.balign 16
L346:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L347:	.quad 0x123456789abcdef, 0x0
	.balign 16
L348:	.quad 0xffff000180007f80, 0x0
	.balign 16
L349:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L350:	.quad 0x8000000000000001, 0x0
	.balign 16
L351:	.quad 0xffffffff, 0x0
	.balign 16
L352:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L353:	.quad 0xffffffff, 0x0
	.balign 16
L354:	.quad 0x8000000000000001, 0x0
	.balign 16
L355:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L356:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L357:	.quad 0xffffffff00000001, 0x0
	.balign 16
L358:	.quad 0x100000002, 0x0
	.balign 16
L359:	.quad 0xffffffff00000001, 0x0
	.balign 16
L360:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L361:	.quad 0x80007fffff010080, 0x0
	.balign 16
L362:	.quad 0xffff000180007f80, 0x0
	.balign 16
L363:	.quad 0x123456789abcdef, 0x0
	.balign 16
L364:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L365:	.quad 0x123456789abcdef, 0x0
	.balign 16
L366:	.quad 0xffff000180007f80, 0x0
	.balign 16
L367:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L368:	.quad 0x8000000000000001, 0x0
	.balign 16
L369:	.quad 0xffffffff, 0x0
	.balign 16
L370:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L371:	.quad 0xffffffff, 0x0
	.balign 16
L372:	.quad 0x8000000000000001, 0x0
	.balign 16
L373:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L374:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L375:	.quad 0xffffffff00000001, 0x0
	.balign 16
L376:	.quad 0x100000002, 0x0
	.balign 16
L377:	.quad 0xffffffff00000001, 0x0
	.balign 16
L378:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L379:	.quad 0x80007fffff010080, 0x0
	.balign 16
L380:	.quad 0xffff000180007f80, 0x0
	.balign 16
L381:	.quad 0x123456789abcdef, 0x0
	.balign 16
L382:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L383:	.quad 0x123456789abcdef, 0x0
	.balign 16
L384:	.quad 0xffff000180007f80, 0x0
	.balign 16
L385:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L386:	.quad 0x8000000000000001, 0x0
	.balign 16
L387:	.quad 0xffffffff, 0x0
	.balign 16
L388:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L389:	.quad 0xffffffff, 0x0
	.balign 16
L390:	.quad 0x8000000000000001, 0x0
	.balign 16
L391:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L392:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L393:	.quad 0xffffffff00000001, 0x0
	.balign 16
L394:	.quad 0x100000002, 0x0
	.balign 16
L395:	.quad 0xffffffff00000001, 0x0
	.balign 16
L396:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L397:	.quad 0x80007fffff010080, 0x0
	.balign 16
L398:	.quad 0xffff000180007f80, 0x0
	.balign 16
L399:	.quad 0x123456789abcdef, 0x0
	.balign 16
L400:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L401:	.quad 0x123456789abcdef, 0x0
	.balign 16
L402:	.quad 0xffff000180007f80, 0x0
	.balign 16
L403:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L404:	.quad 0x8000000000000001, 0x0
	.balign 16
L405:	.quad 0xffffffff, 0x0
	.balign 16
L406:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L407:	.quad 0xffffffff, 0x0
	.balign 16
L408:	.quad 0x8000000000000001, 0x0
	.balign 16
L409:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L410:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L411:	.quad 0xffffffff00000001, 0x0
	.balign 16
L412:	.quad 0x100000002, 0x0
	.balign 16
L413:	.quad 0xffffffff00000001, 0x0
	.balign 16
L414:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L415:	.quad 0x80007fffff010080, 0x0
	.balign 16
L416:	.quad 0xffff000180007f80, 0x0
	.balign 16
L417:	.quad 0x123456789abcdef, 0x0
	.balign 16
L418:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L419:	.quad 0x123456789abcdef, 0x0
	.balign 16
L420:	.quad 0xffff000180007f80, 0x0
	.balign 16
L421:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L422:	.quad 0x8000000000000001, 0x0
	.balign 16
L423:	.quad 0xffffffff, 0x0
	.balign 16
L424:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L425:	.quad 0xffffffff, 0x0
	.balign 16
L426:	.quad 0x8000000000000001, 0x0
	.balign 16
L427:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L428:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L429:	.quad 0xffffffff00000001, 0x0
	.balign 16
L430:	.quad 0x100000002, 0x0
	.balign 16
L431:	.quad 0xffffffff00000001, 0x0
	.balign 16
L432:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L433:	.quad 0x80007fffff010080, 0x0
	.balign 16
L434:	.quad 0xffff000180007f80, 0x0
	.balign 16
L435:	.quad 0x123456789abcdef, 0x0
	.balign 16
L436:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L437:	.quad 0x123456789abcdef, 0x0
	.balign 16
L438:	.quad 0xffff000180007f80, 0x0
	.balign 16
L439:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L440:	.quad 0x8000000000000001, 0x0
	.balign 16
L441:	.quad 0xffffffff, 0x0
	.balign 16
L442:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L443:	.quad 0xffffffff, 0x0
	.balign 16
L444:	.quad 0x8000000000000001, 0x0
	.balign 16
L445:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L446:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L447:	.quad 0xffffffff00000001, 0x0
	.balign 16
L448:	.quad 0x100000002, 0x0
	.balign 16
L449:	.quad 0xffffffff00000001, 0x0
	.balign 16
L450:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L451:	.quad 0x80007fffff010080, 0x0
	.balign 16
L452:	.quad 0xffff000180007f80, 0x0
	.balign 16
L453:	.quad 0x123456789abcdef, 0x0
	.balign 16
L454:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L455:	.quad 0x123456789abcdef, 0x0
	.balign 16
L456:	.quad 0xffff000180007f80, 0x0
	.balign 16
L457:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L458:	.quad 0x8000000000000001, 0x0
	.balign 16
L459:	.quad 0xffffffff, 0x0
	.balign 16
L460:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L461:	.quad 0xffffffff, 0x0
	.balign 16
L462:	.quad 0x8000000000000001, 0x0
	.balign 16
L463:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L464:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L465:	.quad 0xffffffff00000001, 0x0
	.balign 16
L466:	.quad 0x100000002, 0x0
	.balign 16
L467:	.quad 0xffffffff00000001, 0x0
	.balign 16
L468:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L469:	.quad 0x80007fffff010080, 0x0
	.balign 16
L470:	.quad 0xffff000180007f80, 0x0
	.balign 16
L471:	.quad 0x123456789abcdef, 0x0
	.balign 16
L472:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L473:	.quad 0x123456789abcdef, 0x0
	.balign 16
L474:	.quad 0xffff000180007f80, 0x0
	.balign 16
L475:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L476:	.quad 0x8000000000000001, 0x0
	.balign 16
L477:	.quad 0xffffffff, 0x0
	.balign 16
L478:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L479:	.quad 0xffffffff, 0x0
	.balign 16
L480:	.quad 0x8000000000000001, 0x0
	.balign 16
L481:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L482:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L483:	.quad 0xffffffff00000001, 0x0
	.balign 16
L484:	.quad 0x100000002, 0x0
	.balign 16
L485:	.quad 0xffffffff00000001, 0x0
	.balign 16
L486:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L487:	.quad 0x80007fffff010080, 0x0
	.balign 16
L488:	.quad 0xffff000180007f80, 0x0
	.balign 16
L489:	.quad 0x123456789abcdef, 0x0
	.balign 16
L490:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L491:	.quad 0x123456789abcdef, 0x0
	.balign 16
L492:	.quad 0xffff000180007f80, 0x0
	.balign 16
L493:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L494:	.quad 0x8000000000000001, 0x0
	.balign 16
L495:	.quad 0xffffffff, 0x0
	.balign 16
L496:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L497:	.quad 0xffffffff, 0x0
	.balign 16
L498:	.quad 0x8000000000000001, 0x0
	.balign 16
L499:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L500:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L501:	.quad 0xffffffff00000001, 0x0
	.balign 16
L502:	.quad 0x100000002, 0x0
	.balign 16
L503:	.quad 0xffffffff00000001, 0x0
	.balign 16
L504:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L505:	.quad 0x80007fffff010080, 0x0
	.balign 16
L506:	.quad 0xffff000180007f80, 0x0
	.balign 16
L507:	.quad 0x123456789abcdef, 0x0
	.balign 16
L508:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L509:	.quad 0x123456789abcdef, 0x0
	.balign 16
L510:	.quad 0xffff000180007f80, 0x0
	.balign 16
L511:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L512:	.quad 0x8000000000000001, 0x0
	.balign 16
L513:	.quad 0xffffffff, 0x0
	.balign 16
L514:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L515:	.quad 0xffffffff, 0x0
	.balign 16
L516:	.quad 0x8000000000000001, 0x0
	.balign 16
L517:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L518:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L519:	.quad 0xffffffff00000001, 0x0
	.balign 16
L520:	.quad 0x100000002, 0x0
	.balign 16
L521:	.quad 0xffffffff00000001, 0x0
	.balign 16
L522:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L523:	.quad 0x80007fffff010080, 0x0
	.balign 16
L524:	.quad 0xffff000180007f80, 0x0
	.balign 16
L525:	.quad 0x123456789abcdef, 0x0
	.balign 16
L526:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L527:	.quad 0x123456789abcdef, 0x0
	.balign 16
L528:	.quad 0xffff000180007f80, 0x0
	.balign 16
L529:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L530:	.quad 0x8000000000000001, 0x0
	.balign 16
L531:	.quad 0xffffffff, 0x0
	.balign 16
L532:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L533:	.quad 0xffffffff, 0x0
	.balign 16
L534:	.quad 0x8000000000000001, 0x0
	.balign 16
L535:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L536:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L537:	.quad 0xffffffff00000001, 0x0
	.balign 16
L538:	.quad 0x100000002, 0x0
	.balign 16
L539:	.quad 0xffffffff00000001, 0x0
	.balign 16
L540:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L541:	.quad 0x80007fffff010080, 0x0
	.balign 16
L542:	.quad 0xffff000180007f80, 0x0
	.balign 16
L543:	.quad 0x123456789abcdef, 0x0
	.balign 16
L544:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L545:	.quad 0x123456789abcdef, 0x0
	.balign 16
L546:	.quad 0xffff000180007f80, 0x0
	.balign 16
L547:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L548:	.quad 0x8000000000000001, 0x0
	.balign 16
L549:	.quad 0xffffffff, 0x0
	.balign 16
L550:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L551:	.quad 0xffffffff, 0x0
	.balign 16
L552:	.quad 0x8000000000000001, 0x0
	.balign 16
L553:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L554:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L555:	.quad 0xffffffff00000001, 0x0
	.balign 16
L556:	.quad 0x100000002, 0x0
	.balign 16
L557:	.quad 0xffffffff00000001, 0x0
	.balign 16
L558:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L559:	.quad 0x80007fffff010080, 0x0
	.balign 16
L560:	.quad 0xffff000180007f80, 0x0
	.balign 16
L561:	.quad 0x123456789abcdef, 0x0
	.balign 16
L562:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L563:	.quad 0x123456789abcdef, 0x0
	.balign 16
L564:	.quad 0xffff000180007f80, 0x0
	.balign 16
L565:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L566:	.quad 0x8000000000000001, 0x0
	.balign 16
L567:	.quad 0xffffffff, 0x0
	.balign 16
L568:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L569:	.quad 0xffffffff, 0x0
	.balign 16
L570:	.quad 0x8000000000000001, 0x0
	.balign 16
L571:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L572:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L573:	.quad 0xffffffff00000001, 0x0
	.balign 16
L574:	.quad 0x100000002, 0x0
	.balign 16
L575:	.quad 0xffffffff00000001, 0x0
	.balign 16
L576:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L577:	.quad 0x80007fffff010080, 0x0
	.balign 16
L578:	.quad 0xffff000180007f80, 0x0
	.balign 16
L579:	.quad 0x123456789abcdef, 0x0
	.balign 16
L580:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L581:	.quad 0x123456789abcdef, 0x0
	.balign 16
L582:	.quad 0xffff000180007f80, 0x0
	.balign 16
L583:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L584:	.quad 0x8000000000000001, 0x0
	.balign 16
L585:	.quad 0xffffffff, 0x0
	.balign 16
L586:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L587:	.quad 0xffffffff, 0x0
	.balign 16
L588:	.quad 0x8000000000000001, 0x0
	.balign 16
L589:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L590:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L591:	.quad 0xffffffff00000001, 0x0
	.balign 16
L592:	.quad 0x100000002, 0x0
	.balign 16
L593:	.quad 0xffffffff00000001, 0x0
	.balign 16
L594:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L595:	.quad 0x80007fffff010080, 0x0
	.balign 16
L596:	.quad 0xffff000180007f80, 0x0
	.balign 16
L597:	.quad 0x123456789abcdef, 0x0
	.balign 16
L598:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L599:	.quad 0x123456789abcdef, 0x0
	.balign 16
L600:	.quad 0xffff000180007f80, 0x0
	.balign 16
L601:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L602:	.quad 0x8000000000000001, 0x0
	.balign 16
L603:	.quad 0xffffffff, 0x0
	.balign 16
L604:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L605:	.quad 0xffffffff, 0x0
	.balign 16
L606:	.quad 0x8000000000000001, 0x0
	.balign 16
L607:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L608:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L609:	.quad 0xffffffff00000001, 0x0
	.balign 16
L610:	.quad 0x100000002, 0x0
	.balign 16
L611:	.quad 0xffffffff00000001, 0x0
	.balign 16
L612:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L613:	.quad 0x80007fffff010080, 0x0
	.balign 16
L614:	.quad 0xffff000180007f80, 0x0
	.balign 16
L615:	.quad 0x123456789abcdef, 0x0
	.balign 16
L616:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L617:	.quad 0x123456789abcdef, 0x0
	.balign 16
L618:	.quad 0xffff000180007f80, 0x0
	.balign 16
L619:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L620:	.quad 0x8000000000000001, 0x0
	.balign 16
L621:	.quad 0xffffffff, 0x0
	.balign 16
L622:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L623:	.quad 0xffffffff, 0x0
	.balign 16
L624:	.quad 0x8000000000000001, 0x0
	.balign 16
L625:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L626:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L627:	.quad 0xffffffff00000001, 0x0
	.balign 16
L628:	.quad 0x100000002, 0x0
	.balign 16
L629:	.quad 0xffffffff00000001, 0x0
	.balign 16
L630:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L631:	.quad 0x80007fffff010080, 0x0
	.balign 16
L632:	.quad 0xffff000180007f80, 0x0
	.balign 16
L633:	.quad 0x123456789abcdef, 0x0
	.balign 16
L634:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L635:	.quad 0x123456789abcdef, 0x0
	.balign 16
L636:	.quad 0xffff000180007f80, 0x0
	.balign 16
L637:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L638:	.quad 0x8000000000000001, 0x0
	.balign 16
L639:	.quad 0xffffffff, 0x0
	.balign 16
L640:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L641:	.quad 0xffffffff, 0x0
	.balign 16
L642:	.quad 0x8000000000000001, 0x0
	.balign 16
L643:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L644:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L645:	.quad 0xffffffff00000001, 0x0
	.balign 16
L646:	.quad 0x100000002, 0x0
	.balign 16
L647:	.quad 0xffffffff00000001, 0x0
	.balign 16
L648:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L649:	.quad 0x80007fffff010080, 0x0
	.balign 16
L650:	.quad 0xffff000180007f80, 0x0
	.balign 16
L651:	.quad 0x123456789abcdef, 0x0
	.balign 16
L652:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L653:	.quad 0x123456789abcdef, 0x0
	.balign 16
L654:	.quad 0xffff000180007f80, 0x0
	.balign 16
L655:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L656:	.quad 0x8000000000000001, 0x0
	.balign 16
L657:	.quad 0xffffffff, 0x0
	.balign 16
L658:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L659:	.quad 0xffffffff, 0x0
	.balign 16
L660:	.quad 0x8000000000000001, 0x0
	.balign 16
L661:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L662:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L663:	.quad 0xffffffff00000001, 0x0
	.balign 16
L664:	.quad 0x100000002, 0x0
	.balign 16
L665:	.quad 0xffffffff00000001, 0x0
	.balign 16
L666:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L667:	.quad 0x80007fffff010080, 0x0
	.balign 16
L668:	.quad 0xffff000180007f80, 0x0
	.balign 16
L669:	.quad 0x123456789abcdef, 0x0
	.balign 16
L670:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L671:	.quad 0x123456789abcdef, 0x0
	.balign 16
L672:	.quad 0xffff000180007f80, 0x0
	.balign 16
L673:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L674:	.quad 0x8000000000000001, 0x0
	.balign 16
L675:	.quad 0xffffffff, 0x0
	.balign 16
L676:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L677:	.quad 0xffffffff, 0x0
	.balign 16
L678:	.quad 0x8000000000000001, 0x0
	.balign 16
L679:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L680:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L681:	.quad 0xffffffff00000001, 0x0
	.balign 16
L682:	.quad 0x100000002, 0x0
	.balign 16
L683:	.quad 0xffffffff00000001, 0x0
	.balign 16
L684:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L685:	.quad 0x80007fffff010080, 0x0
	.balign 16
L686:	.quad 0xffff000180007f80, 0x0
	.balign 16
L687:	.quad 0x123456789abcdef, 0x0
	.balign 16
L688:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L689:	.quad 0x123456789abcdef, 0x0
	.balign 16
L690:	.quad 0xffff000180007f80, 0x0
	.balign 16
L691:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L692:	.quad 0x8000000000000001, 0x0
	.balign 16
L693:	.quad 0xffffffff, 0x0
	.balign 16
L694:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L695:	.quad 0xffffffff, 0x0
	.balign 16
L696:	.quad 0x8000000000000001, 0x0
	.balign 16
L697:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L698:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L699:	.quad 0xffffffff00000001, 0x0
	.balign 16
L700:	.quad 0x100000002, 0x0
	.balign 16
L701:	.quad 0xffffffff00000001, 0x0
	.balign 16
L702:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L703:	.quad 0x80007fffff010080, 0x0
	.balign 16
L704:	.quad 0xffff000180007f80, 0x0
	.balign 16
L705:	.quad 0x123456789abcdef, 0x0
	.balign 16
L706:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L707:	.quad 0x123456789abcdef, 0x0
	.balign 16
L708:	.quad 0xffff000180007f80, 0x0
	.balign 16
L709:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L710:	.quad 0x8000000000000001, 0x0
	.balign 16
L711:	.quad 0xffffffff, 0x0
	.balign 16
L712:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L713:	.quad 0xffffffff, 0x0
	.balign 16
L714:	.quad 0x8000000000000001, 0x0
	.balign 16
L715:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L716:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L717:	.quad 0xffffffff00000001, 0x0
	.balign 16
L718:	.quad 0x100000002, 0x0
	.balign 16
L719:	.quad 0xffffffff00000001, 0x0
	.balign 16
L720:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L721:	.quad 0x80007fffff010080, 0x0
	.balign 16
L722:	.quad 0xffff000180007f80, 0x0
	.balign 16
L723:	.quad 0x123456789abcdef, 0x0
	.balign 16
L724:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L725:	.quad 0x123456789abcdef, 0x0
	.balign 16
L726:	.quad 0xffff000180007f80, 0x0
	.balign 16
L727:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L728:	.quad 0x8000000000000001, 0x0
	.balign 16
L729:	.quad 0xffffffff, 0x0
	.balign 16
L730:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L731:	.quad 0xffffffff, 0x0
	.balign 16
L732:	.quad 0x8000000000000001, 0x0
	.balign 16
L733:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L734:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L735:	.quad 0xffffffff00000001, 0x0
	.balign 16
L736:	.quad 0x100000002, 0x0
	.balign 16
L737:	.quad 0xffffffff00000001, 0x0
	.balign 16
L738:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L739:	.quad 0x80007fffff010080, 0x0
	.balign 16
L740:	.quad 0xffff000180007f80, 0x0
	.balign 16
L741:	.quad 0x123456789abcdef, 0x0
	.balign 16
L742:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L743:	.quad 0x123456789abcdef, 0x0
	.balign 16
L744:	.quad 0xffff000180007f80, 0x0
	.balign 16
L745:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L746:	.quad 0x8000000000000001, 0x0
	.balign 16
L747:	.quad 0xffffffff, 0x0
	.balign 16
L748:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L749:	.quad 0xffffffff, 0x0
	.balign 16
L750:	.quad 0x8000000000000001, 0x0
	.balign 16
L751:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L752:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L753:	.quad 0xffffffff00000001, 0x0
	.balign 16
L754:	.quad 0x100000002, 0x0
	.balign 16
L755:	.quad 0xffffffff00000001, 0x0
	.balign 16
L756:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L757:	.quad 0x80007fffff010080, 0x0
	.balign 16
L758:	.quad 0xffff000180007f80, 0x0
	.balign 16
L759:	.quad 0x123456789abcdef, 0x0
	.balign 16
L760:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L761:	.quad 0x123456789abcdef, 0x0
	.balign 16
L762:	.quad 0xffff000180007f80, 0x0
	.balign 16
L763:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L764:	.quad 0x8000000000000001, 0x0
	.balign 16
L765:	.quad 0xffffffff, 0x0
	.balign 16
L766:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L767:	.quad 0xffffffff, 0x0
	.balign 16
L768:	.quad 0x8000000000000001, 0x0
	.balign 16
L769:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L770:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L771:	.quad 0xffffffff00000001, 0x0
	.balign 16
L772:	.quad 0x100000002, 0x0
	.balign 16
L773:	.quad 0xffffffff00000001, 0x0
	.balign 16
L774:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L775:	.quad 0x80007fffff010080, 0x0
	.balign 16
L776:	.quad 0xffff000180007f80, 0x0
	.balign 16
L777:	.quad 0x123456789abcdef, 0x0
	.balign 16
L778:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L779:	.quad 0x123456789abcdef, 0x0
	.balign 16
L780:	.quad 0xffff000180007f80, 0x0
	.balign 16
L781:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L782:	.quad 0x8000000000000001, 0x0
	.balign 16
L783:	.quad 0xffffffff, 0x0
	.balign 16
L784:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L785:	.quad 0xffffffff, 0x0
	.balign 16
L786:	.quad 0x8000000000000001, 0x0
	.balign 16
L787:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L788:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L789:	.quad 0xffffffff00000001, 0x0
	.balign 16
L790:	.quad 0x100000002, 0x0
	.balign 16
L791:	.quad 0xffffffff00000001, 0x0
	.balign 16
L792:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L793:	.quad 0x80007fffff010080, 0x0
	.balign 16
L794:	.quad 0xffff000180007f80, 0x0
	.balign 16
L795:	.quad 0x123456789abcdef, 0x0
	.balign 16
L796:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L797:	.quad 0x123456789abcdef, 0x0
	.balign 16
L798:	.quad 0xffff000180007f80, 0x0
	.balign 16
L799:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L800:	.quad 0x8000000000000001, 0x0
	.balign 16
L801:	.quad 0xffffffff, 0x0
	.balign 16
L802:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L803:	.quad 0xffffffff, 0x0
	.balign 16
L804:	.quad 0x8000000000000001, 0x0
	.balign 16
L805:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L806:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L807:	.quad 0xffffffff00000001, 0x0
	.balign 16
L808:	.quad 0x100000002, 0x0
	.balign 16
L809:	.quad 0xffffffff00000001, 0x0
	.balign 16
L810:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L811:	.quad 0x80007fffff010080, 0x0
	.balign 16
L812:	.quad 0xffff000180007f80, 0x0
	.balign 16
L813:	.quad 0x123456789abcdef, 0x0
	.balign 16
L814:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L815:	.quad 0x123456789abcdef, 0x0
	.balign 16
L816:	.quad 0xffff000180007f80, 0x0
	.balign 16
L817:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L818:	.quad 0x8000000000000001, 0x0
	.balign 16
L819:	.quad 0xffffffff, 0x0
	.balign 16
L820:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L821:	.quad 0xffffffff, 0x0
	.balign 16
L822:	.quad 0x8000000000000001, 0x0
	.balign 16
L823:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L824:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L825:	.quad 0xffffffff00000001, 0x0
	.balign 16
L826:	.quad 0x100000002, 0x0
	.balign 16
L827:	.quad 0xffffffff00000001, 0x0
	.balign 16
L828:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L829:	.quad 0x80007fffff010080, 0x0
	.balign 16
L830:	.quad 0xffff000180007f80, 0x0
	.balign 16
L831:	.quad 0x123456789abcdef, 0x0
	.balign 16
L832:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L833:	.quad 0x123456789abcdef, 0x0
	.balign 16
L834:	.quad 0xffff000180007f80, 0x0
	.balign 16
L835:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L836:	.quad 0x8000000000000001, 0x0
	.balign 16
L837:	.quad 0xffffffff, 0x0
	.balign 16
L838:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L839:	.quad 0xffffffff, 0x0
	.balign 16
L840:	.quad 0x8000000000000001, 0x0
	.balign 16
L841:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L842:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L843:	.quad 0xffffffff00000001, 0x0
	.balign 16
L844:	.quad 0x100000002, 0x0
	.balign 16
L845:	.quad 0xffffffff00000001, 0x0
	.balign 16
L846:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L847:	.quad 0x80007fffff010080, 0x0
	.balign 16
L848:	.quad 0xffff000180007f80, 0x0
	.balign 16
L849:	.quad 0x123456789abcdef, 0x0
	.balign 16
L850:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L851:	.quad 0x123456789abcdef, 0x0
	.balign 16
L852:	.quad 0xffff000180007f80, 0x0
	.balign 16
L853:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L854:	.quad 0x8000000000000001, 0x0
	.balign 16
L855:	.quad 0xffffffff, 0x0
	.balign 16
L856:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L857:	.quad 0xffffffff, 0x0
	.balign 16
L858:	.quad 0x8000000000000001, 0x0
	.balign 16
L859:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L860:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L861:	.quad 0xffffffff00000001, 0x0
	.balign 16
L862:	.quad 0x100000002, 0x0
	.balign 16
L863:	.quad 0xffffffff00000001, 0x0
	.balign 16
L864:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L865:	.quad 0x80007fffff010080, 0x0
	.balign 16
L866:	.quad 0xffff000180007f80, 0x0
	.balign 16
L867:	.quad 0x123456789abcdef, 0x0
	.balign 16
L868:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L869:	.quad 0x123456789abcdef, 0x0
	.balign 16
L870:	.quad 0xffff000180007f80, 0x0
	.balign 16
L871:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L872:	.quad 0x8000000000000001, 0x0
	.balign 16
L873:	.quad 0xffffffff, 0x0
	.balign 16
L874:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L875:	.quad 0xffffffff, 0x0
	.balign 16
L876:	.quad 0x8000000000000001, 0x0
	.balign 16
L877:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L878:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L879:	.quad 0xffffffff00000001, 0x0
	.balign 16
L880:	.quad 0x100000002, 0x0
	.balign 16
L881:	.quad 0xffffffff00000001, 0x0
	.balign 16
L882:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L883:	.quad 0x80007fffff010080, 0x0
	.balign 16
L884:	.quad 0xffff000180007f80, 0x0
	.balign 16
L885:	.quad 0x123456789abcdef, 0x0
	.balign 16
L886:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L887:	.quad 0x123456789abcdef, 0x0
	.balign 16
L888:	.quad 0xffff000180007f80, 0x0
	.balign 16
L889:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L890:	.quad 0x8000000000000001, 0x0
	.balign 16
L891:	.quad 0xffffffff, 0x0
	.balign 16
L892:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L893:	.quad 0xffffffff, 0x0
	.balign 16
L894:	.quad 0x8000000000000001, 0x0
	.balign 16
L895:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L896:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L897:	.quad 0xffffffff00000001, 0x0
	.balign 16
L898:	.quad 0x100000002, 0x0
	.balign 16
L899:	.quad 0xffffffff00000001, 0x0
	.balign 16
L900:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L901:	.quad 0x80007fffff010080, 0x0
	.balign 16
L902:	.quad 0xffff000180007f80, 0x0
	.balign 16
L903:	.quad 0x123456789abcdef, 0x0
	.balign 16
L904:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L905:	.quad 0x123456789abcdef, 0x0
	.balign 16
L906:	.quad 0xffff000180007f80, 0x0
	.balign 16
L907:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L908:	.quad 0x8000000000000001, 0x0
	.balign 16
L909:	.quad 0xffffffff, 0x0
	.balign 16
L910:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L911:	.quad 0xffffffff, 0x0
	.balign 16
L912:	.quad 0x8000000000000001, 0x0
	.balign 16
L913:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L914:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L915:	.quad 0xffffffff00000001, 0x0
	.balign 16
L916:	.quad 0x100000002, 0x0
	.balign 16
L917:	.quad 0xffffffff00000001, 0x0
	.balign 16
L918:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L919:	.quad 0x80007fffff010080, 0x0
	.balign 16
L920:	.quad 0xffff000180007f80, 0x0
	.balign 16
L921:	.quad 0x123456789abcdef, 0x0
	.balign 16
L922:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L923:	.quad 0x123456789abcdef, 0x0
	.balign 16
L924:	.quad 0xffff000180007f80, 0x0
	.balign 16
L925:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L926:	.quad 0x8000000000000001, 0x0
	.balign 16
L927:	.quad 0xffffffff, 0x0
	.balign 16
L928:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L929:	.quad 0xffffffff, 0x0
	.balign 16
L930:	.quad 0x8000000000000001, 0x0
	.balign 16
L931:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L932:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L933:	.quad 0xffffffff00000001, 0x0
	.balign 16
L934:	.quad 0x100000002, 0x0
	.balign 16
L935:	.quad 0xffffffff00000001, 0x0
	.balign 16
L936:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L937:	.quad 0x80007fffff010080, 0x0
	.balign 16
L938:	.quad 0xffff000180007f80, 0x0
	.balign 16
L939:	.quad 0x123456789abcdef, 0x0
	.balign 16
L940:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L941:	.quad 0x123456789abcdef, 0x0
	.balign 16
L942:	.quad 0xffff000180007f80, 0x0
	.balign 16
L943:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L944:	.quad 0x8000000000000001, 0x0
	.balign 16
L945:	.quad 0xffffffff, 0x0
	.balign 16
L946:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L947:	.quad 0xffffffff, 0x0
	.balign 16
L948:	.quad 0x8000000000000001, 0x0
	.balign 16
L949:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L950:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L951:	.quad 0xffffffff00000001, 0x0
	.balign 16
L952:	.quad 0x100000002, 0x0
	.balign 16
L953:	.quad 0xffffffff00000001, 0x0
	.balign 16
L954:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L955:	.quad 0x80007fffff010080, 0x0
	.balign 16
L956:	.quad 0xffff000180007f80, 0x0
	.balign 16
L957:	.quad 0x123456789abcdef, 0x0
	.balign 16
L958:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L959:	.quad 0x123456789abcdef, 0x0
	.balign 16
L960:	.quad 0xffff000180007f80, 0x0
	.balign 16
L961:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L962:	.quad 0x8000000000000001, 0x0
	.balign 16
L963:	.quad 0xffffffff, 0x0
	.balign 16
L964:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L965:	.quad 0xffffffff, 0x0
	.balign 16
L966:	.quad 0x8000000000000001, 0x0
	.balign 16
L967:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L968:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L969:	.quad 0xffffffff00000001, 0x0
	.balign 16
L970:	.quad 0x100000002, 0x0
	.balign 16
L971:	.quad 0xffffffff00000001, 0x0
	.balign 16
L972:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L973:	.quad 0x80007fffff010080, 0x0
	.balign 16
L974:	.quad 0xffff000180007f80, 0x0
	.balign 16
L975:	.quad 0x123456789abcdef, 0x0
	.balign 16
L976:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L977:	.quad 0x123456789abcdef, 0x0
	.balign 16
L978:	.quad 0xffff000180007f80, 0x0
	.balign 16
L979:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L980:	.quad 0x8000000000000001, 0x0
	.balign 16
L981:	.quad 0xffffffff, 0x0
	.balign 16
L982:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L983:	.quad 0xffffffff, 0x0
	.balign 16
L984:	.quad 0x8000000000000001, 0x0
	.balign 16
L985:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L986:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L987:	.quad 0xffffffff00000001, 0x0
	.balign 16
L988:	.quad 0x100000002, 0x0
	.balign 16
L989:	.quad 0xffffffff00000001, 0x0
	.balign 16
L990:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L991:	.quad 0x80007fffff010080, 0x0
	.balign 16
L992:	.quad 0xffff000180007f80, 0x0
	.balign 16
L993:	.quad 0x123456789abcdef, 0x0
	.balign 16
L994:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L995:	.quad 0x123456789abcdef, 0x0
	.balign 16
L996:	.quad 0xffff000180007f80, 0x0
	.balign 16
L997:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L998:	.quad 0x8000000000000001, 0x0
	.balign 16
L999:	.quad 0xffffffff, 0x0
	.balign 16
L1000:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1001:	.quad 0xffffffff, 0x0
	.balign 16
L1002:	.quad 0x8000000000000001, 0x0
	.balign 16
L1003:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1004:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1005:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1006:	.quad 0x100000002, 0x0
	.balign 16
L1007:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1008:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1009:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1010:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1011:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1012:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1013:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1014:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1015:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1016:	.quad 0x8000000000000001, 0x0
	.balign 16
L1017:	.quad 0xffffffff, 0x0
	.balign 16
L1018:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1019:	.quad 0xffffffff, 0x0
	.balign 16
L1020:	.quad 0x8000000000000001, 0x0
	.balign 16
L1021:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1022:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1023:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1024:	.quad 0x100000002, 0x0
	.balign 16
L1025:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1026:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1027:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1028:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1029:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1030:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1031:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1032:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1033:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1034:	.quad 0x8000000000000001, 0x0
	.balign 16
L1035:	.quad 0xffffffff, 0x0
	.balign 16
L1036:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1037:	.quad 0xffffffff, 0x0
	.balign 16
L1038:	.quad 0x8000000000000001, 0x0
	.balign 16
L1039:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1040:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1041:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1042:	.quad 0x100000002, 0x0
	.balign 16
L1043:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1044:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1045:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1046:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1047:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1048:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1049:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1050:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1051:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1052:	.quad 0x8000000000000001, 0x0
	.balign 16
L1053:	.quad 0xffffffff, 0x0
	.balign 16
L1054:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1055:	.quad 0xffffffff, 0x0
	.balign 16
L1056:	.quad 0x8000000000000001, 0x0
	.balign 16
L1057:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1058:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1059:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1060:	.quad 0x100000002, 0x0
	.balign 16
L1061:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1062:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1063:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1064:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1065:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1066:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1067:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1068:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1069:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1070:	.quad 0x8000000000000001, 0x0
	.balign 16
L1071:	.quad 0xffffffff, 0x0
	.balign 16
L1072:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1073:	.quad 0xffffffff, 0x0
	.balign 16
L1074:	.quad 0x8000000000000001, 0x0
	.balign 16
L1075:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1076:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1077:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1078:	.quad 0x100000002, 0x0
	.balign 16
L1079:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1080:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1081:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1082:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1083:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1084:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1085:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1086:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1087:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1088:	.quad 0x8000000000000001, 0x0
	.balign 16
L1089:	.quad 0xffffffff, 0x0
	.balign 16
L1090:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1091:	.quad 0xffffffff, 0x0
	.balign 16
L1092:	.quad 0x8000000000000001, 0x0
	.balign 16
L1093:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1094:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1095:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1096:	.quad 0x100000002, 0x0
	.balign 16
L1097:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1098:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1099:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1100:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1101:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1102:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1103:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1104:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1105:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1106:	.quad 0x8000000000000001, 0x0
	.balign 16
L1107:	.quad 0xffffffff, 0x0
	.balign 16
L1108:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1109:	.quad 0xffffffff, 0x0
	.balign 16
L1110:	.quad 0x8000000000000001, 0x0
	.balign 16
L1111:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1112:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1113:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1114:	.quad 0x100000002, 0x0
	.balign 16
L1115:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1116:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1117:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1118:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1119:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1120:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1121:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1122:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1123:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1124:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1125:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1126:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1127:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1128:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1129:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1130:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1131:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1132:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1133:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1134:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1135:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1136:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1137:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1138:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1139:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1140:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1141:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1142:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1143:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1144:	.quad 0x8000000000000001, 0x0
	.balign 16
L1145:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1146:	.quad 0x8000000000000001, 0x0
	.balign 16
L1147:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1148:	.quad 0x8000000000000001, 0x0
	.balign 16
L1149:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1150:	.quad 0x8000000000000001, 0x0
	.balign 16
L1151:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1152:	.quad 0x8000000000000001, 0x0
	.balign 16
L1153:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1154:	.quad 0x8000000000000001, 0x0
	.balign 16
L1155:	.quad 0xffffffff, 0x0
	.balign 16
L1156:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1157:	.quad 0xffffffff, 0x0
	.balign 16
L1158:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1159:	.quad 0xffffffff, 0x0
	.balign 16
L1160:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1161:	.quad 0xffffffff, 0x0
	.balign 16
L1162:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1163:	.quad 0xffffffff, 0x0
	.balign 16
L1164:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1165:	.quad 0xffffffff, 0x0
	.balign 16
L1166:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1167:	.quad 0xffffffff, 0x0
	.balign 16
L1168:	.quad 0x8000000000000001, 0x0
	.balign 16
L1169:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1170:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1171:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1172:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1173:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1174:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1175:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1176:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1177:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1178:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1179:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1180:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1181:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1182:	.quad 0x100000002, 0x0
	.balign 16
L1183:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1184:	.quad 0x100000002, 0x0
	.balign 16
L1185:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1186:	.quad 0x100000002, 0x0
	.balign 16
L1187:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1188:	.quad 0x100000002, 0x0
	.balign 16
L1189:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1190:	.quad 0x100000002, 0x0
	.balign 16
L1191:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1192:	.quad 0x100000002, 0x0
	.balign 16
L1193:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1194:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1195:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1196:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1197:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1198:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1199:	.quad 0x80007fffff010080, 0x0
	.balign 16
L1200:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1201:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1202:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1203:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1204:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1205:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1206:	.quad 0xfedcba9876543210, 0x0
	.balign 16
L1207:	.quad 0x123456789abcdef, 0x0
	.balign 16
L1208:	.quad 0xffff000180007f80, 0x0
	.balign 16
L1209:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1210:	.quad 0x8000000000000001, 0x0
	.balign 16
L1211:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1212:	.quad 0x8000000000000001, 0x0
	.balign 16
L1213:	.quad 0x7fffffff80000000, 0x0
	.balign 16
L1214:	.quad 0x8000000000000001, 0x0
	.balign 16
L1215:	.quad 0xffffffff, 0x0
	.balign 16
L1216:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1217:	.quad 0xffffffff, 0x0
	.balign 16
L1218:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1219:	.quad 0xffffffff, 0x0
	.balign 16
L1220:	.quad 0x7f7f80807fff8000, 0x0
	.balign 16
L1221:	.quad 0xffffffff, 0x0
	.balign 16
L1222:	.quad 0x8000000000000001, 0x0
	.balign 16
L1223:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1224:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1225:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1226:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1227:	.quad 0xff00ff7f807f80, 0x0
	.balign 16
L1228:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1229:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1230:	.quad 0x100000002, 0x0
	.balign 16
L1231:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1232:	.quad 0x100000002, 0x0
	.balign 16
L1233:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1234:	.quad 0x100000002, 0x0
	.balign 16
L1235:	.quad 0xffffffff00000001, 0x0
	.balign 16
L1236:	.quad 0xff01fe80817f7f, 0x0
	.balign 16
L1237:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1238:	.quad 0x0, 0x0
	.balign 16
L1239:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1240:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1241:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1242:	.quad 0x1, 0x0
	.balign 16
L1243:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1244:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1245:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1246:	.quad 0xf, 0x0
	.balign 16
L1247:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1248:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1249:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1250:	.quad 0x10, 0x0
	.balign 16
L1251:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1252:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1253:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1254:	.quad 0x1f, 0x0
	.balign 16
L1255:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1256:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1257:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1258:	.quad 0x20, 0x0
	.balign 16
L1259:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1260:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1261:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1262:	.quad 0x3f, 0x0
	.balign 16
L1263:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1264:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1265:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1266:	.quad 0x40, 0x0
	.balign 16
L1267:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1268:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1269:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1270:	.quad 0x0, 0x0
	.balign 16
L1271:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1272:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1273:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1274:	.quad 0x1, 0x0
	.balign 16
L1275:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1276:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1277:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1278:	.quad 0xf, 0x0
	.balign 16
L1279:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1280:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1281:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1282:	.quad 0x10, 0x0
	.balign 16
L1283:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1284:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1285:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1286:	.quad 0x1f, 0x0
	.balign 16
L1287:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1288:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1289:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1290:	.quad 0x20, 0x0
	.balign 16
L1291:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1292:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1293:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1294:	.quad 0x3f, 0x0
	.balign 16
L1295:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1296:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1297:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1298:	.quad 0x40, 0x0
	.balign 16
L1299:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1300:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1301:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1302:	.quad 0x0, 0x0
	.balign 16
L1303:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1304:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1305:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1306:	.quad 0x1, 0x0
	.balign 16
L1307:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1308:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1309:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1310:	.quad 0xf, 0x0
	.balign 16
L1311:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1312:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1313:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1314:	.quad 0x10, 0x0
	.balign 16
L1315:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1316:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1317:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1318:	.quad 0x1f, 0x0
	.balign 16
L1319:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1320:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1321:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1322:	.quad 0x20, 0x0
	.balign 16
L1323:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1324:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1325:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1326:	.quad 0x3f, 0x0
	.balign 16
L1327:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1328:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1329:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1330:	.quad 0x40, 0x0
	.balign 16
L1331:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1332:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1333:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1334:	.quad 0x0, 0x0
	.balign 16
L1335:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1336:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1337:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1338:	.quad 0x1, 0x0
	.balign 16
L1339:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1340:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1341:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1342:	.quad 0xf, 0x0
	.balign 16
L1343:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1344:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1345:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1346:	.quad 0x10, 0x0
	.balign 16
L1347:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1348:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1349:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1350:	.quad 0x1f, 0x0
	.balign 16
L1351:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1352:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1353:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1354:	.quad 0x20, 0x0
	.balign 16
L1355:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1356:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1357:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1358:	.quad 0x3f, 0x0
	.balign 16
L1359:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1360:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1361:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1362:	.quad 0x40, 0x0
	.balign 16
L1363:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1364:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1365:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1366:	.quad 0x0, 0x0
	.balign 16
L1367:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1368:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1369:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1370:	.quad 0x1, 0x0
	.balign 16
L1371:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1372:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1373:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1374:	.quad 0xf, 0x0
	.balign 16
L1375:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1376:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1377:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1378:	.quad 0x10, 0x0
	.balign 16
L1379:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1380:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1381:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1382:	.quad 0x1f, 0x0
	.balign 16
L1383:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1384:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1385:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1386:	.quad 0x20, 0x0
	.balign 16
L1387:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1388:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1389:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1390:	.quad 0x3f, 0x0
	.balign 16
L1391:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1392:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1393:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1394:	.quad 0x40, 0x0
	.balign 16
L1395:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1396:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1397:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1398:	.quad 0x0, 0x0
	.balign 16
L1399:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1400:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1401:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1402:	.quad 0x1, 0x0
	.balign 16
L1403:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1404:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1405:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1406:	.quad 0xf, 0x0
	.balign 16
L1407:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1408:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1409:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1410:	.quad 0x10, 0x0
	.balign 16
L1411:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1412:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1413:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1414:	.quad 0x1f, 0x0
	.balign 16
L1415:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1416:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1417:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1418:	.quad 0x20, 0x0
	.balign 16
L1419:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1420:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1421:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1422:	.quad 0x3f, 0x0
	.balign 16
L1423:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1424:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1425:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1426:	.quad 0x40, 0x0
	.balign 16
L1427:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1428:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1429:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1430:	.quad 0x0, 0x0
	.balign 16
L1431:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1432:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1433:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1434:	.quad 0x1, 0x0
	.balign 16
L1435:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1436:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1437:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1438:	.quad 0xf, 0x0
	.balign 16
L1439:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1440:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1441:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1442:	.quad 0x10, 0x0
	.balign 16
L1443:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1444:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1445:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1446:	.quad 0x1f, 0x0
	.balign 16
L1447:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1448:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1449:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1450:	.quad 0x20, 0x0
	.balign 16
L1451:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1452:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1453:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1454:	.quad 0x3f, 0x0
	.balign 16
L1455:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1456:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1457:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1458:	.quad 0x40, 0x0
	.balign 16
L1459:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1460:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1461:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1462:	.quad 0x0, 0x0
	.balign 16
L1463:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1464:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1465:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1466:	.quad 0x1, 0x0
	.balign 16
L1467:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1468:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1469:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1470:	.quad 0xf, 0x0
	.balign 16
L1471:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1472:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1473:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1474:	.quad 0x10, 0x0
	.balign 16
L1475:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1476:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1477:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1478:	.quad 0x1f, 0x0
	.balign 16
L1479:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1480:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1481:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1482:	.quad 0x20, 0x0
	.balign 16
L1483:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1484:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1485:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1486:	.quad 0x3f, 0x0
	.balign 16
L1487:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1488:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1489:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1490:	.quad 0x40, 0x0
	.balign 16
L1491:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
L1492:	.quad 0x80017ffec0030ff0, 0x0
	.balign 16
outbuf:	.zero 32
