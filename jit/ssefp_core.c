// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * One lane of an SSE floating-point operation with exact x86 results on any host.
 * The host FPU computes finite, non-NaN cases in the MXCSR rounding mode (fesetround);
 * everything where hosts differ from x86 is done here explicitly: NaN propagation and
 * the default NaN, DAZ and FTZ, tininess after rounding, float->int overflow.
 */
#include <math.h>
#include <string.h>

#include "hostfp.h"
#include "ssefp.h"

struct sfp_fmt {
	uint64_t sign, exp, mant, quiet, minnorm, dnan;
	int scale; /* power of two that brings any tiny result into the normal range */
};

static const struct sfp_fmt f32 = {
	0x80000000u, 0x7f800000u, 0x007fffffu, 0x00400000u, 0x00800000u, 0xffc00000u, 64,
};
static const struct sfp_fmt f64 = {
	0x8000000000000000ull, 0x7ff0000000000000ull, 0x000fffffffffffffull,
	0x0008000000000000ull, 0x0010000000000000ull, 0xfff8000000000000ull, 512,
};

#define FMT(dbl) ((dbl) ? &f64 : &f32)

static const int host_rc[4] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };

static bool is_nan(const struct sfp_fmt *f, uint64_t x)
{
	return (x & f->exp) == f->exp && (x & f->mant);
}

static bool is_snan(const struct sfp_fmt *f, uint64_t x)
{
	return is_nan(f, x) && !(x & f->quiet);
}

static bool is_denorm(const struct sfp_fmt *f, uint64_t x)
{
	return !(x & f->exp) && (x & f->mant);
}

static bool is_zero(const struct sfp_fmt *f, uint64_t x)
{
	return !(x & ~f->sign);
}

static uint64_t quiet(const struct sfp_fmt *f, uint64_t x)
{
	return x | f->quiet;
}

static float u2f(uint64_t u)
{
	uint32_t w = (uint32_t)u;
	float f;

	memcpy(&f, &w, 4);
	return f;
}

static double u2d(uint64_t u)
{
	double d;

	memcpy(&d, &u, 8);
	return d;
}

static uint64_t f2u(float f)
{
	uint32_t w;

	memcpy(&w, &f, 4);
	return w;
}

static uint64_t d2u(double d)
{
	uint64_t u;

	memcpy(&u, &d, 8);
	return u;
}

/* A numeric value as a double (exact for both formats). */
static double val(bool dbl, uint64_t x)
{
	return dbl ? u2d(x) : (double)u2f(x);
}

/* Outside sfp_begin/sfp_end xbt always runs with the host in round-to-nearest. */
void sfp_begin(struct sfp *s, uint32_t mxcsr)
{
	s->mxcsr = mxcsr;
	s->flags = 0;
	if ((mxcsr >> MXCSR_RC_SHIFT) & 3)
		fesetround(host_rc[(mxcsr >> MXCSR_RC_SHIFT) & 3]);
}

void sfp_end(struct sfp *s)
{
	if ((s->mxcsr >> MXCSR_RC_SHIFT) & 3)
		fesetround(FE_TONEAREST);
}

/* A source operand after DAZ; DE when a denormal is used as it is. */
static uint64_t src_in(struct sfp *s, const struct sfp_fmt *f, uint64_t x)
{
	if (!is_denorm(f, x))
		return x;
	if (s->mxcsr & MXCSR_DAZ)
		return x & f->sign;
	s->flags |= MXCSR_DE;
	return x;
}

/* The host computes a op b in the current rounding mode; volatile keeps the
 * compiler from folding or moving it across rounding-mode and flag accesses. */
static uint64_t host_calc(bool dbl, enum sfp_op op, uint64_t a, uint64_t b)
{
	if (dbl) {
		volatile double x = u2d(a), y = u2d(b), z;

		switch (op) {
		case SFP_ADD: z = x + y; break;
		case SFP_SUB: z = x - y; break;
		case SFP_MUL: z = x * y; break;
		case SFP_DIV: z = x / y; break;
		default: z = sqrt(x); break;
		}
		return d2u(z);
	} else {
		volatile float x = u2f(a), y = u2f(b), z;

		switch (op) {
		case SFP_ADD: z = x + y; break;
		case SFP_SUB: z = x - y; break;
		case SFP_MUL: z = x * y; break;
		case SFP_DIV: z = x / y; break;
		default: z = sqrtf(x); break;
		}
		return f2u(z);
	}
}

/* host_calc with the host exception flags it raised in *ex. */
static uint64_t host_op(bool dbl, enum sfp_op op, uint64_t a, uint64_t b, int *ex)
{
	uint64_t r;

	hostfp_clear();
	r = host_calc(dbl, op, a, b);
	*ex = hostfp_test();
	return r;
}

/*
 * x86 detects tininess after rounding (AArch64 before), so a result that rounded to
 * the smallest normal may still be tiny. Decide by computing the operation again
 * scaled by 2^scale (exact), where the unbounded-exponent rounding happens.
 */
static bool tiny_at_minnorm(bool dbl, enum sfp_op op, uint64_t a, uint64_t b)
{
	const struct sfp_fmt *f = FMT(dbl);
	uint64_t ax = a & ~f->sign, bx = b & ~f->sign, r;
	int ex;

	if (op == SFP_MUL) {
		/* scale the operand of smaller magnitude */
		if (ax <= bx)
			a = dbl ? d2u(ldexp(u2d(a), f->scale)) : f2u(ldexpf(u2f(a), f->scale));
		else
			b = dbl ? d2u(ldexp(u2d(b), f->scale)) : f2u(ldexpf(u2f(b), f->scale));
	} else if (op == SFP_DIV) {
		a = dbl ? d2u(ldexp(u2d(a), f->scale)) : f2u(ldexpf(u2f(a), f->scale));
	} else {
		return false; /* sums near the smallest normal are exact; roots are never tiny */
	}
	r = host_op(dbl, op, a, b, &ex);
	return val(dbl, r & ~f->sign) < ldexp(val(dbl, f->minnorm), f->scale);
}

/*
 * Flags and FTZ for a result r computed by the host from host exception flags ex;
 * tiny_at_min answers the smallest-normal case (see tiny_at_minnorm).
 */
static uint64_t finish(struct sfp *s, const struct sfp_fmt *f, uint64_t r, int ex,
		       bool (*tiny_at_min)(const void *), const void *arg)
{
	uint64_t rx = r & ~f->sign;
	bool inexact = ex & FE_INEXACT, tiny;

	if (ex & FE_INVALID)
		s->flags |= MXCSR_IE;
	if (ex & FE_DIVBYZERO)
		s->flags |= MXCSR_ZE;
	if (ex & FE_OVERFLOW)
		s->flags |= MXCSR_OE;
	if (inexact)
		s->flags |= MXCSR_PE;
	if (rx < f->minnorm)
		tiny = rx || inexact;
	else if (rx == f->minnorm)
		tiny = inexact && tiny_at_min(arg);
	else
		tiny = false;
	if (tiny) {
		if (s->mxcsr & MXCSR_FTZ) {
			s->flags |= MXCSR_UE | MXCSR_PE;
			return r & f->sign;
		}
		if (inexact)
			s->flags |= MXCSR_UE;
	}
	return r;
}

struct arith_args {
	bool dbl;
	enum sfp_op op;
	uint64_t a, b;
};

static bool arith_tiny(const void *p)
{
	const struct arith_args *x = p;

	return tiny_at_minnorm(x->dbl, x->op, x->a, x->b);
}

uint64_t sfp_arith(struct sfp *s, bool dbl, enum sfp_op op, uint64_t a, uint64_t b)
{
	const struct sfp_fmt *f = FMT(dbl);
	bool unary = op == SFP_SQRT, daz = s->mxcsr & MXCSR_DAZ, denorm;
	struct arith_args args;
	uint64_t r;
	int ex;

	if (is_nan(f, a) || (!unary && is_nan(f, b))) {
		if (is_snan(f, a) || (!unary && is_snan(f, b)))
			s->flags |= MXCSR_IE;
		return quiet(f, is_nan(f, a) ? a : b);
	}
	if (unary)
		b = 0;
	denorm = is_denorm(f, a) || is_denorm(f, b);
	if (denorm && daz) {
		a = is_denorm(f, a) ? a & f->sign : a;
		b = is_denorm(f, b) ? b & f->sign : b;
		denorm = false;
	}
	/* Invalid and divide-by-zero take priority over the denormal operand flag. */
	if (unary && (a & f->sign) && !is_zero(f, a)) {
		s->flags |= MXCSR_IE;
		return f->dnan;
	}
	if (!denorm && ((s->mxcsr | s->flags) & MXCSR_PE) &&
	    (s->mxcsr & (MXCSR_PE << MXCSR_MASK_SHIFT))) {
		/*
		 * PE is sticky and set early by almost every program. From then on,
		 * while it is masked, a result strictly between the smallest normal and
		 * the largest finite number, or a zero sum, changes nothing and raises
		 * nothing: no need to read the host flags, which waits for the operation
		 * to complete. (Unmasked, an inexact result must still trap.)
		 */
		uint64_t rx;

		r = host_calc(dbl, op, a, b);
		rx = r & ~f->sign;
		if ((rx > f->minnorm && rx < f->exp - 1) ||
		    (rx == 0 && (op == SFP_ADD || op == SFP_SUB)))
			return r;
	}
	r = host_op(dbl, op, a, b, &ex);
	if (is_nan(f, r)) { /* an invalid operation on numbers */
		s->flags |= MXCSR_IE;
		return f->dnan;
	}
	if (denorm && !(ex & FE_DIVBYZERO))
		s->flags |= MXCSR_DE;
	args = (struct arith_args){ dbl, op, a, b };
	return finish(s, f, r, ex, arith_tiny, &args);
}

uint64_t sfp_minmax(struct sfp *s, bool dbl, bool max, uint64_t a, uint64_t b)
{
	const struct sfp_fmt *f = FMT(dbl);
	double x, y;

	/* Any NaN: invalid, and the second operand as it is (even a signalling NaN). */
	if (is_nan(f, a) || is_nan(f, b)) {
		s->flags |= MXCSR_IE;
		return is_denorm(f, b) && (s->mxcsr & MXCSR_DAZ) ? b & f->sign : b;
	}
	a = src_in(s, f, a);
	b = src_in(s, f, b);
	x = val(dbl, a);
	y = val(dbl, b);
	if (max)
		return x > y ? a : b; /* both zero: the second */
	return x < y ? a : b;
}

bool sfp_cmp(struct sfp *s, bool dbl, unsigned pred, uint64_t a, uint64_t b)
{
	const struct sfp_fmt *f = FMT(dbl);
	bool unord = is_nan(f, a) || is_nan(f, b), lt, eq;
	double x, y;

	pred &= 7;
	if (unord) {
		/* LT, LE, NLT, NLE signal on any NaN, the others on signalling NaNs. */
		if ((pred & 3) == 1 || (pred & 3) == 2 || is_snan(f, a) || is_snan(f, b))
			s->flags |= MXCSR_IE;
		return pred == 3 || pred == 4 || pred == 5 || pred == 6;
	}
	x = val(dbl, src_in(s, f, a));
	y = val(dbl, src_in(s, f, b));
	lt = x < y;
	eq = x == y;
	switch (pred) {
	case 0: return eq;
	case 1: return lt;
	case 2: return lt || eq;
	case 3: return false;
	case 4: return !eq;
	case 5: return !lt;
	case 6: return !(lt || eq);
	default: return true;
	}
}

uint64_t sfp_comi(struct sfp *s, bool dbl, bool signaling, uint64_t a, uint64_t b)
{
	const struct sfp_fmt *f = FMT(dbl);
	double x, y;

	if (is_nan(f, a) || is_nan(f, b)) {
		if (signaling || is_snan(f, a) || is_snan(f, b))
			s->flags |= MXCSR_IE;
		return X86_ZF | X86_PF | X86_CF;
	}
	x = val(dbl, src_in(s, f, a));
	y = val(dbl, src_in(s, f, b));
	if (x > y)
		return 0;
	if (x < y)
		return X86_CF;
	return X86_ZF;
}

uint64_t sfp_to_int(struct sfp *s, bool dbl, uint64_t a, unsigned isize, bool chop)
{
	const struct sfp_fmt *f = FMT(dbl);
	uint64_t indef = isize == 8 ? 0x8000000000000000ull : 0x80000000u;
	double lim = isize == 8 ? 0x1p63 : 0x1p31, x, r;

	if (is_nan(f, a)) {
		s->flags |= MXCSR_IE;
		return indef;
	}
	/* DAZ applies; a denormal operand is not reported (no DE for conversions to integer). */
	if (is_denorm(f, a) && (s->mxcsr & MXCSR_DAZ))
		a &= f->sign;
	x = val(dbl, a);
	r = chop ? trunc(x) : nearbyint(x); /* nearbyint: the MXCSR mode set by sfp_begin */
	if (r < -lim || r >= lim) {
		s->flags |= MXCSR_IE;
		return indef;
	}
	if (r != x)
		s->flags |= MXCSR_PE;
	return (uint64_t)(int64_t)r & (isize == 8 ? ~0ull : 0xffffffffull);
}

uint64_t sfp_from_int(struct sfp *s, bool dbl, int64_t v)
{
	volatile int64_t x = v;
	uint64_t r;

	hostfp_clear();
	if (dbl) {
		volatile double z = (double)x;

		r = d2u(z);
	} else {
		volatile float z = (float)x;

		r = f2u(z);
	}
	if ((hostfp_test() & FE_INEXACT))
		s->flags |= MXCSR_PE;
	return r;
}

static bool cvt_tiny(const void *p)
{
	volatile double x = ldexp(u2d(*(const uint64_t *)p), f32.scale);
	volatile float z = (float)x;

	return fabsf(z) < 0x1p-126f * 0x1p64f;
}

uint64_t sfp_cvt(struct sfp *s, bool to_dbl, uint64_t a)
{
	const struct sfp_fmt *f = FMT(!to_dbl);
	uint64_t r;
	int ex;

	if (is_nan(f, a)) {
		if (is_snan(f, a))
			s->flags |= MXCSR_IE;
		a = quiet(f, a);
		if (to_dbl) /* sign, quiet exponent, payload at the top of the fraction */
			return (a & f32.sign) << 32 | f64.exp | (a & f32.mant) << 29;
		return (a & f64.sign) >> 32 | f32.exp | (a & f64.mant) >> 29;
	}
	a = src_in(s, f, a);
	if (to_dbl)
		return d2u((double)u2f(a)); /* exact */
	hostfp_clear();
	{
		volatile double x = u2d(a);
		volatile float z = (float)x;

		r = f2u(z);
	}
	ex = hostfp_test();
	return finish(s, &f32, r, ex, cvt_tiny, &a);
}

uint64_t sfp_round(struct sfp *s, bool dbl, uint64_t a, unsigned imm)
{
	const struct sfp_fmt *f = FMT(dbl);
	unsigned rc = imm & 4 ? (s->mxcsr >> MXCSR_RC_SHIFT) & 3 : imm & 3;
	uint64_t r;

	if (is_nan(f, a)) {
		if (is_snan(f, a))
			s->flags |= MXCSR_IE;
		return quiet(f, a);
	}
	if (is_denorm(f, a) && (s->mxcsr & MXCSR_DAZ)) /* no DE for round */
		a &= f->sign;
	fesetround(host_rc[rc]);
	if (dbl) {
		volatile double x = u2d(a), z;

		z = nearbyint(x);
		r = d2u(z);
		if (z != x && !(imm & 8))
			s->flags |= MXCSR_PE;
	} else {
		volatile float x = u2f(a), z;

		z = nearbyintf(x);
		r = f2u(z);
		if (z != x && !(imm & 8))
			s->flags |= MXCSR_PE;
	}
	fesetround(host_rc[(s->mxcsr >> MXCSR_RC_SHIFT) & 3]);
	return r;
}

/*
 * rcpps/rsqrtps approximations (the exact bits differ between x86 CPUs): the exact
 * value rounded to nearest with 12 fraction bits, relative error at most 2^-13.
 * As on x86: denormal inputs count as zero, tiny results flush to zero, no flags.
 */
static uint32_t approx12(double v)
{
	uint64_t u = d2u(v);

	u = (u + (1ull << 39)) & ~((1ull << 40) - 1);
	v = u2d(u);
	if (fabs(v) < 0x1p-126)
		return (uint32_t)(u >> 32) & f32.sign;
	return (uint32_t)f2u((float)v);
}

uint32_t sfp_rcp(uint32_t a)
{
	uint32_t sign = a & f32.sign;

	if (is_nan(&f32, a))
		return a | f32.quiet;
	if (!(a & f32.exp))
		return sign | f32.exp; /* zero or denormal: infinity */
	if ((a & ~sign) == f32.exp)
		return sign;
	return approx12(1.0 / (double)u2f(a));
}

uint32_t sfp_rsqrt(uint32_t a)
{
	uint32_t sign = a & f32.sign;

	if (is_nan(&f32, a))
		return a | f32.quiet;
	if (!(a & f32.exp))
		return sign | f32.exp; /* zero or denormal: infinity of its sign */
	if (sign)
		return f32.dnan;
	if (a == f32.exp)
		return 0;
	return approx12(1.0 / sqrt((double)u2f(a)));
}
