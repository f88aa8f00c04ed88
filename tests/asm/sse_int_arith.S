/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE integer arithmetic: add/sub (wrapping, saturating), multiplies, averages, sad, min/max, abs, sign, horizontal add/sub. */
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
	movdqa xmm2, xmmword ptr [rip + L2]
	movdqa xmm0, xmmword ptr [rip + L3]
	paddb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7f007f017f00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L4]
	movdqa xmm2, xmmword ptr [rip + L5]
	movdqa xmm0, xmmword ptr [rip + L6]
	paddb xmm1, xmmword ptr [rip + L5]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff7f007f017f00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L7]
	movdqa xmm2, xmmword ptr [rip + L8]
	movdqa xmm0, xmmword ptr [rip + L9]
	paddb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807efe7fff
	movdqa xmm1, xmmword ptr [rip + L10]
	movdqa xmm2, xmmword ptr [rip + L11]
	movdqa xmm0, xmmword ptr [rip + L12]
	paddb xmm1, xmmword ptr [rip + L11]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807efe7fff
	movdqa xmm1, xmmword ptr [rip + L13]
	movdqa xmm2, xmmword ptr [rip + L14]
	movdqa xmm0, xmmword ptr [rip + L15]
	paddb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fdff01feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffff0000000003
	movdqa xmm1, xmmword ptr [rip + L16]
	movdqa xmm2, xmmword ptr [rip + L17]
	movdqa xmm0, xmmword ptr [rip + L18]
	paddb xmm1, xmmword ptr [rip + L17]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fdff01feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffff0000000003
	movdqa xmm1, xmmword ptr [rip + L19]
	movdqa xmm2, xmmword ptr [rip + L20]
	movdqa xmm0, xmmword ptr [rip + L21]
	paddw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80007f018000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L22]
	movdqa xmm2, xmmword ptr [rip + L23]
	movdqa xmm0, xmmword ptr [rip + L24]
	paddw xmm1, xmmword ptr [rip + L23]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80007f018000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L25]
	movdqa xmm2, xmmword ptr [rip + L26]
	movdqa xmm0, xmmword ptr [rip + L27]
	paddw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807ffe7fff
	movdqa xmm1, xmmword ptr [rip + L28]
	movdqa xmm2, xmmword ptr [rip + L29]
	movdqa xmm0, xmmword ptr [rip + L30]
	paddw xmm1, xmmword ptr [rip + L29]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807ffe7fff
	movdqa xmm1, xmmword ptr [rip + L31]
	movdqa xmm2, xmmword ptr [rip + L32]
	movdqa xmm0, xmmword ptr [rip + L33]
	paddw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd0001feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff000000000003
	movdqa xmm1, xmmword ptr [rip + L34]
	movdqa xmm2, xmmword ptr [rip + L35]
	movdqa xmm0, xmmword ptr [rip + L36]
	paddw xmm1, xmmword ptr [rip + L35]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd0001feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff000000000003
	movdqa xmm1, xmmword ptr [rip + L37]
	movdqa xmm2, xmmword ptr [rip + L38]
	movdqa xmm0, xmmword ptr [rip + L39]
	paddd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80007f018000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L40]
	movdqa xmm2, xmmword ptr [rip + L41]
	movdqa xmm0, xmmword ptr [rip + L42]
	paddd xmm1, xmmword ptr [rip + L41]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80007f018000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L43]
	movdqa xmm2, xmmword ptr [rip + L44]
	movdqa xmm0, xmmword ptr [rip + L45]
	paddd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807fff7fff
	movdqa xmm1, xmmword ptr [rip + L46]
	movdqa xmm2, xmmword ptr [rip + L47]
	movdqa xmm0, xmmword ptr [rip + L48]
	paddd xmm1, xmmword ptr [rip + L47]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807fff7fff
	movdqa xmm1, xmmword ptr [rip + L49]
	movdqa xmm2, xmmword ptr [rip + L50]
	movdqa xmm0, xmmword ptr [rip + L51]
	paddd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd0001feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3
	movdqa xmm1, xmmword ptr [rip + L52]
	movdqa xmm2, xmmword ptr [rip + L53]
	movdqa xmm0, xmmword ptr [rip + L54]
	paddd xmm1, xmmword ptr [rip + L53]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd0001feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3
	movdqa xmm1, xmmword ptr [rip + L55]
	movdqa xmm2, xmmword ptr [rip + L56]
	movdqa xmm0, xmmword ptr [rip + L57]
	paddq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80017f018000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L58]
	movdqa xmm2, xmmword ptr [rip + L59]
	movdqa xmm0, xmmword ptr [rip + L60]
	paddq xmm1, xmmword ptr [rip + L59]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff80017f018000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L61]
	movdqa xmm2, xmmword ptr [rip + L62]
	movdqa xmm0, xmmword ptr [rip + L63]
	paddq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80817fff7fff
	movdqa xmm1, xmmword ptr [rip + L64]
	movdqa xmm2, xmmword ptr [rip + L65]
	movdqa xmm0, xmmword ptr [rip + L66]
	paddq xmm1, xmmword ptr [rip + L65]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80817fff7fff
	movdqa xmm1, xmmword ptr [rip + L67]
	movdqa xmm2, xmmword ptr [rip + L68]
	movdqa xmm0, xmmword ptr [rip + L69]
	paddq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fe0001feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3
	movdqa xmm1, xmmword ptr [rip + L70]
	movdqa xmm2, xmmword ptr [rip + L71]
	movdqa xmm0, xmmword ptr [rip + L72]
	paddq xmm1, xmmword ptr [rip + L71]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fe0001feff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3
	movdqa xmm1, xmmword ptr [rip + L73]
	movdqa xmm2, xmmword ptr [rip + L74]
	movdqa xmm0, xmmword ptr [rip + L75]
	psubb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x81017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3478bcf13579bdf
	movdqa xmm1, xmmword ptr [rip + L76]
	movdqa xmm2, xmmword ptr [rip + L77]
	movdqa xmm0, xmmword ptr [rip + L78]
	psubb xmm1, xmmword ptr [rip + L77]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x81017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3478bcf13579bdf
	movdqa xmm1, xmmword ptr [rip + L79]
	movdqa xmm2, xmmword ptr [rip + L80]
	movdqa xmm0, xmmword ptr [rip + L81]
	psubb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff800000ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8181808080007fff
	movdqa xmm1, xmmword ptr [rip + L82]
	movdqa xmm2, xmmword ptr [rip + L83]
	movdqa xmm0, xmmword ptr [rip + L84]
	psubb xmm1, xmmword ptr [rip + L83]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff800000ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8181808080007fff
	movdqa xmm1, xmmword ptr [rip + L85]
	movdqa xmm2, xmmword ptr [rip + L86]
	movdqa xmm0, xmmword ptr [rip + L87]
	psubb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ffff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe000000ff
	movdqa xmm1, xmmword ptr [rip + L88]
	movdqa xmm2, xmmword ptr [rip + L89]
	movdqa xmm0, xmmword ptr [rip + L90]
	psubb xmm1, xmmword ptr [rip + L89]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ffff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe000000ff
	movdqa xmm1, xmmword ptr [rip + L91]
	movdqa xmm2, xmmword ptr [rip + L92]
	movdqa xmm0, xmmword ptr [rip + L93]
	psubw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2478acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L94]
	movdqa xmm2, xmmword ptr [rip + L95]
	movdqa xmm0, xmmword ptr [rip + L96]
	psubw xmm1, xmmword ptr [rip + L95]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2478acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L97]
	movdqa xmm2, xmmword ptr [rip + L98]
	movdqa xmm0, xmmword ptr [rip + L99]
	psubw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff8000ffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80817f8080007fff
	movdqa xmm1, xmmword ptr [rip + L100]
	movdqa xmm2, xmmword ptr [rip + L101]
	movdqa xmm0, xmmword ptr [rip + L102]
	psubw xmm1, xmmword ptr [rip + L101]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff8000ffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80817f8080007fff
	movdqa xmm1, xmmword ptr [rip + L103]
	movdqa xmm2, xmmword ptr [rip + L104]
	movdqa xmm0, xmmword ptr [rip + L105]
	psubw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01feff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe0000ffff
	movdqa xmm1, xmmword ptr [rip + L106]
	movdqa xmm2, xmmword ptr [rip + L107]
	movdqa xmm0, xmmword ptr [rip + L108]
	psubw xmm1, xmmword ptr [rip + L107]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01feff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe0000ffff
	movdqa xmm1, xmmword ptr [rip + L109]
	movdqa xmm2, xmmword ptr [rip + L110]
	movdqa xmm0, xmmword ptr [rip + L111]
	psubd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f008100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2468acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L112]
	movdqa xmm2, xmmword ptr [rip + L113]
	movdqa xmm0, xmmword ptr [rip + L114]
	psubd xmm1, xmmword ptr [rip + L113]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f008100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2468acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L115]
	movdqa xmm2, xmmword ptr [rip + L116]
	movdqa xmm0, xmmword ptr [rip + L117]
	psubd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff7fffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80807f8080007fff
	movdqa xmm1, xmmword ptr [rip + L118]
	movdqa xmm2, xmmword ptr [rip + L119]
	movdqa xmm0, xmmword ptr [rip + L120]
	psubd xmm1, xmmword ptr [rip + L119]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff7fffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80807f8080007fff
	movdqa xmm1, xmmword ptr [rip + L121]
	movdqa xmm2, xmmword ptr [rip + L122]
	movdqa xmm0, xmmword ptr [rip + L123]
	psubd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff01feff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffeffffffff
	movdqa xmm1, xmmword ptr [rip + L124]
	movdqa xmm2, xmmword ptr [rip + L125]
	movdqa xmm0, xmmword ptr [rip + L126]
	psubd xmm1, xmmword ptr [rip + L125]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff01feff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffeffffffff
	movdqa xmm1, xmmword ptr [rip + L127]
	movdqa xmm2, xmmword ptr [rip + L128]
	movdqa xmm0, xmmword ptr [rip + L129]
	psubq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f008100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2468acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L130]
	movdqa xmm2, xmmword ptr [rip + L131]
	movdqa xmm0, xmmword ptr [rip + L132]
	psubq xmm1, xmmword ptr [rip + L131]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f008100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2468acf13579bdf
	movdqa xmm1, xmmword ptr [rip + L133]
	movdqa xmm2, xmmword ptr [rip + L134]
	movdqa xmm0, xmmword ptr [rip + L135]
	psubq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff7fffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80807f8080007fff
	movdqa xmm1, xmmword ptr [rip + L136]
	movdqa xmm2, xmmword ptr [rip + L137]
	movdqa xmm0, xmmword ptr [rip + L138]
	psubq xmm1, xmmword ptr [rip + L137]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff7fffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80807f8080007fff
	movdqa xmm1, xmmword ptr [rip + L139]
	movdqa xmm2, xmmword ptr [rip + L140]
	movdqa xmm0, xmmword ptr [rip + L141]
	psubq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff00feff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffdffffffff
	movdqa xmm1, xmmword ptr [rip + L142]
	movdqa xmm2, xmmword ptr [rip + L143]
	movdqa xmm0, xmmword ptr [rip + L144]
	psubq xmm1, xmmword ptr [rip + L143]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff00feff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffdffffffff
	movdqa xmm1, xmmword ptr [rip + L145]
	movdqa xmm2, xmmword ptr [rip + L146]
	movdqa xmm0, xmmword ptr [rip + L147]
	paddsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ff7f0080017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L148]
	movdqa xmm2, xmmword ptr [rip + L149]
	movdqa xmm0, xmmword ptr [rip + L150]
	paddsb xmm1, xmmword ptr [rip + L149]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ff7f0080017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L151]
	movdqa xmm2, xmmword ptr [rip + L152]
	movdqa xmm0, xmmword ptr [rip + L153]
	paddsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807efe80ff
	movdqa xmm1, xmmword ptr [rip + L154]
	movdqa xmm2, xmmword ptr [rip + L155]
	movdqa xmm0, xmmword ptr [rip + L156]
	paddsb xmm1, xmmword ptr [rip + L155]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807efe80ff
	movdqa xmm1, xmmword ptr [rip + L157]
	movdqa xmm2, xmmword ptr [rip + L158]
	movdqa xmm0, xmmword ptr [rip + L159]
	paddsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fdff807fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffff0000000003
	movdqa xmm1, xmmword ptr [rip + L160]
	movdqa xmm2, xmmword ptr [rip + L161]
	movdqa xmm0, xmmword ptr [rip + L162]
	paddsb xmm1, xmmword ptr [rip + L161]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fdff807fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffff0000000003
	movdqa xmm1, xmmword ptr [rip + L163]
	movdqa xmm2, xmmword ptr [rip + L164]
	movdqa xmm0, xmmword ptr [rip + L165]
	paddsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80007fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L166]
	movdqa xmm2, xmmword ptr [rip + L167]
	movdqa xmm0, xmmword ptr [rip + L168]
	paddsw xmm1, xmmword ptr [rip + L167]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80007fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L169]
	movdqa xmm2, xmmword ptr [rip + L170]
	movdqa xmm0, xmmword ptr [rip + L171]
	paddsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807ffe8000
	movdqa xmm1, xmmword ptr [rip + L172]
	movdqa xmm2, xmmword ptr [rip + L173]
	movdqa xmm0, xmmword ptr [rip + L174]
	paddsw xmm1, xmmword ptr [rip + L173]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807ffe8000
	movdqa xmm1, xmmword ptr [rip + L175]
	movdqa xmm2, xmmword ptr [rip + L176]
	movdqa xmm0, xmmword ptr [rip + L177]
	paddsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd00017fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff000000000003
	movdqa xmm1, xmmword ptr [rip + L178]
	movdqa xmm2, xmmword ptr [rip + L179]
	movdqa xmm0, xmmword ptr [rip + L180]
	paddsw xmm1, xmmword ptr [rip + L179]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fd00017fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff000000000003
	movdqa xmm1, xmmword ptr [rip + L181]
	movdqa xmm2, xmmword ptr [rip + L182]
	movdqa xmm0, xmmword ptr [rip + L183]
	paddusb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L184]
	movdqa xmm2, xmmword ptr [rip + L185]
	movdqa xmm0, xmmword ptr [rip + L186]
	paddusb xmm1, xmmword ptr [rip + L185]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L187]
	movdqa xmm2, xmmword ptr [rip + L188]
	movdqa xmm0, xmmword ptr [rip + L189]
	paddusb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L190]
	movdqa xmm2, xmmword ptr [rip + L191]
	movdqa xmm0, xmmword ptr [rip + L192]
	paddusb xmm1, xmmword ptr [rip + L191]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L193]
	movdqa xmm2, xmmword ptr [rip + L194]
	movdqa xmm0, xmmword ptr [rip + L195]
	paddusb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fffffffeff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000003
	movdqa xmm1, xmmword ptr [rip + L196]
	movdqa xmm2, xmmword ptr [rip + L197]
	movdqa xmm0, xmmword ptr [rip + L198]
	paddusb xmm1, xmmword ptr [rip + L197]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fffffffeff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000003
	movdqa xmm1, xmmword ptr [rip + L199]
	movdqa xmm2, xmmword ptr [rip + L200]
	movdqa xmm0, xmmword ptr [rip + L201]
	paddusw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8000ffff8000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L202]
	movdqa xmm2, xmmword ptr [rip + L203]
	movdqa xmm0, xmmword ptr [rip + L204]
	paddusw xmm1, xmmword ptr [rip + L203]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff8000ffff8000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffffffffffff
	movdqa xmm1, xmmword ptr [rip + L205]
	movdqa xmm2, xmmword ptr [rip + L206]
	movdqa xmm0, xmmword ptr [rip + L207]
	paddusw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L208]
	movdqa xmm2, xmmword ptr [rip + L209]
	movdqa xmm0, xmmword ptr [rip + L210]
	paddusw xmm1, xmmword ptr [rip + L209]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L211]
	movdqa xmm2, xmmword ptr [rip + L212]
	movdqa xmm0, xmmword ptr [rip + L213]
	paddusw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fdfffffeff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000003
	movdqa xmm1, xmmword ptr [rip + L214]
	movdqa xmm2, xmmword ptr [rip + L215]
	movdqa xmm0, xmmword ptr [rip + L216]
	paddusw xmm1, xmmword ptr [rip + L215]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1fe02fdfffffeff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000003
	movdqa xmm1, xmmword ptr [rip + L217]
	movdqa xmm2, xmmword ptr [rip + L218]
	movdqa xmm0, xmmword ptr [rip + L219]
	psubsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x81017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3477f7f80809bdf
	movdqa xmm1, xmmword ptr [rip + L220]
	movdqa xmm2, xmmword ptr [rip + L221]
	movdqa xmm0, xmmword ptr [rip + L222]
	psubsb xmm1, xmmword ptr [rip + L221]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x81017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3477f7f80809bdf
	movdqa xmm1, xmmword ptr [rip + L223]
	movdqa xmm2, xmmword ptr [rip + L224]
	movdqa xmm0, xmmword ptr [rip + L225]
	psubsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff800000ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x81817f7f80007fff
	movdqa xmm1, xmmword ptr [rip + L226]
	movdqa xmm2, xmmword ptr [rip + L227]
	movdqa xmm0, xmmword ptr [rip + L228]
	psubsb xmm1, xmmword ptr [rip + L227]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff800000ff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x81817f7f80007fff
	movdqa xmm1, xmmword ptr [rip + L229]
	movdqa xmm2, xmmword ptr [rip + L230]
	movdqa xmm0, xmmword ptr [rip + L231]
	psubsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017fff0080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe000000ff
	movdqa xmm1, xmmword ptr [rip + L232]
	movdqa xmm2, xmmword ptr [rip + L233]
	movdqa xmm0, xmmword ptr [rip + L234]
	psubsb xmm1, xmmword ptr [rip + L233]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017fff0080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe000000ff
	movdqa xmm1, xmmword ptr [rip + L235]
	movdqa xmm2, xmmword ptr [rip + L236]
	movdqa xmm0, xmmword ptr [rip + L237]
	psubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2477fff80009bdf
	movdqa xmm1, xmmword ptr [rip + L238]
	movdqa xmm2, xmmword ptr [rip + L239]
	movdqa xmm0, xmmword ptr [rip + L240]
	psubsw xmm1, xmmword ptr [rip + L239]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80017ffe7f018100
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2477fff80009bdf
	movdqa xmm1, xmmword ptr [rip + L241]
	movdqa xmm2, xmmword ptr [rip + L242]
	movdqa xmm0, xmmword ptr [rip + L243]
	psubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff8000ffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80817f8080007fff
	movdqa xmm1, xmmword ptr [rip + L244]
	movdqa xmm2, xmmword ptr [rip + L245]
	movdqa xmm0, xmmword ptr [rip + L246]
	psubsw xmm1, xmmword ptr [rip + L245]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff8000ffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80817f8080007fff
	movdqa xmm1, xmmword ptr [rip + L247]
	movdqa xmm2, xmmword ptr [rip + L248]
	movdqa xmm0, xmmword ptr [rip + L249]
	psubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017fff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe0000ffff
	movdqa xmm1, xmmword ptr [rip + L250]
	movdqa xmm2, xmmword ptr [rip + L251]
	movdqa xmm0, xmmword ptr [rip + L252]
	psubsw xmm1, xmmword ptr [rip + L251]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017fff0001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe0000ffff
	movdqa xmm1, xmmword ptr [rip + L253]
	movdqa xmm2, xmmword ptr [rip + L254]
	movdqa xmm0, xmmword ptr [rip + L255]
	psubusb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe7f010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x13579bdf
	movdqa xmm1, xmmword ptr [rip + L256]
	movdqa xmm2, xmmword ptr [rip + L257]
	movdqa xmm0, xmmword ptr [rip + L258]
	psubusb xmm1, xmmword ptr [rip + L257]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe7f010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x13579bdf
	movdqa xmm1, xmmword ptr [rip + L259]
	movdqa xmm2, xmmword ptr [rip + L260]
	movdqa xmm0, xmmword ptr [rip + L261]
	psubusb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80007fff
	movdqa xmm1, xmmword ptr [rip + L262]
	movdqa xmm2, xmmword ptr [rip + L263]
	movdqa xmm0, xmmword ptr [rip + L264]
	psubusb xmm1, xmmword ptr [rip + L263]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80007fff
	movdqa xmm1, xmmword ptr [rip + L265]
	movdqa xmm2, xmmword ptr [rip + L266]
	movdqa xmm0, xmmword ptr [rip + L267]
	psubusb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe00000000
	movdqa xmm1, xmmword ptr [rip + L268]
	movdqa xmm2, xmmword ptr [rip + L269]
	movdqa xmm0, xmmword ptr [rip + L270]
	psubusb xmm1, xmmword ptr [rip + L269]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe00000000
	movdqa xmm1, xmmword ptr [rip + L271]
	movdqa xmm2, xmmword ptr [rip + L272]
	movdqa xmm0, xmmword ptr [rip + L273]
	psubusw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe7f010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x13579bdf
	movdqa xmm1, xmmword ptr [rip + L274]
	movdqa xmm2, xmmword ptr [rip + L275]
	movdqa xmm0, xmmword ptr [rip + L276]
	psubusw xmm1, xmmword ptr [rip + L275]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7ffe7f010000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x13579bdf
	movdqa xmm1, xmmword ptr [rip + L277]
	movdqa xmm2, xmmword ptr [rip + L278]
	movdqa xmm0, xmmword ptr [rip + L279]
	psubusw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80007fff
	movdqa xmm1, xmmword ptr [rip + L280]
	movdqa xmm2, xmmword ptr [rip + L281]
	movdqa xmm0, xmmword ptr [rip + L282]
	psubusw xmm1, xmmword ptr [rip + L281]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80007fff
	movdqa xmm1, xmmword ptr [rip + L283]
	movdqa xmm2, xmmword ptr [rip + L284]
	movdqa xmm0, xmmword ptr [rip + L285]
	psubusw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe00000000
	movdqa xmm1, xmmword ptr [rip + L286]
	movdqa xmm2, xmmword ptr [rip + L287]
	movdqa xmm0, xmmword ptr [rip + L288]
	psubusw xmm1, xmmword ptr [rip + L287]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffffffe00000000
	movdqa xmm1, xmmword ptr [rip + L289]
	movdqa xmm2, xmmword ptr [rip + L290]
	movdqa xmm0, xmmword ptr [rip + L291]
	pmullw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff8000c000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xb4140b28fe1c8cf0
	movdqa xmm1, xmmword ptr [rip + L292]
	movdqa xmm2, xmmword ptr [rip + L293]
	movdqa xmm0, xmmword ptr [rip + L294]
	pmullw xmm1, xmmword ptr [rip + L293]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff8000c000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xb4140b28fe1c8cf0
	movdqa xmm1, xmmword ptr [rip + L295]
	movdqa xmm2, xmmword ptr [rip + L296]
	movdqa xmm0, xmmword ptr [rip + L297]
	pmullw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80018000
	movdqa xmm1, xmmword ptr [rip + L298]
	movdqa xmm2, xmmword ptr [rip + L299]
	movdqa xmm0, xmmword ptr [rip + L300]
	pmullw xmm1, xmmword ptr [rip + L299]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80018000
	movdqa xmm1, xmmword ptr [rip + L301]
	movdqa xmm2, xmmword ptr [rip + L302]
	movdqa xmm0, xmmword ptr [rip + L303]
	pmullw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fc023f80c080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00000002
	movdqa xmm1, xmmword ptr [rip + L304]
	movdqa xmm2, xmmword ptr [rip + L305]
	movdqa xmm0, xmmword ptr [rip + L306]
	pmullw xmm1, xmmword ptr [rip + L305]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfe01fc023f80c080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00000002
	movdqa xmm1, xmmword ptr [rip + L307]
	movdqa xmm2, xmmword ptr [rip + L308]
	movdqa xmm0, xmmword ptr [rip + L309]
	pmulhw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f003f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffeed2fc94df635
	movdqa xmm1, xmmword ptr [rip + L310]
	movdqa xmm2, xmmword ptr [rip + L311]
	movdqa xmm0, xmmword ptr [rip + L312]
	pmulhw xmm1, xmmword ptr [rip + L311]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f003f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffeed2fc94df635
	movdqa xmm1, xmmword ptr [rip + L313]
	movdqa xmm2, xmmword ptr [rip + L314]
	movdqa xmm0, xmmword ptr [rip + L315]
	pmulhw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000
	movdqa xmm1, xmmword ptr [rip + L316]
	movdqa xmm2, xmmword ptr [rip + L317]
	movdqa xmm0, xmmword ptr [rip + L318]
	pmulhw xmm1, xmmword ptr [rip + L317]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0000
	movdqa xmm1, xmmword ptr [rip + L319]
	movdqa xmm2, xmmword ptr [rip + L320]
	movdqa xmm0, xmmword ptr [rip + L321]
	pmulhw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1c0803f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00000000
	movdqa xmm1, xmmword ptr [rip + L322]
	movdqa xmm2, xmmword ptr [rip + L323]
	movdqa xmm0, xmmword ptr [rip + L324]
	pmulhw xmm1, xmmword ptr [rip + L323]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1c0803f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00000000
	movdqa xmm1, xmmword ptr [rip + L325]
	movdqa xmm2, xmmword ptr [rip + L326]
	movdqa xmm0, xmmword ptr [rip + L327]
	pmulhuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff00007f80003f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x12132963fa12845
	movdqa xmm1, xmmword ptr [rip + L328]
	movdqa xmm2, xmmword ptr [rip + L329]
	movdqa xmm0, xmmword ptr [rip + L330]
	pmulhuw xmm1, xmmword ptr [rip + L329]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff00007f80003f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x12132963fa12845
	movdqa xmm1, xmmword ptr [rip + L331]
	movdqa xmm2, xmmword ptr [rip + L332]
	movdqa xmm0, xmmword ptr [rip + L333]
	pmulhuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fff000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7ffe7fff
	movdqa xmm1, xmmword ptr [rip + L334]
	movdqa xmm2, xmmword ptr [rip + L335]
	movdqa xmm0, xmmword ptr [rip + L336]
	pmulhuw xmm1, xmmword ptr [rip + L335]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fff000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7ffe7fff
	movdqa xmm1, xmmword ptr [rip + L337]
	movdqa xmm2, xmmword ptr [rip + L338]
	movdqa xmm0, xmmword ptr [rip + L339]
	pmulhuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x140003f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L340]
	movdqa xmm2, xmmword ptr [rip + L341]
	movdqa xmm0, xmmword ptr [rip + L342]
	pmulhuw xmm1, xmmword ptr [rip + L341]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x140003f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L343]
	movdqa xmm2, xmmword ptr [rip + L344]
	movdqa xmm0, xmmword ptr [rip + L345]
	pmuludq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f80ff40ffbfc000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fa27837e5618cf0
	movdqa xmm1, xmmword ptr [rip + L346]
	movdqa xmm2, xmmword ptr [rip + L347]
	movdqa xmm0, xmmword ptr [rip + L348]
	pmuludq xmm1, xmmword ptr [rip + L347]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f80ff40ffbfc000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fa27837e5618cf0
	movdqa xmm1, xmmword ptr [rip + L349]
	movdqa xmm2, xmmword ptr [rip + L350]
	movdqa xmm0, xmmword ptr [rip + L351]
	pmuludq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff7fff80008000
	movdqa xmm1, xmmword ptr [rip + L352]
	movdqa xmm2, xmmword ptr [rip + L353]
	movdqa xmm0, xmmword ptr [rip + L354]
	pmuludq xmm1, xmmword ptr [rip + L353]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff7fff80008000
	movdqa xmm1, xmmword ptr [rip + L355]
	movdqa xmm2, xmmword ptr [rip + L356]
	movdqa xmm0, xmmword ptr [rip + L357]
	pmuludq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bf003f7fc080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2
	movdqa xmm1, xmmword ptr [rip + L358]
	movdqa xmm2, xmmword ptr [rip + L359]
	movdqa xmm0, xmmword ptr [rip + L360]
	pmuludq xmm1, xmmword ptr [rip + L359]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x4000bf003f7fc080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2
	movdqa xmm1, xmmword ptr [rip + L361]
	movdqa xmm2, xmmword ptr [rip + L362]
	movdqa xmm0, xmmword ptr [rip + L363]
	pmaddwd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00bf4000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xed2dbf3cbf838b0c
	movdqa xmm1, xmmword ptr [rip + L364]
	movdqa xmm2, xmmword ptr [rip + L365]
	movdqa xmm0, xmmword ptr [rip + L366]
	pmaddwd xmm1, xmmword ptr [rip + L365]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff00bf4000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xed2dbf3cbf838b0c
	movdqa xmm1, xmmword ptr [rip + L367]
	movdqa xmm2, xmmword ptr [rip + L368]
	movdqa xmm0, xmmword ptr [rip + L369]
	pmaddwd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000800000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1
	movdqa xmm1, xmmword ptr [rip + L370]
	movdqa xmm2, xmmword ptr [rip + L371]
	movdqa xmm0, xmmword ptr [rip + L372]
	pmaddwd xmm1, xmmword ptr [rip + L371]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc000800000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1
	movdqa xmm1, xmmword ptr [rip + L373]
	movdqa xmm2, xmmword ptr [rip + L374]
	movdqa xmm0, xmmword ptr [rip + L375]
	pmaddwd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fa0300000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L376]
	movdqa xmm2, xmmword ptr [rip + L377]
	movdqa xmm0, xmmword ptr [rip + L378]
	pmaddwd xmm1, xmmword ptr [rip + L377]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2fa0300000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L379]
	movdqa xmm2, xmmword ptr [rip + L380]
	movdqa xmm0, xmmword ptr [rip + L381]
	pmaddubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff8000ff8080c000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfb12c34a774236fa
	movdqa xmm1, xmmword ptr [rip + L382]
	movdqa xmm2, xmmword ptr [rip + L383]
	movdqa xmm0, xmmword ptr [rip + L384]
	pmaddubsw xmm1, xmmword ptr [rip + L383]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff8000ff8080c000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfb12c34a774236fa
	movdqa xmm1, xmmword ptr [rip + L385]
	movdqa xmm2, xmmword ptr [rip + L386]
	movdqa xmm0, xmmword ptr [rip + L387]
	pmaddubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc080000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7d828080
	movdqa xmm1, xmmword ptr [rip + L388]
	movdqa xmm2, xmmword ptr [rip + L389]
	movdqa xmm0, xmmword ptr [rip + L390]
	pmaddubsw xmm1, xmmword ptr [rip + L389]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc080000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7d828080
	movdqa xmm1, xmmword ptr [rip + L391]
	movdqa xmm2, xmmword ptr [rip + L392]
	movdqa xmm0, xmmword ptr [rip + L393]
	pmaddubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe0281007e81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff00000002
	movdqa xmm1, xmmword ptr [rip + L394]
	movdqa xmm2, xmmword ptr [rip + L395]
	movdqa xmm0, xmmword ptr [rip + L396]
	pmaddubsw xmm1, xmmword ptr [rip + L395]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe0281007e81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff00000002
	movdqa xmm1, xmmword ptr [rip + L397]
	movdqa xmm2, xmmword ptr [rip + L398]
	movdqa xmm0, xmmword ptr [rip + L399]
	pmulhrsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000100ff0080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffdda5e929cec6b
	movdqa xmm1, xmmword ptr [rip + L400]
	movdqa xmm2, xmmword ptr [rip + L401]
	movdqa xmm0, xmmword ptr [rip + L402]
	pmulhrsw xmm1, xmmword ptr [rip + L401]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000100ff0080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfffdda5e929cec6b
	movdqa xmm1, xmmword ptr [rip + L403]
	movdqa xmm2, xmmword ptr [rip + L404]
	movdqa xmm0, xmmword ptr [rip + L405]
	pmulhrsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8001000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0001
	movdqa xmm1, xmmword ptr [rip + L406]
	movdqa xmm2, xmmword ptr [rip + L407]
	movdqa xmm0, xmmword ptr [rip + L408]
	pmulhrsw xmm1, xmmword ptr [rip + L407]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8001000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0001
	movdqa xmm1, xmmword ptr [rip + L409]
	movdqa xmm2, xmmword ptr [rip + L410]
	movdqa xmm0, xmmword ptr [rip + L411]
	pmulhrsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2000481007f00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L412]
	movdqa xmm2, xmmword ptr [rip + L413]
	movdqa xmm0, xmmword ptr [rip + L414]
	pmulhrsw xmm1, xmmword ptr [rip + L413]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x2000481007f00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x0
	movdqa xmm1, xmmword ptr [rip + L415]
	movdqa xmm2, xmmword ptr [rip + L416]
	movdqa xmm0, xmmword ptr [rip + L417]
	pavgb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0804080c0014080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080808080808080
	movdqa xmm1, xmmword ptr [rip + L418]
	movdqa xmm2, xmmword ptr [rip + L419]
	movdqa xmm0, xmmword ptr [rip + L420]
	pavgb xmm1, xmmword ptr [rip + L419]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0804080c0014080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080808080808080
	movdqa xmm1, xmmword ptr [rip + L421]
	movdqa xmm2, xmmword ptr [rip + L422]
	movdqa xmm0, xmmword ptr [rip + L423]
	pavgb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8080808040000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x40404040bfffc080
	movdqa xmm1, xmmword ptr [rip + L424]
	movdqa xmm2, xmmword ptr [rip + L425]
	movdqa xmm0, xmmword ptr [rip + L426]
	pavgb xmm1, xmmword ptr [rip + L425]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8080808040000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x40404040bfffc080
	movdqa xmm1, xmmword ptr [rip + L427]
	movdqa xmm2, xmmword ptr [rip + L428]
	movdqa xmm0, xmmword ptr [rip + L429]
	pavgb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff80817f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080808000000002
	movdqa xmm1, xmmword ptr [rip + L430]
	movdqa xmm2, xmmword ptr [rip + L431]
	movdqa xmm0, xmmword ptr [rip + L432]
	pavgb xmm1, xmmword ptr [rip + L431]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff80817f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080808000000002
	movdqa xmm1, xmmword ptr [rip + L433]
	movdqa xmm2, xmmword ptr [rip + L434]
	movdqa xmm0, xmmword ptr [rip + L435]
	pavgw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0004000bf814000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8000800080008000
	movdqa xmm1, xmmword ptr [rip + L436]
	movdqa xmm2, xmmword ptr [rip + L437]
	movdqa xmm0, xmmword ptr [rip + L438]
	pavgw xmm1, xmmword ptr [rip + L437]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0004000bf814000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8000800080008000
	movdqa xmm1, xmmword ptr [rip + L439]
	movdqa xmm2, xmmword ptr [rip + L440]
	movdqa xmm0, xmmword ptr [rip + L441]
	pavgw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800040000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fc04040bfffc000
	movdqa xmm1, xmmword ptr [rip + L442]
	movdqa xmm2, xmmword ptr [rip + L443]
	movdqa xmm0, xmmword ptr [rip + L444]
	pavgw xmm1, xmmword ptr [rip + L443]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000800040000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fc04040bfffc000
	movdqa xmm1, xmmword ptr [rip + L445]
	movdqa xmm2, xmmword ptr [rip + L446]
	movdqa xmm0, xmmword ptr [rip + L447]
	pavgw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017f80017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8000800000000002
	movdqa xmm1, xmmword ptr [rip + L448]
	movdqa xmm2, xmmword ptr [rip + L449]
	movdqa xmm0, xmmword ptr [rip + L450]
	pavgw xmm1, xmmword ptr [rip + L449]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff017f80017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8000800000000002
	movdqa xmm1, xmmword ptr [rip + L451]
	movdqa xmm2, xmmword ptr [rip + L452]
	movdqa xmm0, xmmword ptr [rip + L453]
	psadbw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fa
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x440
	movdqa xmm1, xmmword ptr [rip + L454]
	movdqa xmm2, xmmword ptr [rip + L455]
	movdqa xmm0, xmmword ptr [rip + L456]
	psadbw xmm1, xmmword ptr [rip + L455]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x3fa
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x440
	movdqa xmm1, xmmword ptr [rip + L457]
	movdqa xmm2, xmmword ptr [rip + L458]
	movdqa xmm0, xmmword ptr [rip + L459]
	psadbw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x37f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fc
	movdqa xmm1, xmmword ptr [rip + L460]
	movdqa xmm2, xmmword ptr [rip + L461]
	movdqa xmm0, xmmword ptr [rip + L462]
	psadbw xmm1, xmmword ptr [rip + L461]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x37f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fc
	movdqa xmm1, xmmword ptr [rip + L463]
	movdqa xmm2, xmmword ptr [rip + L464]
	movdqa xmm0, xmmword ptr [rip + L465]
	psadbw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x5
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fc
	movdqa xmm1, xmmword ptr [rip + L466]
	movdqa xmm2, xmmword ptr [rip + L467]
	movdqa xmm0, xmmword ptr [rip + L468]
	psadbw xmm1, xmmword ptr [rip + L467]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x5
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x3fc
	movdqa xmm1, xmmword ptr [rip + L469]
	movdqa xmm2, xmmword ptr [rip + L470]
	movdqa xmm0, xmmword ptr [rip + L471]
	pminub xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L472]
	movdqa xmm2, xmmword ptr [rip + L473]
	movdqa xmm0, xmmword ptr [rip + L474]
	pminub xmm1, xmmword ptr [rip + L473]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L475]
	movdqa xmm2, xmmword ptr [rip + L476]
	movdqa xmm0, xmmword ptr [rip + L477]
	pminub xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f00000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8000
	movdqa xmm1, xmmword ptr [rip + L478]
	movdqa xmm2, xmmword ptr [rip + L479]
	movdqa xmm0, xmmword ptr [rip + L480]
	pminub xmm1, xmmword ptr [rip + L479]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f00000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8000
	movdqa xmm1, xmmword ptr [rip + L481]
	movdqa xmm2, xmmword ptr [rip + L482]
	movdqa xmm0, xmmword ptr [rip + L483]
	pminub xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe7f807f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L484]
	movdqa xmm2, xmmword ptr [rip + L485]
	movdqa xmm0, xmmword ptr [rip + L486]
	pminub xmm1, xmmword ptr [rip + L485]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe7f807f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L487]
	movdqa xmm2, xmmword ptr [rip + L488]
	movdqa xmm0, xmmword ptr [rip + L489]
	pmaxub xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L490]
	movdqa xmm2, xmmword ptr [rip + L491]
	movdqa xmm0, xmmword ptr [rip + L492]
	pmaxub xmm1, xmmword ptr [rip + L491]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L493]
	movdqa xmm2, xmmword ptr [rip + L494]
	movdqa xmm0, xmmword ptr [rip + L495]
	pmaxub xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L496]
	movdqa xmm2, xmmword ptr [rip + L497]
	movdqa xmm0, xmmword ptr [rip + L498]
	pmaxub xmm1, xmmword ptr [rip + L497]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ffffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L499]
	movdqa xmm2, xmmword ptr [rip + L500]
	movdqa xmm0, xmmword ptr [rip + L501]
	pmaxub xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff80817f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L502]
	movdqa xmm2, xmmword ptr [rip + L503]
	movdqa xmm0, xmmword ptr [rip + L504]
	pmaxub xmm1, xmmword ptr [rip + L503]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff80817f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L505]
	movdqa xmm2, xmmword ptr [rip + L506]
	movdqa xmm0, xmmword ptr [rip + L507]
	pminsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L508]
	movdqa xmm2, xmmword ptr [rip + L509]
	movdqa xmm0, xmmword ptr [rip + L510]
	pminsw xmm1, xmmword ptr [rip + L509]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L511]
	movdqa xmm2, xmmword ptr [rip + L512]
	movdqa xmm0, xmmword ptr [rip + L513]
	pminsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000ffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080ffff8000
	movdqa xmm1, xmmword ptr [rip + L514]
	movdqa xmm2, xmmword ptr [rip + L515]
	movdqa xmm0, xmmword ptr [rip + L516]
	pminsw xmm1, xmmword ptr [rip + L515]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000ffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080ffff8000
	movdqa xmm1, xmmword ptr [rip + L517]
	movdqa xmm2, xmmword ptr [rip + L518]
	movdqa xmm0, xmmword ptr [rip + L519]
	pminsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L520]
	movdqa xmm2, xmmword ptr [rip + L521]
	movdqa xmm0, xmmword ptr [rip + L522]
	pminsw xmm1, xmmword ptr [rip + L521]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L523]
	movdqa xmm2, xmmword ptr [rip + L524]
	movdqa xmm0, xmmword ptr [rip + L525]
	pmaxsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L526]
	movdqa xmm2, xmmword ptr [rip + L527]
	movdqa xmm0, xmmword ptr [rip + L528]
	pmaxsw xmm1, xmmword ptr [rip + L527]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L529]
	movdqa xmm2, xmmword ptr [rip + L530]
	movdqa xmm0, xmmword ptr [rip + L531]
	pmaxsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f00007fffffff
	movdqa xmm1, xmmword ptr [rip + L532]
	movdqa xmm2, xmmword ptr [rip + L533]
	movdqa xmm0, xmmword ptr [rip + L534]
	pmaxsw xmm1, xmmword ptr [rip + L533]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f00007fffffff
	movdqa xmm1, xmmword ptr [rip + L535]
	movdqa xmm2, xmmword ptr [rip + L536]
	movdqa xmm0, xmmword ptr [rip + L537]
	pmaxsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L538]
	movdqa xmm2, xmmword ptr [rip + L539]
	movdqa xmm0, xmmword ptr [rip + L540]
	pmaxsw xmm1, xmmword ptr [rip + L539]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L541]
	movdqa xmm2, xmmword ptr [rip + L542]
	movdqa xmm0, xmmword ptr [rip + L543]
	pabsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x101000180007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x224466876543210
	movdqa xmm1, xmmword ptr [rip + L544]
	movdqa xmm2, xmmword ptr [rip + L545]
	movdqa xmm0, xmmword ptr [rip + L546]
	pabsb xmm1, xmmword ptr [rip + L545]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x101000180007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x224466876543210
	movdqa xmm1, xmmword ptr [rip + L547]
	movdqa xmm2, xmmword ptr [rip + L548]
	movdqa xmm0, xmmword ptr [rip + L549]
	pabsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807f018000
	movdqa xmm1, xmmword ptr [rip + L550]
	movdqa xmm2, xmmword ptr [rip + L551]
	movdqa xmm0, xmmword ptr [rip + L552]
	pabsb xmm1, xmmword ptr [rip + L551]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807f018000
	movdqa xmm1, xmmword ptr [rip + L553]
	movdqa xmm2, xmmword ptr [rip + L554]
	movdqa xmm0, xmmword ptr [rip + L555]
	pabsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10102807f7f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L556]
	movdqa xmm2, xmmword ptr [rip + L557]
	movdqa xmm0, xmmword ptr [rip + L558]
	pabsb xmm1, xmmword ptr [rip + L557]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x10102807f7f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L559]
	movdqa xmm2, xmmword ptr [rip + L560]
	movdqa xmm0, xmmword ptr [rip + L561]
	pabsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000180007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x124456876543210
	movdqa xmm1, xmmword ptr [rip + L562]
	movdqa xmm2, xmmword ptr [rip + L563]
	movdqa xmm0, xmmword ptr [rip + L564]
	pabsw xmm1, xmmword ptr [rip + L563]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000180007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x124456876543210
	movdqa xmm1, xmmword ptr [rip + L565]
	movdqa xmm2, xmmword ptr [rip + L566]
	movdqa xmm0, xmmword ptr [rip + L567]
	pabsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f7f807fff8000
	movdqa xmm1, xmmword ptr [rip + L568]
	movdqa xmm2, xmmword ptr [rip + L569]
	movdqa xmm0, xmmword ptr [rip + L570]
	pabsw xmm1, xmmword ptr [rip + L569]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f7f807fff8000
	movdqa xmm1, xmmword ptr [rip + L571]
	movdqa xmm2, xmmword ptr [rip + L572]
	movdqa xmm0, xmmword ptr [rip + L573]
	pabsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7f7f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L574]
	movdqa xmm2, xmmword ptr [rip + L575]
	movdqa xmm0, xmmword ptr [rip + L576]
	pabsw xmm1, xmmword ptr [rip + L575]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7f7f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L577]
	movdqa xmm2, xmmword ptr [rip + L578]
	movdqa xmm0, xmmword ptr [rip + L579]
	pabsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fff8080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456876543210
	movdqa xmm1, xmmword ptr [rip + L580]
	movdqa xmm2, xmmword ptr [rip + L581]
	movdqa xmm0, xmmword ptr [rip + L582]
	pabsd xmm1, xmmword ptr [rip + L581]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fff8080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456876543210
	movdqa xmm1, xmmword ptr [rip + L583]
	movdqa xmm2, xmmword ptr [rip + L584]
	movdqa xmm0, xmmword ptr [rip + L585]
	pabsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807fff8000
	movdqa xmm1, xmmword ptr [rip + L586]
	movdqa xmm2, xmmword ptr [rip + L587]
	movdqa xmm0, xmmword ptr [rip + L588]
	pabsd xmm1, xmmword ptr [rip + L587]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807fff8000
	movdqa xmm1, xmmword ptr [rip + L589]
	movdqa xmm2, xmmword ptr [rip + L590]
	movdqa xmm0, xmmword ptr [rip + L591]
	pabsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7e8081
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L592]
	movdqa xmm2, xmmword ptr [rip + L593]
	movdqa xmm0, xmmword ptr [rip + L594]
	pabsd xmm1, xmmword ptr [rip + L593]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f7e8081
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L595]
	movdqa xmm2, xmmword ptr [rip + L596]
	movdqa xmm0, xmmword ptr [rip + L597]
	psignb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000ff01000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffddbb9989abcdef
	movdqa xmm1, xmmword ptr [rip + L598]
	movdqa xmm2, xmmword ptr [rip + L599]
	movdqa xmm0, xmmword ptr [rip + L600]
	psignb xmm1, xmmword ptr [rip + L599]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x800000ff01000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffddbb9989abcdef
	movdqa xmm1, xmmword ptr [rip + L601]
	movdqa xmm2, xmmword ptr [rip + L602]
	movdqa xmm0, xmmword ptr [rip + L603]
	psignb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8100000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff010100
	movdqa xmm1, xmmword ptr [rip + L604]
	movdqa xmm2, xmmword ptr [rip + L605]
	movdqa xmm0, xmmword ptr [rip + L606]
	psignb xmm1, xmmword ptr [rip + L605]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8100000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff010100
	movdqa xmm1, xmmword ptr [rip + L607]
	movdqa xmm2, xmmword ptr [rip + L608]
	movdqa xmm0, xmmword ptr [rip + L609]
	psignb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000181807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff00000001
	movdqa xmm1, xmmword ptr [rip + L610]
	movdqa xmm2, xmmword ptr [rip + L611]
	movdqa xmm0, xmmword ptr [rip + L612]
	psignb xmm1, xmmword ptr [rip + L611]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x1000181807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff00000001
	movdqa xmm1, xmmword ptr [rip + L613]
	movdqa xmm2, xmmword ptr [rip + L614]
	movdqa xmm0, xmmword ptr [rip + L615]
	psignw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff00ff0080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfeddba9989abcdef
	movdqa xmm1, xmmword ptr [rip + L616]
	movdqa xmm2, xmmword ptr [rip + L617]
	movdqa xmm0, xmmword ptr [rip + L618]
	psignw xmm1, xmmword ptr [rip + L617]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff00ff0080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfeddba9989abcdef
	movdqa xmm1, xmmword ptr [rip + L619]
	movdqa xmm2, xmmword ptr [rip + L620]
	movdqa xmm0, xmmword ptr [rip + L621]
	psignw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8001000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0001
	movdqa xmm1, xmmword ptr [rip + L622]
	movdqa xmm2, xmmword ptr [rip + L623]
	movdqa xmm0, xmmword ptr [rip + L624]
	psignw xmm1, xmmword ptr [rip + L623]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8001000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff0001
	movdqa xmm1, xmmword ptr [rip + L625]
	movdqa xmm2, xmmword ptr [rip + L626]
	movdqa xmm0, xmmword ptr [rip + L627]
	psignw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00000001
	movdqa xmm1, xmmword ptr [rip + L628]
	movdqa xmm2, xmmword ptr [rip + L629]
	movdqa xmm0, xmmword ptr [rip + L630]
	psignw xmm1, xmmword ptr [rip + L629]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffff00000001
	movdqa xmm1, xmmword ptr [rip + L631]
	movdqa xmm2, xmmword ptr [rip + L632]
	movdqa xmm0, xmmword ptr [rip + L633]
	psignd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff800100feff80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9989abcdef
	movdqa xmm1, xmmword ptr [rip + L634]
	movdqa xmm2, xmmword ptr [rip + L635]
	movdqa xmm0, xmmword ptr [rip + L636]
	psignd xmm1, xmmword ptr [rip + L635]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff800100feff80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9989abcdef
	movdqa xmm1, xmmword ptr [rip + L637]
	movdqa xmm2, xmmword ptr [rip + L638]
	movdqa xmm0, xmmword ptr [rip + L639]
	psignd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff
	movdqa xmm1, xmmword ptr [rip + L640]
	movdqa xmm2, xmmword ptr [rip + L641]
	movdqa xmm0, xmmword ptr [rip + L642]
	psignd xmm1, xmmword ptr [rip + L641]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff
	movdqa xmm1, xmmword ptr [rip + L643]
	movdqa xmm2, xmmword ptr [rip + L644]
	movdqa xmm0, xmmword ptr [rip + L645]
	psignd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff807f8080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L646]
	movdqa xmm2, xmmword ptr [rip + L647]
	movdqa xmm0, xmmword ptr [rip + L648]
	psignd xmm1, xmmword ptr [rip + L647]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff807f8080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L649]
	movdqa xmm2, xmmword ptr [rip + L650]
	movdqa xmm0, xmmword ptr [rip + L651]
	phaddw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x468a579affffff81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xb974a8640000ff80
	movdqa xmm1, xmmword ptr [rip + L652]
	movdqa xmm2, xmmword ptr [rip + L653]
	movdqa xmm0, xmmword ptr [rip + L654]
	phaddw xmm1, xmmword ptr [rip + L653]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x468a579affffff81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xb974a8640000ff80
	movdqa xmm1, xmmword ptr [rip + L655]
	movdqa xmm2, xmmword ptr [rip + L656]
	movdqa xmm0, xmmword ptr [rip + L657]
	phaddw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe7ffe8000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff80000001
	movdqa xmm1, xmmword ptr [rip + L658]
	movdqa xmm2, xmmword ptr [rip + L659]
	movdqa xmm0, xmmword ptr [rip + L660]
	phaddw xmm1, xmmword ptr [rip + L659]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe7ffe8000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff80000001
	movdqa xmm1, xmmword ptr [rip + L661]
	movdqa xmm2, xmmword ptr [rip + L662]
	movdqa xmm0, xmmword ptr [rip + L663]
	phaddw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe000101feff00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000202fd0000
	movdqa xmm1, xmmword ptr [rip + L664]
	movdqa xmm2, xmmword ptr [rip + L665]
	movdqa xmm0, xmmword ptr [rip + L666]
	phaddw xmm1, xmmword ptr [rip + L665]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe000101feff00
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000202fd0000
	movdqa xmm1, xmmword ptr [rip + L667]
	movdqa xmm2, xmmword ptr [rip + L668]
	movdqa xmm0, xmmword ptr [rip + L669]
	phaddd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8acf13567f01807f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7530eca87fff7f81
	movdqa xmm1, xmmword ptr [rip + L670]
	movdqa xmm2, xmmword ptr [rip + L671]
	movdqa xmm0, xmmword ptr [rip + L672]
	phaddd xmm1, xmmword ptr [rip + L671]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8acf13567f01807f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7530eca87fff7f81
	movdqa xmm1, xmmword ptr [rip + L673]
	movdqa xmm2, xmmword ptr [rip + L674]
	movdqa xmm0, xmmword ptr [rip + L675]
	phaddd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff7f008080000001
	movdqa xmm1, xmmword ptr [rip + L676]
	movdqa xmm2, xmmword ptr [rip + L677]
	movdqa xmm0, xmmword ptr [rip + L678]
	phaddd xmm1, xmmword ptr [rip + L677]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffffffffffff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xff7f008080000001
	movdqa xmm1, xmmword ptr [rip + L679]
	movdqa xmm2, xmmword ptr [rip + L680]
	movdqa xmm0, xmmword ptr [rip + L681]
	phaddd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x807f807f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x38180817d
	movdqa xmm1, xmmword ptr [rip + L682]
	movdqa xmm2, xmmword ptr [rip + L683]
	movdqa xmm0, xmmword ptr [rip + L684]
	phaddd xmm1, xmmword ptr [rip + L683]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x807f807f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x38180817d
	movdqa xmm1, xmmword ptr [rip + L685]
	movdqa xmm2, xmmword ptr [rip + L686]
	movdqa xmm0, xmmword ptr [rip + L687]
	phaddsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x468a8000ffffff81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xb9747fff0000ff80
	movdqa xmm1, xmmword ptr [rip + L688]
	movdqa xmm2, xmmword ptr [rip + L689]
	movdqa xmm0, xmmword ptr [rip + L690]
	phaddsw xmm1, xmmword ptr [rip + L689]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x468a8000ffffff81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xb9747fff0000ff80
	movdqa xmm1, xmmword ptr [rip + L691]
	movdqa xmm2, xmmword ptr [rip + L692]
	movdqa xmm0, xmmword ptr [rip + L693]
	phaddsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe7ffe8000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff80000001
	movdqa xmm1, xmmword ptr [rip + L694]
	movdqa xmm2, xmmword ptr [rip + L695]
	movdqa xmm0, xmmword ptr [rip + L696]
	phaddsw xmm1, xmmword ptr [rip + L695]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe7ffe8000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff80000001
	movdqa xmm1, xmmword ptr [rip + L697]
	movdqa xmm2, xmmword ptr [rip + L698]
	movdqa xmm0, xmmword ptr [rip + L699]
	phaddsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe000101fe7fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000202fd0000
	movdqa xmm1, xmmword ptr [rip + L700]
	movdqa xmm2, xmmword ptr [rip + L701]
	movdqa xmm0, xmmword ptr [rip + L702]
	phaddsw xmm1, xmmword ptr [rip + L701]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfffe000101fe7fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000202fd0000
	movdqa xmm1, xmmword ptr [rip + L703]
	movdqa xmm2, xmmword ptr [rip + L704]
	movdqa xmm0, xmmword ptr [rip + L705]
	phsubw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x44444444ffff017f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xbbbcbbbc0002ff80
	movdqa xmm1, xmmword ptr [rip + L706]
	movdqa xmm2, xmmword ptr [rip + L707]
	movdqa xmm0, xmmword ptr [rip + L708]
	phsubw xmm1, xmmword ptr [rip + L707]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x44444444ffff017f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xbbbcbbbc0002ff80
	movdqa xmm1, xmmword ptr [rip + L709]
	movdqa xmm2, xmmword ptr [rip + L710]
	movdqa xmm0, xmmword ptr [rip + L711]
	phsubw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80008000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x101000180000001
	movdqa xmm1, xmmword ptr [rip + L712]
	movdqa xmm2, xmmword ptr [rip + L713]
	movdqa xmm0, xmmword ptr [rip + L714]
	phsubw xmm1, xmmword ptr [rip + L713]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80008000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x101000180000001
	movdqa xmm1, xmmword ptr [rip + L715]
	movdqa xmm2, xmmword ptr [rip + L716]
	movdqa xmm0, xmmword ptr [rip + L717]
	phsubw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000200fffefe
	movdqa xmm1, xmmword ptr [rip + L718]
	movdqa xmm2, xmmword ptr [rip + L719]
	movdqa xmm0, xmmword ptr [rip + L720]
	phsubw xmm1, xmmword ptr [rip + L719]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000200fffefe
	movdqa xmm1, xmmword ptr [rip + L721]
	movdqa xmm2, xmmword ptr [rip + L722]
	movdqa xmm0, xmmword ptr [rip + L723]
	phsubd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x888888887f008081
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7777777880017f7f
	movdqa xmm1, xmmword ptr [rip + L724]
	movdqa xmm2, xmmword ptr [rip + L725]
	movdqa xmm0, xmmword ptr [rip + L726]
	phsubd xmm1, xmmword ptr [rip + L725]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x888888887f008081
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7777777880017f7f
	movdqa xmm1, xmmword ptr [rip + L727]
	movdqa xmm2, xmmword ptr [rip + L728]
	movdqa xmm0, xmmword ptr [rip + L729]
	phsubd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8080000001
	movdqa xmm1, xmmword ptr [rip + L730]
	movdqa xmm2, xmmword ptr [rip + L731]
	movdqa xmm0, xmmword ptr [rip + L732]
	phsubd xmm1, xmmword ptr [rip + L731]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff00000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8080000001
	movdqa xmm1, xmmword ptr [rip + L733]
	movdqa xmm2, xmmword ptr [rip + L734]
	movdqa xmm0, xmmword ptr [rip + L735]
	phsubd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x27e817e81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x17f827d81
	movdqa xmm1, xmmword ptr [rip + L736]
	movdqa xmm2, xmmword ptr [rip + L737]
	movdqa xmm0, xmmword ptr [rip + L738]
	phsubd xmm1, xmmword ptr [rip + L737]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x27e817e81
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x17f827d81
	movdqa xmm1, xmmword ptr [rip + L739]
	movdqa xmm2, xmmword ptr [rip + L740]
	movdqa xmm0, xmmword ptr [rip + L741]
	phsubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x444444447fff017f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xbbbcbbbc00027fff
	movdqa xmm1, xmmword ptr [rip + L742]
	movdqa xmm2, xmmword ptr [rip + L743]
	movdqa xmm0, xmmword ptr [rip + L744]
	phsubsw xmm1, xmmword ptr [rip + L743]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x444444447fff017f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xbbbcbbbc00027fff
	movdqa xmm1, xmmword ptr [rip + L745]
	movdqa xmm2, xmmword ptr [rip + L746]
	movdqa xmm0, xmmword ptr [rip + L747]
	phsubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x800080007fff0001
	movdqa xmm1, xmmword ptr [rip + L748]
	movdqa xmm2, xmmword ptr [rip + L749]
	movdqa xmm0, xmmword ptr [rip + L750]
	phsubsw xmm1, xmmword ptr [rip + L749]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x800080007fff0001
	movdqa xmm1, xmmword ptr [rip + L751]
	movdqa xmm2, xmmword ptr [rip + L752]
	movdqa xmm0, xmmword ptr [rip + L753]
	phsubsw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000200ff7fff
	movdqa xmm1, xmmword ptr [rip + L754]
	movdqa xmm2, xmmword ptr [rip + L755]
	movdqa xmm0, xmmword ptr [rip + L756]
	phsubsw xmm1, xmmword ptr [rip + L755]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x100000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x1000200ff7fff
	movdqa xmm1, xmmword ptr [rip + L757]
	movdqa xmm2, xmmword ptr [rip + L758]
	movdqa xmm0, xmmword ptr [rip + L759]
	pmulld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x17fffffbfc000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x23e20b28e5618cf0
	movdqa xmm1, xmmword ptr [rip + L760]
	movdqa xmm2, xmmword ptr [rip + L761]
	movdqa xmm0, xmmword ptr [rip + L762]
	pmulld xmm1, xmmword ptr [rip + L761]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x17fffffbfc000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x23e20b28e5618cf0
	movdqa xmm1, xmmword ptr [rip + L763]
	movdqa xmm2, xmmword ptr [rip + L764]
	movdqa xmm0, xmmword ptr [rip + L765]
	pmulld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L766]
	movdqa xmm2, xmmword ptr [rip + L767]
	movdqa xmm0, xmmword ptr [rip + L768]
	pmulld xmm1, xmmword ptr [rip + L767]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x80008000
	movdqa xmm1, xmmword ptr [rip + L769]
	movdqa xmm2, xmmword ptr [rip + L770]
	movdqa xmm0, xmmword ptr [rip + L771]
	pmulld xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfa04fc023f7fc080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L772]
	movdqa xmm2, xmmword ptr [rip + L773]
	movdqa xmm0, xmmword ptr [rip + L774]
	pmulld xmm1, xmmword ptr [rip + L773]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xfa04fc023f7fc080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L775]
	movdqa xmm2, xmmword ptr [rip + L776]
	movdqa xmm0, xmmword ptr [rip + L777]
	pmuldq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f40ffbfc000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xc94e4627e5618cf0
	movdqa xmm1, xmmword ptr [rip + L778]
	movdqa xmm2, xmmword ptr [rip + L779]
	movdqa xmm0, xmmword ptr [rip + L780]
	pmuldq xmm1, xmmword ptr [rip + L779]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f7f40ffbfc000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xc94e4627e5618cf0
	movdqa xmm1, xmmword ptr [rip + L781]
	movdqa xmm2, xmmword ptr [rip + L782]
	movdqa xmm0, xmmword ptr [rip + L783]
	pmuldq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff80008000
	movdqa xmm1, xmmword ptr [rip + L784]
	movdqa xmm2, xmmword ptr [rip + L785]
	movdqa xmm0, xmmword ptr [rip + L786]
	pmuldq xmm1, xmmword ptr [rip + L785]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffffffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff80008000
	movdqa xmm1, xmmword ptr [rip + L787]
	movdqa xmm2, xmmword ptr [rip + L788]
	movdqa xmm0, xmmword ptr [rip + L789]
	pmuldq xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0803f803f7fc080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2
	movdqa xmm1, xmmword ptr [rip + L790]
	movdqa xmm2, xmmword ptr [rip + L791]
	movdqa xmm0, xmmword ptr [rip + L792]
	pmuldq xmm1, xmmword ptr [rip + L791]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xc0803f803f7fc080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x2
	movdqa xmm1, xmmword ptr [rip + L793]
	movdqa xmm2, xmmword ptr [rip + L794]
	movdqa xmm0, xmmword ptr [rip + L795]
	pminsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ff00ff80000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L796]
	movdqa xmm2, xmmword ptr [rip + L797]
	movdqa xmm0, xmmword ptr [rip + L798]
	pminsb xmm1, xmmword ptr [rip + L797]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ff00ff80000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L799]
	movdqa xmm2, xmmword ptr [rip + L800]
	movdqa xmm0, xmmword ptr [rip + L801]
	pminsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ffffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080ffff80ff
	movdqa xmm1, xmmword ptr [rip + L802]
	movdqa xmm2, xmmword ptr [rip + L803]
	movdqa xmm0, xmmword ptr [rip + L804]
	pminsb xmm1, xmmword ptr [rip + L803]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80ffffff80000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x8080ffff80ff
	movdqa xmm1, xmmword ptr [rip + L805]
	movdqa xmm2, xmmword ptr [rip + L806]
	movdqa xmm0, xmmword ptr [rip + L807]
	pminsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe80807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L808]
	movdqa xmm2, xmmword ptr [rip + L809]
	movdqa xmm0, xmmword ptr [rip + L810]
	pminsb xmm1, xmmword ptr [rip + L809]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00fe80807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L811]
	movdqa xmm2, xmmword ptr [rip + L812]
	movdqa xmm0, xmmword ptr [rip + L813]
	pmaxsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff007f01ff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L814]
	movdqa xmm2, xmmword ptr [rip + L815]
	movdqa xmm0, xmmword ptr [rip + L816]
	pmaxsb xmm1, xmmword ptr [rip + L815]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff007f01ff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L817]
	movdqa xmm2, xmmword ptr [rip + L818]
	movdqa xmm0, xmmword ptr [rip + L819]
	pmaxsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f00000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f00007fffff00
	movdqa xmm1, xmmword ptr [rip + L820]
	movdqa xmm2, xmmword ptr [rip + L821]
	movdqa xmm0, xmmword ptr [rip + L822]
	pmaxsb xmm1, xmmword ptr [rip + L821]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7f00000000000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f00007fffff00
	movdqa xmm1, xmmword ptr [rip + L823]
	movdqa xmm2, xmmword ptr [rip + L824]
	movdqa xmm0, xmmword ptr [rip + L825]
	pmaxsb xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff7f817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L826]
	movdqa xmm2, xmmword ptr [rip + L827]
	movdqa xmm0, xmmword ptr [rip + L828]
	pmaxsb xmm1, xmmword ptr [rip + L827]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01ff7f817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L829]
	movdqa xmm2, xmmword ptr [rip + L830]
	movdqa xmm0, xmmword ptr [rip + L831]
	pminuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L832]
	movdqa xmm2, xmmword ptr [rip + L833]
	movdqa xmm0, xmmword ptr [rip + L834]
	pminuw xmm1, xmmword ptr [rip + L833]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000180000080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L835]
	movdqa xmm2, xmmword ptr [rip + L836]
	movdqa xmm0, xmmword ptr [rip + L837]
	pminuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8000
	movdqa xmm1, xmmword ptr [rip + L838]
	movdqa xmm2, xmmword ptr [rip + L839]
	movdqa xmm0, xmmword ptr [rip + L840]
	pminuw xmm1, xmmword ptr [rip + L839]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fff000000000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8000
	movdqa xmm1, xmmword ptr [rip + L841]
	movdqa xmm2, xmmword ptr [rip + L842]
	movdqa xmm0, xmmword ptr [rip + L843]
	pminuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff7f807f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L844]
	movdqa xmm2, xmmword ptr [rip + L845]
	movdqa xmm0, xmmword ptr [rip + L846]
	pminuw xmm1, xmmword ptr [rip + L845]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff7f807f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L847]
	movdqa xmm2, xmmword ptr [rip + L848]
	movdqa xmm0, xmmword ptr [rip + L849]
	pmaxuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L850]
	movdqa xmm2, xmmword ptr [rip + L851]
	movdqa xmm0, xmmword ptr [rip + L852]
	pmaxuw xmm1, xmmword ptr [rip + L851]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff7fffff017f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L853]
	movdqa xmm2, xmmword ptr [rip + L854]
	movdqa xmm0, xmmword ptr [rip + L855]
	pmaxuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000ffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L856]
	movdqa xmm2, xmmword ptr [rip + L857]
	movdqa xmm0, xmmword ptr [rip + L858]
	pmaxuw xmm1, xmmword ptr [rip + L857]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000ffff80000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L859]
	movdqa xmm2, xmmword ptr [rip + L860]
	movdqa xmm0, xmmword ptr [rip + L861]
	pmaxuw xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe80817f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L862]
	movdqa xmm2, xmmword ptr [rip + L863]
	movdqa xmm0, xmmword ptr [rip + L864]
	pmaxuw xmm1, xmmword ptr [rip + L863]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe80817f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L865]
	movdqa xmm2, xmmword ptr [rip + L866]
	movdqa xmm0, xmmword ptr [rip + L867]
	pminsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L868]
	movdqa xmm2, xmmword ptr [rip + L869]
	movdqa xmm0, xmmword ptr [rip + L870]
	pminsd xmm1, xmmword ptr [rip + L869]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L871]
	movdqa xmm2, xmmword ptr [rip + L872]
	movdqa xmm0, xmmword ptr [rip + L873]
	pminsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff
	movdqa xmm1, xmmword ptr [rip + L874]
	movdqa xmm2, xmmword ptr [rip + L875]
	movdqa xmm0, xmmword ptr [rip + L876]
	pminsd xmm1, xmmword ptr [rip + L875]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff
	movdqa xmm1, xmmword ptr [rip + L877]
	movdqa xmm2, xmmword ptr [rip + L878]
	movdqa xmm0, xmmword ptr [rip + L879]
	pminsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L880]
	movdqa xmm2, xmmword ptr [rip + L881]
	movdqa xmm0, xmmword ptr [rip + L882]
	pminsd xmm1, xmmword ptr [rip + L881]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff80817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000001
	movdqa xmm1, xmmword ptr [rip + L883]
	movdqa xmm2, xmmword ptr [rip + L884]
	movdqa xmm0, xmmword ptr [rip + L885]
	pmaxsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001ff010080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L886]
	movdqa xmm2, xmmword ptr [rip + L887]
	movdqa xmm0, xmmword ptr [rip + L888]
	pmaxsd xmm1, xmmword ptr [rip + L887]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001ff010080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L889]
	movdqa xmm2, xmmword ptr [rip + L890]
	movdqa xmm0, xmmword ptr [rip + L891]
	pmaxsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff00000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807fff8000
	movdqa xmm1, xmmword ptr [rip + L892]
	movdqa xmm2, xmmword ptr [rip + L893]
	movdqa xmm0, xmmword ptr [rip + L894]
	pmaxsd xmm1, xmmword ptr [rip + L893]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff00000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f80807fff8000
	movdqa xmm1, xmmword ptr [rip + L895]
	movdqa xmm2, xmmword ptr [rip + L896]
	movdqa xmm0, xmmword ptr [rip + L897]
	pmaxsd xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L898]
	movdqa xmm2, xmmword ptr [rip + L899]
	movdqa xmm0, xmmword ptr [rip + L900]
	pmaxsd xmm1, xmmword ptr [rip + L899]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe7f807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000002
	movdqa xmm1, xmmword ptr [rip + L901]
	movdqa xmm2, xmmword ptr [rip + L902]
	movdqa xmm0, xmmword ptr [rip + L903]
	pminud xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L904]
	movdqa xmm2, xmmword ptr [rip + L905]
	movdqa xmm0, xmmword ptr [rip + L906]
	pminud xmm1, xmmword ptr [rip + L905]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x80007fff80007f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x123456776543210
	movdqa xmm1, xmmword ptr [rip + L907]
	movdqa xmm2, xmmword ptr [rip + L908]
	movdqa xmm0, xmmword ptr [rip + L909]
	pminud xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff00000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8000
	movdqa xmm1, xmmword ptr [rip + L910]
	movdqa xmm2, xmmword ptr [rip + L911]
	movdqa xmm0, xmmword ptr [rip + L912]
	pminud xmm1, xmmword ptr [rip + L911]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x7fffffff00000001
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7fff8000
	movdqa xmm1, xmmword ptr [rip + L913]
	movdqa xmm2, xmmword ptr [rip + L914]
	movdqa xmm0, xmmword ptr [rip + L915]
	pminud xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff7f807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L916]
	movdqa xmm2, xmmword ptr [rip + L917]
	movdqa xmm0, xmmword ptr [rip + L918]
	pminud xmm1, xmmword ptr [rip + L917]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff00ff7f807f80
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x100000001
	movdqa xmm1, xmmword ptr [rip + L919]
	movdqa xmm2, xmmword ptr [rip + L920]
	movdqa xmm0, xmmword ptr [rip + L921]
	pmaxud xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001ff010080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L922]
	movdqa xmm2, xmmword ptr [rip + L923]
	movdqa xmm0, xmmword ptr [rip + L924]
	pmaxud xmm1, xmmword ptr [rip + L923]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xffff0001ff010080
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xfedcba9889abcdef
	movdqa xmm1, xmmword ptr [rip + L925]
	movdqa xmm2, xmmword ptr [rip + L926]
	movdqa xmm0, xmmword ptr [rip + L927]
	pmaxud xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L928]
	movdqa xmm2, xmmword ptr [rip + L929]
	movdqa xmm0, xmmword ptr [rip + L930]
	pmaxud xmm1, xmmword ptr [rip + L929]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0x8000000080000000
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0x7f7f8080ffffffff
	movdqa xmm1, xmmword ptr [rip + L931]
	movdqa xmm2, xmmword ptr [rip + L932]
	movdqa xmm0, xmmword ptr [rip + L933]
	pmaxud xmm1, xmm2
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe80817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	movdqa xmm1, xmmword ptr [rip + L934]
	movdqa xmm2, xmmword ptr [rip + L935]
	movdqa xmm0, xmmword ptr [rip + L936]
	pmaxud xmm1, xmmword ptr [rip + L935]
	movdqu xmmword ptr [rip + outbuf], xmm1
	mov rax, qword ptr [rip + outbuf]
	CHECK_EQ rax, 0xff01fe80817f7f
	mov rax, qword ptr [rip + outbuf + 8]
	CHECK_EQ rax, 0xffffffff00000002
	PASS

	.data
	.balign 16
L1:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L2:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L3:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L4:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L5:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L6:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L7:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L8:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L9:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L10:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L11:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L12:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L13:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L14:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L15:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L16:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L17:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L18:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L19:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L20:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L21:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L22:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L23:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L24:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L25:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L26:	.quad 0x8000000000000001, 0x7f7f80807fff8000
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
L34:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L35:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L36:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L37:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L38:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L39:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L40:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L41:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L42:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L43:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L44:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L45:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L46:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L47:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L48:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L49:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L50:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L51:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L52:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L53:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L54:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L55:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L56:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L57:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L58:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L59:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L60:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L61:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L62:	.quad 0x8000000000000001, 0x7f7f80807fff8000
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
L70:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L71:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L72:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L73:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L74:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L75:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L76:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L77:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L78:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L79:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L80:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L81:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L82:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L83:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L84:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L85:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L86:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L87:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L88:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L89:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L90:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L91:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L92:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L93:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L94:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L95:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L96:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L97:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L98:	.quad 0x8000000000000001, 0x7f7f80807fff8000
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
L106:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L107:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L108:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L109:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L110:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L111:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L112:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L113:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L114:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L115:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L116:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L117:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L118:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L119:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L120:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L121:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L122:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L123:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L124:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L125:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L126:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L127:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L128:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L129:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L130:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L131:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L132:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L133:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L134:	.quad 0x8000000000000001, 0x7f7f80807fff8000
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
L142:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L143:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L144:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L145:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L146:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L147:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L148:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L149:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L150:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L151:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L152:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L153:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L154:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L155:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L156:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L157:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L158:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L159:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L160:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L161:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L162:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L163:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L164:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L165:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L166:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L167:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L168:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L169:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L170:	.quad 0x8000000000000001, 0x7f7f80807fff8000
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
L178:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L179:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L180:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L181:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L182:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L183:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L184:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L185:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L186:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L187:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L188:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L189:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L190:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L191:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L192:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L193:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L194:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L195:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L196:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L197:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L198:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L199:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L200:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L201:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L202:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L203:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L204:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L205:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L206:	.quad 0x8000000000000001, 0x7f7f80807fff8000
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
L214:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L215:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L216:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L217:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L218:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L219:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L220:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L221:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L222:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L223:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L224:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L225:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L226:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L227:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L228:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L229:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L230:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L231:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L232:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L233:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L234:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L235:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L236:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L237:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L238:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L239:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L240:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L241:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L242:	.quad 0x8000000000000001, 0x7f7f80807fff8000
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
L250:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L251:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L252:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L253:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L254:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L255:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L256:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L257:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L258:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L259:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L260:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L261:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L262:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L263:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L264:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L265:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L266:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L267:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L268:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L269:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L270:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L271:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L272:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L273:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L274:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L275:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L276:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L277:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L278:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L279:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L280:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L281:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L282:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L283:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L284:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L285:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L286:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L287:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L288:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L289:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L290:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L291:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L292:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L293:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L294:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L295:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L296:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L297:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L298:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L299:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L300:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L301:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L302:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L303:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L304:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L305:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L306:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L307:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L308:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L309:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L310:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L311:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L312:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L313:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L314:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L315:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L316:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L317:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L318:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L319:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L320:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L321:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L322:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L323:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L324:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L325:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L326:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L327:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L328:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L329:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L330:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L331:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L332:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L333:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L334:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L335:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L336:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L337:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L338:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L339:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L340:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L341:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L342:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L343:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L344:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L345:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L346:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L347:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L348:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L349:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L350:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L351:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L352:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L353:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L354:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L355:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L356:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L357:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L358:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L359:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L360:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L361:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L362:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L363:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L364:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L365:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L366:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L367:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L368:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L369:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L370:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L371:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L372:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L373:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L374:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L375:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L376:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L377:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L378:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L379:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L380:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L381:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L382:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L383:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L384:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L385:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L386:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L387:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L388:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L389:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L390:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L391:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L392:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L393:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L394:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L395:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L396:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L397:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L398:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L399:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L400:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L401:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L402:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L403:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L404:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L405:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L406:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L407:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L408:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L409:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L410:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L411:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L412:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L413:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L414:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L415:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L416:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L417:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L418:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L419:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L420:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L421:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L422:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L423:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L424:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L425:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L426:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L427:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L428:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L429:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L430:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L431:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L432:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L433:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L434:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L435:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L436:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L437:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L438:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L439:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L440:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L441:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L442:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L443:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L444:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L445:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L446:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L447:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L448:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L449:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L450:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L451:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L452:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L453:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L454:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L455:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L456:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L457:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L458:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L459:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L460:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L461:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L462:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L463:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L464:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L465:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L466:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L467:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L468:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L469:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L470:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L471:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L472:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L473:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L474:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L475:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L476:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L477:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L478:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L479:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L480:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L481:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L482:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L483:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L484:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L485:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L486:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L487:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L488:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L489:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L490:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L491:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L492:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L493:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L494:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L495:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L496:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L497:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L498:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L499:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L500:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L501:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L502:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L503:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L504:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L505:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L506:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L507:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L508:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L509:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L510:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L511:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L512:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L513:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L514:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L515:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L516:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L517:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L518:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L519:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L520:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L521:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L522:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L523:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L524:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L525:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L526:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L527:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L528:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L529:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L530:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L531:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L532:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L533:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L534:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L535:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L536:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L537:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L538:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L539:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L540:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L541:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L542:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L543:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L544:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L545:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L546:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L547:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L548:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L549:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L550:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L551:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L552:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L553:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L554:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L555:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L556:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L557:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L558:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L559:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L560:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L561:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L562:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L563:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L564:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L565:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L566:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L567:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L568:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L569:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L570:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L571:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L572:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L573:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L574:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L575:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L576:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L577:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L578:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L579:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L580:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L581:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L582:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L583:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L584:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L585:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L586:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L587:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L588:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L589:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L590:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L591:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L592:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L593:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L594:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L595:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L596:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L597:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L598:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L599:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L600:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L601:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L602:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L603:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L604:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L605:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L606:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L607:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L608:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L609:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L610:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L611:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L612:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L613:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L614:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L615:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L616:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L617:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L618:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L619:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L620:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L621:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L622:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L623:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L624:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L625:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L626:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L627:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L628:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L629:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L630:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L631:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L632:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L633:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L634:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L635:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L636:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L637:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L638:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L639:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L640:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L641:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L642:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L643:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L644:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L645:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L646:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L647:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L648:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L649:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L650:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L651:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L652:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L653:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L654:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L655:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L656:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L657:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L658:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L659:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L660:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L661:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L662:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L663:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L664:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L665:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L666:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L667:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L668:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L669:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L670:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L671:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L672:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L673:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L674:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L675:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L676:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L677:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L678:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L679:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L680:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L681:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L682:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L683:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L684:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L685:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L686:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L687:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L688:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L689:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L690:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L691:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L692:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L693:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L694:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L695:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L696:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L697:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L698:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L699:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L700:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L701:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L702:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L703:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L704:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L705:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L706:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L707:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L708:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L709:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L710:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L711:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L712:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L713:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L714:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L715:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L716:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L717:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L718:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L719:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L720:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L721:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L722:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L723:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L724:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L725:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L726:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L727:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L728:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L729:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L730:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L731:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L732:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L733:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L734:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L735:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L736:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L737:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L738:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L739:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L740:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L741:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L742:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L743:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L744:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L745:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L746:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L747:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L748:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L749:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L750:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L751:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L752:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L753:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L754:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L755:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L756:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L757:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L758:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L759:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L760:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L761:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L762:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L763:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L764:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L765:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L766:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L767:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L768:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L769:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L770:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L771:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L772:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L773:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L774:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L775:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L776:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L777:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L778:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L779:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L780:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L781:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L782:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L783:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L784:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L785:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L786:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L787:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L788:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L789:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L790:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L791:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L792:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L793:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L794:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L795:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L796:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L797:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L798:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L799:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L800:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L801:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L802:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L803:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L804:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L805:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L806:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L807:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L808:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L809:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L810:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L811:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L812:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L813:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L814:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L815:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L816:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L817:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L818:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L819:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L820:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L821:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L822:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L823:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L824:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L825:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L826:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L827:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L828:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L829:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L830:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L831:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L832:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L833:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L834:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L835:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L836:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L837:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L838:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L839:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L840:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L841:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L842:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L843:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L844:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L845:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L846:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L847:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L848:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L849:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L850:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L851:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L852:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L853:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L854:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L855:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L856:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L857:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L858:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L859:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L860:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L861:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L862:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L863:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L864:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L865:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L866:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L867:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L868:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L869:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L870:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L871:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L872:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L873:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L874:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L875:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L876:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L877:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L878:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L879:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L880:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L881:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L882:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L883:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L884:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L885:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L886:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L887:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L888:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L889:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L890:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L891:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L892:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L893:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L894:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L895:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L896:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L897:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L898:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L899:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L900:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L901:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L902:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L903:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L904:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L905:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L906:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L907:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L908:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L909:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L910:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L911:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L912:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L913:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L914:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L915:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L916:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L917:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L918:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L919:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L920:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L921:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L922:	.quad 0x80007fffff010080, 0x123456789abcdef
	.balign 16
L923:	.quad 0xffff000180007f80, 0xfedcba9876543210
	.balign 16
L924:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L925:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L926:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L927:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L928:	.quad 0x7fffffff80000000, 0xffffffff
	.balign 16
L929:	.quad 0x8000000000000001, 0x7f7f80807fff8000
	.balign 16
L930:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L931:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L932:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L933:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
L934:	.quad 0xff00ff7f807f80, 0xffffffff00000001
	.balign 16
L935:	.quad 0xff01fe80817f7f, 0x100000002
	.balign 16
L936:	.quad 0x8000000080ff0080, 0x80000000
	.balign 16
outbuf:	.zero 32
