// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of the two-operand integer ALU group and its one-operand relatives. */
#include "lift.h"

enum alu { ALU_ADD, ALU_ADC, ALU_SUB, ALU_SBB, ALU_AND, ALU_OR, ALU_XOR, ALU_CMP, ALU_TEST };

static const enum cc_kind alu_cc[] = {
	[ALU_ADD] = CC_ADD, [ALU_ADC] = CC_ADC, [ALU_SUB] = CC_SUB, [ALU_SBB] = CC_SBB,
	[ALU_AND] = CC_LOGIC, [ALU_OR] = CC_LOGIC, [ALU_XOR] = CC_LOGIC, [ALU_CMP] = CC_SUB,
	[ALU_TEST] = CC_LOGIC,
};

static ir_t alu_compute(struct lift_ctx *c, enum alu op, ir_t a, ir_t b, ir_t cf)
{
	switch (op) {
	case ALU_ADD: return gen_op2(c, IR_ADD, a, b);
	case ALU_ADC: return gen_op2(c, IR_ADD, gen_op2(c, IR_ADD, a, b), cf);
	case ALU_SUB:
	case ALU_CMP: return gen_op2(c, IR_SUB, a, b);
	case ALU_SBB: return gen_op2(c, IR_SUB, gen_op2(c, IR_SUB, a, b), cf);
	case ALU_AND:
	case ALU_TEST: return gen_op2(c, IR_AND, a, b);
	case ALU_OR: return gen_op2(c, IR_OR, a, b);
	default: return gen_op2(c, IR_XOR, a, b);
	}
}

/* Locked read-modify-write of a memory operand through a compare-and-swap loop;
 * returns (old, new). */
static void locked_rmw(struct lift_ctx *c, unsigned size, enum alu op, ir_t b, ir_t cf,
		       ir_t *old_out, ir_t *new_out)
{
	ir_t addr = lift_ea(c, 0);
	unsigned retry = gen_new_label(c);
	ir_t old, nv, seen;

	/* Temps are reused across iterations: allocate the loop's results first. */
	gen_label(c, retry);
	old = gen_ld(c, addr, size);
	nv = gen_zext(c, size, alu_compute(c, op, old, b, cf));
	seen = gen_atomic(c, IR_CMPXCHG, size, addr, old, nv);
	gen_brc(c, gen_setc(c, IRC_NE, seen, old), retry);
	*old_out = old;
	*new_out = nv;
}

static int lift_alu(struct lift_ctx *c, enum alu op)
{
	unsigned size = op_size(c, 0);
	bool locked = lift_has(c, ZYDIS_ATTRIB_HAS_LOCK);
	ir_t a, b, cf = 0, r;

	/* xor r, r / sub r, r: the result does not depend on the register. */
	if ((op == ALU_XOR || op == ALU_SUB) && c->op[0].type == ZYDIS_OPERAND_TYPE_REGISTER &&
	    c->op[1].type == ZYDIS_OPERAND_TYPE_REGISTER && c->op[0].reg.value == c->op[1].reg.value) {
		r = gen_movi(c, 0);
		lift_store(c, 0, r);
		gen_set_cc(c, alu_cc[op], size, r, r, 0);
		return 0;
	}
	b = lift_load(c, 1);
	if (op == ALU_ADC || op == ALU_SBB)
		cf = gen_get_cf(c);
	if (locked) {
		if (c->op[0].type != ZYDIS_OPERAND_TYPE_MEMORY || op == ALU_CMP || op == ALU_TEST)
			return LIFT_UNSUPPORTED; /* #UD */
		locked_rmw(c, size, op, b, cf, &a, &r);
	} else {
		a = lift_load(c, 0);
		r = alu_compute(c, op, a, b, cf);
		if (op != ALU_CMP && op != ALU_TEST)
			lift_store(c, 0, r);
	}
	gen_set_cc(c, alu_cc[op], size, r, b, cf);
	return 0;
}

static int lift_add(struct lift_ctx *c) { return lift_alu(c, ALU_ADD); }
static int lift_adc(struct lift_ctx *c) { return lift_alu(c, ALU_ADC); }
static int lift_sub(struct lift_ctx *c) { return lift_alu(c, ALU_SUB); }
static int lift_sbb(struct lift_ctx *c) { return lift_alu(c, ALU_SBB); }
static int lift_and(struct lift_ctx *c) { return lift_alu(c, ALU_AND); }
static int lift_or(struct lift_ctx *c) { return lift_alu(c, ALU_OR); }
static int lift_xor(struct lift_ctx *c) { return lift_alu(c, ALU_XOR); }
static int lift_cmp(struct lift_ctx *c) { return lift_alu(c, ALU_CMP); }
static int lift_test(struct lift_ctx *c) { return lift_alu(c, ALU_TEST); }

static int lift_incdec(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);
	bool inc = c->in->mnemonic == ZYDIS_MNEMONIC_INC;
	ir_t cf = gen_get_cf(c), one = gen_movi(c, 1), a, r;

	if (lift_has(c, ZYDIS_ATTRIB_HAS_LOCK)) {
		if (c->op[0].type != ZYDIS_OPERAND_TYPE_MEMORY)
			return LIFT_UNSUPPORTED;
		locked_rmw(c, size, inc ? ALU_ADD : ALU_SUB, one, 0, &a, &r);
	} else {
		a = lift_load(c, 0);
		r = gen_op2(c, inc ? IR_ADD : IR_SUB, a, one);
		lift_store(c, 0, r);
	}
	gen_set_cc(c, inc ? CC_INC : CC_DEC, size, r, cf, 0);
	return 0;
}

static int lift_neg(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);
	ir_t a, r;

	if (lift_has(c, ZYDIS_ATTRIB_HAS_LOCK)) {
		if (c->op[0].type != ZYDIS_OPERAND_TYPE_MEMORY)
			return LIFT_UNSUPPORTED;
		/* new = 0 - old, through the generic loop with a = 0 swapped: compute via SUB */
		{
			ir_t addr = lift_ea(c, 0);
			unsigned retry = gen_new_label(c);
			ir_t seen;

			gen_label(c, retry);
			a = gen_ld(c, addr, size);
			r = gen_zext(c, size, gen_op1(c, IR_NEG, a));
			seen = gen_atomic(c, IR_CMPXCHG, size, addr, a, r);
			gen_brc(c, gen_setc(c, IRC_NE, seen, a), retry);
		}
	} else {
		a = lift_load(c, 0);
		r = gen_op1(c, IR_NEG, a);
		lift_store(c, 0, r);
	}
	/* Flags of 0 - a: CF = (a != 0). */
	gen_set_cc(c, CC_SUB, size, r, a, 0);
	return 0;
}

static int lift_not(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);

	if (lift_has(c, ZYDIS_ATTRIB_HAS_LOCK)) {
		if (c->op[0].type != ZYDIS_OPERAND_TYPE_MEMORY)
			return LIFT_UNSUPPORTED;
		gen_atomic(c, IR_AXOR, size, lift_ea(c, 0), gen_movi(c, size_mask(size)), 0);
		return 0;
	}
	lift_store(c, 0, gen_op1(c, IR_NOT, lift_load(c, 0)));
	return 0;
}

const struct lift_entry lift_tab_alu[] = {
	{ ZYDIS_MNEMONIC_ADD, lift_add }, { ZYDIS_MNEMONIC_ADC, lift_adc },
	{ ZYDIS_MNEMONIC_SUB, lift_sub }, { ZYDIS_MNEMONIC_SBB, lift_sbb },
	{ ZYDIS_MNEMONIC_AND, lift_and }, { ZYDIS_MNEMONIC_OR, lift_or },
	{ ZYDIS_MNEMONIC_XOR, lift_xor }, { ZYDIS_MNEMONIC_CMP, lift_cmp },
	{ ZYDIS_MNEMONIC_TEST, lift_test },
	{ ZYDIS_MNEMONIC_INC, lift_incdec }, { ZYDIS_MNEMONIC_DEC, lift_incdec },
	{ ZYDIS_MNEMONIC_NEG, lift_neg }, { ZYDIS_MNEMONIC_NOT, lift_not },
	{ 0, NULL }
};
