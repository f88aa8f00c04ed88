// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of bt*, bsf/bsr, lzcnt/tzcnt/popcnt, bswap/movbe, setcc, cmovcc and the
 * flag instructions (clc..std, lahf/sahf, pushf/popf), per the Intel SDM vol. 2.
 */
#include "lift.h"

/* ---- bt, bts, btr, btc ---- */

enum bt_kind { BT_TEST, BT_SET, BT_RESET, BT_COMPLEMENT };

static ir_t bt_update(struct lift_ctx *c, enum bt_kind k, ir_t v, ir_t mask)
{
	switch (k) {
	case BT_SET: return gen_op2(c, IR_OR, v, mask);
	case BT_RESET: return gen_op2(c, IR_AND, v, gen_op1(c, IR_NOT, mask));
	default: return gen_op2(c, IR_XOR, v, mask);
	}
}

/*
 * CF = the selected bit, then the bit is set/cleared/flipped. An immediate offset
 * is taken modulo the operand size; a register offset with a memory operand is a
 * signed bit offset from the operand's address (the SDM's "bit base"), so the
 * access is the operand-sized unit that holds that bit. Other flags: OF, SF, AF,
 * PF undefined, ZF unaffected; xbt (like the hardware it was checked on) keeps them.
 */
static int lift_bt_op(struct lift_ctx *c, enum bt_kind k)
{
	unsigned size = op_size(c, 0), n = size * 8, lg = __builtin_ctz(n);
	bool mem = c->op[0].type == ZYDIS_OPERAND_TYPE_MEMORY;
	bool locked = lift_has(c, ZYDIS_ATTRIB_HAS_LOCK);
	ir_t off, bit, mask, addr = 0, v, cf;

	if (locked && (!mem || k == BT_TEST))
		return LIFT_UNSUPPORTED; /* #UD */
	off = lift_load(c, 1);
	bit = gen_opi(c, IR_AND, off, n - 1);
	mask = gen_op2(c, IR_SHL, gen_movi(c, 1), bit);
	if (mem) {
		addr = lift_ea(c, 0);
		if (c->op[1].type == ZYDIS_OPERAND_TYPE_REGISTER) {
			ir_t unit = gen_opi(c, IR_SAR, gen_sext(c, size, off), lg);

			addr = gen_op2(c, IR_ADD, addr, gen_opi(c, IR_SHL, unit, lg - 3));
			if (c->in->address_width == 32)
				addr = gen_zext(c, 4, addr);
		}
	}
	if (locked) {
		enum ir_op op = k == BT_SET ? IR_AOR : k == BT_RESET ? IR_AAND : IR_AXOR;

		v = gen_atomic(c, op, size, addr,
			       k == BT_RESET ? gen_op1(c, IR_NOT, mask) : mask, 0);
	} else if (mem) {
		v = gen_ld(c, addr, size);
		if (k != BT_TEST)
			gen_st(c, addr, size, bt_update(c, k, v, mask));
	} else {
		v = lift_load(c, 0);
		if (k != BT_TEST)
			lift_store(c, 0, bt_update(c, k, v, mask));
	}
	cf = gen_opi(c, IR_AND, gen_op2(c, IR_SHR, v, bit), 1);
	gen_set_eflags(c, cf, X86_CF);
	return 0;
}

static int lift_bt(struct lift_ctx *c) { return lift_bt_op(c, BT_TEST); }
static int lift_bts(struct lift_ctx *c) { return lift_bt_op(c, BT_SET); }
static int lift_btr(struct lift_ctx *c) { return lift_bt_op(c, BT_RESET); }
static int lift_btc(struct lift_ctx *c) { return lift_bt_op(c, BT_COMPLEMENT); }

/* ---- bit scans and counts ---- */

/*
 * bsf/bsr: ZF = (source == 0); the destination is left completely unchanged for a
 * zero source (also the upper half of a 32-bit register, as the hardware does).
 * CF, OF, SF, AF, PF are undefined (CC_BSF computes them as 0).
 */
static int lift_bsf_bsr(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0), skip = gen_new_label(c);
	ir_t s = lift_load(c, 1), r;

	gen_brc(c, gen_setci(c, IRC_EQ, s, 0), skip);
	if (c->in->mnemonic == ZYDIS_MNEMONIC_BSF)
		r = gen_sized(c, IR_CTZ, size, s, 0);
	else
		r = gen_op2(c, IR_SUB, gen_movi(c, size * 8 - 1), gen_sized(c, IR_CLZ, size, s, 0));
	lift_store(c, 0, r);
	gen_label(c, skip);
	gen_set_cc(c, CC_BSF, size, s, 0, 0);
	return 0;
}

/*
 * lzcnt/tzcnt: the count (operand size for 0); CF = (source == 0), ZF = (count == 0);
 * OF, SF, AF, PF undefined (0 here, as on the hardware checked). CPUID advertises
 * LZCNT (ABM) but not BMI1; f3 0f bc still runs as tzcnt, as on every BMI1 CPU:
 * compilers emit it as "rep bsf" and rely only on the result for nonzero inputs.
 */
static int lift_lzcnt_tzcnt(struct lift_ctx *c)
{
	bool lz = c->in->mnemonic == ZYDIS_MNEMONIC_LZCNT;
	unsigned size = op_size(c, 0), n = size * 8;
	ir_t s = lift_load(c, 1), z = gen_setci(c, IRC_EQ, s, 0);
	ir_t safe = gen_sel(c, z, gen_movi(c, 1), s); /* CLZ/CTZ need a nonzero input */
	ir_t r = gen_sized(c, lz ? IR_CLZ : IR_CTZ, size, safe, 0);
	ir_t f;

	r = gen_sel(c, z, gen_movi(c, n), r);
	lift_store(c, 0, r);
	f = gen_op2(c, IR_OR, z, gen_opi(c, IR_SHL, gen_setci(c, IRC_EQ, r, 0), 6));
	gen_set_cc(c, CC_EFLAGS, 8, gen_movi(c, 0), f, 0);
	return 0;
}

/* popcnt: ZF = (source == 0), CF OF SF AF PF cleared. */
static int lift_popcnt(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);
	ir_t s = lift_load(c, 1);

	lift_store(c, 0, gen_sized(c, IR_POPCNT, size, s, 0));
	gen_set_cc(c, CC_POPCNT, size, s, 0, 0);
	return 0;
}

/*
 * bswap r32/r64. With a 16-bit operand the SDM leaves the result undefined; the
 * hardware clears the low 16 bits, and so does xbt.
 */
static int lift_bswap(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);

	if (size == 2)
		lift_store(c, 0, gen_movi(c, 0));
	else
		lift_store(c, 0, gen_sized(c, IR_BSWAP, size, lift_load(c, 0), 0));
	return 0;
}

/* movbe r, m / movbe m, r: a load or store with the bytes reversed. */
static int lift_movbe(struct lift_ctx *c)
{
	lift_store(c, 0, gen_sized(c, IR_BSWAP, op_size(c, 0), lift_load(c, 1), 0));
	return 0;
}

/* ---- conditions ---- */

static int lift_setcc(struct lift_ctx *c)
{
	lift_store(c, 0, gen_cond(c, lift_cc(c)));
	return 0;
}

/*
 * cmovcc: the source is always read (a memory source faults even when the
 * condition is false), and a 32-bit destination is always zero-extended.
 */
static int lift_cmovcc(struct lift_ctx *c)
{
	ir_t s = lift_load(c, 1), d = lift_load(c, 0);

	lift_store(c, 0, gen_sel(c, gen_cond(c, lift_cc(c)), s, d));
	return 0;
}

/* ---- flag instructions ---- */

static int lift_clc(struct lift_ctx *c)
{
	gen_set_eflags(c, gen_movi(c, 0), X86_CF);
	return 0;
}

static int lift_stc(struct lift_ctx *c)
{
	gen_set_eflags(c, gen_movi(c, X86_CF), X86_CF);
	return 0;
}

static int lift_cmc(struct lift_ctx *c)
{
	gen_set_eflags(c, gen_opi(c, IR_XOR, gen_get_cf(c), 1), X86_CF);
	return 0;
}

/* cld/std: gen_set_eflags keeps cpu->df and the DF bit of cpu->eflags in step. */
static int lift_cld(struct lift_ctx *c)
{
	gen_set_eflags(c, gen_movi(c, 0), X86_DF);
	return 0;
}

static int lift_std(struct lift_ctx *c)
{
	gen_set_eflags(c, gen_movi(c, X86_DF), X86_DF);
	return 0;
}

/* lahf: ah = SF:ZF:0:AF:0:PF:1:CF. */
static int lift_lahf(struct lift_ctx *c)
{
	gen_set_gpr(c, X86_RAX, 1, true, gen_opi(c, IR_AND, gen_get_eflags(c), 0xd7));
	return 0;
}

/* sahf: SF ZF AF PF CF from ah; OF unchanged. */
static int lift_sahf(struct lift_ctx *c)
{
	gen_set_eflags(c, gen_get_gpr(c, X86_RAX, 1, true),
		       X86_SF | X86_ZF | X86_AF | X86_PF | X86_CF);
	return 0;
}

#define X86_NT 0x4000u
#define X86_RF 0x10000u
#define X86_VM 0x20000u

/* pushf (66 9c, 16-bit) / pushfq: the image has RF and VM clear. */
static int lift_pushf(struct lift_ctx *c)
{
	unsigned size = c->in->operand_width == 16 ? 2 : 8;
	ir_t f = gen_opi(c, IR_AND, gen_get_eflags(c), ~(uint64_t)(X86_RF | X86_VM));

	gen_push(c, f, size);
	return 0;
}

/*
 * popf / popfq: only the flags user mode may change are taken: CF PF AF ZF SF DF
 * OF NT, and AC ID for 32/64-bit operands (IF, IOPL, VM, RF are kept). TF is not
 * taken either: xbt does not implement single-stepping (a guest setting TF gets
 * no SIGTRAP after each instruction). AC is stored and read back, but xbt does
 * not raise alignment-check faults.
 */
static int lift_popf(struct lift_ctx *c)
{
	unsigned size = c->in->operand_width == 16 ? 2 : 8;
	uint64_t writable = X86_ARITH_FLAGS | X86_DF | X86_NT;

	if (size != 2)
		writable |= X86_AC | X86_ID;
	gen_set_eflags(c, gen_pop(c, size), writable);
	return 0;
}

const struct lift_entry lift_tab_bits[] = {
	{ ZYDIS_MNEMONIC_BT, lift_bt }, { ZYDIS_MNEMONIC_BTS, lift_bts },
	{ ZYDIS_MNEMONIC_BTR, lift_btr }, { ZYDIS_MNEMONIC_BTC, lift_btc },
	{ ZYDIS_MNEMONIC_BSF, lift_bsf_bsr }, { ZYDIS_MNEMONIC_BSR, lift_bsf_bsr },
	{ ZYDIS_MNEMONIC_LZCNT, lift_lzcnt_tzcnt }, { ZYDIS_MNEMONIC_TZCNT, lift_lzcnt_tzcnt },
	{ ZYDIS_MNEMONIC_POPCNT, lift_popcnt },
	{ ZYDIS_MNEMONIC_BSWAP, lift_bswap }, { ZYDIS_MNEMONIC_MOVBE, lift_movbe },
	{ ZYDIS_MNEMONIC_SETO, lift_setcc }, { ZYDIS_MNEMONIC_SETNO, lift_setcc },
	{ ZYDIS_MNEMONIC_SETB, lift_setcc }, { ZYDIS_MNEMONIC_SETNB, lift_setcc },
	{ ZYDIS_MNEMONIC_SETZ, lift_setcc }, { ZYDIS_MNEMONIC_SETNZ, lift_setcc },
	{ ZYDIS_MNEMONIC_SETBE, lift_setcc }, { ZYDIS_MNEMONIC_SETNBE, lift_setcc },
	{ ZYDIS_MNEMONIC_SETS, lift_setcc }, { ZYDIS_MNEMONIC_SETNS, lift_setcc },
	{ ZYDIS_MNEMONIC_SETP, lift_setcc }, { ZYDIS_MNEMONIC_SETNP, lift_setcc },
	{ ZYDIS_MNEMONIC_SETL, lift_setcc }, { ZYDIS_MNEMONIC_SETNL, lift_setcc },
	{ ZYDIS_MNEMONIC_SETLE, lift_setcc }, { ZYDIS_MNEMONIC_SETNLE, lift_setcc },
	{ ZYDIS_MNEMONIC_CMOVO, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNO, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CMOVB, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNB, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CMOVZ, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNZ, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CMOVBE, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNBE, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CMOVS, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNS, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CMOVP, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNP, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CMOVL, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNL, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CMOVLE, lift_cmovcc }, { ZYDIS_MNEMONIC_CMOVNLE, lift_cmovcc },
	{ ZYDIS_MNEMONIC_CLC, lift_clc }, { ZYDIS_MNEMONIC_STC, lift_stc },
	{ ZYDIS_MNEMONIC_CMC, lift_cmc }, { ZYDIS_MNEMONIC_CLD, lift_cld },
	{ ZYDIS_MNEMONIC_STD, lift_std },
	{ ZYDIS_MNEMONIC_LAHF, lift_lahf }, { ZYDIS_MNEMONIC_SAHF, lift_sahf },
	{ ZYDIS_MNEMONIC_PUSHF, lift_pushf }, { ZYDIS_MNEMONIC_PUSHFQ, lift_pushf },
	{ ZYDIS_MNEMONIC_POPF, lift_popf }, { ZYDIS_MNEMONIC_POPFQ, lift_popf },
	{ 0, NULL }
};
