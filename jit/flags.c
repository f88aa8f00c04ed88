// SPDX-License-Identifier: GPL-2.0-or-later
/* Materialising lazy x86 flags (the slow path; the lifter inlines common cases). */
#include "flags.h"
#include "jit.h"

static inline uint64_t mask_of(unsigned size)
{
	return size == 8 ? ~0ULL : (1ULL << (size * 8)) - 1;
}

static inline uint64_t parity(uint64_t v)
{
	return __builtin_parity((unsigned)(v & 0xff)) ? 0 : X86_PF;
}

static uint64_t zs(uint64_t res, unsigned size)
{
	uint64_t m = mask_of(size), f = 0;

	res &= m;
	if (!res)
		f |= X86_ZF;
	if (res >> (size * 8 - 1))
		f |= X86_SF;
	return f | parity(res);
}

uint64_t cc_compute(unsigned op, uint64_t dst, uint64_t src, uint64_t src2)
{
	unsigned size = cc_op_size(op), sh = size * 8 - 1;
	uint64_t m = mask_of(size), f, s1;

	switch (cc_op_kind(op)) {
	case CC_EFLAGS:
		return src & X86_ARITH_FLAGS;
	case CC_ADD:
	case CC_ADC: {
		uint64_t cin = cc_op_kind(op) == CC_ADC ? (src2 & 1) : 0;

		s1 = (dst - src - cin) & m;
		dst &= m;
		src &= m;
		f = zs(dst, size);
		if (cin ? dst <= src : dst < src)
			f |= X86_CF;
		if ((((s1 ^ dst) & (src ^ dst)) >> sh) & 1)
			f |= X86_OF;
		f |= (dst ^ s1 ^ src) & X86_AF;
		return f;
	}
	case CC_SUB:
	case CC_SBB: {
		uint64_t cin = cc_op_kind(op) == CC_SBB ? (src2 & 1) : 0;

		s1 = (dst + src + cin) & m;
		dst &= m;
		src &= m;
		f = zs(dst, size);
		if (cin ? s1 <= src : s1 < src)
			f |= X86_CF;
		if ((((s1 ^ src) & (s1 ^ dst)) >> sh) & 1)
			f |= X86_OF;
		f |= (dst ^ s1 ^ src) & X86_AF;
		return f;
	}
	case CC_LOGIC:
		return zs(dst, size);
	case CC_INC:
	case CC_DEC: {
		int inc = cc_op_kind(op) == CC_INC;

		dst &= m;
		s1 = (inc ? dst - 1 : dst + 1) & m;
		f = zs(dst, size) | (src & 1 ? X86_CF : 0);
		if (dst == (inc ? 1ULL << sh : (1ULL << sh) - 1))
			f |= X86_OF;
		f |= (dst ^ s1 ^ 1) & X86_AF;
		return f;
	}
	case CC_SHL:
		f = zs(dst, size);
		if ((src >> sh) & 1)
			f |= X86_CF;
		if ((((src ^ dst) & m) >> sh) & 1)
			f |= X86_OF;
		return f;
	case CC_SAR:
		f = zs(dst, size);
		if (src & 1)
			f |= X86_CF;
		if ((((src ^ dst) & m) >> sh) & 1)
			f |= X86_OF;
		return f;
	case CC_MUL:
		f = zs(dst, size);
		if (src)
			f |= X86_CF | X86_OF;
		return f;
	case CC_BSF:
		return (dst & m) ? 0 : X86_ZF;
	case CC_POPCNT:
		return (dst & m) ? 0 : X86_ZF;
	default:
		return 0;
	}
}

int cc_eval(enum x86_cond cc, unsigned op, uint64_t dst, uint64_t src, uint64_t src2)
{
	uint64_t f = cc_compute(op, dst, src, src2);
	int r;

	switch (cc >> 1) {
	case 0: r = !!(f & X86_OF); break;
	case 1: r = !!(f & X86_CF); break;
	case 2: r = !!(f & X86_ZF); break;
	case 3: r = !!(f & (X86_CF | X86_ZF)); break;
	case 4: r = !!(f & X86_SF); break;
	case 5: r = !!(f & X86_PF); break;
	case 6: r = !!(f & X86_SF) != !!(f & X86_OF); break;
	default: r = (f & X86_ZF) || (!!(f & X86_SF) != !!(f & X86_OF)); break;
	}
	return r ^ (cc & 1);
}

uint64_t x86_get_eflags(const struct x86_cpu *cpu)
{
	uint64_t f = cpu->eflags & ~(uint64_t)X86_ARITH_FLAGS;

	f |= cc_compute(cpu->cc_op, cpu->cc_dst, cpu->cc_src, cpu->cc_src2);
	return f | 2; /* bit 1 always reads as 1 */
}

void x86_set_eflags(struct x86_cpu *cpu, uint64_t flags)
{
	cpu->eflags = (flags & ~(uint64_t)X86_ARITH_FLAGS) | 2;
	cpu->cc_op = cc_op_make(CC_EFLAGS, 8);
	cpu->cc_src = flags & X86_ARITH_FLAGS;
	cpu->df = (flags & X86_DF) ? -1 : 1;
}
