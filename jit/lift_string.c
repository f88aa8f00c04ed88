// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of string instructions (movs, stos, lods, cmps, scas, all sizes, with
 * rep/repe/repne, DF, 67h address size, fs/gs source override) and xlat.
 * rep movs/stos call host loops (helpers_sys_string.c); the others are IR loops.
 */
#include "helpers_sys.h"
#include "lift.h"

enum str_kind { STR_MOVS, STR_STOS, STR_LODS, STR_CMPS, STR_SCAS };

struct str_op {
	enum str_kind kind;
	unsigned size; /* element bytes */
	unsigned asz;  /* address size: 4 (67h prefix) or 8 */
	ir_t seg;      /* base of the source segment (fs/gs override) or 0 */
	ir_t step;     /* +-size as a temp */
};

/* The source operand of movs/lods/cmps is ds:rsi, which fs/gs can override. */
static ir_t source_segment(struct lift_ctx *c)
{
	for (unsigned i = 0; i < c->in->operand_count; i++) {
		const ZydisDecodedOperand *o = &c->op[i];

		if (o->type != ZYDIS_OPERAND_TYPE_MEMORY ||
		    (o->mem.base != ZYDIS_REGISTER_RSI && o->mem.base != ZYDIS_REGISTER_ESI))
			continue;
		if (o->mem.segment == ZYDIS_REGISTER_FS)
			return gen_ldc(c, X86_CPU_OFF(fs_base), 8);
		if (o->mem.segment == ZYDIS_REGISTER_GS)
			return gen_ldc(c, X86_CPU_OFF(gs_base), 8);
	}
	return 0;
}

static bool has_rep(struct lift_ctx *c)
{
	return lift_has(c, ZYDIS_ATTRIB_HAS_REP | ZYDIS_ATTRIB_HAS_REPE | ZYDIS_ATTRIB_HAS_REPNE);
}

/* rsi/rdi as addresses (zero-extended from 32 bits under 67h). */
static ir_t str_reg(struct lift_ctx *c, struct str_op *s, int reg)
{
	return gen_get_gpr(c, reg, s->asz, false);
}

static ir_t str_src_addr(struct lift_ctx *c, struct str_op *s, ir_t si)
{
	return s->seg ? gen_op2(c, IR_ADD, si, s->seg) : si;
}

/* reg += step, written with the address size (32-bit writes zero-extend). */
static void str_advance(struct lift_ctx *c, struct str_op *s, int reg, ir_t v)
{
	gen_set_gpr(c, reg, s->asz, false, gen_op2(c, IR_ADD, v, s->step));
}

/*
 * One iteration: every load and store first, then rsi/rdi, then flags. Returns
 * the zero flag as a temp for cmps/scas (0 otherwise).
 */
static ir_t str_body(struct lift_ctx *c, struct str_op *s)
{
	ir_t si = 0, di = 0, v, a, b, r;

	if (s->kind == STR_MOVS || s->kind == STR_LODS || s->kind == STR_CMPS)
		si = str_reg(c, s, X86_RSI);
	if (s->kind != STR_LODS)
		di = str_reg(c, s, X86_RDI);
	switch (s->kind) {
	case STR_MOVS:
		v = gen_ld(c, str_src_addr(c, s, si), s->size);
		gen_st(c, di, s->size, v);
		str_advance(c, s, X86_RSI, si);
		str_advance(c, s, X86_RDI, di);
		return 0;
	case STR_STOS:
		gen_st(c, di, s->size, gen_get_gpr(c, X86_RAX, s->size, false));
		str_advance(c, s, X86_RDI, di);
		return 0;
	case STR_LODS:
		v = gen_ld(c, str_src_addr(c, s, si), s->size);
		gen_set_gpr(c, X86_RAX, s->size, false, v);
		str_advance(c, s, X86_RSI, si);
		return 0;
	case STR_CMPS:
		/* temp = [rsi] - [rdi] */
		a = gen_ld(c, str_src_addr(c, s, si), s->size);
		b = gen_ld(c, di, s->size);
		str_advance(c, s, X86_RSI, si);
		str_advance(c, s, X86_RDI, di);
		break;
	default: /* SCAS: temp = accumulator - [rdi] */
		b = gen_ld(c, di, s->size);
		a = gen_get_gpr(c, X86_RAX, s->size, false);
		str_advance(c, s, X86_RDI, di);
		break;
	}
	r = gen_op2(c, IR_SUB, a, b);
	gen_set_cc(c, CC_SUB, s->size, r, b, 0);
	return gen_setc(c, IRC_EQ, a, b);
}

/* +-size from cpu->df (+1/-1). */
static ir_t str_step(struct lift_ctx *c, unsigned size)
{
	ir_t df = gen_ldc(c, X86_CPU_OFF(df), 8);

	return size == 1 ? df : gen_opi(c, IR_SHL, df, __builtin_ctz(size));
}

/* rep movs / rep stos: the whole loop in a host helper. */
static void str_rep_helper(struct lift_ctx *c, struct str_op *s)
{
	const struct ir_helper *h = s->kind == STR_MOVS ? &h_rep_movs : &h_rep_stos;
	ir_t b = s->kind == STR_MOVS ? (s->seg ? s->seg : gen_movi(c, 0))
				     : gen_get_gpr(c, X86_RAX, s->size, false);
	ir_t stopped = gen_call(c, h, gen_movi(c, rep_args(s->size, s->asz)), b, 0, 0);
	unsigned again = gen_new_label(c);

	/* Stopped early for a signal: rip stays on the instruction, rcx says what is left. */
	gen_brc(c, stopped, again);
	gen_goto(c, c->next_pc);
	gen_label(c, again);
	gen_goto(c, c->pc);
}

static int lift_str(struct lift_ctx *c, enum str_kind kind)
{
	struct str_op s = {
		.kind = kind,
		.size = c->in->operand_width / 8,
		.asz = c->in->address_width / 8,
	};
	unsigned top, done;
	ir_t cx, zf;

	if (kind == STR_MOVS || kind == STR_LODS || kind == STR_CMPS)
		s.seg = source_segment(c);
	if (!has_rep(c)) {
		s.step = str_step(c, s.size);
		str_body(c, &s);
		return 0;
	}
	if (kind == STR_MOVS || kind == STR_STOS) {
		str_rep_helper(c, &s);
		return 0;
	}
	/*
	 * while (cx != 0) { iteration; cx--; stop on ZF for repe/repne }.
	 * Each iteration commits its registers after its loads, so a fault leaves
	 * the state of the faulting iteration. Temps are rewritten per iteration.
	 */
	s.step = str_step(c, s.size);
	top = gen_new_label(c);
	done = gen_new_label(c);
	gen_label(c, top);
	cx = gen_get_gpr(c, X86_RCX, s.asz, false);
	gen_brc(c, gen_setci(c, IRC_EQ, cx, 0), done);
	zf = str_body(c, &s);
	gen_set_gpr(c, X86_RCX, s.asz, false, gen_opi(c, IR_SUB, cx, 1));
	if (kind == STR_CMPS || kind == STR_SCAS) {
		/* F3 = repe: continue while equal; F2 = repne: while not equal. */
		if (lift_has(c, ZYDIS_ATTRIB_HAS_REPNE))
			gen_brc(c, zf, done);
		else
			gen_brc(c, gen_setci(c, IRC_EQ, zf, 0), done);
	}
	gen_br(c, top);
	gen_label(c, done);
	if (s.asz == 4) /* ecx is written even for a zero count */
		gen_set_gpr(c, X86_RCX, 4, false, gen_get_gpr(c, X86_RCX, 4, false));
	return 0;
}

static int lift_movs(struct lift_ctx *c) { return lift_str(c, STR_MOVS); }
/*
 * Zydis names the string forms movsd/cmpsd like the SSE scalar-double ones; the
 * SSE families own those mnemonics and call these for the string forms.
 */
int lift_string_movsd(struct lift_ctx *c);
int lift_string_cmpsd(struct lift_ctx *c);
int lift_string_movsd(struct lift_ctx *c) { return lift_str(c, STR_MOVS); }
int lift_string_cmpsd(struct lift_ctx *c) { return lift_str(c, STR_CMPS); }
static int lift_stos(struct lift_ctx *c) { return lift_str(c, STR_STOS); }
static int lift_lods(struct lift_ctx *c) { return lift_str(c, STR_LODS); }
static int lift_cmps(struct lift_ctx *c) { return lift_str(c, STR_CMPS); }
static int lift_scas(struct lift_ctx *c) { return lift_str(c, STR_SCAS); }

/* xlat: al = [seg:rbx + zero-extended al], the sum wrapped to the address size. */
static int lift_xlat(struct lift_ctx *c)
{
	unsigned asz = c->in->address_width / 8;
	ir_t addr = gen_op2(c, IR_ADD, gen_get_gpr(c, X86_RBX, 8, false),
			    gen_get_gpr(c, X86_RAX, 1, false));
	const ZydisDecodedOperand *m = &c->op[0];

	addr = gen_zext(c, asz, addr);
	if (m->type == ZYDIS_OPERAND_TYPE_MEMORY && m->mem.segment == ZYDIS_REGISTER_FS)
		addr = gen_op2(c, IR_ADD, addr, gen_ldc(c, X86_CPU_OFF(fs_base), 8));
	else if (m->type == ZYDIS_OPERAND_TYPE_MEMORY && m->mem.segment == ZYDIS_REGISTER_GS)
		addr = gen_op2(c, IR_ADD, addr, gen_ldc(c, X86_CPU_OFF(gs_base), 8));
	gen_set_gpr(c, X86_RAX, 1, false, gen_ld(c, addr, 1));
	return 0;
}

const struct lift_entry lift_tab_string[] = {
	{ ZYDIS_MNEMONIC_MOVSB, lift_movs }, { ZYDIS_MNEMONIC_MOVSW, lift_movs },
	{ ZYDIS_MNEMONIC_MOVSQ, lift_movs }, /* MOVSD: lift_string_movsd */
	{ ZYDIS_MNEMONIC_STOSB, lift_stos }, { ZYDIS_MNEMONIC_STOSW, lift_stos },
	{ ZYDIS_MNEMONIC_STOSD, lift_stos }, { ZYDIS_MNEMONIC_STOSQ, lift_stos },
	{ ZYDIS_MNEMONIC_LODSB, lift_lods }, { ZYDIS_MNEMONIC_LODSW, lift_lods },
	{ ZYDIS_MNEMONIC_LODSD, lift_lods }, { ZYDIS_MNEMONIC_LODSQ, lift_lods },
	{ ZYDIS_MNEMONIC_CMPSB, lift_cmps }, { ZYDIS_MNEMONIC_CMPSW, lift_cmps },
	{ ZYDIS_MNEMONIC_CMPSQ, lift_cmps }, /* CMPSD: lift_string_cmpsd */
	{ ZYDIS_MNEMONIC_SCASB, lift_scas }, { ZYDIS_MNEMONIC_SCASW, lift_scas },
	{ ZYDIS_MNEMONIC_SCASD, lift_scas }, { ZYDIS_MNEMONIC_SCASQ, lift_scas },
	{ ZYDIS_MNEMONIC_XLAT, lift_xlat },
	{ 0, NULL }
};
