// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of shifts, rotates, shld/shrd (Intel SDM vol. 2: SAL/SAR/SHL/SHR,
 * RCL/RCR/ROL/ROR, SHLD, SHRD). A masked count of 0 changes no flag, but a
 * 32-bit register destination is still written (zero-extended), as on hardware.
 */
#include "lift.h"

enum shift_kind { SH_SHL, SH_SHR, SH_SAR, SH_ROL, SH_ROR, SH_RCL, SH_RCR };

/*
 * The count operand masked to 5 bits (6 for 64-bit operands). *known is its
 * value when it is an immediate, -1 when it comes from cl.
 */
static ir_t shift_count(struct lift_ctx *c, int i, unsigned size, int *known)
{
	unsigned m = size == 8 ? 63 : 31;

	if (c->op[i].type == ZYDIS_OPERAND_TYPE_IMMEDIATE) {
		*known = (int)(c->op[i].imm.value.u & m);
		return gen_movi(c, (uint64_t)*known);
	}
	*known = -1;
	return gen_opi(c, IR_AND, gen_get_gpr(c, X86_RCX, 1, false), m);
}

/*
 * Flags are written only when the masked count is not zero: skip them otherwise.
 * Returns the label to place after the flag update, or -1 for a known count.
 */
static int flags_guard(struct lift_ctx *c, ir_t cnt, int known)
{
	unsigned skip;

	if (known >= 0)
		return -1;
	skip = gen_new_label(c);
	gen_brc(c, gen_setci(c, IRC_EQ, cnt, 0), skip);
	return (int)skip;
}

static void flags_guard_end(struct lift_ctx *c, int skip)
{
	if (skip >= 0)
		gen_label(c, (unsigned)skip);
}

static ir_t bit_at(struct lift_ctx *c, ir_t v, unsigned bit)
{
	return gen_opi(c, IR_AND, gen_opi(c, IR_SHR, v, bit), 1);
}

/* rcl/rcr: rotate through CF by k (already reduced modulo size*8 + 1). */
static ir_t rotate_carry(struct lift_ctx *c, bool left, unsigned n, ir_t a, ir_t k, ir_t cf,
			 ir_t *ncf)
{
	ir_t nk = gen_op2(c, IR_SUB, gen_movi(c, n), k); /* n - k, 0..n-1 when k is 1..n */
	ir_t r, out, zero = gen_setci(c, IRC_EQ, k, 0);

	if (left) {
		/* a << k | cf << (k - 1) | a >> (n + 1 - k) */
		ir_t hi = gen_op2(c, IR_SHR, a, nk);

		r = gen_op2(c, IR_SHL, a, k);
		r = gen_op2(c, IR_OR, r, gen_op2(c, IR_SHL, cf, gen_opi(c, IR_SUB, k, 1)));
		r = gen_op2(c, IR_OR, r, gen_opi(c, IR_SHR, hi, 1));
		out = gen_opi(c, IR_AND, hi, 1);
	} else {
		/* a >> k | cf << (n - k) | a << (n + 1 - k) */
		ir_t lo = gen_op2(c, IR_SHL, a, nk);

		r = gen_op2(c, IR_SHR, a, k);
		r = gen_op2(c, IR_OR, r, gen_op2(c, IR_SHL, cf, nk));
		r = gen_op2(c, IR_OR, r, gen_opi(c, IR_SHL, lo, 1));
		out = gen_opi(c, IR_AND, gen_op2(c, IR_SHR, a, gen_opi(c, IR_SUB, k, 1)), 1);
	}
	/* k == 0 (e.g. rcl al, 9): nothing moves, CF stays. */
	*ncf = gen_sel(c, zero, cf, out);
	return gen_sel(c, zero, a, r);
}

static int lift_shift_rot(struct lift_ctx *c, enum shift_kind k)
{
	unsigned size = op_size(c, 0), n = size * 8;
	int known, skip;
	ir_t cnt = shift_count(c, 1, size, &known);
	ir_t cf_in = (k == SH_RCL || k == SH_RCR) ? gen_get_cf(c) : 0;
	ir_t a = lift_load(c, 0); /* a memory operand is read before anything is written */
	ir_t r, src = 0, cm1, f, ncf = 0;

	if (known == 0) {
		/* No flag changes; a 32-bit register destination is still zero-extended. */
		if (c->op[0].type == ZYDIS_OPERAND_TYPE_REGISTER)
			lift_store(c, 0, a);
		return 0;
	}
	cm1 = gen_opi(c, IR_SUB, cnt, 1);
	switch (k) {
	case SH_SHL:
		r = gen_op2(c, IR_SHL, a, cnt);
		src = gen_op2(c, IR_SHL, a, cm1);
		break;
	case SH_SHR:
		r = gen_op2(c, IR_SHR, a, cnt);
		src = gen_op2(c, IR_SHR, a, cm1);
		break;
	case SH_SAR:
		a = gen_sext(c, size, a);
		r = gen_op2(c, IR_SAR, a, cnt);
		src = gen_op2(c, IR_SAR, a, cm1);
		break;
	case SH_ROL:
	case SH_ROR:
		r = gen_sized(c, k == SH_ROL ? IR_ROL : IR_ROR, size, a, cnt);
		break;
	default: {
		ir_t kk = cnt;

		if (size <= 2) {
			if (known > 0)
				kk = gen_movi(c, (uint64_t)known % (n + 1));
			else
				kk = gen_opi(c, IR_REMU, cnt, n + 1);
		}
		r = rotate_carry(c, k == SH_RCL, n, a, kk, cf_in, &ncf);
		break;
	}
	}
	lift_store(c, 0, r);

	skip = flags_guard(c, cnt, known);
	switch (k) {
	case SH_SHL:
		gen_set_cc(c, CC_SHL, size, r, src, 0);
		break;
	case SH_SHR:
	case SH_SAR:
		gen_set_cc(c, CC_SAR, size, r, src, 0);
		break;
	case SH_ROL:
		/* CF = lsb of the result; OF (count 1) = msb ^ CF. Other flags unchanged. */
		f = gen_opi(c, IR_AND, r, 1);
		f = gen_op2(c, IR_OR, f,
			    gen_opi(c, IR_SHL, gen_op2(c, IR_XOR, bit_at(c, r, n - 1), f), 11));
		gen_set_eflags(c, f, X86_CF | X86_OF);
		break;
	case SH_ROR:
	case SH_RCR:
		/* ror: CF = msb; both: OF (count 1) = the two top bits of the result differ. */
		f = k == SH_ROR ? bit_at(c, r, n - 1) : ncf;
		f = gen_op2(c, IR_OR, f,
			    gen_opi(c, IR_SHL,
				    gen_op2(c, IR_XOR, bit_at(c, r, n - 1), bit_at(c, r, n - 2)), 11));
		gen_set_eflags(c, f, X86_CF | X86_OF);
		break;
	default: /* rcl: OF (count 1) = msb ^ new CF */
		f = gen_op2(c, IR_OR, ncf,
			    gen_opi(c, IR_SHL, gen_op2(c, IR_XOR, bit_at(c, r, n - 1), ncf), 11));
		gen_set_eflags(c, f, X86_CF | X86_OF);
		break;
	}
	flags_guard_end(c, skip);
	return 0;
}

static int lift_shl(struct lift_ctx *c) { return lift_shift_rot(c, SH_SHL); }
static int lift_shr(struct lift_ctx *c) { return lift_shift_rot(c, SH_SHR); }
static int lift_sar(struct lift_ctx *c) { return lift_shift_rot(c, SH_SAR); }
static int lift_rol(struct lift_ctx *c) { return lift_shift_rot(c, SH_ROL); }
static int lift_ror(struct lift_ctx *c) { return lift_shift_rot(c, SH_ROR); }
static int lift_rcl(struct lift_ctx *c) { return lift_shift_rot(c, SH_RCL); }
static int lift_rcr(struct lift_ctx *c) { return lift_shift_rot(c, SH_RCR); }

/*
 * shld dst, src, count / shrd: dst shifted with bits of src coming in. A count
 * larger than a 16-bit operand leaves result and flags undefined (SDM); the
 * computation below then just gives some value.
 */
static int lift_shld_shrd(struct lift_ctx *c)
{
	bool left = c->in->mnemonic == ZYDIS_MNEMONIC_SHLD;
	unsigned size = op_size(c, 0), n = size * 8;
	int known, skip;
	ir_t cnt = shift_count(c, 2, size, &known);
	ir_t s = lift_load(c, 1);
	ir_t d = lift_load(c, 0);
	ir_t nk, cm1, r, src;

	if (known == 0) {
		if (c->op[0].type == ZYDIS_OPERAND_TYPE_REGISTER)
			lift_store(c, 0, d);
		return 0;
	}
	nk = gen_op2(c, IR_SUB, gen_movi(c, n), cnt);
	cm1 = gen_opi(c, IR_SUB, cnt, 1);
	if (left) {
		r = gen_op2(c, IR_OR, gen_op2(c, IR_SHL, d, cnt), gen_op2(c, IR_SHR, s, nk));
		src = gen_op2(c, IR_SHL, d, cm1);
	} else {
		r = gen_op2(c, IR_OR, gen_op2(c, IR_SHR, d, cnt), gen_op2(c, IR_SHL, s, nk));
		src = gen_op2(c, IR_SHR, d, cm1);
	}
	if (known < 0)
		r = gen_sel(c, gen_setci(c, IRC_EQ, cnt, 0), d, r);
	lift_store(c, 0, r);
	skip = flags_guard(c, cnt, known);
	/* CF = last bit shifted out of dst, OF (count 1) = sign change: as shl / shr. */
	gen_set_cc(c, left ? CC_SHL : CC_SAR, size, r, src, 0);
	flags_guard_end(c, skip);
	return 0;
}

const struct lift_entry lift_tab_shift[] = {
	{ ZYDIS_MNEMONIC_SHL, lift_shl }, /* Zydis decodes sal (d0 /6 too) as shl */
	{ ZYDIS_MNEMONIC_SHR, lift_shr }, { ZYDIS_MNEMONIC_SAR, lift_sar },
	{ ZYDIS_MNEMONIC_ROL, lift_rol }, { ZYDIS_MNEMONIC_ROR, lift_ror },
	{ ZYDIS_MNEMONIC_RCL, lift_rcl }, { ZYDIS_MNEMONIC_RCR, lift_rcr },
	{ ZYDIS_MNEMONIC_SHLD, lift_shld_shrd }, { ZYDIS_MNEMONIC_SHRD, lift_shld_shrd },
	{ 0, NULL }
};
