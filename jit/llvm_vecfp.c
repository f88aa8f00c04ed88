// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The LLVM tier's inline SSE floating point: for the common h_ssefp operations a fast
 * path in plain LLVM IR, taken only when the host's IEEE result is the x86 result and
 * MXCSR would not change, else the helper call (ssefp_helpers.c) as the slow path.
 *
 * Arithmetic (add/sub/mul/div/sqrt, cvtsd2ss) is fast when MXCSR is 0x1fa0 in its bits
 * 5..15 (PE already set, every exception masked, round to nearest, no DAZ/FTZ), no
 * operand is denormal and the result's magnitude is strictly between the smallest
 * normal and the largest finite number, or an exact zero (see arith): then nothing but PE can
 * be raised, PE is set already, no tininess or overflow question arises, and a NaN or
 * infinite operand always fails the result test (so host NaN rules never show).
 * Compares, min/max, comis and single->double need numbers that are neither NaN nor
 * denormal, and raise nothing then. Integer conversions: see each function.
 */
#include "llvm_vec.h"

#define VTMP1_OFF (X86_CPU_OFF(vtmp) + 16)
#define MX_ARITH_MASK 0xffe0u /* PE, DAZ, the six masks, RC, FTZ */
#define MX_ARITH 0x1fa0u      /* PE set, all masked, RC nearest, DAZ = FTZ = 0 */
#define MX_INEXACT_OK 0x1020u /* PE set and masked: another inexact result changes nothing */

struct fpf {
	LLVMTypeRef ft, it; /* float and same-width integer lane types (maybe vectors) */
	uint64_t sign, exp, minnorm;
};

static void fmt(struct vx *x, struct fpf *f, bool dbl, unsigned nl)
{
	f->ft = vx_vec(dbl ? x->f64 : x->f32, nl);
	f->it = vx_vec(dbl ? x->i64 : x->i32, nl);
	f->sign = dbl ? 0x8000000000000000ull : 0x80000000u;
	f->exp = dbl ? 0x7ff0000000000000ull : 0x7f800000u;
	f->minnorm = dbl ? 0x0010000000000000ull : 0x00800000u;
}

static LLVMValueRef mag(struct vx *x, const struct fpf *f, LLVMValueRef v)
{
	return LLVMBuildAnd(x->b, vx_bc(x, v, f->it), vx_splat(f->it, ~f->sign), "");
}

/* magnitude m: zero, normal or infinite (not denormal, not NaN) */
static LLVMValueRef plain(struct vx *x, const struct fpf *f, LLVMValueRef m)
{
	LLVMBuilderRef B = x->b;
	LLVMValueRef z = LLVMBuildICmp(B, LLVMIntEQ, m, vx_splat(f->it, 0), "");
	LLVMValueRef t = LLVMBuildSub(B, m, vx_splat(f->it, f->minnorm), "");

	/* minnorm <= m <= exp */
	t = LLVMBuildICmp(B, LLVMIntULE, t, vx_splat(f->it, f->exp - f->minnorm), "");
	return LLVMBuildOr(B, z, t, "");
}

/* magnitude m: not denormal (NaN and infinity allowed) */
static LLVMValueRef not_denorm(struct vx *x, const struct fpf *f, LLVMValueRef m)
{
	LLVMValueRef t = LLVMBuildSub(x->b, m, vx_splat(f->it, 1), "");

	return LLVMBuildICmp(x->b, LLVMIntUGE, t, vx_splat(f->it, f->minnorm - 1), "");
}

/* magnitude m strictly between the smallest normal and the largest finite number */
static LLVMValueRef mid_range(struct vx *x, const struct fpf *f, LLVMValueRef m)
{
	LLVMValueRef t = LLVMBuildSub(x->b, m, vx_splat(f->it, f->minnorm + 1), "");

	return LLVMBuildICmp(x->b, LLVMIntULT, t, vx_splat(f->it, f->exp - 1 - f->minnorm - 1), "");
}

/*
 * MXCSR & mask == want. Only the fast paths' slow calls (h_ssefp, which sets flags)
 * change MXCSR unless the function has an op that may write it: then MXCSR is kept in
 * an alloca (SROA makes it SSA), loaded at the function's entry and after slow calls.
 */
static LLVMValueRef mxcsr_is(struct vx *x, uint32_t mask, uint32_t want)
{
	struct llvm_vec_fn *vf = x->vf;
	LLVMValueRef m;

	if (vf->mxcsr_written || !vf->entry) {
		m = vx_load(x, X86_CPU_OFF(mxcsr), x->i32);
	} else {
		if (!vf->mxcsr) {
			LLVMBasicBlockRef e = vf->entry;
			LLVMBuilderRef eb = LLVMCreateBuilderInContext(x->ctx);
			LLVMValueRef idx = vx_c(x->i64, X86_CPU_OFF(mxcsr)), v;

			LLVMPositionBuilderBefore(eb, LLVMGetFirstInstruction(e));
			vf->mxcsr = LLVMBuildAlloca(eb, x->i32, "");
			LLVMPositionBuilderBefore(eb, LLVMGetBasicBlockTerminator(e));
			v = LLVMBuildLoad2(eb, x->i32, LLVMBuildGEP2(eb, x->i8, x->cpu, &idx, 1, ""), "");
			LLVMSetAlignment(v, 1);
			LLVMBuildStore(eb, v, vf->mxcsr);
			LLVMDisposeBuilder(eb);
		}
		m = LLVMBuildLoad2(x->b, x->i32, vf->mxcsr, "");
	}

	m = LLVMBuildAnd(x->b, m, vx_c(x->i32, mask), "");
	return LLVMBuildICmp(x->b, LLVMIntEQ, m, vx_c(x->i32, want), "");
}

static LLVMValueRef and3(struct vx *x, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
	LLVMValueRef r = LLVMBuildAnd(x->b, a, b, "");

	return c ? LLVMBuildAnd(x->b, r, c, "") : r;
}

/*
 * The fast path's end: the result nv goes to off if ok, else the helper is called.
 * comis and conversions to an integer return res in vtmp[1].q[0]; other operations
 * leave vtmp alone (the helper clears it: scratch that nothing reads after them).
 */
static LLVMValueRef fin(struct vx *x, LLVMValueRef ok, uint64_t off, LLVMValueRef nv,
			LLVMValueRef res, LLVMValueRef *args)
{
	struct vx_out out[2];
	unsigned n = 0;

	if (nv)
		out[n++] = (struct vx_out){ off, nv };
	if (res)
		out[n++] = (struct vx_out){ VTMP1_OFF, res };
	return vx_guard(x, ok, &h_ssefp, args, out, n);
}

/* add, sub, mul, div, sqrt: packed or scalar */
static LLVMValueRef arith(struct vx *x, unsigned desc, const uint64_t *c, LLVMValueRef *args)
{
	static const LLVMOpcode opc[] = { LLVMFAdd, LLVMFSub, LLVMFMul, LLVMFDiv };
	unsigned op = desc & SFPV_OPMASK, nl = desc & SFPV_SCALAR ? 1 : desc & SFPV_DBL ? 2 : 4;
	LLVMBuilderRef B = x->b;
	struct fpf f;
	LLVMValueRef a, s, r, ok, am, sm, m, zero;

#ifdef __x86_64__
	/* the host's instruction raises the guest's flags itself (llvm_vecfp_x86.c) */
	if (x->vf->host_fp)
		return llvm_vecfp_host_arith(x, desc, c, args, mxcsr_is(x, MXCSR_CONTROL, MXCSR_DEFAULT));
#endif
	fmt(x, &f, desc & SFPV_DBL, nl);
	a = vx_load(x, c[1], f.ft);
	s = vx_load(x, c[2], f.ft);
	am = mag(x, &f, a);
	sm = mag(x, &f, s);
	ok = mxcsr_is(x, MX_ARITH_MASK, MX_ARITH);
	ok = LLVMBuildAnd(B, ok, vx_all(x, not_denorm(x, &f, sm)), "");
	if (op == SFPV_SQRT) {
		r = vx_intr(x, "llvm.sqrt", f.ft, &s, 1);
	} else {
		ok = LLVMBuildAnd(B, ok, vx_all(x, not_denorm(x, &f, am)), "");
		r = LLVMBuildBinOp(B, opc[op], a, s, "");
	}
	m = mag(x, &f, r);
	/* An exact zero: a zero sum, a root of zero, a product with a zero factor, a zero
	 * dividend (a nonzero divisor: else NaN). Other zeros underflowed. */
	zero = LLVMBuildICmp(B, LLVMIntEQ, m, vx_splat(f.it, 0), "");
	if (op == SFPV_MUL || op == SFPV_DIV) {
		LLVMValueRef z = LLVMBuildICmp(B, LLVMIntEQ, am, vx_splat(f.it, 0), "");

		if (op == SFPV_MUL)
			z = LLVMBuildOr(B, z, LLVMBuildICmp(B, LLVMIntEQ, sm, vx_splat(f.it, 0), ""), "");
		zero = LLVMBuildAnd(B, zero, z, "");
	}
	m = LLVMBuildOr(B, mid_range(x, &f, m), zero, "");
	ok = LLVMBuildAnd(B, ok, vx_all(x, m), "");
	return fin(x, ok, c[1], r, NULL, args);
}

/* min, max, cmp: numbers that are neither NaN nor denormal raise nothing */
static LLVMValueRef compare(struct vx *x, unsigned desc, const bool *k, const uint64_t *c,
			    LLVMValueRef *args)
{
	static const LLVMRealPredicate pred[8] = {
		LLVMRealOEQ, LLVMRealOLT, LLVMRealOLE, LLVMRealPredicateFalse,
		LLVMRealONE, LLVMRealOGE, LLVMRealOGT, LLVMRealPredicateTrue,
	};
	unsigned op = desc & SFPV_OPMASK, nl = desc & SFPV_SCALAR ? 1 : desc & SFPV_DBL ? 2 : 4;
	struct fpf f;
	LLVMValueRef a, s, ok, t, r;

	if (op == SFPV_CMP && !k[3])
		return NULL;
	fmt(x, &f, desc & SFPV_DBL, nl);
	a = vx_load(x, c[1], f.ft);
	s = vx_load(x, c[2], f.ft);
	ok = LLVMBuildAnd(x->b, plain(x, &f, mag(x, &f, a)), plain(x, &f, mag(x, &f, s)), "");
	ok = vx_all(x, ok);
	if (op == SFPV_CMP) {
		t = LLVMBuildFCmp(x->b, pred[c[3] & 7], a, s, "");
		r = LLVMBuildSExt(x->b, t, f.it, "");
	} else {
		/* the first operand only when strictly greater (less); else the second */
		t = LLVMBuildFCmp(x->b, op == SFPV_MAX ? LLVMRealOGT : LLVMRealOLT, a, s, "");
		r = LLVMBuildSelect(x->b, t, vx_bc(x, a, f.it), vx_bc(x, s, f.it), "");
	}
	return fin(x, ok, c[1], r, NULL, args);
}

/* comis/ucomis: ZF, PF, CF to vtmp[1].q[0] */
static LLVMValueRef comi(struct vx *x, unsigned desc, const uint64_t *c, LLVMValueRef *args)
{
	LLVMBuilderRef B = x->b;
	struct fpf f;
	LLVMValueRef a, s, ok, r;

	fmt(x, &f, desc & SFPV_DBL, 1);
	a = vx_load(x, c[1], f.ft);
	s = vx_load(x, c[2], f.ft);
	ok = LLVMBuildAnd(B, plain(x, &f, mag(x, &f, a)), plain(x, &f, mag(x, &f, s)), "");
	r = LLVMBuildSelect(B, LLVMBuildFCmp(B, LLVMRealOLT, a, s, ""), vx_c(x->i64, X86_CF),
			    vx_c(x->i64, 0), "");
	r = LLVMBuildSelect(B, LLVMBuildFCmp(B, LLVMRealOEQ, a, s, ""), vx_c(x->i64, X86_ZF), r, "");
	return fin(x, ok, 0, NULL, r, args);
}

/* cvtsi2ss/sd: exact when the integer fits the significand; else inexact is harmless
 * when PE is set and masked and the rounding is to nearest (the host's). */
static LLVMValueRef si2f(struct vx *x, unsigned desc, const uint64_t *c, LLVMValueRef *args)
{
	LLVMBuilderRef B = x->b;
	bool dbl = desc & SFPV_DBL;
	unsigned prec = dbl ? 53 : 24;
	LLVMValueRef v = args[3], ok, r;

	if (!(desc & SFPV_I64))
		v = LLVMBuildSExt(B, LLVMBuildTrunc(B, v, x->i32, ""), x->i64, "");
	/* -2^prec <= v <= 2^prec */
	ok = LLVMBuildICmp(B, LLVMIntULE, LLVMBuildAdd(B, v, vx_c(x->i64, 1ull << prec), ""),
			   vx_c(x->i64, 2ull << prec), "");
	ok = LLVMBuildOr(B, ok, mxcsr_is(x, 0x7000 | MX_INEXACT_OK, MX_INEXACT_OK), "");
	r = LLVMBuildSIToFP(B, v, dbl ? x->f64 : x->f32, "");
	return fin(x, ok, c[1], r, NULL, args);
}

/* cvt(t)ss2si/cvt(t)sd2si: in range, and exact or PE set and masked; cvt* needs RC nearest. */
static LLVMValueRef f2si(struct vx *x, unsigned desc, const uint64_t *c, LLVMValueRef *args)
{
	LLVMBuilderRef B = x->b;
	bool chop = (desc & SFPV_OPMASK) == SFPV_F2SI_T, i64 = desc & SFPV_I64;
	double lim = i64 ? 0x1p63 : 0x1p31;
	LLVMValueRef a, r, ok, exact, res;

	a = vx_load(x, c[2], desc & SFPV_DBL ? x->f64 : x->f32);
	if (!(desc & SFPV_DBL))
		a = LLVMBuildFPExt(B, a, x->f64, "");
	r = vx_intr(x, chop ? "llvm.trunc" : "llvm.roundeven", x->f64, &a, 1);
	ok = LLVMBuildAnd(B, LLVMBuildFCmp(B, LLVMRealOGE, r, LLVMConstReal(x->f64, -lim), ""),
			  LLVMBuildFCmp(B, LLVMRealOLT, r, LLVMConstReal(x->f64, lim), ""), "");
	exact = LLVMBuildFCmp(B, LLVMRealOEQ, r, a, "");
	exact = LLVMBuildOr(B, exact, mxcsr_is(x, MX_INEXACT_OK, MX_INEXACT_OK), "");
	ok = LLVMBuildAnd(B, ok, exact, "");
	if (!chop)
		ok = LLVMBuildAnd(B, ok, mxcsr_is(x, 0x6000, 0), "");
	/* fptosi of an out-of-range value is poison: convert a value in range */
	r = LLVMBuildSelect(B, ok, r, LLVMConstReal(x->f64, 0), "");
	res = LLVMBuildFPToSI(B, r, x->i64, "");
	if (!i64)
		res = LLVMBuildAnd(B, res, vx_c(x->i64, 0xffffffffu), "");
	return fin(x, ok, 0, NULL, res, args);
}

/* cvtss2sd (exact) and cvtsd2ss (rounds: the arithmetic condition) */
static LLVMValueRef f2f(struct vx *x, unsigned desc, const uint64_t *c, LLVMValueRef *args)
{
	LLVMBuilderRef B = x->b;
	struct fpf sf, df;
	LLVMValueRef a, m, ok, r;

	if (!(desc & SFPV_DBL)) { /* single -> double */
		fmt(x, &sf, false, 1);
		a = vx_load(x, c[2], x->f32);
		return fin(x, plain(x, &sf, mag(x, &sf, a)), c[1], LLVMBuildFPExt(B, a, x->f64, ""),
			   NULL, args);
	}
	fmt(x, &sf, true, 1);
	fmt(x, &df, false, 1);
	a = vx_load(x, c[2], x->f64);
	m = mag(x, &sf, a);
	r = LLVMBuildFPTrunc(B, a, x->f32, "");
	ok = and3(x, mxcsr_is(x, MX_ARITH_MASK, MX_ARITH), not_denorm(x, &sf, m),
		  LLVMBuildOr(B, mid_range(x, &df, mag(x, &df, r)),
			      LLVMBuildICmp(B, LLVMIntEQ, m, vx_c(x->i64, 0), ""), ""));
	return fin(x, ok, c[1], r, NULL, args);
}

LLVMValueRef llvm_vec_ssefp(struct vx *x, LLVMValueRef *args, const bool *k, const uint64_t *c)
{
	unsigned desc = (unsigned)c[0];

	if (!k[0] || !k[1] || !k[2] || (desc & (SFPV_MMXS | SFPV_MMXD | SFPV_MMX)))
		return NULL;
	switch (desc & SFPV_OPMASK) {
	case SFPV_ADD: case SFPV_SUB: case SFPV_MUL: case SFPV_DIV: case SFPV_SQRT:
		return arith(x, desc, c, args);
	case SFPV_MIN: case SFPV_MAX: case SFPV_CMP:
		return compare(x, desc, k, c, args);
	case SFPV_COMI: case SFPV_UCOMI:
		return comi(x, desc, c, args);
	case SFPV_SI2F:
		return si2f(x, desc, c, args);
	case SFPV_F2SI: case SFPV_F2SI_T:
		return f2si(x, desc, c, args);
	case SFPV_F2F:
		return desc & SFPV_SCALAR ? f2f(x, desc, c, args) : NULL;
	default:
		return NULL;
	}
}
