// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The lifter core: block loop, IR emitters, registers, operands, flags and
 * control flow. Instruction families live in lift_*.c and register per-mnemonic
 * functions in their tables.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/gmem.h"
#include "../core/log.h"
#include "lift.h"

/* Keep the interpreter's temporaries array small. */
#define LIFT_MAX_TEMPS 3000

static lift_fn lift_dispatch[ZYDIS_MNEMONIC_MAX_VALUE + 1];
static ZydisDecoder decoder;

static const struct lift_entry *const lift_families[] = {
	lift_tab_base, lift_tab_alu, lift_tab_shift, lift_tab_muldiv, lift_tab_bits,
	lift_tab_string, lift_tab_atomic, lift_tab_system, lift_tab_sse, lift_tab_ssefp,
	lift_tab_x87,
};

void lift_init(void)
{
	ZydisDecoderInit(&decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
	for (size_t f = 0; f < ARRAY_SIZE(lift_families); f++)
		for (const struct lift_entry *e = lift_families[f]; e->fn; e++) {
			BUG_ON(e->mnemonic > ZYDIS_MNEMONIC_MAX_VALUE);
			BUG_ON(lift_dispatch[e->mnemonic]); /* one family per mnemonic */
			lift_dispatch[e->mnemonic] = e->fn;
		}
}

/* ---- primitive emitters ---- */

static struct ir_insn *emit(struct lift_ctx *c, enum ir_op op)
{
	return ir_emit(c->b, op);
}

static ir_t emit_d(struct lift_ctx *c, enum ir_op op, struct ir_insn **out)
{
	struct ir_insn *i = emit(c, op);

	i->d = ir_temp(c->b);
	*out = i;
	return i->d;
}

ir_t gen_movi(struct lift_ctx *c, uint64_t imm)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, IR_MOVI, &i);

	i->imm = imm;
	return d;
}

ir_t gen_op2(struct lift_ctx *c, enum ir_op op, ir_t a, ir_t b)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, op, &i);

	i->a = a;
	i->b = b;
	i->size = 8;
	return d;
}

ir_t gen_opi(struct lift_ctx *c, enum ir_op op, ir_t a, uint64_t imm)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, op, &i);

	i->a = a;
	i->imm = imm;
	i->flags = IRF_BIMM;
	i->size = 8;
	return d;
}

ir_t gen_op1(struct lift_ctx *c, enum ir_op op, ir_t a)
{
	return gen_op2(c, op, a, 0);
}

ir_t gen_sized(struct lift_ctx *c, enum ir_op op, unsigned size, ir_t a, ir_t b)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, op, &i);

	i->a = a;
	i->b = b;
	i->size = size;
	return d;
}

ir_t gen_setc(struct lift_ctx *c, enum ir_cond cc, ir_t a, ir_t b)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, IR_SETC, &i);

	i->a = a;
	i->b = b;
	i->cc = cc;
	return d;
}

ir_t gen_setci(struct lift_ctx *c, enum ir_cond cc, ir_t a, uint64_t imm)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, IR_SETC, &i);

	i->a = a;
	i->imm = imm;
	i->flags = IRF_BIMM;
	i->cc = cc;
	return d;
}

ir_t gen_sel(struct lift_ctx *c, ir_t cond, ir_t a, ir_t b)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, IR_SEL, &i);

	i->a = cond;
	i->b = a;
	i->c = b;
	return d;
}

ir_t gen_ldc(struct lift_ctx *c, size_t off, unsigned size)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, IR_LDC, &i);

	BUG_ON(size != 1 && size != 2 && size != 4 && size != 8);
	i->imm = off;
	i->size = size;
	return d;
}

void gen_stc(struct lift_ctx *c, size_t off, unsigned size, ir_t v)
{
	struct ir_insn *i = emit(c, IR_STC);

	BUG_ON(size != 1 && size != 2 && size != 4 && size != 8);
	i->imm = off;
	i->size = size;
	i->a = v;
}

ir_t gen_ld(struct lift_ctx *c, ir_t addr, unsigned size)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, IR_LD, &i);

	i->a = addr;
	i->size = size;
	return d;
}

void gen_st(struct lift_ctx *c, ir_t addr, unsigned size, ir_t v)
{
	struct ir_insn *i = emit(c, IR_ST);

	i->a = addr;
	i->b = v;
	i->size = size;
}

ir_t gen_atomic(struct lift_ctx *c, enum ir_op op, unsigned size, ir_t addr, ir_t b, ir_t cv)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, op, &i);

	i->a = addr;
	i->b = b;
	i->c = cv;
	i->size = size;
	return d;
}

void gen_fence(struct lift_ctx *c)
{
	emit(c, IR_FENCE);
}

ir_t gen_call(struct lift_ctx *c, const struct ir_helper *h, ir_t a, ir_t b, ir_t cv, ir_t e)
{
	struct ir_insn *i;
	ir_t d = emit_d(c, IR_CALL, &i);

	i->imm = (uint64_t)(uintptr_t)h;
	i->a = a;
	i->b = b;
	i->c = cv;
	i->e = e;
	if (h->flags & HF_STATE)
		c->cc_kind = -1; /* the helper may have changed the flags */
	return d;
}

unsigned gen_new_label(struct lift_ctx *c)
{
	return ir_label(c->b);
}

void gen_label(struct lift_ctx *c, unsigned label)
{
	emit(c, IR_LABEL)->imm = label;
	c->cc_kind = -1; /* several paths meet here */
}

void gen_br(struct lift_ctx *c, unsigned label)
{
	emit(c, IR_BR)->imm = label;
}

void gen_brc(struct lift_ctx *c, ir_t cond, unsigned label)
{
	struct ir_insn *i = emit(c, IR_BRC);

	i->a = cond;
	i->imm = label;
}

ir_t gen_zext(struct lift_ctx *c, unsigned size, ir_t v)
{
	return size >= 8 ? v : gen_sized(c, IR_ZEXT, size, v, 0);
}

ir_t gen_sext(struct lift_ctx *c, unsigned size, ir_t v)
{
	return size >= 8 ? v : gen_sized(c, IR_SEXT, size, v, 0);
}

/* ---- registers ---- */

bool lift_gpr(ZydisRegister r, int *idx, unsigned *size, bool *high8)
{
	*high8 = false;
	if (r >= ZYDIS_REGISTER_AL && r <= ZYDIS_REGISTER_R15B) {
		int k = r - ZYDIS_REGISTER_AL;

		*size = 1;
		if (k >= 4 && k < 8) {
			*idx = k - 4; /* ah ch dh bh */
			*high8 = true;
		} else {
			*idx = k < 4 ? k : k - 4;
		}
		return true;
	}
	if (r >= ZYDIS_REGISTER_AX && r <= ZYDIS_REGISTER_R15W) {
		*idx = r - ZYDIS_REGISTER_AX;
		*size = 2;
		return true;
	}
	if (r >= ZYDIS_REGISTER_EAX && r <= ZYDIS_REGISTER_R15D) {
		*idx = r - ZYDIS_REGISTER_EAX;
		*size = 4;
		return true;
	}
	if (r >= ZYDIS_REGISTER_RAX && r <= ZYDIS_REGISTER_R15) {
		*idx = r - ZYDIS_REGISTER_RAX;
		*size = 8;
		return true;
	}
	return false;
}

ir_t gen_get_gpr(struct lift_ctx *c, int reg, unsigned size, bool high8)
{
	return gen_ldc(c, X86_GPR_OFF(reg) + (high8 ? 1 : 0), size);
}

void gen_set_gpr(struct lift_ctx *c, int reg, unsigned size, bool high8, ir_t v)
{
	if (size == 4)
		gen_stc(c, X86_GPR_OFF(reg), 8, gen_zext(c, 4, v));
	else
		gen_stc(c, X86_GPR_OFF(reg) + (high8 ? 1 : 0), size, v);
}

/* ---- operands ---- */

unsigned op_size(struct lift_ctx *c, int i)
{
	return c->op[i].size / 8;
}

ir_t lift_ea(struct lift_ctx *c, int i)
{
	const ZydisDecodedOperand *o = &c->op[i];
	ir_t a = 0;
	int idx;
	unsigned sz;
	bool hi;

	if (c->ea[i])
		return c->ea[i];
	BUG_ON(o->type != ZYDIS_OPERAND_TYPE_MEMORY);
	if (o->mem.base == ZYDIS_REGISTER_RIP || o->mem.base == ZYDIS_REGISTER_EIP) {
		a = gen_movi(c, c->next_pc + o->mem.disp.value);
	} else {
		if (o->mem.base != ZYDIS_REGISTER_NONE && lift_gpr(o->mem.base, &idx, &sz, &hi))
			a = gen_get_gpr(c, idx, 8, false);
		if (o->mem.index != ZYDIS_REGISTER_NONE && lift_gpr(o->mem.index, &idx, &sz, &hi)) {
			ir_t x = gen_get_gpr(c, idx, 8, false);

			if (o->mem.scale > 1)
				x = gen_opi(c, IR_SHL, x, __builtin_ctz(o->mem.scale));
			a = a ? gen_op2(c, IR_ADD, a, x) : x;
		}
		if (o->mem.disp.value || !a)
			a = a ? gen_opi(c, IR_ADD, a, (uint64_t)o->mem.disp.value)
			      : gen_movi(c, (uint64_t)o->mem.disp.value);
	}
	if (c->in->address_width == 32)
		a = gen_zext(c, 4, a);
	if (o->mem.segment == ZYDIS_REGISTER_FS)
		a = gen_op2(c, IR_ADD, a, gen_ldc(c, X86_CPU_OFF(fs_base), 8));
	else if (o->mem.segment == ZYDIS_REGISTER_GS)
		a = gen_op2(c, IR_ADD, a, gen_ldc(c, X86_CPU_OFF(gs_base), 8));
	c->ea[i] = a;
	return a;
}

ir_t lift_load_at(struct lift_ctx *c, ir_t addr, unsigned size)
{
	return gen_ld(c, addr, size);
}

ir_t lift_load(struct lift_ctx *c, int i)
{
	const ZydisDecodedOperand *o = &c->op[i];
	unsigned size = op_size(c, i);
	int idx;
	unsigned sz;
	bool hi;

	switch (o->type) {
	case ZYDIS_OPERAND_TYPE_REGISTER:
		if (lift_gpr(o->reg.value, &idx, &sz, &hi))
			return gen_get_gpr(c, idx, sz, hi);
		BUG_ON(1); /* families handle other register classes themselves */
		return 0;
	case ZYDIS_OPERAND_TYPE_MEMORY:
		return gen_ld(c, lift_ea(c, i), size);
	case ZYDIS_OPERAND_TYPE_IMMEDIATE: {
		/* Zydis gives the encoded size (imm8/imm32) and the value sign-extended
		 * to 64 bits when the encoding sign-extends: keep operand-width bits. */
		unsigned w = c->in->operand_width / 8;

		if (w > 8)
			w = 8;
		return gen_movi(c, o->imm.value.u & size_mask(w > size ? w : size));
	}
	default:
		BUG_ON(1);
		return 0;
	}
}

ir_t lift_load_sx(struct lift_ctx *c, int i)
{
	if (c->op[i].type == ZYDIS_OPERAND_TYPE_IMMEDIATE) {
		unsigned size = op_size(c, i);
		uint64_t v = c->op[i].imm.value.u & size_mask(size);

		if (size < 8 && (v >> (size * 8 - 1)) & 1)
			v |= ~size_mask(size);
		return gen_movi(c, v);
	}
	return gen_sext(c, op_size(c, i), lift_load(c, i));
}

void lift_store(struct lift_ctx *c, int i, ir_t v)
{
	const ZydisDecodedOperand *o = &c->op[i];
	int idx;
	unsigned sz;
	bool hi;

	if (o->type == ZYDIS_OPERAND_TYPE_MEMORY) {
		gen_st(c, lift_ea(c, i), op_size(c, i), v);
		return;
	}
	BUG_ON(o->type != ZYDIS_OPERAND_TYPE_REGISTER || !lift_gpr(o->reg.value, &idx, &sz, &hi));
	gen_set_gpr(c, idx, sz, hi, v);
}

/* ---- flags ---- */

DEFINE_HELPER(h_cc_eval, HF_PURE)
{
	return cc_eval((enum x86_cond)(a >> 16), (unsigned)(a & 0xffff), b, c, e);
}

DEFINE_HELPER(h_cc_compute, HF_PURE)
{
	return cc_compute((unsigned)a, b, c, e);
}

void gen_set_cc(struct lift_ctx *c, enum cc_kind k, unsigned size, ir_t dst, ir_t src, ir_t src2)
{
	gen_stc(c, X86_CPU_OFF(cc_op), 8, gen_movi(c, cc_op_make(k, size)));
	gen_stc(c, X86_CPU_OFF(cc_dst), 8, dst);
	if (src)
		gen_stc(c, X86_CPU_OFF(cc_src), 8, src);
	if (src2)
		gen_stc(c, X86_CPU_OFF(cc_src2), 8, src2);
	c->cc_kind = k;
	c->cc_size = size;
	c->cc_dst = dst;
	c->cc_src = src;
	c->cc_src2 = src2;
}

/* The lazy state as temps: static op if known, else loaded from the CPU. */
static ir_t cc_state(struct lift_ctx *c, ir_t *dst, ir_t *src, ir_t *src2)
{
	if (c->cc_kind >= 0) {
		ir_t z = 0;

		*dst = c->cc_dst;
		*src = c->cc_src ? c->cc_src : (z = gen_movi(c, 0));
		*src2 = c->cc_src2 ? c->cc_src2 : (z ? z : gen_movi(c, 0));
		return gen_movi(c, cc_op_make(c->cc_kind, c->cc_size));
	}
	*dst = gen_ldc(c, X86_CPU_OFF(cc_dst), 8);
	*src = gen_ldc(c, X86_CPU_OFF(cc_src), 8);
	*src2 = gen_ldc(c, X86_CPU_OFF(cc_src2), 8);
	return gen_ldc(c, X86_CPU_OFF(cc_op), 8);
}

/* Inline evaluation for the common (kind, condition) pairs; 0 if not handled. */
static ir_t cond_fast(struct lift_ctx *c, enum x86_cond cc)
{
	unsigned sz = c->cc_size;
	int neg = cc & 1;
	ir_t r = 0, d, s1, s2;

	if (c->cc_kind < 0)
		return 0;
	d = c->cc_dst;
	switch (c->cc_kind) {
	case CC_SUB:
		s2 = gen_zext(c, sz, c->cc_src);
		s1 = gen_zext(c, sz, gen_op2(c, IR_ADD, d, c->cc_src));
		switch (cc & ~1) {
		case X86_CC_E:
			r = gen_setci(c, neg ? IRC_NE : IRC_EQ, gen_zext(c, sz, d), 0);
			return r;
		case X86_CC_B:
			return gen_setc(c, neg ? IRC_GEU : IRC_LTU, s1, s2);
		case X86_CC_BE:
			return gen_setc(c, neg ? IRC_GTU : IRC_LEU, s1, s2);
		case X86_CC_L:
			return gen_setc(c, neg ? IRC_GE : IRC_LT, gen_sext(c, sz, s1), gen_sext(c, sz, s2));
		case X86_CC_LE:
			return gen_setc(c, neg ? IRC_GT : IRC_LE, gen_sext(c, sz, s1), gen_sext(c, sz, s2));
		case X86_CC_S:
			return gen_setci(c, neg ? IRC_GE : IRC_LT, gen_sext(c, sz, d), 0);
		default:
			return 0;
		}
	case CC_LOGIC:
		switch (cc & ~1) {
		case X86_CC_E:
		case X86_CC_BE:
			return gen_setci(c, neg ? IRC_NE : IRC_EQ, gen_zext(c, sz, d), 0);
		case X86_CC_S:
		case X86_CC_L:
			return gen_setci(c, neg ? IRC_GE : IRC_LT, gen_sext(c, sz, d), 0);
		case X86_CC_LE:
			return gen_setci(c, neg ? IRC_GT : IRC_LE, gen_sext(c, sz, d), 0);
		case X86_CC_B:
		case X86_CC_O:
			return gen_movi(c, neg);
		default:
			return 0;
		}
	case CC_ADD:
	case CC_INC:
	case CC_DEC:
	case CC_SHL:
	case CC_SAR:
		switch (cc & ~1) {
		case X86_CC_E:
			return gen_setci(c, neg ? IRC_NE : IRC_EQ, gen_zext(c, sz, d), 0);
		case X86_CC_S:
			return gen_setci(c, neg ? IRC_GE : IRC_LT, gen_sext(c, sz, d), 0);
		default:
			return 0;
		}
	default:
		return 0;
	}
}

ir_t gen_cond(struct lift_ctx *c, enum x86_cond cc)
{
	ir_t r = cond_fast(c, cc), d, s, s2, op;

	if (r)
		return r;
	op = cc_state(c, &d, &s, &s2);
	op = gen_opi(c, IR_OR, op, (uint64_t)cc << 16);
	return gen_call(c, &h_cc_eval, op, d, s, s2);
}

ir_t gen_get_cf(struct lift_ctx *c)
{
	return gen_cond(c, X86_CC_B);
}

ir_t gen_get_eflags(struct lift_ctx *c)
{
	ir_t d, s, s2, op = cc_state(c, &d, &s, &s2);
	ir_t arith = gen_call(c, &h_cc_compute, op, d, s, s2);
	ir_t rest = gen_opi(c, IR_AND, gen_ldc(c, X86_CPU_OFF(eflags), 8), ~(uint64_t)X86_ARITH_FLAGS);

	return gen_opi(c, IR_OR, gen_op2(c, IR_OR, rest, arith), 2);
}

void gen_set_eflags(struct lift_ctx *c, ir_t v, uint64_t writable)
{
	ir_t old = gen_ldc(c, X86_CPU_OFF(eflags), 8);
	uint64_t keep = ~(writable & ~(uint64_t)X86_ARITH_FLAGS);
	ir_t nv = gen_op2(c, IR_OR, gen_opi(c, IR_AND, old, keep),
			  gen_opi(c, IR_AND, v, writable & ~(uint64_t)X86_ARITH_FLAGS));

	gen_stc(c, X86_CPU_OFF(eflags), 8, nv);
	if (writable & X86_DF) {
		ir_t df = gen_setci(c, IRC_NE, gen_opi(c, IR_AND, v, X86_DF), 0);

		/* df = 1 - 2 * DF */
		gen_stc(c, X86_CPU_OFF(df), 8,
			gen_op2(c, IR_SUB, gen_movi(c, 1), gen_opi(c, IR_SHL, df, 1)));
	}
	if (writable & X86_ARITH_FLAGS) {
		ir_t ar = gen_opi(c, IR_AND, v, writable & X86_ARITH_FLAGS);

		if ((writable & X86_ARITH_FLAGS) != X86_ARITH_FLAGS) {
			ir_t cur = gen_opi(c, IR_AND, gen_get_eflags(c),
					   X86_ARITH_FLAGS & ~writable);

			ar = gen_op2(c, IR_OR, ar, cur);
		}
		gen_set_cc(c, CC_EFLAGS, 8, gen_movi(c, 0), ar, 0);
	}
}

/* ---- control flow ---- */

void gen_goto(struct lift_ctx *c, uint64_t target)
{
	if (c->nexits < 2) {
		struct ir_insn *i = emit(c, IR_GOTO);

		i->imm = target;
		i->cc = (uint8_t)c->nexits++;
	} else {
		gen_goto_reg(c, gen_movi(c, target));
	}
	c->end = true;
}

void gen_goto_reg(struct lift_ctx *c, ir_t target)
{
	emit(c, IR_GOTOR)->a = target;
	c->end = true;
}

void gen_exit(struct lift_ctx *c, enum jit_exit reason, uint64_t rip_after)
{
	gen_stc(c, X86_CPU_OFF(rip), 8, gen_movi(c, rip_after));
	emit(c, IR_EXIT)->imm = reason;
	c->end = true;
}

void gen_raise_at(struct lift_ctx *c, int sig, int si_code, int trapno, ir_t addr, uint64_t rip)
{
	gen_stc(c, X86_CPU_OFF(exit_addr), 8, addr ? addr : gen_movi(c, c->pc));
	gen_stc(c, X86_CPU_OFF(exit_sig), 4, gen_movi(c, sig));
	gen_stc(c, X86_CPU_OFF(exit_code), 4, gen_movi(c, si_code));
	gen_stc(c, X86_CPU_OFF(exit_err), 8, gen_movi(c, trapno));
	gen_stc(c, X86_CPU_OFF(rip), 8, gen_movi(c, rip));
	emit(c, IR_EXIT)->imm = JIT_EXIT_FAULT;
}

void gen_raise(struct lift_ctx *c, int sig, int si_code, int trapno, ir_t addr)
{
	gen_raise_at(c, sig, si_code, trapno, addr, c->pc);
}

void gen_sigill(struct lift_ctx *c)
{
	char hex[64];
	int n = 0;

	for (unsigned k = 0; k < c->in->length && n < (int)sizeof(hex) - 4; k++)
		n += log_format(hex + n, sizeof(hex) - n, "%s%x%x", k ? " " : "",
				c->bytes[k] >> 4, c->bytes[k] & 15);
	log_warn(LOG_JIT, "unsupported instruction at 0x%lx: %s [%s] -> SIGILL",
		 (unsigned long)c->pc, ZydisMnemonicGetString(c->in->mnemonic), hex);
	gen_raise(c, JIT_SIGILL, 2 /* ILL_ILLOPN */, X86_TRAP_UD, 0);
	c->end = true;
}

/* ---- stack ---- */

void gen_push(struct lift_ctx *c, ir_t v, unsigned size)
{
	ir_t sp = gen_opi(c, IR_SUB, gen_get_gpr(c, X86_RSP, 8, false), size);

	gen_st(c, sp, size, v);
	gen_set_gpr(c, X86_RSP, 8, false, sp);
}

ir_t gen_pop(struct lift_ctx *c, unsigned size)
{
	ir_t sp = gen_get_gpr(c, X86_RSP, 8, false);
	ir_t v = gen_ld(c, sp, size);

	gen_set_gpr(c, X86_RSP, 8, false, gen_opi(c, IR_ADD, sp, size));
	return v;
}

/* ---- the block loop ---- */

/* Fetch up to 15 instruction bytes; returns how many could be read. */
static unsigned fetch(uint64_t pc, uint8_t *buf)
{
	unsigned n = ZYDIS_MAX_INSTRUCTION_LENGTH;

	if (!copy_from_guest(buf, pc, n))
		return n;
	for (n = 0; n < ZYDIS_MAX_INSTRUCTION_LENGTH; n++)
		if (copy_from_guest(buf + n, pc + n, 1))
			break;
	return n;
}

int lift_block(struct ir_block *b, uint64_t pc, int max_insns, struct lift_result *res)
{
	struct lift_ctx c = { .b = b, .cc_kind = -1 };
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
	uint8_t buf[ZYDIS_MAX_INSTRUCTION_LENGTH];
	int count = 0;

	ir_reset(b);
	for (;;) {
		unsigned avail = fetch(pc, buf), mark, mark_exits;
		ZyanStatus st;
		lift_fn fn;

		memset(c.ea, 0, sizeof(c.ea));
		c.pc = pc;
		c.bytes = buf;
		if (!avail) {
			if (count)
				break; /* let the next block report the fault */
			emit(&c, IR_INSN)->imm = pc;
			gen_raise(&c, JIT_SIGSEGV, 1 /* SEGV_MAPERR */, X86_TRAP_PF, gen_movi(&c, pc));
			count++;
			c.end = true;
			break;
		}
		emit(&c, IR_INSN)->imm = pc;
		count++;
		st = ZydisDecoderDecodeFull(&decoder, buf, avail, &in, ops);
		if (!ZYAN_SUCCESS(st)) {
			if (avail < ZYDIS_MAX_INSTRUCTION_LENGTH && count == 1) {
				/* The instruction runs into an unreadable page. */
				gen_raise(&c, JIT_SIGSEGV, 1, X86_TRAP_PF, gen_movi(&c, pc + avail));
				c.end = true;
				break;
			}
			log_warn(LOG_JIT, "undecodable instruction at 0x%lx: %x %x %x %x -> SIGILL",
				 (unsigned long)pc, buf[0], buf[1], buf[2], buf[3]);
			gen_raise(&c, JIT_SIGILL, 2, X86_TRAP_UD, 0);
			c.end = true;
			break;
		}
		c.in = &in;
		c.op = ops;
		c.next_pc = pc + in.length;
		mark = b->n;
		mark_exits = c.nexits;
		fn = lift_dispatch[in.mnemonic];
		if (!fn || fn(&c) == LIFT_UNSUPPORTED) {
			b->n = mark;
			c.nexits = mark_exits;
			c.end = false;
			c.cc_kind = -1;
			gen_sigill(&c);
		}
		pc = c.next_pc;
		if (c.end)
			break;
		if (count >= max_insns || b->ntemps > LIFT_MAX_TEMPS) {
			gen_goto(&c, pc);
			break;
		}
	}
	b->ninsns_guest = count;
	res->end_pc = pc;
	res->ninsns = count;
	return 0;
}
