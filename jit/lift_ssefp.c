// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of SSE to SSE4.2 floating point: arithmetic, compares, conversions, MXCSR.
 * Every operation is one call of h_ssefp (jit/ssefp_helpers.c), which computes exact
 * x86 results on any host; this file only fetches operands and writes GPRs and flags.
 */
#include <stddef.h>

#include "lift.h"
#include "ssefp.h"

#define VTMP0_OFF X86_CPU_OFF(vtmp)
#define VTMP1_OFF (X86_CPU_OFF(vtmp) + 16)
#define MM_OFF(i) (X86_CPU_OFF(fpu) + offsetof(struct x87_state, st) + 16 * (i))

/* Byte offset of an XMM or MMX register operand; *mm tells which kind. */
static bool vreg_off(struct lift_ctx *c, int i, size_t *off, bool *mm)
{
	ZydisRegister r = c->op[i].reg.value;

	if (c->op[i].type != ZYDIS_OPERAND_TYPE_REGISTER)
		return false;
	if (r >= ZYDIS_REGISTER_XMM0 && r <= ZYDIS_REGISTER_XMM15) {
		*off = X86_XMM_OFF(r - ZYDIS_REGISTER_XMM0);
		*mm = false;
		return true;
	}
	if (r >= ZYDIS_REGISTER_MM0 && r <= ZYDIS_REGISTER_MM7) {
		*off = MM_OFF(r - ZYDIS_REGISTER_MM0);
		*mm = true;
		return true;
	}
	return false;
}

/* #GP (SIGSEGV, SI_KERNEL) unless a legacy SSE m128 operand is 16-byte aligned. */
static void check_align(struct lift_ctx *c, ir_t addr)
{
	unsigned ok = gen_new_label(c);

	gen_brc(c, gen_setci(c, IRC_EQ, gen_opi(c, IR_AND, addr, 15), 0), ok);
	gen_raise(c, JIT_SIGSEGV, 0x80, X86_TRAP_GP, gen_movi(c, 0));
	gen_label(c, ok);
}

/*
 * Where the helper reads operand i: its register, or vtmp[0] after loading the memory
 * operand (its Zydis size, m128 aligned). Only loads and vtmp writes: no guest state.
 */
static size_t src_off(struct lift_ctx *c, int i, bool *mm)
{
	unsigned size = op_size(c, i);
	size_t off;
	ir_t a;

	*mm = false;
	if (vreg_off(c, i, &off, mm))
		return off;
	a = lift_ea(c, i);
	if (size == 16) {
		ir_t lo, hi;

		check_align(c, a);
		lo = gen_ld(c, a, 8);
		hi = gen_ld(c, gen_opi(c, IR_ADD, a, 8), 8);
		gen_stc(c, VTMP0_OFF, 8, lo);
		gen_stc(c, VTMP0_OFF + 8, 8, hi);
	} else {
		gen_stc(c, VTMP0_OFF, 8, gen_ld(c, a, size));
	}
	return VTMP0_OFF;
}

/*
 * Call the helper; an unmasked SIMD exception (#XM) leaves through SIGFPE with the
 * si_code the helper returned, before anything but MXCSR's flags is written.
 */
static void call_ssefp(struct lift_ctx *c, unsigned desc, size_t d, size_t s, ir_t e)
{
	ir_t r = gen_call(c, &h_ssefp, gen_movi(c, desc), gen_movi(c, d), gen_movi(c, s),
			  e ? e : gen_movi(c, 0));
	unsigned ok = gen_new_label(c);

	gen_brc(c, gen_setci(c, IRC_EQ, r, 0), ok);
	gen_stc(c, X86_CPU_OFF(exit_addr), 8, gen_movi(c, c->pc));
	gen_stc(c, X86_CPU_OFF(exit_sig), 4, gen_movi(c, JIT_SIGFPE));
	gen_stc(c, X86_CPU_OFF(exit_code), 4, r);
	gen_stc(c, X86_CPU_OFF(exit_err), 8, gen_movi(c, X86_TRAP_XF));
	gen_exit(c, JIT_EXIT_FAULT, c->pc);
	c->end = false; /* the exit sits on the exception path only */
	gen_label(c, ok);
}

static uint8_t imm8(struct lift_ctx *c)
{
	for (int i = 0; i < c->in->operand_count_visible; i++)
		if (c->op[i].type == ZYDIS_OPERAND_TYPE_IMMEDIATE)
			return (uint8_t)c->op[i].imm.value.u;
	return 0;
}

/* xmm (or mm) destination, xmm/mm/memory source, optional imm8. */
static int lift_vec(struct lift_ctx *c, unsigned desc)
{
	size_t d, s;
	bool dmm, smm;

	if (!vreg_off(c, 0, &d, &dmm))
		return LIFT_UNSUPPORTED;
	s = src_off(c, 1, &smm);
	if (dmm)
		desc |= SFPV_MMXD;
	if (smm)
		desc |= SFPV_MMXS;
	call_ssefp(c, desc, d, s, gen_movi(c, imm8(c)));
	return 0;
}

#define VEC(name, desc) \
	static int lift_##name(struct lift_ctx *c) { return lift_vec(c, desc); }

#define ARITH4(op, OP)                                                   \
	VEC(op##ps, SFPV_##OP)                                           \
	VEC(op##pd, SFPV_##OP | SFPV_DBL)                                \
	VEC(op##ss, SFPV_##OP | SFPV_SCALAR)                             \
	VEC(op##sd, SFPV_##OP | SFPV_DBL | SFPV_SCALAR)

ARITH4(add, ADD)
ARITH4(sub, SUB)
ARITH4(mul, MUL)
ARITH4(div, DIV)
ARITH4(sqrt, SQRT)
ARITH4(min, MIN)
ARITH4(max, MAX)
ARITH4(cmp, CMP)
ARITH4(round, ROUND)
VEC(rcpps, SFPV_RCP)
VEC(rcpss, SFPV_RCP | SFPV_SCALAR)
VEC(rsqrtps, SFPV_RSQRT)
VEC(rsqrtss, SFPV_RSQRT | SFPV_SCALAR)
VEC(haddps, SFPV_HADD)
VEC(haddpd, SFPV_HADD | SFPV_DBL)
VEC(hsubps, SFPV_HSUB)
VEC(hsubpd, SFPV_HSUB | SFPV_DBL)
VEC(addsubps, SFPV_ADDSUB)
VEC(addsubpd, SFPV_ADDSUB | SFPV_DBL)
VEC(dpps, SFPV_DP)
VEC(dppd, SFPV_DP | SFPV_DBL)
/* conversions between xmm/mm registers */
VEC(cvtps2pd, SFPV_F2F)
VEC(cvtpd2ps, SFPV_F2F | SFPV_DBL)
VEC(cvtss2sd, SFPV_F2F | SFPV_SCALAR)
VEC(cvtsd2ss, SFPV_F2F | SFPV_DBL | SFPV_SCALAR)
VEC(cvtdq2ps, SFPV_DQ2F)
VEC(cvtdq2pd, SFPV_DQ2F | SFPV_DBL)
VEC(cvtps2dq, SFPV_F2DQ)
VEC(cvttps2dq, SFPV_F2DQ_T)
VEC(cvtpd2dq, SFPV_F2DQ | SFPV_DBL)
VEC(cvttpd2dq, SFPV_F2DQ_T | SFPV_DBL)
VEC(cvtpi2ps, SFPV_DQ2F | SFPV_MMX)
VEC(cvtpi2pd, SFPV_DQ2F | SFPV_DBL)
VEC(cvtps2pi, SFPV_F2DQ)
VEC(cvttps2pi, SFPV_F2DQ_T)
VEC(cvtpd2pi, SFPV_F2DQ | SFPV_DBL)
VEC(cvttpd2pi, SFPV_F2DQ_T | SFPV_DBL)

/* Zydis names the string instruction cmpsd like the SSE2 compare (lift_string.c). */
__attribute__((weak)) int lift_string_cmpsd(struct lift_ctx *c)
{
	return LIFT_UNSUPPORTED;
}

static int lift_cmpsd_any(struct lift_ctx *c)
{
	size_t off;
	bool mm;

	if (c->in->operand_count_visible < 3 || !vreg_off(c, 0, &off, &mm))
		return lift_string_cmpsd(c);
	return lift_cmpsd(c);
}

/* comiss/comisd/ucomiss/ucomisd: ZF, PF, CF from the compare, OF = SF = AF = 0. */
static int lift_comi(struct lift_ctx *c, unsigned desc)
{
	size_t d, s;
	bool mm;

	if (!vreg_off(c, 0, &d, &mm))
		return LIFT_UNSUPPORTED;
	s = src_off(c, 1, &mm);
	call_ssefp(c, desc | SFPV_SCALAR, d, s, 0);
	gen_set_cc(c, CC_EFLAGS, 8, gen_movi(c, 0), gen_ldc(c, VTMP1_OFF, 8), 0);
	return 0;
}

static int lift_comiss(struct lift_ctx *c) { return lift_comi(c, SFPV_COMI); }
static int lift_comisd(struct lift_ctx *c) { return lift_comi(c, SFPV_COMI | SFPV_DBL); }
static int lift_ucomiss(struct lift_ctx *c) { return lift_comi(c, SFPV_UCOMI); }
static int lift_ucomisd(struct lift_ctx *c) { return lift_comi(c, SFPV_UCOMI | SFPV_DBL); }

/* cvtsi2ss/sd xmm, r/m32 or r/m64. */
static int lift_cvtsi2f(struct lift_ctx *c, unsigned desc)
{
	size_t d;
	bool mm;
	ir_t v;

	if (!vreg_off(c, 0, &d, &mm) || mm)
		return LIFT_UNSUPPORTED;
	v = lift_load_sx(c, 1);
	if (op_size(c, 1) == 8)
		desc |= SFPV_I64;
	call_ssefp(c, desc | SFPV_SI2F | SFPV_SCALAR, d, d, v);
	return 0;
}

static int lift_cvtsi2ss(struct lift_ctx *c) { return lift_cvtsi2f(c, 0); }
static int lift_cvtsi2sd(struct lift_ctx *c) { return lift_cvtsi2f(c, SFPV_DBL); }

/* cvt(t)ss2si/cvt(t)sd2si r32/r64, xmm/m32/m64. */
static int lift_cvtf2si(struct lift_ctx *c, unsigned desc)
{
	unsigned size;
	size_t s;
	bool mm, hi;
	int idx;

	if (c->op[0].type != ZYDIS_OPERAND_TYPE_REGISTER ||
	    !lift_gpr(c->op[0].reg.value, &idx, &size, &hi))
		return LIFT_UNSUPPORTED;
	s = src_off(c, 1, &mm);
	if (size == 8)
		desc |= SFPV_I64;
	call_ssefp(c, desc | SFPV_SCALAR, VTMP1_OFF, s, 0);
	gen_set_gpr(c, idx, size, false, gen_ldc(c, VTMP1_OFF, size));
	return 0;
}

static int lift_cvtss2si(struct lift_ctx *c) { return lift_cvtf2si(c, SFPV_F2SI); }
static int lift_cvttss2si(struct lift_ctx *c) { return lift_cvtf2si(c, SFPV_F2SI_T); }
static int lift_cvtsd2si(struct lift_ctx *c) { return lift_cvtf2si(c, SFPV_F2SI | SFPV_DBL); }
static int lift_cvttsd2si(struct lift_ctx *c) { return lift_cvtf2si(c, SFPV_F2SI_T | SFPV_DBL); }

/* ldmxcsr m32: reserved bits set -> #GP; stmxcsr m32. */
static int lift_ldmxcsr(struct lift_ctx *c)
{
	unsigned ok = gen_new_label(c);
	ir_t v;

	if (c->op[0].type != ZYDIS_OPERAND_TYPE_MEMORY)
		return LIFT_UNSUPPORTED;
	v = gen_ld(c, lift_ea(c, 0), 4);
	gen_brc(c, gen_setci(c, IRC_EQ, gen_opi(c, IR_AND, v, ~(uint64_t)MXCSR_WRITABLE), 0), ok);
	gen_raise(c, JIT_SIGSEGV, 0x80, X86_TRAP_GP, gen_movi(c, 0));
	gen_label(c, ok);
	gen_stc(c, X86_CPU_OFF(mxcsr), 4, v);
	return 0;
}

static int lift_stmxcsr(struct lift_ctx *c)
{
	if (c->op[0].type != ZYDIS_OPERAND_TYPE_MEMORY)
		return LIFT_UNSUPPORTED;
	gen_st(c, lift_ea(c, 0), 4, gen_ldc(c, X86_CPU_OFF(mxcsr), 4));
	return 0;
}

#define E(M, f) { ZYDIS_MNEMONIC_##M, lift_##f }

const struct lift_entry lift_tab_ssefp[] = {
	{ ZYDIS_MNEMONIC_ADDPS, lift_addps }, { ZYDIS_MNEMONIC_ADDPD, lift_addpd },
	{ ZYDIS_MNEMONIC_ADDSS, lift_addss }, { ZYDIS_MNEMONIC_ADDSD, lift_addsd },
	{ ZYDIS_MNEMONIC_SUBPS, lift_subps }, { ZYDIS_MNEMONIC_SUBPD, lift_subpd },
	{ ZYDIS_MNEMONIC_SUBSS, lift_subss }, { ZYDIS_MNEMONIC_SUBSD, lift_subsd },
	{ ZYDIS_MNEMONIC_MULPS, lift_mulps }, { ZYDIS_MNEMONIC_MULPD, lift_mulpd },
	{ ZYDIS_MNEMONIC_MULSS, lift_mulss }, { ZYDIS_MNEMONIC_MULSD, lift_mulsd },
	{ ZYDIS_MNEMONIC_DIVPS, lift_divps }, { ZYDIS_MNEMONIC_DIVPD, lift_divpd },
	{ ZYDIS_MNEMONIC_DIVSS, lift_divss }, { ZYDIS_MNEMONIC_DIVSD, lift_divsd },
	{ ZYDIS_MNEMONIC_SQRTPS, lift_sqrtps }, { ZYDIS_MNEMONIC_SQRTPD, lift_sqrtpd },
	{ ZYDIS_MNEMONIC_SQRTSS, lift_sqrtss }, { ZYDIS_MNEMONIC_SQRTSD, lift_sqrtsd },
	{ ZYDIS_MNEMONIC_MINPS, lift_minps }, { ZYDIS_MNEMONIC_MINPD, lift_minpd },
	{ ZYDIS_MNEMONIC_MINSS, lift_minss }, { ZYDIS_MNEMONIC_MINSD, lift_minsd },
	{ ZYDIS_MNEMONIC_MAXPS, lift_maxps }, { ZYDIS_MNEMONIC_MAXPD, lift_maxpd },
	{ ZYDIS_MNEMONIC_MAXSS, lift_maxss }, { ZYDIS_MNEMONIC_MAXSD, lift_maxsd },
	{ ZYDIS_MNEMONIC_CMPPS, lift_cmpps }, { ZYDIS_MNEMONIC_CMPPD, lift_cmppd },
	{ ZYDIS_MNEMONIC_CMPSS, lift_cmpss }, { ZYDIS_MNEMONIC_CMPSD, lift_cmpsd_any },
	{ ZYDIS_MNEMONIC_ROUNDPS, lift_roundps }, { ZYDIS_MNEMONIC_ROUNDPD, lift_roundpd },
	{ ZYDIS_MNEMONIC_ROUNDSS, lift_roundss }, { ZYDIS_MNEMONIC_ROUNDSD, lift_roundsd },
	E(RCPPS, rcpps), E(RCPSS, rcpss), E(RSQRTPS, rsqrtps), E(RSQRTSS, rsqrtss),
	E(HADDPS, haddps), E(HADDPD, haddpd), E(HSUBPS, hsubps), E(HSUBPD, hsubpd),
	E(ADDSUBPS, addsubps), E(ADDSUBPD, addsubpd), E(DPPS, dpps), E(DPPD, dppd),
	E(COMISS, comiss), E(COMISD, comisd), E(UCOMISS, ucomiss), E(UCOMISD, ucomisd),
	E(CVTSI2SS, cvtsi2ss), E(CVTSI2SD, cvtsi2sd), E(CVTSS2SI, cvtss2si),
	E(CVTTSS2SI, cvttss2si), E(CVTSD2SI, cvtsd2si), E(CVTTSD2SI, cvttsd2si),
	E(CVTPS2PD, cvtps2pd), E(CVTPD2PS, cvtpd2ps), E(CVTSS2SD, cvtss2sd),
	E(CVTSD2SS, cvtsd2ss), E(CVTDQ2PS, cvtdq2ps), E(CVTDQ2PD, cvtdq2pd),
	E(CVTPS2DQ, cvtps2dq), E(CVTTPS2DQ, cvttps2dq), E(CVTPD2DQ, cvtpd2dq),
	E(CVTTPD2DQ, cvttpd2dq), E(CVTPI2PS, cvtpi2ps), E(CVTPI2PD, cvtpi2pd),
	E(CVTPS2PI, cvtps2pi), E(CVTTPS2PI, cvttps2pi), E(CVTPD2PI, cvtpd2pi),
	E(CVTTPD2PI, cvttpd2pi), E(LDMXCSR, ldmxcsr), E(STMXCSR, stmxcsr),
	{ 0, NULL }
};
