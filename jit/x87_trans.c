// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * x87 transcendentals (fsin/fcos/fptan/fpatan/f2xm1/fyl2x/fyl2xp1) computed with a
 * 128-bit significand software float, then rounded once to 80 bits.
 */
#include "x87_float.h"

/* value = (-1)^s * m/2^127 * 2^e; m normalised (bit 127 set) or 0 */
struct bf {
	int s, e;
	u128 m;
};

static int clz128(u128 x)
{
	uint64_t hi = (uint64_t)(x >> 64);

	return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

static struct bf bf_norm(int s, int e, u128 m)
{
	struct bf r = { s, e, m };
	int lz;

	if (!m)
		return (struct bf){ 0, -100000, 0 };
	lz = clz128(m);
	r.m = m << lz;
	r.e = e - lz;
	return r;
}

static struct bf bf_fx(struct fx80 x)
{
	int e;
	uint64_t m;

	if (!x.m)
		return bf_norm(0, 0, 0);
	fx_unpack(x, &e, &m);
	return bf_norm(FX_SIGN(x), e, (u128)m << 64);
}

static struct bf bf_int(long v)
{
	return bf_norm(v < 0, 127, (u128)(v < 0 ? -v : v));
}

static struct fx80 bf_round(struct fenv *e, struct bf a)
{
	struct fenv t = *e;
	struct fx80 r;

	t.prec = 64;
	if (!a.m)
		return fx_make(a.s, 0, 0);
	r = fx_round(&t, a.s, a.e, a.m | 1); /* bit 0 as sticky: the value is inexact */
	e->exc |= t.exc;
	e->up = t.up;
	return r;
}

static u128 mulhi128(u128 a, u128 b)
{
	uint64_t ah = (uint64_t)(a >> 64), al = (uint64_t)a;
	uint64_t bh = (uint64_t)(b >> 64), bl = (uint64_t)b;
	u128 hh = (u128)ah * bh, hl = (u128)ah * bl, lh = (u128)al * bh, ll = (u128)al * bl;
	u128 mid = (ll >> 64) + (uint64_t)hl + (uint64_t)lh;

	return hh + (hl >> 64) + (lh >> 64) + (mid >> 64);
}

static struct bf bf_mul(struct bf a, struct bf b)
{
	if (!a.m || !b.m)
		return bf_norm(0, 0, 0);
	return bf_norm(a.s ^ b.s, a.e + b.e + 1, mulhi128(a.m, b.m));
}

static struct bf bf_add(struct bf a, struct bf b)
{
	u128 x, y;
	int d;

	if (!a.m)
		return b;
	if (!b.m)
		return a;
	if (b.e > a.e || (b.e == a.e && b.m > a.m)) {
		struct bf t = a;

		a = b;
		b = t;
	}
	d = a.e - b.e;
	x = a.m >> 1;
	y = d >= 127 ? 0 : (b.m >> 1) >> d;
	return bf_norm(a.s, a.e + 1, a.s == b.s ? x + y : x - y);
}

static struct bf bf_neg(struct bf a)
{
	a.s ^= 1;
	return a;
}

static struct bf bf_sub(struct bf a, struct bf b)
{
	return bf_add(a, bf_neg(b));
}

static struct bf bf_div(struct bf a, struct bf b)
{
	u128 r = a.m, q = 0;
	bool carry = false;

	if (!a.m)
		return a;
	for (int i = 0; i < 128; i++) {
		if (carry || r >= b.m) {
			r -= b.m;
			q |= (u128)1 << (127 - i);
		}
		carry = r >> 127;
		r <<= 1;
	}
	return bf_norm(a.s ^ b.s, a.e - b.e, q);
}

static struct bf bf_divi(struct bf a, uint64_t n)
{
	u128 q1, r1, q2;
	int lz;

	if (!a.m)
		return a;
	q1 = a.m / n;
	r1 = a.m % n;
	q2 = (r1 << 64) / n;
	lz = clz128(q1);
	return (struct bf){ a.s, a.e - lz, lz ? (q1 << lz) | (q2 >> (64 - lz)) : q1 };
}

static struct bf bf_sqrt(struct bf a)
{
	struct fenv t = { 0, 64, 0, false };
	struct bf x;

	if (!a.m)
		return a;
	/* 64-bit start from the 80-bit square root, then one Newton step */
	x = bf_fx(fx_sqrt(&t, fx_make(0, (unsigned)(a.e + FX_BIAS), (uint64_t)(a.m >> 64))));
	x = bf_add(x, bf_div(a, x));
	x.e--;
	return x;
}

/* 192 bits of pi/2 in three 64-bit pieces (Cody-Waite), and constants */
static const struct bf pio2_1 = { 0, 0, (u128)0xc90fdaa22168c234ULL << 64 };
static const struct bf pio2_2 = { 0, -64, (u128)0xc4c6628b80dc1cd1ULL << 64 };
static const struct bf pio2_3 = { 0, -130, (u128)0x29024e088a67cc74ULL << 66 };
static const struct bf pio2 = { 0, 0, (u128)0xc90fdaa22168c234ULL << 64 | 0xc4c6628b80dc1cd1ULL };
static const struct bf pi_ = { 0, 1, (u128)0xc90fdaa22168c234ULL << 64 | 0xc4c6628b80dc1cd1ULL };
static const struct bf ln2 = { 0, -1, (u128)0xb17217f7d1cf79abULL << 64 | 0xc9e3b39803f2f6afULL };
static const struct bf log2e = { 0, 0, (u128)0xb8aa3b295c17f0bbULL << 64 | 0xbe87fed0691d3e88ULL };

static bool negligible(struct bf term, struct bf sum)
{
	return !term.m || term.e < sum.e - 130;
}

/* sin and cos of |r| <= pi/4 */
static void sincos_small(struct bf r, struct bf *s, struct bf *c)
{
	struct bf r2 = bf_mul(r, r), t = r, sum = r;

	for (uint64_t n = 2; ; n += 2) {
		t = bf_neg(bf_divi(bf_mul(t, r2), n * (n + 1)));
		if (negligible(t, sum))
			break;
		sum = bf_add(sum, t);
	}
	*s = sum;
	t = bf_int(1);
	sum = t;
	for (uint64_t n = 1; ; n += 2) {
		t = bf_neg(bf_divi(bf_mul(t, r2), n * (n + 1)));
		if (negligible(t, sum))
			break;
		sum = bf_add(sum, t);
	}
	*c = sum;
}

/* sin and cos of a finite value with |x| < 2^63 */
static void sincos_bf(struct fx80 x, struct bf *s, struct bf *c)
{
	struct bf bx = bf_fx(x), r, q, sn, cs;
	long k = 0;

	q = bf_div(bx, pio2);
	if (q.e >= -1) {
		/* nearest integer of |x| / (pi/2) */
		u128 v = q.e >= 126 ? q.m : q.m >> (126 - q.e);

		k = (long)((v + 1) >> 1);
	}
	r = bx;
	if (k) {
		struct bf bk = bf_int(q.s ? -k : k);

		r = bf_sub(r, bf_mul(bk, pio2_1));
		r = bf_sub(r, bf_mul(bk, pio2_2));
		r = bf_sub(r, bf_mul(bk, pio2_3));
		if (q.s)
			k = -k;
	}
	sincos_small(r, &sn, &cs);
	switch (k & 3) {
	case 0: *s = sn; *c = cs; break;
	case 1: *s = cs; *c = bf_neg(sn); break;
	case 2: *s = bf_neg(sn); *c = bf_neg(cs); break;
	default: *s = bf_neg(cs); *c = sn; break;
	}
}

/* Screening of a one-operand transcendental; true when *r is the result. */
static bool special1(struct fenv *e, struct fx80 a, enum fclass k, struct fx80 *r)
{
	if (k == FC_UNSUPP || k == FC_INF) {
		e->exc |= FSW_IE;
		*r = fx_indefinite;
		return true;
	}
	if (fx_is_nan(k)) {
		*r = fx_nan2(e, a, a);
		return true;
	}
	if (k == FC_DENORMAL)
		e->exc |= FSW_DE;
	return false;
}

static bool too_large(struct fx80 a)
{
	return FX_EXP(a) >= FX_BIAS + 63 && FX_EXP(a) != 0x7fff;
}

bool fx_sincos(struct fenv *e, struct fx80 a, struct fx80 *s, struct fx80 *c, unsigned want)
{
	enum fclass k = fx_class(a);
	struct bf bs, bc;

	if (special1(e, a, k, s)) {
		*c = *s;
		return true;
	}
	if (too_large(a))
		return false;
	if (k == FC_ZERO) {
		*s = a;
		*c = fx_make(0, FX_BIAS, 1ULL << 63);
		return true;
	}
	sincos_bf(a, &bs, &bc);
	{
		struct fenv ts = *e, tc = *e;

		*c = bf_round(&tc, bc);
		*s = bf_round(&ts, bs);
		/* flags of the results asked for; e->up from the sine unless only cos */
		e->exc |= (want & 1 ? ts.exc : 0) | (want & 2 ? tc.exc : 0) | FSW_PE;
		e->up = want & 1 ? ts.up : tc.up;
	}
	return true;
}

bool fx_tan(struct fenv *e, struct fx80 a, struct fx80 *r)
{
	enum fclass k = fx_class(a);
	struct bf bs, bc;

	if (special1(e, a, k, r))
		return true;
	if (too_large(a))
		return false;
	if (k == FC_ZERO) {
		*r = a;
		return true;
	}
	sincos_bf(a, &bs, &bc);
	*r = bf_round(e, bf_div(bs, bc));
	e->exc |= FSW_PE;
	return true;
}

/* atan of 0 <= t <= 1 */
static struct bf atan_bf(struct bf t)
{
	struct bf one = bf_int(1), t2, p, sum;
	int halvings = 0;

	while (t.m && t.e >= -6 && halvings < 6) {
		/* atan(t) = 2 atan(t / (1 + sqrt(1 + t^2))) */
		t = bf_div(t, bf_add(one, bf_sqrt(bf_add(one, bf_mul(t, t)))));
		halvings++;
	}
	t2 = bf_mul(t, t);
	p = t;
	sum = t;
	for (uint64_t n = 3; ; n += 2) {
		struct bf term;

		p = bf_neg(bf_mul(p, t2));
		term = bf_divi(p, n);
		if (negligible(term, sum))
			break;
		sum = bf_add(sum, term);
	}
	sum.e += halvings;
	return sum;
}

struct fx80 fx_atan2(struct fenv *e, struct fx80 y, struct fx80 x)
{
	enum fclass ky = fx_class(y), kx = fx_class(x);
	int sy = FX_SIGN(y), sx = FX_SIGN(x);
	struct bf r, ay, ax;

	if (ky == FC_UNSUPP || kx == FC_UNSUPP) {
		e->exc |= FSW_IE;
		return fx_indefinite;
	}
	if (fx_is_nan(ky) || fx_is_nan(kx))
		return fx_nan2(e, x, y);
	if (ky == FC_DENORMAL || kx == FC_DENORMAL)
		e->exc |= FSW_DE;
	if (ky == FC_ZERO) {
		if (!sx)
			return y;
		r = pi_;
	} else if (kx == FC_ZERO) {
		r = pio2;
	} else if (ky == FC_INF || kx == FC_INF) {
		if (ky == FC_INF && kx == FC_INF)
			r = sx ? bf_mul(pi_, bf_divi(bf_int(3), 4)) : bf_divi(pi_, 4);
		else if (ky == FC_INF)
			r = pio2;
		else if (!sx)
			return fx_make(sy, 0, 0);
		else
			r = pi_;
	} else {
		ay = bf_fx(y);
		ax = bf_fx(x);
		ay.s = ax.s = 0;
		if (ay.e < ax.e || (ay.e == ax.e && ay.m <= ax.m))
			r = atan_bf(bf_div(ay, ax));
		else
			r = bf_sub(pio2, atan_bf(bf_div(ax, ay)));
		if (sx)
			r = bf_sub(pi_, r);
	}
	r.s = sy;
	e->exc |= FSW_PE;
	return bf_round(e, r);
}

struct fx80 fx_f2xm1(struct fenv *e, struct fx80 a)
{
	enum fclass k = fx_class(a);
	struct bf y, t, sum;
	struct fx80 r;

	if (k == FC_INF)
		return FX_SIGN(a) ? fx_make(1, FX_BIAS, 1ULL << 63) : a;
	if (special1(e, a, k, &r))
		return r;
	if (k == FC_ZERO)
		return a;
	y = bf_mul(bf_fx(a), ln2);
	t = y;
	sum = y;
	for (uint64_t n = 2; ; n++) {
		t = bf_divi(bf_mul(t, y), n);
		if (negligible(t, sum))
			break;
		sum = bf_add(sum, t);
	}
	e->exc |= FSW_PE;
	return bf_round(e, sum);
}

/* ln(1 + x) given s = x / (2 + x): 2 atanh(s) */
static struct bf atanh2(struct bf s)
{
	struct bf s2 = bf_mul(s, s), p = s, sum = s;

	for (uint64_t n = 3; ; n += 2) {
		struct bf term;

		p = bf_mul(p, s2);
		term = bf_divi(p, n);
		if (negligible(term, sum))
			break;
		sum = bf_add(sum, term);
	}
	sum.e++;
	return sum;
}

/* log2 of a finite positive value */
static struct bf log2_bf(struct fx80 x)
{
	struct bf m = bf_fx(x), one = bf_int(1);
	int ex = m.e;

	m.e = 0;
	/* m in [1, 2): fold to [sqrt(1/2), sqrt(2)) */
	if (m.m > ((u128)0xb504f333f9de6484ULL << 64)) {
		m.e = -1;
		ex++;
	}
	return bf_add(bf_int(ex), bf_mul(atanh2(bf_div(bf_sub(m, one), bf_add(m, one))), log2e));
}

/* y * L where L = log2(...) with the x87 rules for infinities and zeros */
static struct fx80 times_log(struct fenv *e, struct fx80 y, enum fclass ky, struct bf l)
{
	if (ky == FC_INF) {
		if (!l.m) {
			e->exc |= FSW_IE;
			return fx_indefinite;
		}
		return fx_make(FX_SIGN(y) ^ l.s, 0x7fff, 1ULL << 63);
	}
	if (ky == FC_ZERO || !l.m)
		return fx_make(FX_SIGN(y) ^ l.s, 0, 0);
	e->exc |= FSW_PE;
	return bf_round(e, bf_mul(bf_fx(y), l));
}

struct fx80 fx_yl2x(struct fenv *e, struct fx80 y, struct fx80 x)
{
	enum fclass ky = fx_class(y), kx = fx_class(x);

	if (ky == FC_UNSUPP || kx == FC_UNSUPP) {
		e->exc |= FSW_IE;
		return fx_indefinite;
	}
	if (fx_is_nan(ky) || fx_is_nan(kx))
		return fx_nan2(e, x, y);
	if (ky == FC_DENORMAL || kx == FC_DENORMAL)
		e->exc |= FSW_DE;
	if (kx != FC_ZERO && FX_SIGN(x)) {
		e->exc |= FSW_IE;
		return fx_indefinite;
	}
	if (kx == FC_ZERO) {
		if (ky == FC_ZERO) {
			e->exc |= FSW_IE;
			return fx_indefinite;
		}
		if (ky != FC_INF)
			e->exc |= FSW_ZE;
		return fx_make(!FX_SIGN(y), 0x7fff, 1ULL << 63);
	}
	if (kx == FC_INF) {
		if (ky == FC_ZERO) {
			e->exc |= FSW_IE;
			return fx_indefinite;
		}
		return fx_make(FX_SIGN(y), 0x7fff, 1ULL << 63);
	}
	return times_log(e, y, ky, log2_bf(x));
}

struct fx80 fx_yl2xp1(struct fenv *e, struct fx80 y, struct fx80 x)
{
	enum fclass ky = fx_class(y), kx = fx_class(x);
	struct bf bx, l;

	if (ky == FC_UNSUPP || kx == FC_UNSUPP) {
		e->exc |= FSW_IE;
		return fx_indefinite;
	}
	if (fx_is_nan(ky) || fx_is_nan(kx))
		return fx_nan2(e, x, y);
	if (ky == FC_DENORMAL || kx == FC_DENORMAL)
		e->exc |= FSW_DE;
	if (kx == FC_INF) {
		e->exc |= FSW_IE;
		return fx_indefinite;
	}
	if (kx == FC_ZERO) {
		if (ky == FC_INF) {
			e->exc |= FSW_IE;
			return fx_indefinite;
		}
		return fx_make(FX_SIGN(y) ^ FX_SIGN(x), 0, 0);
	}
	bx = bf_fx(x);
	l = bf_mul(atanh2(bf_div(bx, bf_add(bf_int(2), bx))), log2e);
	return times_log(e, y, ky, l);
}
