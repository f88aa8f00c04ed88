// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The vector side of SSE floating point: h_ssefp walks the lanes of one instruction
 * (packed, scalar, horizontal, dot product, conversions, MMX forms) over the exact
 * lane operations of ssefp_core.c and merges the exception flags into MXCSR.
 */
#include <string.h>

#include "ssefp.h"

#define FPE_FLTDIV 3
#define FPE_FLTOVF 4
#define FPE_FLTUND 5
#define FPE_FLTRES 6
#define FPE_FLTINV 7

#define PRE_FLAGS (MXCSR_IE | MXCSR_DE | MXCSR_ZE)

static uint64_t lane(const union x86_xmm *x, bool dbl, int i)
{
	return dbl ? x->q[i] : x->d[i];
}

static void set_lane(union x86_xmm *x, bool dbl, int i, uint64_t v)
{
	if (dbl)
		x->q[i] = v;
	else
		x->d[i] = (uint32_t)v;
}

/* Any MMX instruction: top of stack 0, every register valid. */
static void mmx_enter(struct x86_cpu *cpu)
{
	cpu->fpu.top = 0;
	cpu->fpu.ftw = 0;
}

/* The SIGFPE si_code Linux reports for unmasked exceptions, as its x86 trap handler. */
static int xf_code(uint32_t err)
{
	if (err & MXCSR_IE)
		return FPE_FLTINV;
	if (err & MXCSR_ZE)
		return FPE_FLTDIV;
	if (err & MXCSR_OE)
		return FPE_FLTOVF;
	if (err & (MXCSR_UE | MXCSR_DE))
		return FPE_FLTUND;
	return FPE_FLTRES;
}

/*
 * dpps/dppd: masked products, summed pairwise. The sums are commutative except for
 * which NaN wins, and there each destination lane has its own operand order (as
 * measured on x86 CPUs): lane bit 0 swaps the pairs' operands, bit 1 the halves.
 */
static void dot_product(struct sfp *s, bool dbl, union x86_xmm *out, const union x86_xmm *d,
			const union x86_xmm *src, unsigned imm)
{
	int n = dbl ? 2 : 4;
	uint64_t t[4], sum, lo, hi;

	for (int i = 0; i < n; i++)
		t[i] = imm & (0x10 << i) ? sfp_arith(s, dbl, SFP_MUL, lane(d, dbl, i), lane(src, dbl, i)) : 0;
	for (int i = 0; i < n; i++) {
		if (dbl) {
			sum = sfp_arith(s, dbl, SFP_ADD, t[i], t[i ^ 1]);
		} else {
			lo = sfp_arith(s, dbl, SFP_ADD, t[!(i & 1)], t[i & 1]);
			hi = sfp_arith(s, dbl, SFP_ADD, t[2 + !(i & 1)], t[2 + (i & 1)]);
			sum = i & 2 ? sfp_arith(s, dbl, SFP_ADD, hi, lo) : sfp_arith(s, dbl, SFP_ADD, lo, hi);
		}
		set_lane(out, dbl, i, imm & (1 << i) ? sum : 0);
	}
}

/* The lanes of one operation; the result goes to out (or res for scalar results). */
static void compute(struct sfp *s, unsigned desc, union x86_xmm *out, const union x86_xmm *d,
		    const union x86_xmm *src, uint64_t e, uint64_t *res)
{
	unsigned op = desc & SFPV_OPMASK;
	bool dbl = desc & SFPV_DBL;
	int n = desc & SFPV_SCALAR ? 1 : dbl ? 2 : 4;
	unsigned isize = desc & SFPV_I64 ? 8 : 4;

	switch (op) {
	case SFPV_ADD: case SFPV_SUB: case SFPV_MUL: case SFPV_DIV:
		for (int i = 0; i < n; i++)
			set_lane(out, dbl, i, sfp_arith(s, dbl, (enum sfp_op)op, lane(d, dbl, i),
							 lane(src, dbl, i)));
		break;
	case SFPV_SQRT:
		for (int i = 0; i < n; i++)
			set_lane(out, dbl, i, sfp_arith(s, dbl, SFP_SQRT, lane(src, dbl, i), 0));
		break;
	case SFPV_MIN: case SFPV_MAX:
		for (int i = 0; i < n; i++)
			set_lane(out, dbl, i, sfp_minmax(s, dbl, op == SFPV_MAX, lane(d, dbl, i),
							  lane(src, dbl, i)));
		break;
	case SFPV_RCP: case SFPV_RSQRT:
		for (int i = 0; i < n; i++)
			out->d[i] = op == SFPV_RCP ? sfp_rcp(src->d[i]) : sfp_rsqrt(src->d[i]);
		break;
	case SFPV_CMP:
		for (int i = 0; i < n; i++)
			set_lane(out, dbl, i, sfp_cmp(s, dbl, (unsigned)e, lane(d, dbl, i), lane(src, dbl, i))
						      ? ~0ull : 0);
		break;
	case SFPV_HADD: case SFPV_HSUB: {
		enum sfp_op o = op == SFPV_HADD ? SFP_ADD : SFP_SUB;

		for (int i = 0; i < n / 2; i++) {
			set_lane(out, dbl, i, sfp_arith(s, dbl, o, lane(d, dbl, 2 * i), lane(d, dbl, 2 * i + 1)));
			set_lane(out, dbl, n / 2 + i,
				 sfp_arith(s, dbl, o, lane(src, dbl, 2 * i), lane(src, dbl, 2 * i + 1)));
		}
		break;
	}
	case SFPV_ADDSUB:
		for (int i = 0; i < n; i++)
			set_lane(out, dbl, i, sfp_arith(s, dbl, i & 1 ? SFP_ADD : SFP_SUB, lane(d, dbl, i),
							 lane(src, dbl, i)));
		break;
	case SFPV_ROUND:
		for (int i = 0; i < n; i++)
			set_lane(out, dbl, i, sfp_round(s, dbl, lane(src, dbl, i), (unsigned)e));
		break;
	case SFPV_DP:
		dot_product(s, dbl, out, d, src, (unsigned)e);
		break;
	case SFPV_COMI: case SFPV_UCOMI:
		*res = sfp_comi(s, dbl, op == SFPV_COMI, lane(d, dbl, 0), lane(src, dbl, 0));
		break;
	case SFPV_SI2F:
		set_lane(out, dbl, 0, sfp_from_int(s, dbl, desc & SFPV_I64 ? (int64_t)e : (int32_t)e));
		break;
	case SFPV_F2SI: case SFPV_F2SI_T:
		*res = sfp_to_int(s, dbl, lane(src, dbl, 0), isize, op == SFPV_F2SI_T);
		break;
	case SFPV_F2F:
		/* dbl: double source (cvtsd2ss, cvtpd2ps), else single source */
		if (desc & SFPV_SCALAR) {
			set_lane(out, !dbl, 0, sfp_cvt(s, !dbl, lane(src, dbl, 0)));
		} else {
			union x86_xmm r = { .q = { 0, 0 } };

			for (int i = 0; i < 2; i++)
				set_lane(&r, !dbl, i, sfp_cvt(s, !dbl, lane(src, dbl, i)));
			*out = r;
		}
		break;
	case SFPV_DQ2F: {
		/* four int32 to single, two to double; two to single (MMX) keeps the high half */
		union x86_xmm r = *out;
		int m = dbl || (desc & (SFPV_MMXS | SFPV_MMX)) ? 2 : 4;

		for (int i = 0; i < m; i++)
			set_lane(&r, dbl, i, sfp_from_int(s, dbl, src->sd[i]));
		*out = r;
		break;
	}
	case SFPV_F2DQ: case SFPV_F2DQ_T: {
		union x86_xmm r = { .q = { 0, 0 } };
		int m = dbl || (desc & SFPV_MMXD) ? 2 : 4;

		for (int i = 0; i < m; i++)
			r.d[i] = (uint32_t)sfp_to_int(s, dbl, lane(src, dbl, i), 4, op == SFPV_F2DQ_T);
		if (desc & SFPV_MMXD)
			out->q[0] = r.q[0];
		else
			*out = r;
		break;
	}
	}
}

DEFINE_HELPER(h_ssefp, HF_VEC)
{
	unsigned desc = (unsigned)a;
	union x86_xmm d, src, out;
	uint64_t res = 0;
	uint32_t err;
	struct sfp s;

	memcpy(&d, (char *)cpu + b, desc & SFPV_MMXD ? 8 : 16);
	memcpy(&src, (char *)cpu + c, desc & SFPV_MMXS ? 8 : 16);
	out = d;
	sfp_begin(&s, cpu->mxcsr);
	compute(&s, desc, &out, &d, &src, e, &res);
	sfp_end(&s);
	if (desc & (SFPV_MMXS | SFPV_MMXD | SFPV_MMX))
		mmx_enter(cpu);
	/* An unmasked exception found before computing (invalid, denormal, divide by
	 * zero) stops the instruction there: no result flags (OE, UE, PE) in any lane. */
	if (s.flags & PRE_FLAGS & ~(cpu->mxcsr >> MXCSR_MASK_SHIFT))
		s.flags &= PRE_FLAGS;
	cpu->mxcsr |= s.flags;
	err = s.flags & ~(cpu->mxcsr >> MXCSR_MASK_SHIFT) & MXCSR_FLAGS;
	if (err)
		return xf_code(err); /* unmasked: #XM, the destination is not written */
	if (desc & SFPV_MMXD) {
		struct x87_reg *r = (struct x87_reg *)((char *)cpu + b);

		r->mant = out.q[0];
		r->sexp = 0xffff;
	} else {
		memcpy((char *)cpu + b, &out, 16);
	}
	cpu->vtmp[1].q[0] = res;
	return 0;
}
