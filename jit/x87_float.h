/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Software 80-bit extended precision (x87 double-extended) on 64-bit integers:
 * the arithmetic core used by the x87 helpers. No host floating point is used.
 */
#ifndef XBT_JIT_X87_FLOAT_H
#define XBT_JIT_X87_FLOAT_H

#include "../core/cpu.h"

typedef unsigned __int128 u128;

/* An 80-bit value: explicit-integer-bit significand and sign|biased exponent. */
struct fx80 {
	uint64_t m;
	uint16_t se;
};

/* FSW bits */
#define FSW_IE 0x0001
#define FSW_DE 0x0002
#define FSW_ZE 0x0004
#define FSW_OE 0x0008
#define FSW_UE 0x0010
#define FSW_PE 0x0020
#define FSW_SF 0x0040
#define FSW_ES 0x0080
#define FSW_C0 0x0100
#define FSW_C1 0x0200
#define FSW_C2 0x0400
#define FSW_TOP 0x3800
#define FSW_C3 0x4000
#define FSW_B 0x8000
#define FSW_CC (FSW_C0 | FSW_C1 | FSW_C2 | FSW_C3)

/* Rounding state and exceptions raised by one operation. */
struct fenv {
	unsigned rc;  /* 0 nearest, 1 down, 2 up, 3 toward zero */
	unsigned prec; /* significand bits: 24, 53 or 64 */
	unsigned exc;  /* FSW_IE.. FSW_PE raised */
	bool up;       /* the last rounding increased the magnitude (C1) */
	unsigned unmasked; /* FSW_OE/FSW_UE unmasked: 80-bit results get the 2^24576 bias */
};

enum fclass { FC_ZERO, FC_NORMAL, FC_DENORMAL, FC_INF, FC_QNAN, FC_SNAN, FC_UNSUPP };

#define FX_EXP(x) ((x).se & 0x7fff)
#define FX_SIGN(x) ((x).se >> 15)
#define FX_BIAS 16383

extern const struct fx80 fx_indefinite; /* real indefinite: -QNaN 0xC000000000000000 */

static inline struct fx80 fx_make(int sign, unsigned exp, uint64_t m)
{
	struct fx80 r = { m, (uint16_t)((sign ? 0x8000 : 0) | exp) };
	return r;
}

enum fclass fx_class(struct fx80 x);
static inline bool fx_is_nan(enum fclass k)
{
	return k == FC_QNAN || k == FC_SNAN;
}

/*
 * Round sign * sig/2^127 * 2^exp (sig not necessarily normalised; sticky bits
 * already jammed into bit 0) to the precision e->prec with rounding e->rc, in the
 * extended exponent range. Sets PE/UE/OE and e->up.
 */
struct fx80 fx_round(struct fenv *e, int sign, int exp, u128 sig);
/* The same into a format with `bits` significand bits (incl. the integer bit) and
 * exponent bias `bias` (max biased exponent 2*bias+1 is inf/NaN); returns the biased
 * exponent and the significand left-aligned at bit 63 (explicit leading bit). */
int fx_round_fmt(struct fenv *e, int sign, int exp, u128 sig, unsigned bits, int bias,
		 uint64_t *mant);

/* Unpack a finite nonzero value: value = m/2^63 * 2^exp, m normalised. */
void fx_unpack(struct fx80 x, int *exp, uint64_t *m);

/* NaN result of an operation on a and b (either may be non-NaN); sets IE for SNaN. */
struct fx80 fx_nan2(struct fenv *e, struct fx80 a, struct fx80 b);
struct fx80 fx_quiet(struct fx80 x);

/* Arithmetic with every x87 special case; results rounded with e. */
struct fx80 fx_add(struct fenv *e, struct fx80 a, struct fx80 b, bool sub);
struct fx80 fx_mul(struct fenv *e, struct fx80 a, struct fx80 b);
struct fx80 fx_div(struct fenv *e, struct fx80 a, struct fx80 b);
struct fx80 fx_sqrt(struct fenv *e, struct fx80 a);
struct fx80 fx_rndint(struct fenv *e, struct fx80 a);
struct fx80 fx_scale(struct fenv *e, struct fx80 a, struct fx80 b);
/* fprem/fprem1: *q gets the low 3 quotient bits, *partial 1 when incomplete. */
struct fx80 fx_prem(struct fenv *e, struct fx80 a, struct fx80 b, bool ieee, unsigned *q,
		    bool *partial);

/* Compare: 0 less, 1 equal, 2 greater, 3 unordered. quiet: only SNaN raises IE. */
int fx_compare(struct fenv *e, struct fx80 a, struct fx80 b, bool quiet);

/* Conversions. */
struct fx80 fx_from_i64(int64_t v);
/* Round to an integer of `bytes` bytes (2, 4, 8); trunc forces chop; IE and the
 * integer indefinite on overflow or NaN. */
int64_t fx_to_int(struct fenv *e, struct fx80 a, unsigned bytes, bool trunc);
struct fx80 fx_from_f32(struct fenv *e, uint32_t v);
struct fx80 fx_from_f64(struct fenv *e, uint64_t v);
uint32_t fx_to_f32(struct fenv *e, struct fx80 a);
uint64_t fx_to_f64(struct fenv *e, struct fx80 a);
struct fx80 fx_from_bcd(uint64_t lo, uint16_t hi);
/* Returns false (IE, caller stores the BCD indefinite) when out of range. */
bool fx_to_bcd(struct fenv *e, struct fx80 a, uint64_t *lo, uint16_t *hi);

/* Constants (fldpi...) rounded with e->rc to 64 bits: 0 pi, 1 l2e, 2 l2t, 3 lg2, 4 ln2. */
struct fx80 fx_const(struct fenv *e, int which);

/* Transcendentals (jit/x87_trans.c). Return false when the operand is out of range
 * (fsin/fcos/fptan with |x| >= 2^63: C2 set, operand unchanged). fx_sincos: want
 * bit 0 sine, bit 1 cosine (whose flags count). */
bool fx_sincos(struct fenv *e, struct fx80 a, struct fx80 *s, struct fx80 *c, unsigned want);
bool fx_tan(struct fenv *e, struct fx80 a, struct fx80 *t);
struct fx80 fx_atan2(struct fenv *e, struct fx80 y, struct fx80 x);
struct fx80 fx_f2xm1(struct fenv *e, struct fx80 a);
struct fx80 fx_yl2x(struct fenv *e, struct fx80 y, struct fx80 x);
struct fx80 fx_yl2xp1(struct fenv *e, struct fx80 y, struct fx80 x);

#endif
