// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of SSE/MMX integer operations, shuffles, inserts/extracts, masks, ptest,
 * the SSE4.2 string compares and crc32. Helpers: sse_int.c, sse_shuf.c, sse_str.c.
 */
#include "sse_ops.h"

static const struct sse_vop *find_vop(ZydisMnemonic m)
{
	for (const struct sse_vop *v = sse_vops; v->helper; v++)
		if (v->mnemonic == m)
			return v;
	return NULL;
}

static int last_imm(struct lift_ctx *c, unsigned *imm)
{
	int k = c->in->operand_count_visible - 1;

	if (k < 0 || c->op[k].type != ZYDIS_OPERAND_TYPE_IMMEDIATE)
		return LIFT_UNSUPPORTED;
	*imm = c->op[k].imm.value.u & 0xff;
	return 0;
}

/* op dst(xmm|mm), src(xmm|mm|mem) [, imm8]: one helper over n = 16 or 8 bytes. */
int lift_sse_vop(struct lift_ctx *c)
{
	const struct sse_vop *v = find_vop(c->in->mnemonic);
	size_t doff, soff;
	unsigned n, sn, imm = 0;
	int mm, smm;

	if (!v || !sse_op_reg(c, 0, &doff, &n, &mm))
		return LIFT_UNSUPPORTED;
	if (!(v->flags & (n == 8 ? SV_MM : SV_XMM)))
		return LIFT_UNSUPPORTED;
	if ((v->flags & SV_IMM) && last_imm(c, &imm))
		return LIFT_UNSUPPORTED;
	if (c->op[1].type == ZYDIS_OPERAND_TYPE_REGISTER) {
		if (!sse_op_reg(c, 1, &soff, &sn, &smm) || sn != n)
			return LIFT_UNSUPPORTED;
	} else if (c->op[1].type == ZYDIS_OPERAND_TYPE_MEMORY) {
		soff = sse_src(c, 1);
		if (c->in->mnemonic == ZYDIS_MNEMONIC_INSERTPS)
			imm &= 0x3f; /* the loaded dword is element 0 */
	} else {
		return LIFT_UNSUPPORTED;
	}
	if (n == 8)
		sse_mmx_enter(c);
	gen_call(c, v->helper, gen_movi(c, doff), gen_movi(c, soff), gen_movi(c, imm),
		 gen_movi(c, n));
	sse_mmx_written(c, mm);
	return 0;
}

/* psll/psrl/psra w/d/q: count from imm8 or the low 64 bits of xmm/mm/memory. */
int lift_sse_shift(struct lift_ctx *c)
{
	ZydisMnemonic m = c->in->mnemonic;
	const struct ir_helper *h;
	unsigned lane, n;
	size_t doff;
	int mm;
	ir_t cnt;

	switch (m) {
	case ZYDIS_MNEMONIC_PSLLW: h = &h_sse_psll; lane = 2; break;
	case ZYDIS_MNEMONIC_PSLLD: h = &h_sse_psll; lane = 4; break;
	case ZYDIS_MNEMONIC_PSLLQ: h = &h_sse_psll; lane = 8; break;
	case ZYDIS_MNEMONIC_PSRLW: h = &h_sse_psrl; lane = 2; break;
	case ZYDIS_MNEMONIC_PSRLD: h = &h_sse_psrl; lane = 4; break;
	case ZYDIS_MNEMONIC_PSRLQ: h = &h_sse_psrl; lane = 8; break;
	case ZYDIS_MNEMONIC_PSRAW: h = &h_sse_psra; lane = 2; break;
	case ZYDIS_MNEMONIC_PSRAD: h = &h_sse_psra; lane = 4; break;
	default: return LIFT_UNSUPPORTED;
	}
	if (!sse_op_reg(c, 0, &doff, &n, &mm))
		return LIFT_UNSUPPORTED;
	if (c->op[1].type == ZYDIS_OPERAND_TYPE_IMMEDIATE)
		cnt = gen_movi(c, c->op[1].imm.value.u & 0xff);
	else
		cnt = gen_ldc(c, sse_src(c, 1), 8);
	if (n == 8)
		sse_mmx_enter(c);
	gen_call(c, h, gen_movi(c, doff), cnt, gen_movi(c, lane), gen_movi(c, n));
	sse_mmx_written(c, mm);
	return 0;
}

int lift_sse_bytes_shift(struct lift_ctx *c)
{
	size_t doff;
	unsigned n;
	int mm;

	if (!sse_op_reg(c, 0, &doff, &n, &mm) || n != 16 ||
	    c->op[1].type != ZYDIS_OPERAND_TYPE_IMMEDIATE)
		return LIFT_UNSUPPORTED;
	gen_call(c, c->in->mnemonic == ZYDIS_MNEMONIC_PSLLDQ ? &h_sse_pslldq : &h_sse_psrldq,
		 gen_movi(c, doff), gen_movi(c, c->op[1].imm.value.u & 0xff), 0, 0);
	return 0;
}

/* pand/pandn/por/pxor and the ps/pd bitwise forms, in IR on 64-bit halves. */
int lift_sse_logic(struct lift_ctx *c)
{
	ZydisMnemonic m = c->in->mnemonic;
	enum ir_op op;
	bool andn = false;
	size_t doff;
	unsigned n;
	int mm;
	ir_t s[2];

	switch (m) {
	case ZYDIS_MNEMONIC_PAND: case ZYDIS_MNEMONIC_ANDPS: case ZYDIS_MNEMONIC_ANDPD:
		op = IR_AND;
		break;
	case ZYDIS_MNEMONIC_PANDN: case ZYDIS_MNEMONIC_ANDNPS: case ZYDIS_MNEMONIC_ANDNPD:
		op = IR_AND;
		andn = true;
		break;
	case ZYDIS_MNEMONIC_POR: case ZYDIS_MNEMONIC_ORPS: case ZYDIS_MNEMONIC_ORPD:
		op = IR_OR;
		break;
	default:
		op = IR_XOR;
		break;
	}
	if (!sse_op_reg(c, 0, &doff, &n, &mm))
		return LIFT_UNSUPPORTED;
	if (c->op[1].type == ZYDIS_OPERAND_TYPE_REGISTER &&
	    c->op[1].reg.value == c->op[0].reg.value && (op == IR_XOR || andn)) {
		/* pxor x, x / pandn x, x: zero without reading */
		for (unsigned h = 0; h < n / 8; h++)
			gen_stc(c, doff + 8 * h, 8, gen_movi(c, 0));
	} else {
		sse_src_halves(c, 1, &s[0], &s[1]);
		if (n == 16 && !s[1])
			return LIFT_UNSUPPORTED;
		for (unsigned h = 0; h < n / 8; h++) {
			ir_t d = gen_ldc(c, doff + 8 * h, 8);

			if (andn)
				d = gen_op1(c, IR_NOT, d);
			gen_stc(c, doff + 8 * h, 8, gen_op2(c, op, d, s[h]));
		}
	}
	if (n == 8)
		sse_mmx_enter(c);
	sse_mmx_written(c, mm);
	return 0;
}

/*
 * pcmpeqb/w/d/q in IR (glibc's string functions live on pcmpeqb): per 64-bit half,
 * x = a ^ b; a lane is zero iff ((x & low bits) + low bits) | x has its top bit clear.
 */
int lift_sse_pcmpeq(struct lift_ctx *c)
{
	static const unsigned lanes[] = { 1, 2, 4, 8 };
	ZydisMnemonic m = c->in->mnemonic;
	unsigned lane = lanes[m == ZYDIS_MNEMONIC_PCMPEQB ? 0 : m == ZYDIS_MNEMONIC_PCMPEQW ? 1 :
			      m == ZYDIS_MNEMONIC_PCMPEQD ? 2 : 3];
	uint64_t top = 0, low;
	size_t doff;
	unsigned n;
	int mm;
	ir_t s[2], r[2];

	if (!sse_op_reg(c, 0, &doff, &n, &mm) || (n == 8 && lane == 8))
		return LIFT_UNSUPPORTED;
	for (unsigned k = 0; k < 8; k += lane)
		top |= 1ULL << (8 * (k + lane) - 1);
	low = ~top;
	sse_src_halves(c, 1, &s[0], &s[1]);
	if (n == 16 && !s[1])
		return LIFT_UNSUPPORTED;
	for (unsigned h = 0; h < n / 8; h++) {
		ir_t x = gen_op2(c, IR_XOR, gen_ldc(c, doff + 8 * h, 8), s[h]);

		if (lane == 8) {
			r[h] = gen_op1(c, IR_NEG, gen_setci(c, IRC_EQ, x, 0));
			continue;
		}
		ir_t t = gen_op2(c, IR_OR, gen_opi(c, IR_ADD, gen_opi(c, IR_AND, x, low), low), x);
		ir_t eq = gen_opi(c, IR_AND, gen_op1(c, IR_NOT, t), top); /* top bit of equal lanes */

		r[h] = gen_opi(c, IR_MUL, gen_opi(c, IR_SHR, eq, 8 * lane - 1), size_mask(lane));
	}
	if (n == 8)
		sse_mmx_enter(c);
	for (unsigned h = 0; h < n / 8; h++)
		gen_stc(c, doff + 8 * h, 8, r[h]);
	sse_mmx_written(c, mm);
	return 0;
}

/* The top bits of the 8 bytes of v, packed (a multiply gathers them into the top byte). */
static ir_t byte_signs(struct lift_ctx *c, ir_t v)
{
	ir_t t = gen_opi(c, IR_AND, v, 0x8080808080808080ULL);

	return gen_opi(c, IR_SHR, gen_opi(c, IR_MUL, t, 0x0002040810204081ULL), 56);
}

/* pmovmskb/movmskps/movmskpd r32|r64, xmm|mm */
int lift_sse_movmsk(struct lift_ctx *c)
{
	ZydisMnemonic m = c->in->mnemonic;
	const struct ir_helper *h = m == ZYDIS_MNEMONIC_MOVMSKPS ? &h_sse_movmskps : &h_sse_movmskpd;
	size_t soff;
	unsigned n, sz;
	int mm, idx;
	bool hi;
	ir_t v;

	if (!sse_op_reg(c, 1, &soff, &n, &mm) || c->op[0].type != ZYDIS_OPERAND_TYPE_REGISTER ||
	    !lift_gpr(c->op[0].reg.value, &idx, &sz, &hi))
		return LIFT_UNSUPPORTED;
	if (n == 8)
		sse_mmx_enter(c);
	if (m == ZYDIS_MNEMONIC_PMOVMSKB) {
		v = byte_signs(c, gen_ldc(c, soff, 8));
		if (n == 16)
			v = gen_op2(c, IR_OR, v,
				    gen_opi(c, IR_SHL, byte_signs(c, gen_ldc(c, soff + 8, 8)), 8));
	} else {
		v = gen_call(c, h, gen_movi(c, soff), gen_movi(c, n), 0, 0);
	}
	gen_set_gpr(c, idx, 8, false, v);
	return 0;
}

int lift_sse_ptest(struct lift_ctx *c)
{
	size_t doff, soff;
	unsigned n;
	int mm;
	ir_t f;

	if (!sse_op_reg(c, 0, &doff, &n, &mm) || n != 16)
		return LIFT_UNSUPPORTED;
	soff = sse_src(c, 1);
	f = gen_call(c, &h_sse_ptest, gen_movi(c, doff), gen_movi(c, soff), 0, 0);
	gen_set_cc(c, CC_EFLAGS, 8, gen_movi(c, 0), f, 0);
	return 0;
}

/* pcmp[ei]str[im] xmm1, xmm2/m128, imm8 (no alignment required). */
int lift_sse_pcmpstr(struct lift_ctx *c)
{
	ZydisMnemonic m = c->in->mnemonic;
	bool expl = m == ZYDIS_MNEMONIC_PCMPESTRI || m == ZYDIS_MNEMONIC_PCMPESTRM;
	bool index = m == ZYDIS_MNEMONIC_PCMPESTRI || m == ZYDIS_MNEMONIC_PCMPISTRI;
	const struct ir_helper *h = expl ? (index ? &h_sse_pcmpestri : &h_sse_pcmpestrm) :
					   (index ? &h_sse_pcmpistri : &h_sse_pcmpistrm);
	size_t off1, off2;
	unsigned n, imm;
	int mm;
	ir_t r, rax = 0, rdx = 0;

	if (!sse_op_reg(c, 0, &off1, &n, &mm) || n != 16 || last_imm(c, &imm))
		return LIFT_UNSUPPORTED;
	off2 = sse_src(c, 1);
	if (expl) {
		rax = gen_get_gpr(c, X86_RAX, 8, false);
		rdx = gen_get_gpr(c, X86_RDX, 8, false);
		imm |= c->in->raw.rex.W << 8;
	}
	r = gen_call(c, h, gen_movi(c, off1 | off2 << 16), gen_movi(c, imm), rax, rdx);
	if (index)
		gen_set_gpr(c, X86_RCX, 4, false, gen_opi(c, IR_SHR, r, 16));
	gen_set_cc(c, CC_EFLAGS, 8, gen_movi(c, 0), gen_opi(c, IR_AND, r, X86_ARITH_FLAGS), 0);
	return 0;
}

/* crc32 r32|r64, r/m8|16|32|64 */
int lift_sse_crc32(struct lift_ctx *c)
{
	int idx;
	unsigned sz;
	bool hi;
	ir_t data, crc;

	if (c->op[0].type != ZYDIS_OPERAND_TYPE_REGISTER ||
	    !lift_gpr(c->op[0].reg.value, &idx, &sz, &hi))
		return LIFT_UNSUPPORTED;
	data = lift_load(c, 1);
	crc = gen_get_gpr(c, idx, 4, false);
	gen_set_gpr(c, idx, 4, false,
		    gen_call(c, &h_sse_crc32, crc, data, gen_movi(c, op_size(c, 1)), 0));
	return 0;
}

static unsigned lane_of(ZydisMnemonic m)
{
	switch (m) {
	case ZYDIS_MNEMONIC_PINSRB: case ZYDIS_MNEMONIC_PEXTRB: return 1;
	case ZYDIS_MNEMONIC_PINSRW: case ZYDIS_MNEMONIC_PEXTRW: return 2;
	case ZYDIS_MNEMONIC_PINSRQ: case ZYDIS_MNEMONIC_PEXTRQ: return 8;
	default: return 4;
	}
}

/* pinsrb/w/d/q xmm|mm, r/m, imm8 */
int lift_sse_pinsr(struct lift_ctx *c)
{
	unsigned lane = lane_of(c->in->mnemonic), n, imm, sz;
	size_t doff;
	int mm, idx;
	bool hi;
	ir_t v;

	if (!sse_op_reg(c, 0, &doff, &n, &mm) || last_imm(c, &imm))
		return LIFT_UNSUPPORTED;
	if (c->op[1].type == ZYDIS_OPERAND_TYPE_MEMORY)
		v = gen_ld(c, lift_ea(c, 1), lane);
	else if (c->op[1].type == ZYDIS_OPERAND_TYPE_REGISTER &&
		 lift_gpr(c->op[1].reg.value, &idx, &sz, &hi))
		v = gen_get_gpr(c, idx, lane, false);
	else
		return LIFT_UNSUPPORTED;
	if (n == 8)
		sse_mmx_enter(c);
	gen_stc(c, doff + lane * (imm & (n / lane - 1)), lane, v);
	sse_mmx_written(c, mm);
	return 0;
}

/* pextrb/w/d/q and extractps r/m, xmm|mm, imm8 (a GPR destination is zero-extended) */
int lift_sse_pextr(struct lift_ctx *c)
{
	unsigned lane = lane_of(c->in->mnemonic), n, imm, sz;
	size_t soff;
	int mm, idx;
	bool hi;
	ir_t v;

	if (!sse_op_reg(c, 1, &soff, &n, &mm) || last_imm(c, &imm))
		return LIFT_UNSUPPORTED;
	v = gen_ldc(c, soff + lane * (imm & (n / lane - 1)), lane);
	if (c->op[0].type == ZYDIS_OPERAND_TYPE_MEMORY)
		gen_st(c, lift_ea(c, 0), lane, v);
	else if (c->op[0].type == ZYDIS_OPERAND_TYPE_REGISTER &&
		 lift_gpr(c->op[0].reg.value, &idx, &sz, &hi))
		gen_set_gpr(c, idx, 8, false, v);
	else
		return LIFT_UNSUPPORTED;
	if (n == 8)
		sse_mmx_enter(c);
	return 0;
}

/* maskmovdqu xmm, xmm / maskmovq mm, mm: bytes with the mask's top bit set go to [rdi]. */
int lift_sse_maskmov(struct lift_ctx *c)
{
	size_t soff, moff;
	unsigned n, n2;
	int mm, mm2, mi = -1;
	ir_t a;

	if (!sse_op_reg(c, 0, &soff, &n, &mm) || !sse_op_reg(c, 1, &moff, &n2, &mm2))
		return LIFT_UNSUPPORTED;
	for (int i = 2; i < c->in->operand_count; i++)
		if (c->op[i].type == ZYDIS_OPERAND_TYPE_MEMORY)
			mi = i;
	if (mi < 0)
		return LIFT_UNSUPPORTED;
	a = lift_ea(c, mi);
	for (unsigned i = 0; i < n; i++) {
		unsigned skip = gen_new_label(c);
		ir_t m = gen_opi(c, IR_AND, gen_ldc(c, moff + i, 1), 0x80);

		gen_brc(c, gen_setci(c, IRC_EQ, m, 0), skip);
		gen_st(c, gen_opi(c, IR_ADD, a, i), 1, gen_ldc(c, soff + i, 1));
		gen_label(c, skip);
	}
	if (n == 8)
		sse_mmx_enter(c);
	return 0;
}
