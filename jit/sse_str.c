// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Helpers for the SSE4.2 string compares (pcmpestri/pcmpestrm/pcmpistri/pcmpistrm)
 * and crc32 (CRC-32C, Castagnoli, reflected), as the Intel SDM specifies them.
 */
#include "sse_ops.h"

/* Element j of a source in the format of imm[1:0], as a signed value. */
static int elem(const union x86_xmm *v, unsigned j, unsigned imm)
{
	switch (imm & 3) {
	case 0: return v->b[j];
	case 1: return v->w[j];
	case 2: return v->sb[j];
	default: return v->sw[j];
	}
}

/* Length of an implicit (zero-terminated) string of ne elements. */
static unsigned implicit_len(const union x86_xmm *v, unsigned imm, unsigned ne)
{
	unsigned i;

	for (i = 0; i < ne; i++)
		if (!elem(v, i, imm))
			break;
	return i;
}

/* |rax| (or |eax|) saturated to ne. */
static unsigned explicit_len(uint64_t r, bool rexw, unsigned ne)
{
	int64_t v = rexw ? (int64_t)r : (int64_t)(int32_t)r;

	if (v < 0)
		v = v < -(int64_t)ne ? (int64_t)ne : -v;
	return v > (int64_t)ne ? ne : (unsigned)v;
}

/*
 * The common core: IntRes2 (one bit per element of the second operand) and the
 * flags. a = reg operand off | rm operand off << 16, b = imm | rexw << 8.
 */
static unsigned pcmpstr(struct x86_cpu *cpu, uint64_t a, uint64_t b, uint64_t rax, uint64_t rdx,
			bool expl, uint64_t *flags)
{
	const union x86_xmm *s1 = sse_at(cpu, a & 0xffff), *s2 = sse_at(cpu, a >> 16);
	unsigned imm = b & 0xff, ne = (imm & 1) ? 8 : 16, l1, l2, res1 = 0, res2;
	unsigned all = (1u << ne) - 1;

	if (expl) {
		l1 = explicit_len(rax, b >> 8 & 1, ne);
		l2 = explicit_len(rdx, b >> 8 & 1, ne);
	} else {
		l1 = implicit_len(s1, imm, ne);
		l2 = implicit_len(s2, imm, ne);
	}
	switch (imm >> 2 & 3) {
	case 0: /* equal any: s2[j] is one of the characters of s1 */
		for (unsigned j = 0; j < l2; j++)
			for (unsigned i = 0; i < l1; i++)
				if (elem(s2, j, imm) == elem(s1, i, imm))
					res1 |= 1u << j;
		break;
	case 1: /* ranges: s1 holds (low, high) pairs */
		for (unsigned j = 0; j < l2; j++)
			for (unsigned i = 0; i + 1 < l1; i += 2) {
				int x = elem(s2, j, imm);

				if (x >= elem(s1, i, imm) && x <= elem(s1, i + 1, imm))
					res1 |= 1u << j;
			}
		break;
	case 2: /* equal each: both invalid counts as equal, one invalid as different */
		for (unsigned j = 0; j < ne; j++) {
			bool v1 = j < l1, v2 = j < l2;

			if (v1 && v2 ? elem(s1, j, imm) == elem(s2, j, imm) : !v1 && !v2)
				res1 |= 1u << j;
		}
		break;
	default: /* equal ordered: the string s1 starts at s2[j] (s1's end matches anything) */
		for (unsigned j = 0; j < ne; j++) {
			bool match = true;

			for (unsigned i = 0; i + j < ne && match; i++) {
				bool v1 = i < l1, v2 = i + j < l2;

				if (!v1)
					break;
				if (!v2 || elem(s1, i, imm) != elem(s2, i + j, imm))
					match = false;
			}
			if (match)
				res1 |= 1u << j;
		}
		break;
	}
	switch (imm >> 4 & 3) {
	case 1: /* negative */
		res2 = ~res1 & all;
		break;
	case 3: /* masked negative: only the valid elements of s2 */
		res2 = (res1 ^ ((1u << l2) - 1)) & all;
		break;
	default:
		res2 = res1;
		break;
	}
	*flags = (res2 ? X86_CF : 0) | (l2 < ne ? X86_ZF : 0) | (l1 < ne ? X86_SF : 0) |
		 ((res2 & 1) ? X86_OF : 0);
	return res2;
}

/* Index: lowest (imm[6] = 0) or highest set bit of IntRes2, ne if none; -> flags | idx << 16. */
static uint64_t pcmpstri(struct x86_cpu *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t e,
			 bool expl)
{
	uint64_t f;
	unsigned r = pcmpstr(cpu, a, b, c, e, expl, &f), ne = (b & 1) ? 8 : 16, idx;

	if (!r)
		idx = ne;
	else if (b & 0x40)
		idx = 31 - __builtin_clz(r);
	else
		idx = __builtin_ctz(r);
	return f | (uint64_t)idx << 16;
}

/* Mask into xmm0: the bits (imm[6] = 0) or each element all ones / zero. */
static uint64_t pcmpstrm(struct x86_cpu *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t e,
			 bool expl)
{
	uint64_t f;
	unsigned r = pcmpstr(cpu, a, b, c, e, expl, &f);
	union x86_xmm m = { 0 };

	if (!(b & 0x40)) {
		m.q[0] = r;
	} else if (b & 1) {
		for (unsigned i = 0; i < 8; i++)
			m.w[i] = (r >> i & 1) ? 0xffff : 0;
	} else {
		for (unsigned i = 0; i < 16; i++)
			m.b[i] = (r >> i & 1) ? 0xff : 0;
	}
	cpu->xmm[0] = m;
	return f;
}

DEFINE_HELPER(h_sse_pcmpestri, HF_VEC)
{
	return pcmpstri(cpu, a, b, c, e, true);
}

DEFINE_HELPER(h_sse_pcmpistri, HF_VEC)
{
	return pcmpstri(cpu, a, b, c, e, false);
}

DEFINE_HELPER(h_sse_pcmpestrm, HF_VEC)
{
	return pcmpstrm(cpu, a, b, c, e, true);
}

DEFINE_HELPER(h_sse_pcmpistrm, HF_VEC)
{
	return pcmpstrm(cpu, a, b, c, e, false);
}

/* ---- crc32 ---- */

static uint32_t crc32c_table[256];

__attribute__((constructor)) static void crc32c_init(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t r = i;

		for (int k = 0; k < 8; k++)
			r = (r >> 1) ^ ((r & 1) ? 0x82f63b78u : 0);
		crc32c_table[i] = r;
	}
}

/* a: crc, b: data, c: bytes of data (LSB first); no inversion, as the instruction. */
DEFINE_HELPER(h_sse_crc32, HF_PURE)
{
	uint32_t crc = (uint32_t)a;

	for (unsigned i = 0; i < c; i++)
		crc = (crc >> 8) ^ crc32c_table[(crc ^ (b >> (8 * i))) & 0xff];
	return crc;
}
