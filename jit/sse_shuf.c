// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Helpers for SSE/MMX data rearrangement: unpack, pack, shuffles, align, blends,
 * zero/sign extension, insertps, duplicates, mpsadbw and phminposuw (Intel SDM).
 */
#include <string.h>

#include "sse_ops.h"

/* ---- unpack: interleave lanes of the low (or high) halves of d and s ---- */

static void unpack(union x86_xmm *d, const union x86_xmm *s, unsigned lane, unsigned n, bool high)
{
	union x86_xmm r;
	unsigned half = n / 2 / lane, base = high ? half : 0;

	for (unsigned i = 0; i < half; i++) {
		memcpy(&r.b[2 * i * lane], &d->b[(base + i) * lane], lane);
		memcpy(&r.b[(2 * i + 1) * lane], &s->b[(base + i) * lane], lane);
	}
	memcpy(d, &r, n);
}

SSE_VOP_FN(PUNPCKLBW) { unpack(d, s, 1, n, false); }
SSE_VOP_FN(PUNPCKLWD) { unpack(d, s, 2, n, false); }
SSE_VOP_FN(PUNPCKLDQ) { unpack(d, s, 4, n, false); }
SSE_VOP_FN(PUNPCKLQDQ) { unpack(d, s, 8, n, false); }
SSE_VOP_FN(PUNPCKHBW) { unpack(d, s, 1, n, true); }
SSE_VOP_FN(PUNPCKHWD) { unpack(d, s, 2, n, true); }
SSE_VOP_FN(PUNPCKHDQ) { unpack(d, s, 4, n, true); }
SSE_VOP_FN(PUNPCKHQDQ) { unpack(d, s, 8, n, true); }
SSE_VOP_FN(UNPCKLPS) { unpack(d, s, 4, n, false); }
SSE_VOP_FN(UNPCKHPS) { unpack(d, s, 4, n, true); }
SSE_VOP_FN(UNPCKLPD) { unpack(d, s, 8, n, false); }
SSE_VOP_FN(UNPCKHPD) { unpack(d, s, 8, n, true); }

/* ---- pack with saturation: d's lanes narrowed first, then s's ---- */

SSE_VOP_FN(PACKSSWB)
{
	union x86_xmm r;
	unsigned h = n / 2;

	for (unsigned i = 0; i < h; i++) {
		r.sb[i] = sat_s8(d->sw[i]);
		r.sb[h + i] = sat_s8(s->sw[i]);
	}
	memcpy(d, &r, n);
}

SSE_VOP_FN(PACKUSWB)
{
	union x86_xmm r;
	unsigned h = n / 2;

	for (unsigned i = 0; i < h; i++) {
		r.b[i] = sat_u8(d->sw[i]);
		r.b[h + i] = sat_u8(s->sw[i]);
	}
	memcpy(d, &r, n);
}

static int32_t clamp32(int32_t v, int32_t lo, int32_t hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

SSE_VOP_FN(PACKSSDW)
{
	union x86_xmm r;
	unsigned h = n / 4;

	for (unsigned i = 0; i < h; i++) {
		r.sw[i] = (int16_t)clamp32(d->sd[i], -32768, 32767);
		r.sw[h + i] = (int16_t)clamp32(s->sd[i], -32768, 32767);
	}
	memcpy(d, &r, n);
}

SSE_VOP_FN(PACKUSDW)
{
	union x86_xmm r;

	for (unsigned i = 0; i < 4; i++) {
		r.w[i] = (uint16_t)clamp32(d->sd[i], 0, 65535);
		r.w[4 + i] = (uint16_t)clamp32(s->sd[i], 0, 65535);
	}
	*d = r;
}

/* ---- shuffles ---- */

SSE_VOP_FN(PSHUFB)
{
	union x86_xmm r = { 0 };

	for (unsigned i = 0; i < n; i++)
		r.b[i] = (s->b[i] & 0x80) ? 0 : d->b[s->b[i] & (n - 1)];
	memcpy(d, &r, n);
}

SSE_VOP_FN(PSHUFD)
{
	for (unsigned i = 0; i < 4; i++)
		d->d[i] = s->d[(imm >> (2 * i)) & 3];
}

SSE_VOP_FN(PSHUFHW)
{
	d->q[0] = s->q[0];
	for (unsigned i = 0; i < 4; i++)
		d->w[4 + i] = s->w[4 + ((imm >> (2 * i)) & 3)];
}

SSE_VOP_FN(PSHUFLW)
{
	d->q[1] = s->q[1];
	for (unsigned i = 0; i < 4; i++)
		d->w[i] = s->w[(imm >> (2 * i)) & 3];
}

SSE_VOP_FN(PSHUFW)
{
	for (unsigned i = 0; i < 4; i++)
		d->w[i] = s->w[(imm >> (2 * i)) & 3];
}

SSE_VOP_FN(SHUFPS)
{
	union x86_xmm r;

	r.d[0] = d->d[imm & 3];
	r.d[1] = d->d[(imm >> 2) & 3];
	r.d[2] = s->d[(imm >> 4) & 3];
	r.d[3] = s->d[(imm >> 6) & 3];
	*d = r;
}

SSE_VOP_FN(SHUFPD)
{
	union x86_xmm r;

	r.q[0] = d->q[imm & 1];
	r.q[1] = s->q[(imm >> 1) & 1];
	*d = r;
}

/* dst:src (dst high) shifted right by imm bytes, the low n bytes kept. */
SSE_VOP_FN(PALIGNR)
{
	uint8_t t[32];
	union x86_xmm r = { 0 };

	memcpy(t, s, n);
	memcpy(t + n, d, n);
	for (unsigned i = 0; i < n; i++)
		r.b[i] = imm + i < 2 * n ? t[imm + i] : 0;
	memcpy(d, &r, n);
}

/* ---- blends ---- */

SSE_VOP_FN(PBLENDW)
{
	for (unsigned i = 0; i < 8; i++)
		if (imm >> i & 1)
			d->w[i] = s->w[i];
}

SSE_VOP_FN(BLENDPS)
{
	for (unsigned i = 0; i < 4; i++)
		if (imm >> i & 1)
			d->d[i] = s->d[i];
}

SSE_VOP_FN(BLENDPD)
{
	for (unsigned i = 0; i < 2; i++)
		if (imm >> i & 1)
			d->q[i] = s->q[i];
}

/* The variable blends take their mask from xmm0. */
SSE_VOP_FN(PBLENDVB)
{
	for (unsigned i = 0; i < 16; i++)
		if (cpu->xmm[0].b[i] & 0x80)
			d->b[i] = s->b[i];
}

SSE_VOP_FN(BLENDVPS)
{
	for (unsigned i = 0; i < 4; i++)
		if (cpu->xmm[0].d[i] >> 31)
			d->d[i] = s->d[i];
}

SSE_VOP_FN(BLENDVPD)
{
	for (unsigned i = 0; i < 2; i++)
		if (cpu->xmm[0].q[i] >> 63)
			d->q[i] = s->q[i];
}

/* ---- zero and sign extension ---- */
#define PMOVX(m, dfld, sfld)                                                       \
	SSE_VOP_FN(m)                                                              \
	{                                                                          \
		union x86_xmm r;                                                   \
		for (unsigned i = 0; i < 16 / sizeof(r.dfld[0]); i++)              \
			r.dfld[i] = s->sfld[i];                                    \
		*d = r;                                                            \
	}
PMOVX(PMOVZXBW, w, b)
PMOVX(PMOVZXBD, d, b)
PMOVX(PMOVZXBQ, q, b)
PMOVX(PMOVZXWD, d, w)
PMOVX(PMOVZXWQ, q, w)
PMOVX(PMOVZXDQ, q, d)
PMOVX(PMOVSXBW, sw, sb)
PMOVX(PMOVSXBD, sd, sb)
PMOVX(PMOVSXBQ, sq, sb)
PMOVX(PMOVSXWD, sd, sw)
PMOVX(PMOVSXWQ, sq, sw)
PMOVX(PMOVSXDQ, sq, sd)

/* ---- insertps, duplicates ---- */

/* imm[7:6] source dword (the lifter clears it for a memory source), [5:4] destination, [3:0] zero mask. */
SSE_VOP_FN(INSERTPS)
{
	d->d[(imm >> 4) & 3] = s->d[(imm >> 6) & 3];
	for (unsigned i = 0; i < 4; i++)
		if (imm >> i & 1)
			d->d[i] = 0;
}

SSE_VOP_FN(MOVDDUP)
{
	d->q[0] = d->q[1] = s->q[0];
}

SSE_VOP_FN(MOVSHDUP)
{
	d->d[0] = d->d[1] = s->d[1];
	d->d[2] = d->d[3] = s->d[3];
}

SSE_VOP_FN(MOVSLDUP)
{
	d->d[0] = d->d[1] = s->d[0];
	d->d[2] = d->d[3] = s->d[2];
}

/* ---- SSE4.1 mpsadbw, phminposuw ---- */

SSE_VOP_FN(MPSADBW)
{
	unsigned so = (imm & 3) * 4, doff = (imm >> 2 & 1) * 4;
	union x86_xmm r;

	for (unsigned i = 0; i < 8; i++) {
		unsigned sum = 0;

		for (unsigned j = 0; j < 4; j++) {
			int x = d->b[doff + i + j] - s->b[so + j];

			sum += x < 0 ? -x : x;
		}
		r.w[i] = (uint16_t)sum;
	}
	*d = r;
}

SSE_VOP_FN(PHMINPOSUW)
{
	unsigned best = 0;

	for (unsigned i = 1; i < 8; i++)
		if (s->w[i] < s->w[best])
			best = i;
	d->q[1] = 0;
	d->q[0] = s->w[best] | (uint64_t)best << 16;
}
