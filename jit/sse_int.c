// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Helpers for SSE/MMX integer arithmetic, compares, min/max, horizontal ops, shifts,
 * movmsk and ptest (Intel SDM semantics), and the table of lane-wise helpers.
 */
#include <string.h>

#include "sse_ops.h"

/* ---- wrapping and saturating add/sub ---- */
SSE_VOP_FN(PADDB) { SSE_MAP2(b, a + b); }
SSE_VOP_FN(PADDW) { SSE_MAP2(w, a + b); }
SSE_VOP_FN(PADDD) { SSE_MAP2(d, a + b); }
SSE_VOP_FN(PADDQ) { SSE_MAP2(q, a + b); }
SSE_VOP_FN(PSUBB) { SSE_MAP2(b, a - b); }
SSE_VOP_FN(PSUBW) { SSE_MAP2(w, a - b); }
SSE_VOP_FN(PSUBD) { SSE_MAP2(d, a - b); }
SSE_VOP_FN(PSUBQ) { SSE_MAP2(q, a - b); }
SSE_VOP_FN(PADDSB) { SSE_MAP2(sb, sat_s8(a + b)); }
SSE_VOP_FN(PADDSW) { SSE_MAP2(sw, sat_s16(a + b)); }
SSE_VOP_FN(PADDUSB) { SSE_MAP2(b, sat_u8(a + b)); }
SSE_VOP_FN(PADDUSW) { SSE_MAP2(w, sat_u16(a + b)); }
SSE_VOP_FN(PSUBSB) { SSE_MAP2(sb, sat_s8(a - b)); }
SSE_VOP_FN(PSUBSW) { SSE_MAP2(sw, sat_s16(a - b)); }
SSE_VOP_FN(PSUBUSB) { SSE_MAP2(b, sat_u8(a - b)); }
SSE_VOP_FN(PSUBUSW) { SSE_MAP2(w, sat_u16(a - b)); }

/* ---- multiplies ---- */
SSE_VOP_FN(PMULLW) { SSE_MAP2(w, (uint32_t)a * b); }
SSE_VOP_FN(PMULHW) { SSE_MAP2(sw, (int16_t)(((int32_t)a * b) >> 16)); }
SSE_VOP_FN(PMULHUW) { SSE_MAP2(w, (uint16_t)(((uint32_t)a * b) >> 16)); }
SSE_VOP_FN(PMULLD) { SSE_MAP2(d, (uint32_t)((uint64_t)a * b)); }
SSE_VOP_FN(PMULHRSW)
{
	SSE_MAP2(sw, (int16_t)(((((int32_t)a * b) >> 14) + 1) >> 1));
}

/* Even dwords times even dwords, full 64-bit products. */
SSE_VOP_FN(PMULUDQ)
{
	for (unsigned i = 0; i < n / 8; i++)
		d->q[i] = (uint64_t)d->d[2 * i] * s->d[2 * i];
}

SSE_VOP_FN(PMULDQ)
{
	for (unsigned i = 0; i < n / 8; i++)
		d->sq[i] = (int64_t)d->sd[2 * i] * s->sd[2 * i];
}

SSE_VOP_FN(PMADDWD)
{
	for (unsigned i = 0; i < n / 4; i++) {
		uint32_t lo = (uint32_t)((int32_t)d->sw[2 * i] * s->sw[2 * i]);
		uint32_t hi = (uint32_t)((int32_t)d->sw[2 * i + 1] * s->sw[2 * i + 1]);

		d->d[i] = lo + hi; /* 0x8000 * 0x8000 twice wraps to 0x80000000 */
	}
}

/* Unsigned bytes of the destination times signed bytes of the source. */
SSE_VOP_FN(PMADDUBSW)
{
	for (unsigned i = 0; i < n / 2; i++)
		d->sw[i] = sat_s16(d->b[2 * i] * s->sb[2 * i] + d->b[2 * i + 1] * s->sb[2 * i + 1]);
}

/* ---- averages, sum of absolute differences ---- */
SSE_VOP_FN(PAVGB) { SSE_MAP2(b, (a + b + 1) >> 1); }
SSE_VOP_FN(PAVGW) { SSE_MAP2(w, (a + b + 1) >> 1); }

SSE_VOP_FN(PSADBW)
{
	for (unsigned g = 0; g < n / 8; g++) {
		unsigned sum = 0;

		for (unsigned k = 0; k < 8; k++) {
			int x = d->b[8 * g + k] - s->b[8 * g + k];

			sum += x < 0 ? -x : x;
		}
		d->q[g] = sum;
	}
}

/* ---- compares (pcmpeq* are in IR: lift_sse_int.c) ---- */
SSE_VOP_FN(PCMPGTB) { SSE_MAP2(sb, a > b ? -1 : 0); }
SSE_VOP_FN(PCMPGTW) { SSE_MAP2(sw, a > b ? -1 : 0); }
SSE_VOP_FN(PCMPGTD) { SSE_MAP2(sd, a > b ? -1 : 0); }
SSE_VOP_FN(PCMPGTQ) { SSE_MAP2(sq, a > b ? -1 : 0); }

/* ---- min/max ---- */
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
SSE_VOP_FN(PMINUB) { SSE_MAP2(b, MIN(a, b)); }
SSE_VOP_FN(PMAXUB) { SSE_MAP2(b, MAX(a, b)); }
SSE_VOP_FN(PMINSW) { SSE_MAP2(sw, MIN(a, b)); }
SSE_VOP_FN(PMAXSW) { SSE_MAP2(sw, MAX(a, b)); }
SSE_VOP_FN(PMINSB) { SSE_MAP2(sb, MIN(a, b)); }
SSE_VOP_FN(PMAXSB) { SSE_MAP2(sb, MAX(a, b)); }
SSE_VOP_FN(PMINUW) { SSE_MAP2(w, MIN(a, b)); }
SSE_VOP_FN(PMAXUW) { SSE_MAP2(w, MAX(a, b)); }
SSE_VOP_FN(PMINSD) { SSE_MAP2(sd, MIN(a, b)); }
SSE_VOP_FN(PMAXSD) { SSE_MAP2(sd, MAX(a, b)); }
SSE_VOP_FN(PMINUD) { SSE_MAP2(d, MIN(a, b)); }
SSE_VOP_FN(PMAXUD) { SSE_MAP2(d, MAX(a, b)); }

/* ---- SSSE3 abs, sign, horizontal add/sub ---- */
SSE_VOP_FN(PABSB) { SSE_MAP2(sb, b < 0 ? -b : b); }
SSE_VOP_FN(PABSW) { SSE_MAP2(sw, b < 0 ? -b : b); }
SSE_VOP_FN(PABSD) { SSE_MAP2(d, (int32_t)b < 0 ? -b : b); }
SSE_VOP_FN(PSIGNB) { SSE_MAP2(sb, b < 0 ? -a : b == 0 ? 0 : a); }
SSE_VOP_FN(PSIGNW) { SSE_MAP2(sw, b < 0 ? -a : b == 0 ? 0 : a); }
SSE_VOP_FN(PSIGND) { SSE_MAP2(d, (int32_t)b < 0 ? -a : b == 0 ? 0 : a); }

/* Pairs of the destination fill the low half of the result, pairs of the source the high. */
#define HORIZ(fld, expr)                                                           \
	do {                                                                       \
		union x86_xmm r_ = { 0 };                                          \
		unsigned h_ = n / sizeof(d->fld[0]) / 2;                           \
		for (unsigned i_ = 0; i_ < h_; i_++) {                             \
			__typeof__(d->fld[0]) a = d->fld[2 * i_], b = d->fld[2 * i_ + 1]; \
			r_.fld[i_] = (expr);                                       \
			a = s->fld[2 * i_];                                        \
			b = s->fld[2 * i_ + 1];                                    \
			r_.fld[h_ + i_] = (expr);                                  \
		}                                                                  \
		*d = r_;                                                           \
	} while (0)

SSE_VOP_FN(PHADDW) { HORIZ(w, a + b); }
SSE_VOP_FN(PHADDD) { HORIZ(d, a + b); }
SSE_VOP_FN(PHADDSW) { HORIZ(sw, sat_s16(a + b)); }
SSE_VOP_FN(PHSUBW) { HORIZ(w, a - b); }
SSE_VOP_FN(PHSUBD) { HORIZ(d, a - b); }
SSE_VOP_FN(PHSUBSW) { HORIZ(sw, sat_s16(a - b)); }

/* ---- shifts: (dst off, count, lane bytes, n) ---- */

DEFINE_HELPER(h_sse_psll, HF_VEC)
{
	union x86_xmm *d = sse_at(cpu, a);
	unsigned lane = c, bits = lane * 8;

	for (unsigned i = 0; i < e / lane; i++) {
		if (b >= bits) {
			memset(&d->b[i * lane], 0, lane);
			continue;
		}
		switch (lane) {
		case 2: d->w[i] = (uint16_t)(d->w[i] << b); break;
		case 4: d->d[i] <<= b; break;
		default: d->q[i] <<= b; break;
		}
	}
	return 0;
}

DEFINE_HELPER(h_sse_psrl, HF_VEC)
{
	union x86_xmm *d = sse_at(cpu, a);
	unsigned lane = c, bits = lane * 8;

	for (unsigned i = 0; i < e / lane; i++) {
		if (b >= bits) {
			memset(&d->b[i * lane], 0, lane);
			continue;
		}
		switch (lane) {
		case 2: d->w[i] >>= b; break;
		case 4: d->d[i] >>= b; break;
		default: d->q[i] >>= b; break;
		}
	}
	return 0;
}

/* Arithmetic right shift: counts beyond the lane width fill with the sign. */
DEFINE_HELPER(h_sse_psra, HF_VEC)
{
	union x86_xmm *d = sse_at(cpu, a);
	unsigned lane = c, bits = lane * 8;
	unsigned cnt = b >= bits ? bits - 1 : (unsigned)b;

	for (unsigned i = 0; i < e / lane; i++) {
		if (lane == 2)
			d->sw[i] = (int16_t)(d->sw[i] >> cnt);
		else
			d->sd[i] = d->sd[i] >> cnt;
	}
	return 0;
}

/* pslldq/psrldq: whole-register byte shifts, counts above 15 clear it. */
DEFINE_HELPER(h_sse_pslldq, HF_VEC)
{
	union x86_xmm *d = sse_at(cpu, a), r = { 0 };

	for (unsigned i = 0; b < 16 && i + b < 16; i++)
		r.b[i + b] = d->b[i];
	*d = r;
	return 0;
}

DEFINE_HELPER(h_sse_psrldq, HF_VEC)
{
	union x86_xmm *d = sse_at(cpu, a), r = { 0 };

	for (unsigned i = 0; b < 16 && i + b < 16; i++)
		r.b[i] = d->b[i + b];
	*d = r;
	return 0;
}

/* ---- masks and tests ---- */

DEFINE_HELPER(h_sse_movmskps, HF_VEC)
{
	const union x86_xmm *s = sse_at(cpu, a);

	return (s->d[0] >> 31) | (s->d[1] >> 31) << 1 | (s->d[2] >> 31) << 2 | (s->d[3] >> 31) << 3;
}

DEFINE_HELPER(h_sse_movmskpd, HF_VEC)
{
	const union x86_xmm *s = sse_at(cpu, a);

	return (s->q[0] >> 63) | (s->q[1] >> 63) << 1;
}

/* ZF = (dst & src) == 0, CF = (~dst & src) == 0, the others cleared. */
DEFINE_HELPER(h_sse_ptest, HF_VEC)
{
	const union x86_xmm *d = sse_at(cpu, a), *s = sse_at(cpu, b);
	uint64_t f = 0;

	if (!((d->q[0] & s->q[0]) | (d->q[1] & s->q[1])))
		f |= X86_ZF;
	if (!((~d->q[0] & s->q[0]) | (~d->q[1] & s->q[1])))
		f |= X86_CF;
	return f;
}

/* ---- the lane-wise helpers: (dst off, src off, imm, n) ---- */

static void sse_run(struct x86_cpu *cpu, uint64_t doff, uint64_t soff, uint64_t imm, uint64_t n,
		    sse_vop_fn *fn)
{
	union x86_xmm d = { 0 }, s = { 0 };

	/* Constant sizes: the copies become two moves instead of memcpy calls. */
	if (n == 16) {
		memcpy(&d, sse_at(cpu, doff), 16);
		memcpy(&s, sse_at(cpu, soff), 16);
		fn(cpu, &d, &s, (unsigned)imm, 16);
		memcpy(sse_at(cpu, doff), &d, 16);
		return;
	}
	memcpy(&d, sse_at(cpu, doff), 8);
	memcpy(&s, sse_at(cpu, soff), 8);
	fn(cpu, &d, &s, (unsigned)imm, 8);
	memcpy(sse_at(cpu, doff), &d, 8);
}

#define SSE_VOP(m, f)                                                              \
	DEFINE_HELPER(h_sse_##m, HF_VEC)                                           \
	{                                                                          \
		sse_run(cpu, a, b, c, e, sse_op_##m);                              \
		return 0;                                                          \
	}
#include "sse_vops.def"
#undef SSE_VOP

const struct sse_vop sse_vops[] = {
#define SSE_VOP(m, f) { ZYDIS_MNEMONIC_##m, &h_sse_##m, f },
#include "sse_vops.def"
#undef SSE_VOP
	{ 0, NULL, 0 }
};
