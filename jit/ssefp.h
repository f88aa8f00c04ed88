/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Exact x86 SSE floating point on any host: one lane of an operation with MXCSR
 * rounding, DAZ/FTZ, x86 NaN rules and exception flags (jit/ssefp_core.c), and the
 * vector helpers the lifter (jit/lift_ssefp*.c) calls (jit/ssefp_helpers.c).
 */
#ifndef XBT_JIT_SSEFP_H
#define XBT_JIT_SSEFP_H

#include "ir.h"

/* MXCSR bits. */
#define MXCSR_IE 0x0001u
#define MXCSR_DE 0x0002u
#define MXCSR_ZE 0x0004u
#define MXCSR_OE 0x0008u
#define MXCSR_UE 0x0010u
#define MXCSR_PE 0x0020u
#define MXCSR_FLAGS 0x003fu
#define MXCSR_DAZ 0x0040u
#define MXCSR_MASK_SHIFT 7
#define MXCSR_RC_SHIFT 13
#define MXCSR_FTZ 0x8000u
#define MXCSR_WRITABLE 0xffffu /* MXCSR_MASK: any other bit set makes ldmxcsr #GP */
#define MXCSR_CONTROL (MXCSR_WRITABLE & ~MXCSR_FLAGS) /* DAZ, masks, RC, FTZ */
#define MXCSR_DEFAULT 0x1f80u /* all masked, round to nearest, no DAZ/FTZ: the host's */

/* x86 rounding control values (MXCSR.RC, roundps imm8[1:0]). */
enum sfp_rc { SFP_RC_NEAR, SFP_RC_DOWN, SFP_RC_UP, SFP_RC_ZERO };

/* The state of one instruction's evaluation: control bits in, flags out. */
struct sfp {
	uint32_t mxcsr;  /* MXCSR at the start of the instruction */
	uint32_t flags;  /* exception flags raised so far (MXCSR bits 0..5) */
};

enum sfp_op { SFP_ADD, SFP_SUB, SFP_MUL, SFP_DIV, SFP_SQRT };

/* Set the host rounding mode from MXCSR.RC; sfp_end restores it. */
void sfp_begin(struct sfp *s, uint32_t mxcsr);
void sfp_end(struct sfp *s);

/* Values are bit patterns: the low 32 bits for single, 64 for double precision. */
uint64_t sfp_arith(struct sfp *s, bool dbl, enum sfp_op op, uint64_t a, uint64_t b);
uint64_t sfp_minmax(struct sfp *s, bool dbl, bool max, uint64_t a, uint64_t b);
/* cmpps predicate 0..7: true or false. */
bool sfp_cmp(struct sfp *s, bool dbl, unsigned pred, uint64_t a, uint64_t b);
/* comis/ucomis: ZF, PF, CF as in RFLAGS. */
uint64_t sfp_comi(struct sfp *s, bool dbl, bool signaling, uint64_t a, uint64_t b);
/* Float to a signed integer of isize bytes (4 or 8); out of range: integer indefinite. */
uint64_t sfp_to_int(struct sfp *s, bool dbl, uint64_t a, unsigned isize, bool chop);
uint64_t sfp_from_int(struct sfp *s, bool dbl, int64_t v);
/* Single <-> double. */
uint64_t sfp_cvt(struct sfp *s, bool to_dbl, uint64_t a);
/* roundps/pd/ss/sd with imm8 (bits 0-1 RC, bit 2 use MXCSR.RC, bit 3 no precision flag). */
uint64_t sfp_round(struct sfp *s, bool dbl, uint64_t a, unsigned imm);
/* rcpps/rsqrtps: single precision approximations, no flags (see ssefp_core.c). */
uint32_t sfp_rcp(uint32_t a);
uint32_t sfp_rsqrt(uint32_t a);

/* The lifter's helper: a = SFPV_* descriptor, b = destination offset in struct x86_cpu,
 * c = source offset, e = imm8 (or the integer for cvtsi2ss/sd). Returns 0, or the
 * SIGFPE si_code of an unmasked exception (the destination is then left unchanged). */
extern const struct ir_helper h_ssefp;

enum sfpv_op {
	SFPV_ADD, SFPV_SUB, SFPV_MUL, SFPV_DIV, SFPV_SQRT, /* in enum sfp_op order */
	SFPV_MIN, SFPV_MAX, SFPV_RCP, SFPV_RSQRT, SFPV_CMP,
	SFPV_HADD, SFPV_HSUB, SFPV_ADDSUB, SFPV_ROUND, SFPV_DP,
	SFPV_COMI, SFPV_UCOMI,        /* ZF/PF/CF to vtmp[1].q[0] */
	SFPV_SI2F,                    /* e = the integer, sign-extended */
	SFPV_F2SI, SFPV_F2SI_T,       /* result to vtmp[1].q[0] */
	SFPV_F2F,                     /* single -> double; SFPV_DBL: double -> single */
	SFPV_DQ2F,                    /* cvtdq2ps/pd, cvtpi2ps/pd: two or four int32 */
	SFPV_F2DQ, SFPV_F2DQ_T,       /* cvt(t)ps2dq, cvt(t)pd2dq, cvt(t)ps2pi, cvt(t)pd2pi */
};
#define SFPV_OPMASK 0xff
#define SFPV_DBL 0x100     /* double precision (for conversions: the floating side) */
#define SFPV_SCALAR 0x200  /* lane 0 only, other lanes of the destination kept */
#define SFPV_I64 0x400     /* 64-bit integer (cvtsi2ss, cvtss2si ...) */
#define SFPV_MMXS 0x800    /* source is an MMX register: x87 to MMX transition */
#define SFPV_MMXD 0x1000   /* destination is an MMX register */
#define SFPV_MMX 0x2000    /* MMX form with a memory source (cvtpi2ps still transitions) */

#endif
