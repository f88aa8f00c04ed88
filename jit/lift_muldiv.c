// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of mul/imul/div/idiv (Intel SDM vol. 2). Division checks for a zero
 * divisor and for a quotient that does not fit before any IR division: AArch64
 * never traps and x86 hosts would trap inside xbt, so #DE is raised explicitly.
 */
#include "lift.h"

/* ---- multiplication ---- */

/* CF = OF = 1 when the upper half is significant; SF, ZF, AF, PF undefined. */
static void set_mul_flags(struct lift_ctx *c, unsigned size, ir_t lo, ir_t overflow)
{
	gen_set_cc(c, CC_MUL, size, lo, overflow, 0);
}

/* One-operand mul/imul: rdx:rax (ax for bytes) = rax * r/m. */
static int lift_mul1(struct lift_ctx *c, bool sign)
{
	unsigned size = op_size(c, 0), n = size * 8;
	ir_t b = lift_load(c, 0);
	ir_t a = gen_get_gpr(c, X86_RAX, size, false);
	ir_t lo, hi, ovf;

	if (size == 8) {
		lo = gen_op2(c, IR_MUL, a, b);
		if (sign) {
			hi = gen_op2(c, IR_MULHS, a, b);
			ovf = gen_setc(c, IRC_NE, hi, gen_opi(c, IR_SAR, lo, 63));
		} else {
			hi = gen_op2(c, IR_MULHU, a, b);
			ovf = gen_setci(c, IRC_NE, hi, 0);
		}
	} else {
		/* The full product fits in 64 bits. */
		ir_t p = sign ? gen_op2(c, IR_MUL, gen_sext(c, size, a), gen_sext(c, size, b))
			      : gen_op2(c, IR_MUL, a, b);

		lo = gen_zext(c, size, p);
		hi = gen_zext(c, size, gen_opi(c, IR_SHR, p, n));
		ovf = sign ? gen_setc(c, IRC_NE, gen_sext(c, size, p), p)
			   : gen_setci(c, IRC_NE, hi, 0);
	}
	if (size == 1) {
		gen_set_gpr(c, X86_RAX, 2, false, gen_op2(c, IR_OR, lo, gen_opi(c, IR_SHL, hi, 8)));
	} else {
		gen_set_gpr(c, X86_RAX, size, false, lo);
		gen_set_gpr(c, X86_RDX, size, false, hi);
	}
	set_mul_flags(c, size, lo, ovf);
	return 0;
}

static int lift_mul(struct lift_ctx *c)
{
	return lift_mul1(c, false);
}

/* imul r/m; imul r, r/m; imul r, r/m, imm (the result truncated to the destination). */
static int lift_imul(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);
	ir_t a, b, p, ovf;

	if (c->in->operand_count_visible == 1)
		return lift_mul1(c, true);
	if (c->in->operand_count_visible == 3) {
		a = lift_load_sx(c, 1);
		b = lift_load_sx(c, 2);
	} else {
		b = lift_load_sx(c, 1);
		a = lift_load_sx(c, 0);
	}
	p = gen_op2(c, IR_MUL, a, b);
	if (size == 8)
		ovf = gen_setc(c, IRC_NE, gen_op2(c, IR_MULHS, a, b), gen_opi(c, IR_SAR, p, 63));
	else
		ovf = gen_setc(c, IRC_NE, gen_sext(c, size, p), p);
	p = gen_zext(c, size, p);
	lift_store(c, 0, p);
	set_mul_flags(c, size, p, ovf);
	return 0;
}

/* ---- division ---- */

/* #DE (SIGFPE, FPE_INTDIV) at this instruction when bad != 0. */
static void raise_de_if(struct lift_ctx *c, ir_t bad)
{
	unsigned ok = gen_new_label(c);

	gen_brc(c, gen_setci(c, IRC_EQ, bad, 0), ok);
	gen_raise(c, JIT_SIGFPE, 1 /* FPE_INTDIV */, X86_TRAP_DE, 0);
	gen_label(c, ok);
}

/*
 * rdx:rax / divisor for 64-bit operands, through 128-bit host arithmetic. Writes
 * rax (quotient) and rdx (remainder) and returns 0, or returns 1 and changes
 * nothing when the divisor is 0 or the quotient does not fit (#DE).
 */
DEFINE_HELPER(h_div64, HF_STATE)
{
	uint64_t lo = cpu->regs[X86_RAX], hi = cpu->regs[X86_RDX], d = a;
	unsigned __int128 n = (unsigned __int128)hi << 64 | lo;

	if (!d)
		return 1;
	if (!b) {
		unsigned __int128 q = n / d;

		if (q >> 64)
			return 1;
		cpu->regs[X86_RAX] = (uint64_t)q;
		cpu->regs[X86_RDX] = (uint64_t)(n % d);
	} else {
		/* Signed: divide magnitudes, then fix the signs (no host overflow possible). */
		bool nneg = (int64_t)hi < 0, dneg = (int64_t)d < 0;
		unsigned __int128 un = nneg ? -n : n, q, r;
		uint64_t ud = dneg ? -d : d;

		q = un / ud;
		r = un % ud;
		if (nneg != dneg) {
			if (q > (unsigned __int128)1 << 63)
				return 1;
			q = -q;
		} else if (q >= (unsigned __int128)1 << 63) {
			return 1;
		}
		if (nneg)
			r = -r;
		cpu->regs[X86_RAX] = (uint64_t)q;
		cpu->regs[X86_RDX] = (uint64_t)r;
	}
	return 0;
}

/*
 * rdx:rax / b for 64-bit operands. When rdx only extends rax (zero for div, the
 * sign for idiv: after xor edx, edx or cqo, the usual case) and the quotient fits
 * (b != 0, not INT64_MIN / -1), a 64-bit division inline; otherwise h_div64 (128-bit
 * host arithmetic, __udivmodti4: 13% of lua's time when every division went there),
 * which also reports #DE.
 */
static void lift_div64(struct lift_ctx *c, bool sign, ir_t b)
{
	unsigned slow = gen_new_label(c), done = gen_new_label(c);
	ir_t lo = gen_get_gpr(c, X86_RAX, 8, false), hi = gen_get_gpr(c, X86_RDX, 8, false);
	ir_t ext = sign ? gen_opi(c, IR_SAR, lo, 63) : gen_movi(c, 0);
	ir_t bad = gen_op2(c, IR_OR, gen_setc(c, IRC_NE, hi, ext), gen_setci(c, IRC_EQ, b, 0));

	if (sign)
		bad = gen_op2(c, IR_OR, bad, gen_op2(c, IR_AND, gen_setci(c, IRC_EQ, lo, 1ULL << 63),
						     gen_setci(c, IRC_EQ, b, ~0ULL)));
	gen_brc(c, bad, slow);
	gen_set_gpr(c, X86_RAX, 8, false, gen_op2(c, sign ? IR_DIVS : IR_DIVU, lo, b));
	gen_set_gpr(c, X86_RDX, 8, false, gen_op2(c, sign ? IR_REMS : IR_REMU, lo, b));
	gen_br(c, done);
	gen_label(c, slow);
	raise_de_if(c, gen_call(c, &h_div64, b, gen_movi(c, sign), 0, 0));
	gen_label(c, done);
}

/* div/idiv r/m: the quotient goes to rax (al), the remainder to rdx (ah); flags undefined (kept). */
static int lift_div(struct lift_ctx *c)
{
	bool sign = c->in->mnemonic == ZYDIS_MNEMONIC_IDIV;
	unsigned size = op_size(c, 0), n = size * 8;
	ir_t b = lift_load(c, 0), num, q, r;

	if (size == 8) {
		lift_div64(c, sign, b);
		return 0;
	}
	/* The dividend (ax, dx:ax or edx:eax) as one 64-bit value. */
	if (size == 1) {
		num = gen_get_gpr(c, X86_RAX, 2, false);
		if (sign)
			num = gen_sext(c, 2, num);
	} else {
		num = gen_op2(c, IR_OR, gen_get_gpr(c, X86_RAX, size, false),
			      gen_opi(c, IR_SHL, gen_get_gpr(c, X86_RDX, size, false), n));
		if (sign)
			num = gen_sext(c, 2 * size, num);
	}
	raise_de_if(c, gen_setci(c, IRC_EQ, b, 0));
	if (sign) {
		b = gen_sext(c, size, b);
		if (size == 4) /* INT64_MIN / -1 would overflow the host division */
			raise_de_if(c, gen_op2(c, IR_AND,
					       gen_setci(c, IRC_EQ, num, 1ULL << 63),
					       gen_setci(c, IRC_EQ, b, ~0ULL)));
		q = gen_op2(c, IR_DIVS, num, b);
		raise_de_if(c, gen_setc(c, IRC_NE, gen_sext(c, size, q), q));
		r = gen_op2(c, IR_REMS, num, b);
	} else {
		q = gen_op2(c, IR_DIVU, num, b);
		raise_de_if(c, gen_setci(c, IRC_GTU, q, size_mask(size)));
		r = gen_op2(c, IR_REMU, num, b);
	}
	if (size == 1) {
		gen_set_gpr(c, X86_RAX, 2, false,
			    gen_op2(c, IR_OR, gen_zext(c, 1, q), gen_opi(c, IR_SHL, gen_zext(c, 1, r), 8)));
	} else {
		gen_set_gpr(c, X86_RAX, size, false, gen_zext(c, size, q));
		gen_set_gpr(c, X86_RDX, size, false, gen_zext(c, size, r));
	}
	return 0;
}

const struct lift_entry lift_tab_muldiv[] = {
	{ ZYDIS_MNEMONIC_MUL, lift_mul }, { ZYDIS_MNEMONIC_IMUL, lift_imul },
	{ ZYDIS_MNEMONIC_DIV, lift_div }, { ZYDIS_MNEMONIC_IDIV, lift_div },
	{ 0, NULL }
};
