// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * 80-bit extended precision arithmetic in integers: rounding with precision and
 * rounding control, add/sub/mul/div/sqrt, compare, NaN rules, x87 special cases.
 */
#include "x87_float.h"

const struct fx80 fx_indefinite = { 0xC000000000000000ULL, 0xffff };

enum fclass fx_class(struct fx80 x)
{
	unsigned e = FX_EXP(x);

	if (e == 0)
		return x.m ? FC_DENORMAL : FC_ZERO; /* pseudo-denormals included */
	if (!(x.m >> 63))
		return FC_UNSUPP; /* unnormal, pseudo-infinity, pseudo-NaN */
	if (e == 0x7fff) {
		if (!(x.m << 1))
			return FC_INF;
		return (x.m >> 62) & 1 ? FC_QNAN : FC_SNAN;
	}
	return FC_NORMAL;
}

static int clz128(u128 x)
{
	uint64_t hi = (uint64_t)(x >> 64);

	return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

static u128 shr_jam(u128 x, unsigned n)
{
	if (!n)
		return x;
	if (n >= 128)
		return x != 0;
	return (x >> n) | ((x << (128 - n)) != 0);
}

static bool round_inc(unsigned rc, int sign, u128 rem, u128 half, bool lsb)
{
	switch (rc) {
	case 0:
		return rem > half || (rem == half && lsb);
	case 1:
		return sign && rem;
	case 2:
		return !sign && rem;
	default:
		return false;
	}
}

int fx_round_fmt(struct fenv *e, int sign, int exp, u128 sig, unsigned bits, int bias,
		 uint64_t *mant)
{
	unsigned drop = 128 - bits;
	u128 mask = ((u128)1 << drop) - 1, half = (u128)1 << (drop - 1), rem;
	int emax = 2 * bias + 1, be, lz;
	bool tiny = false, inc;

	e->up = false;
	if (!sig) {
		*mant = 0;
		return 0;
	}
	lz = clz128(sig);
	sig <<= lz;
	exp -= lz;
	be = exp + bias;
	if (be <= 0 && (e->unmasked & FSW_UE) && bias == FX_BIAS) {
		/* unmasked underflow: the rounded result scaled up by 2^24576 */
		e->exc |= FSW_UE;
		be += 24576;
	}
	if (be <= 0) {
		tiny = true;
		if (be == 0) {
			/* Tininess is detected after rounding (unbounded exponent). */
			rem = sig & mask;
			if ((sig >> drop) == (((u128)1 << bits) - 1) &&
			    round_inc(e->rc, sign, rem, half, 1))
				tiny = false;
		}
		sig = shr_jam(sig, 1 - be);
		be = 0;
	}
	rem = sig & mask;
	sig -= rem;
	inc = round_inc(e->rc, sign, rem, half, (sig >> drop) & 1);
	if (inc) {
		sig += (u128)1 << drop;
		if (!sig) {
			sig = (u128)1 << 127;
			be++;
		}
	}
	if (be == 0 && (sig >> 127))
		be = 1; /* a denormal rounded up to the smallest normal */
	if (rem) {
		e->exc |= FSW_PE;
		e->up = inc;
		if (tiny)
			e->exc |= FSW_UE;
	} else if (tiny && (e->unmasked & FSW_UE)) {
		e->exc |= FSW_UE; /* unmasked: tininess alone is enough */
	}
	if (be >= emax && (e->unmasked & FSW_OE) && bias == FX_BIAS) {
		/* unmasked overflow: the rounded result scaled down by 2^24576 */
		e->exc |= FSW_OE;
		be -= 24576;
	}
	if (be >= emax) {
		e->exc |= FSW_OE | FSW_PE;
		if (e->rc == 0 || (e->rc == 2 && !sign) || (e->rc == 1 && sign)) {
			e->up = true;
			*mant = 1ULL << 63;
			return emax;
		}
		e->up = false;
		*mant = ~0ULL << (64 - bits);
		return emax - 1;
	}
	*mant = (uint64_t)(sig >> 64);
	return be;
}

struct fx80 fx_round(struct fenv *e, int sign, int exp, u128 sig)
{
	uint64_t m;
	int be = fx_round_fmt(e, sign, exp, sig, e->prec, FX_BIAS, &m);

	return fx_make(sign, be, m);
}

void fx_unpack(struct fx80 x, int *exp, uint64_t *m)
{
	unsigned be = FX_EXP(x);
	int sh = __builtin_clzll(x.m);

	*exp = (int)(be ? be : 1) - FX_BIAS - sh;
	*m = x.m << sh;
}

struct fx80 fx_quiet(struct fx80 x)
{
	x.m |= 1ULL << 62;
	return x;
}

struct fx80 fx_nan2(struct fenv *e, struct fx80 a, struct fx80 b)
{
	enum fclass ka = fx_class(a), kb = fx_class(b);

	if (ka == FC_SNAN || kb == FC_SNAN)
		e->exc |= FSW_IE;
	if (fx_is_nan(ka) && fx_is_nan(kb)) {
		uint64_t ma = a.m, mb = b.m;

		/* a QNaN wins over an SNaN; else the larger significand */
		if (ka != kb)
			return fx_quiet(ka == FC_QNAN ? a : b);
		if (ma > mb)
			return fx_quiet(a);
		if (mb > ma)
			return fx_quiet(b);
		/* equal significands: the positive one */
		return fx_quiet(FX_SIGN(a) ? b : a);
	}
	return fx_quiet(fx_is_nan(ka) ? a : b);
}

static struct fx80 invalid(struct fenv *e)
{
	e->exc |= FSW_IE;
	return fx_indefinite;
}

static void check_denormal(struct fenv *e, enum fclass k)
{
	if (k == FC_DENORMAL)
		e->exc |= FSW_DE;
}

static struct fx80 fx_zero(int sign)
{
	return fx_make(sign, 0, 0);
}

static struct fx80 fx_inf(int sign)
{
	return fx_make(sign, 0x7fff, 1ULL << 63);
}

/* Common screening of two operands: returns true with *r set when done. */
static bool special2(struct fenv *e, struct fx80 a, struct fx80 b, enum fclass ka,
		     enum fclass kb, struct fx80 *r)
{
	if (ka == FC_UNSUPP || kb == FC_UNSUPP) {
		*r = invalid(e);
		return true;
	}
	if (fx_is_nan(ka) || fx_is_nan(kb)) {
		*r = fx_nan2(e, a, b);
		return true;
	}
	check_denormal(e, ka);
	check_denormal(e, kb);
	return false;
}

struct fx80 fx_add(struct fenv *e, struct fx80 a, struct fx80 b, bool sub)
{
	enum fclass ka = fx_class(a), kb = fx_class(b);
	int sa, sb, ea, eb, d, sign;
	uint64_t ma, mb;
	u128 A, B, S;
	struct fx80 r;

	if (special2(e, a, b, ka, kb, &r))
		return r;
	sa = FX_SIGN(a);
	sb = FX_SIGN(b) ^ sub;
	if (ka == FC_INF || kb == FC_INF) {
		if (ka == FC_INF && kb == FC_INF && sa != sb)
			return invalid(e);
		return fx_inf(ka == FC_INF ? sa : sb);
	}
	if (ka == FC_ZERO && kb == FC_ZERO)
		return fx_zero(sa == sb ? sa : e->rc == 1);
	if (ka == FC_ZERO)
		return (fx_unpack(b, &eb, &mb), fx_round(e, sb, eb, (u128)mb << 64));
	if (kb == FC_ZERO)
		return (fx_unpack(a, &ea, &ma), fx_round(e, sa, ea, (u128)ma << 64));
	fx_unpack(a, &ea, &ma);
	fx_unpack(b, &eb, &mb);
	if (eb > ea || (eb == ea && mb > ma)) {
		int t = ea; uint64_t tm = ma;

		ea = eb; eb = t; ma = mb; mb = tm;
		t = sa; sa = sb; sb = t;
	}
	d = ea - eb;
	A = (u128)ma << 63;
	B = shr_jam((u128)mb << 63, d > 200 ? 200 : d);
	sign = sa;
	if (sa == sb) {
		S = A + B;
	} else {
		S = A - B;
		if (!S)
			return fx_zero(e->rc == 1);
	}
	return fx_round(e, sign, ea + 1, S);
}

struct fx80 fx_mul(struct fenv *e, struct fx80 a, struct fx80 b)
{
	enum fclass ka = fx_class(a), kb = fx_class(b);
	int sign = FX_SIGN(a) ^ FX_SIGN(b), ea, eb;
	uint64_t ma, mb;
	struct fx80 r;

	if (special2(e, a, b, ka, kb, &r))
		return r;
	if (ka == FC_INF || kb == FC_INF) {
		if (ka == FC_ZERO || kb == FC_ZERO)
			return invalid(e);
		return fx_inf(sign);
	}
	if (ka == FC_ZERO || kb == FC_ZERO)
		return fx_zero(sign);
	fx_unpack(a, &ea, &ma);
	fx_unpack(b, &eb, &mb);
	return fx_round(e, sign, ea + eb + 1, (u128)ma * mb);
}

struct fx80 fx_div(struct fenv *e, struct fx80 a, struct fx80 b)
{
	enum fclass ka = fx_class(a), kb = fx_class(b);
	int sign = FX_SIGN(a) ^ FX_SIGN(b), ea, eb;
	uint64_t ma, mb;
	u128 n, q1, r1, q2, r2;
	struct fx80 r;
	unsigned exc = e->exc;

	if (special2(e, a, b, ka, kb, &r))
		return r;
	if (kb == FC_ZERO && ka != FC_ZERO && ka != FC_INF)
		e->exc = exc; /* x/0 reports ZE only, even for a denormal x */
	if (ka == FC_INF)
		return kb == FC_INF ? invalid(e) : fx_inf(sign);
	if (kb == FC_INF)
		return fx_zero(sign);
	if (kb == FC_ZERO) {
		if (ka == FC_ZERO)
			return invalid(e);
		e->exc |= FSW_ZE;
		return fx_inf(sign);
	}
	if (ka == FC_ZERO)
		return fx_zero(sign);
	fx_unpack(a, &ea, &ma);
	fx_unpack(b, &eb, &mb);
	n = (u128)ma << 63;
	q1 = n / mb;
	r1 = n % mb;
	q2 = (r1 << 64) / mb;
	r2 = (r1 << 64) % mb;
	return fx_round(e, sign, ea - eb, (q1 << 64) | q2 | (r2 != 0));
}

struct fx80 fx_sqrt(struct fenv *e, struct fx80 a)
{
	enum fclass k = fx_class(a);
	u128 y, rem = 0, root = 0;
	uint64_t m;
	int ex, odd;

	if (k == FC_UNSUPP)
		return invalid(e);
	if (fx_is_nan(k))
		return fx_nan2(e, a, a);
	if (k == FC_ZERO)
		return a;
	if (FX_SIGN(a))
		return invalid(e);
	if (k == FC_INF)
		return a;
	check_denormal(e, k);
	fx_unpack(a, &ex, &m);
	odd = ex & 1;
	y = odd ? (u128)m << 64 : (u128)m << 63;
	for (int i = 0; i < 96; i++) {
		unsigned pair = i < 64 ? (unsigned)(y >> (126 - 2 * i)) & 3 : 0;
		u128 trial;

		rem = (rem << 2) | pair;
		trial = (root << 2) | 1;
		if (rem >= trial) {
			rem -= trial;
			root = (root << 1) | 1;
		} else {
			root <<= 1;
		}
	}
	return fx_round(e, 0, (ex - odd) / 2, (root << 32) | (rem != 0));
}

/*
 * Round |value| = m/2^63 * 2^exp to an integer with rounding rc. false if it does
 * not fit in 64 bits.
 */
static bool int_round(struct fenv *e, unsigned rc, int sign, int exp, uint64_t m, uint64_t *out)
{
	u128 s, frac;
	uint64_t i;
	bool inc;

	e->up = false;
	if (exp >= 64)
		return false;
	if (exp >= 63) {
		*out = m;
		return true;
	}
	s = shr_jam((u128)m << 64, (unsigned)(63 - exp) > 127 ? 127 : (unsigned)(63 - exp));
	frac = (uint64_t)s;
	i = (uint64_t)(s >> 64);
	inc = round_inc(rc, sign, frac, (u128)1 << 63, i & 1);
	if (frac) {
		e->exc |= FSW_PE;
		e->up = inc;
	}
	*out = i + inc;
	return true;
}

static struct fx80 from_u64(int sign, uint64_t v)
{
	int sh;

	if (!v)
		return fx_zero(sign);
	sh = __builtin_clzll(v);
	return fx_make(sign, FX_BIAS + 63 - sh, v << sh);
}

struct fx80 fx_from_i64(int64_t v)
{
	return from_u64(v < 0, v < 0 ? -(uint64_t)v : (uint64_t)v);
}

struct fx80 fx_rndint(struct fenv *e, struct fx80 a)
{
	enum fclass k = fx_class(a);
	int ex, sign = FX_SIGN(a);
	uint64_t m, v;

	if (k == FC_UNSUPP)
		return invalid(e);
	if (fx_is_nan(k))
		return fx_nan2(e, a, a);
	if (k == FC_ZERO || k == FC_INF)
		return a;
	check_denormal(e, k);
	fx_unpack(a, &ex, &m);
	if (ex >= 63)
		return a;
	int_round(e, e->rc, sign, ex, m, &v);
	return from_u64(sign, v);
}

int64_t fx_to_int(struct fenv *e, struct fx80 a, unsigned bytes, bool trunc)
{
	enum fclass k = fx_class(a);
	uint64_t lim = 1ULL << (bytes * 8 - 1), m, v;
	int ex, sign = FX_SIGN(a);
	struct fenv t = *e;

	if (k == FC_ZERO)
		return 0;
	if (k == FC_UNSUPP || k == FC_INF || fx_is_nan(k))
		goto bad;
	fx_unpack(a, &ex, &m);
	if (!int_round(&t, trunc ? 3 : e->rc, sign, ex, m, &v))
		goto bad;
	if (sign ? v > lim : v >= lim)
		goto bad;
	e->exc |= t.exc;
	e->up = t.up;
	return sign ? -(int64_t)v : (int64_t)v;
bad:
	e->exc |= FSW_IE;
	e->up = false;
	return (int64_t)(lim == 1ULL << 63 ? lim : lim);
}

static struct fx80 from_float(struct fenv *e, uint64_t v, unsigned fbits, unsigned ebits)
{
	int sign = (int)(v >> (fbits + ebits)) & 1;
	unsigned emask = (1u << ebits) - 1, ex = (unsigned)(v >> fbits) & emask;
	int bias = (int)(emask >> 1);
	uint64_t frac = v & ((1ULL << fbits) - 1);

	if (ex == emask) {
		if (!frac)
			return fx_inf(sign);
		if (!(frac >> (fbits - 1)))
			e->exc |= FSW_IE; /* signalling NaN */
		return fx_make(sign, 0x7fff, 1ULL << 63 | 1ULL << 62 | frac << (63 - fbits));
	}
	if (!ex) {
		int sh;

		if (!frac)
			return fx_zero(sign);
		e->exc |= FSW_DE;
		sh = __builtin_clzll(frac);
		/* value = frac * 2^(1 - bias - fbits) */
		return fx_make(sign, FX_BIAS + 1 - bias - (int)fbits + 63 - sh, frac << sh);
	}
	return fx_make(sign, ex - bias + FX_BIAS, 1ULL << 63 | frac << (63 - fbits));
}

struct fx80 fx_from_f32(struct fenv *e, uint32_t v)
{
	return from_float(e, v, 23, 8);
}

struct fx80 fx_from_f64(struct fenv *e, uint64_t v)
{
	return from_float(e, v, 52, 11);
}

static uint64_t to_float(struct fenv *e, struct fx80 a, unsigned fbits, unsigned ebits)
{
	enum fclass k = fx_class(a);
	uint64_t sign = (uint64_t)FX_SIGN(a) << (fbits + ebits), emask = (1u << ebits) - 1;
	uint64_t fmask = (1ULL << fbits) - 1, m;
	struct fenv t = *e;
	int ex, be;

	switch (k) {
	case FC_UNSUPP:
		e->exc |= FSW_IE;
		return 1ULL << (fbits + ebits) | emask << fbits | 1ULL << (fbits - 1);
	case FC_SNAN:
		e->exc |= FSW_IE;
		/* fall through */
	case FC_QNAN:
		return sign | emask << fbits | 1ULL << (fbits - 1) | ((a.m << 1) >> (64 - fbits));
	case FC_INF:
		return sign | emask << fbits;
	case FC_ZERO:
		return sign;
	default:
		break;
	}
	fx_unpack(a, &ex, &m);
	be = fx_round_fmt(&t, FX_SIGN(a), ex, (u128)m << 64, fbits + 1, (int)(emask >> 1), &m);
	e->exc |= t.exc;
	e->up = t.up;
	return sign | (uint64_t)be << fbits | ((m >> (63 - fbits)) & fmask);
}

uint32_t fx_to_f32(struct fenv *e, struct fx80 a)
{
	return (uint32_t)to_float(e, a, 23, 8);
}

uint64_t fx_to_f64(struct fenv *e, struct fx80 a)
{
	return to_float(e, a, 52, 11);
}

int fx_compare(struct fenv *e, struct fx80 a, struct fx80 b, bool quiet)
{
	enum fclass ka = fx_class(a), kb = fx_class(b);
	int sa = FX_SIGN(a), sb = FX_SIGN(b), ea, eb, mag;
	uint64_t ma, mb;

	if (ka == FC_UNSUPP || kb == FC_UNSUPP) {
		e->exc |= FSW_IE;
		return 3;
	}
	if (fx_is_nan(ka) || fx_is_nan(kb)) {
		if (!quiet || ka == FC_SNAN || kb == FC_SNAN)
			e->exc |= FSW_IE;
		return 3;
	}
	check_denormal(e, ka);
	check_denormal(e, kb);
	if (ka == FC_ZERO && kb == FC_ZERO)
		return 1;
	if (ka == FC_ZERO)
		return sb ? 2 : 0;
	if (kb == FC_ZERO)
		return sa ? 0 : 2;
	if (sa != sb)
		return sa ? 0 : 2;
	if (ka == FC_INF || kb == FC_INF) {
		mag = ka == kb ? 1 : ka == FC_INF ? 2 : 0;
	} else {
		fx_unpack(a, &ea, &ma);
		fx_unpack(b, &eb, &mb);
		if (ea != eb)
			mag = ea > eb ? 2 : 0;
		else
			mag = ma == mb ? 1 : ma > mb ? 2 : 0;
	}
	return sa ? 2 - mag : mag;
}

struct fx80 fx_scale(struct fenv *e, struct fx80 a, struct fx80 b)
{
	enum fclass ka = fx_class(a), kb = fx_class(b);
	int sa = FX_SIGN(a), ea, eb;
	uint64_t ma, mb;
	long n;
	struct fx80 r;

	if (special2(e, a, b, ka, kb, &r))
		return r;
	if (kb == FC_INF) {
		if ((ka == FC_ZERO && !FX_SIGN(b)) || (ka == FC_INF && FX_SIGN(b)))
			return invalid(e);
		if (ka == FC_ZERO || ka == FC_INF)
			return a;
		return FX_SIGN(b) ? fx_zero(sa) : fx_inf(sa);
	}
	if (ka == FC_ZERO || ka == FC_INF)
		return a;
	if (kb == FC_ZERO) {
		n = 0;
	} else {
		fx_unpack(b, &eb, &mb);
		if (eb < 0)
			n = 0;
		else if (eb > 20)
			n = 1L << 20;
		else
			n = (long)(mb >> (63 - eb));
		if (FX_SIGN(b))
			n = -n;
	}
	fx_unpack(a, &ea, &ma);
	return fx_round(e, sa, ea + (int)n, (u128)ma << 64);
}

struct fx80 fx_prem(struct fenv *e, struct fx80 a, struct fx80 b, bool ieee, unsigned *qout,
		    bool *partial)
{
	enum fclass ka = fx_class(a), kb = fx_class(b);
	int sa = FX_SIGN(a), ea, eb, d;
	uint64_t ma, mb, q = 0;
	u128 r;
	struct fx80 res;

	*qout = 0;
	*partial = false;
	e->prec = 64; /* the remainder is exact: no precision control */
	if (ka == FC_INF || kb == FC_ZERO) {
		if (ka != FC_UNSUPP && kb != FC_UNSUPP && !fx_is_nan(ka) && !fx_is_nan(kb))
			return invalid(e); /* no DE reported */
	}
	if (special2(e, a, b, ka, kb, &res))
		return res;
	if (ka == FC_ZERO)
		return a;
	fx_unpack(a, &ea, &ma);
	if (kb == FC_INF)
		return fx_round(e, sa, ea, (u128)ma << 64); /* pseudo-denormals normalised */
	fx_unpack(b, &eb, &mb);
	d = ea - eb;
	if (d < 0) {
		if (ieee && d == -1 && ma > mb) {
			/* |a| in (|b|/2, |b|): a - sign*b */
			*qout = 1;
			return fx_round(e, !sa, ea + 64, ((u128)mb << 1) - ma);
		}
		return fx_round(e, sa, ea, (u128)ma << 64);
	}
	if (d >= 64) {
		/* partial remainder: reduce by b * 2^(d - n), leave the rest for later */
		int n = 32 + (d - 32) % 32;

		*partial = true;
		eb += d - n;
		d = n;
		ieee = false;
	}
	r = ma;
	for (int i = 0; i <= d; i++) {
		if (i) {
			r <<= 1;
			q <<= 1;
		}
		if (r >= mb) {
			r -= mb;
			q |= 1;
		}
	}
	if (ieee && (2 * r > mb || (2 * r == mb && (q & 1)))) {
		r = mb - r;
		q++;
		sa = !sa;
		if (!r)
			sa = FX_SIGN(a);
	}
	if (!*partial)
		*qout = (unsigned)(q & 7);
	if (!r)
		return fx_zero(FX_SIGN(a));
	return fx_round(e, sa, eb + 64, r);
}

struct fx80 fx_from_bcd(uint64_t lo, uint16_t hi)
{
	uint64_t v = 0;

	v = (hi >> 4 & 15) * 10 + (hi & 15);
	for (int i = 7; i >= 0; i--) {
		unsigned byte = (unsigned)(lo >> (8 * i)) & 0xff;

		v = v * 100 + (byte >> 4) * 10 + (byte & 15);
	}
	return from_u64(hi >> 15, v);
}

bool fx_to_bcd(struct fenv *e, struct fx80 a, uint64_t *lo, uint16_t *hi)
{
	enum fclass k = fx_class(a);
	int sign = FX_SIGN(a), ex;
	uint64_t m, v = 0;
	struct fenv t = *e;

	if (k == FC_UNSUPP || k == FC_INF || fx_is_nan(k))
		goto bad;
	if (k != FC_ZERO) {
			fx_unpack(a, &ex, &m);
		if (!int_round(&t, e->rc, sign, ex, m, &v) || v > 999999999999999999ULL)
			goto bad;
		e->exc |= t.exc;
		e->up = t.up;
	}
	*lo = 0;
	for (int i = 0; i < 8; i++) {
		*lo |= (uint64_t)((v % 10) | (v / 10 % 10) << 4) << (8 * i);
		v /= 100;
	}
	*hi = (uint16_t)((v % 10) | (v / 10 % 10) << 4 | (sign ? 0x8000 : 0));
	return true;
bad:
	e->exc |= FSW_IE;
	return false;
}

/* 128 bits of each constant: value = hi.lo / 2^127 * 2^exp */
static const struct {
	uint64_t hi, lo;
	int exp;
} consts[] = {
	{ 0xc90fdaa22168c234ULL, 0xc4c6628b80dc1cd1ULL, 1 },  /* pi */
	{ 0xb8aa3b295c17f0bbULL, 0xbe87fed0691d3e88ULL, 0 },  /* log2(e) */
	{ 0xd49a784bcd1b8afeULL, 0x492bf6ff4dafdb4cULL, 1 },  /* log2(10) */
	{ 0x9a209a84fbcff798ULL, 0x8f8959ac0b7c9178ULL, -2 }, /* log10(2) */
	{ 0xb17217f7d1cf79abULL, 0xc9e3b39803f2f6afULL, -1 }, /* ln(2) */
};

struct fx80 fx_const(struct fenv *e, int which)
{
	struct fenv t = *e;

	t.prec = 64;
	return fx_round(&t, 0, consts[which].exp,
			(u128)consts[which].hi << 64 | consts[which].lo);
}
