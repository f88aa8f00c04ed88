// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of SSE to SSE4.2 moves and integer operations (also their MMX forms):
 * the operand toolkit, the data movement instructions (kept in IR, they are the
 * hottest) and the family table. Integer operations: lift_sse_int.c.
 */
#include "sse_ops.h"

/* ---- operands ---- */

bool sse_reg(ZydisRegister r, size_t *off, unsigned *n, int *mm)
{
	if (r >= ZYDIS_REGISTER_XMM0 && r <= ZYDIS_REGISTER_XMM15) {
		*off = X86_XMM_OFF(r - ZYDIS_REGISTER_XMM0);
		*n = 16;
		*mm = -1;
		return true;
	}
	if (r >= ZYDIS_REGISTER_MM0 && r <= ZYDIS_REGISTER_MM7) {
		*mm = r - ZYDIS_REGISTER_MM0;
		*off = X86_MM_OFF(*mm);
		*n = 8;
		return true;
	}
	return false;
}

bool sse_op_reg(struct lift_ctx *c, int i, size_t *off, unsigned *n, int *mm)
{
	return c->op[i].type == ZYDIS_OPERAND_TYPE_REGISTER && sse_reg(c->op[i].reg.value, off, n, mm);
}

bool sse_any_mm(struct lift_ctx *c)
{
	for (int i = 0; i < c->in->operand_count_visible; i++)
		if (c->op[i].type == ZYDIS_OPERAND_TYPE_REGISTER &&
		    c->op[i].reg.value >= ZYDIS_REGISTER_MM0 && c->op[i].reg.value <= ZYDIS_REGISTER_MM7)
			return true;
	return false;
}

/* Every MMX instruction: TOP = 0 and all eight registers tagged valid. */
void sse_mmx_enter(struct lift_ctx *c)
{
	gen_stc(c, X86_CPU_OFF(fpu) + offsetof(struct x87_state, top), 4, gen_movi(c, 0));
	gen_stc(c, X86_CPU_OFF(fpu) + offsetof(struct x87_state, ftw), 2, gen_movi(c, 0));
}

/* An MMX register write also sets the x87 register's sign and exponent to all ones. */
void sse_mmx_written(struct lift_ctx *c, int mm)
{
	if (mm >= 0)
		gen_stc(c, X86_MM_SEXP_OFF(mm), 2, gen_movi(c, 0xffff));
}

/* Legacy SSE m128 operands must be 16-byte aligned, except for these instructions. */
bool sse_align_required(struct lift_ctx *c)
{
	switch (c->in->mnemonic) {
	case ZYDIS_MNEMONIC_MOVUPS:
	case ZYDIS_MNEMONIC_MOVUPD:
	case ZYDIS_MNEMONIC_MOVDQU:
	case ZYDIS_MNEMONIC_LDDQU:
	case ZYDIS_MNEMONIC_PCMPESTRI:
	case ZYDIS_MNEMONIC_PCMPESTRM:
	case ZYDIS_MNEMONIC_PCMPISTRI:
	case ZYDIS_MNEMONIC_PCMPISTRM:
		return false;
	default:
		return true;
	}
}

/* #GP (SIGSEGV, SI_KERNEL, no address) unless addr is 16-byte aligned. */
void sse_check_align(struct lift_ctx *c, ir_t addr)
{
	unsigned ok = gen_new_label(c);

	gen_brc(c, gen_setci(c, IRC_EQ, gen_opi(c, IR_AND, addr, 15), 0), ok);
	gen_raise(c, JIT_SIGSEGV, 0x80, X86_TRAP_GP, gen_movi(c, 0));
	gen_label(c, ok);
}

/*
 * Where operand i (a register or memory) can be read: its register, or vtmp after
 * loading the memory operand (its Zydis size; m128 checked for alignment).
 */
size_t sse_src(struct lift_ctx *c, int i)
{
	size_t off;
	unsigned n, size = op_size(c, i);
	int mm;
	ir_t a;

	if (sse_op_reg(c, i, &off, &n, &mm))
		return off;
	BUG_ON(c->op[i].type != ZYDIS_OPERAND_TYPE_MEMORY);
	a = lift_ea(c, i);
	if (size == 16) {
		ir_t lo, hi;

		if (sse_align_required(c))
			sse_check_align(c, a);
		lo = gen_ld(c, a, 8);
		hi = gen_ld(c, gen_opi(c, IR_ADD, a, 8), 8);
		gen_stc(c, X86_VTMP_OFF, 8, lo);
		gen_stc(c, X86_VTMP_OFF + 8, 8, hi);
	} else {
		gen_stc(c, X86_VTMP_OFF, 8, gen_ld(c, a, size));
	}
	return X86_VTMP_OFF;
}

/* The two 64-bit halves of a 128-bit register or memory operand (hi unset for 8 bytes). */
void sse_src_halves(struct lift_ctx *c, int i, ir_t *lo, ir_t *hi)
{
	size_t off;
	unsigned n;
	int mm;

	*hi = 0;
	if (sse_op_reg(c, i, &off, &n, &mm)) {
		*lo = gen_ldc(c, off, 8);
		if (n == 16)
			*hi = gen_ldc(c, off + 8, 8);
		return;
	}
	if (op_size(c, i) == 16) {
		ir_t a = lift_ea(c, i);

		if (sse_align_required(c))
			sse_check_align(c, a);
		*lo = gen_ld(c, a, 8);
		*hi = gen_ld(c, gen_opi(c, IR_ADD, a, 8), 8);
		return;
	}
	*lo = gen_ld(c, lift_ea(c, i), op_size(c, i));
}

/* ---- moves ---- */

/* movaps/movups/movapd/movupd/movdqa/movdqu/lddqu/movnt*: 128 bits, and movntq (64). */
static int lift_mov_full(struct lift_ctx *c)
{
	size_t doff;
	unsigned n;
	int mm;
	ir_t lo, hi;

	sse_src_halves(c, 1, &lo, &hi);
	if (sse_op_reg(c, 0, &doff, &n, &mm)) {
		if (n != 16 || !hi)
			return LIFT_UNSUPPORTED;
		gen_stc(c, doff, 8, lo);
		gen_stc(c, doff + 8, 8, hi);
		return 0;
	}
	if (c->op[0].type != ZYDIS_OPERAND_TYPE_MEMORY)
		return LIFT_UNSUPPORTED;
	ir_t a = lift_ea(c, 0);

	if (hi) {
		if (sse_align_required(c))
			sse_check_align(c, a);
		gen_st(c, a, 8, lo);
		gen_st(c, gen_opi(c, IR_ADD, a, 8), 8, hi);
	} else {
		gen_st(c, a, 8, lo); /* movntq */
	}
	if (sse_any_mm(c))
		sse_mmx_enter(c);
	return 0;
}

/*
 * movd/movq in all their forms, movq2dq and movdq2q: `size` bytes from a GPR, memory,
 * xmm or mm; an xmm destination gets the rest zeroed, an mm destination is 64 bits.
 */
static int lift_movdq(struct lift_ctx *c)
{
	unsigned size = c->in->mnemonic == ZYDIS_MNEMONIC_MOVD ? 4 : 8, n;
	size_t off;
	int mm, didx, any_mm = sse_any_mm(c);
	unsigned dsz;
	bool hi8;
	ir_t v;

	if (sse_op_reg(c, 1, &off, &n, &mm))
		v = gen_ldc(c, off, size);
	else if (c->op[1].type == ZYDIS_OPERAND_TYPE_MEMORY)
		v = gen_ld(c, lift_ea(c, 1), size);
	else if (lift_gpr(c->op[1].reg.value, &didx, &dsz, &hi8))
		v = gen_get_gpr(c, didx, size, false);
	else
		return LIFT_UNSUPPORTED;

	if (sse_op_reg(c, 0, &off, &n, &mm)) {
		if (any_mm)
			sse_mmx_enter(c);
		gen_stc(c, off, 8, v);
		if (n == 16)
			gen_stc(c, off + 8, 8, gen_movi(c, 0));
		sse_mmx_written(c, mm);
		return 0;
	}
	if (c->op[0].type == ZYDIS_OPERAND_TYPE_MEMORY)
		gen_st(c, lift_ea(c, 0), size, v);
	else if (lift_gpr(c->op[0].reg.value, &didx, &dsz, &hi8))
		gen_set_gpr(c, didx, size, false, v);
	else
		return LIFT_UNSUPPORTED;
	if (any_mm)
		sse_mmx_enter(c);
	return 0;
}

/* movss/movsd (the SSE moves): reg-reg merges the low element, a load zeroes the rest. */
static int lift_movs_scalar(struct lift_ctx *c, unsigned size)
{
	size_t doff, soff;
	unsigned n;
	int mm;

	if (sse_op_reg(c, 0, &doff, &n, &mm)) {
		if (sse_op_reg(c, 1, &soff, &n, &mm)) {
			gen_stc(c, doff, size, gen_ldc(c, soff, size));
			return 0;
		}
		ir_t v = gen_ld(c, lift_ea(c, 1), size);

		gen_stc(c, doff, 8, v);
		gen_stc(c, doff + 8, 8, gen_movi(c, 0));
		return 0;
	}
	if (!sse_op_reg(c, 1, &soff, &n, &mm))
		return LIFT_UNSUPPORTED;
	gen_st(c, lift_ea(c, 0), size, gen_ldc(c, soff, size));
	return 0;
}

static int lift_movss(struct lift_ctx *c)
{
	return lift_movs_scalar(c, 4);
}

/* The string instruction movsd lives in lift_string.c; it provides this. */
__attribute__((weak)) int lift_string_movsd(struct lift_ctx *c)
{
	return LIFT_UNSUPPORTED;
}

static int lift_movsd(struct lift_ctx *c)
{
	size_t off;
	unsigned n;
	int mm;

	if (!sse_op_reg(c, 0, &off, &n, &mm) && !sse_op_reg(c, 1, &off, &n, &mm))
		return lift_string_movsd(c);
	return lift_movs_scalar(c, 8);
}

/* movlps/movlpd/movhps/movhpd: one 64-bit half from/to memory; movhlps/movlhps. */
static int lift_movhl(struct lift_ctx *c)
{
	ZydisMnemonic m = c->in->mnemonic;
	unsigned half = (m == ZYDIS_MNEMONIC_MOVHPS || m == ZYDIS_MNEMONIC_MOVHPD ||
			 m == ZYDIS_MNEMONIC_MOVLHPS) ? 8 : 0;
	size_t doff, soff;
	unsigned n;
	int mm;

	if (m == ZYDIS_MNEMONIC_MOVHLPS || m == ZYDIS_MNEMONIC_MOVLHPS) {
		if (!sse_op_reg(c, 0, &doff, &n, &mm) || !sse_op_reg(c, 1, &soff, &n, &mm))
			return LIFT_UNSUPPORTED;
		gen_stc(c, doff + half, 8, gen_ldc(c, soff + (half ? 0 : 8), 8));
		return 0;
	}
	if (sse_op_reg(c, 0, &doff, &n, &mm)) {
		if (c->op[1].type != ZYDIS_OPERAND_TYPE_MEMORY)
			return LIFT_UNSUPPORTED;
		gen_stc(c, doff + half, 8, gen_ld(c, lift_ea(c, 1), 8));
		return 0;
	}
	if (!sse_op_reg(c, 1, &soff, &n, &mm))
		return LIFT_UNSUPPORTED;
	gen_st(c, lift_ea(c, 0), 8, gen_ldc(c, soff + half, 8));
	return 0;
}

/* movnti: a plain GPR store. */
static int lift_movnti(struct lift_ctx *c)
{
	lift_store(c, 0, lift_load(c, 1));
	return 0;
}

const struct lift_entry lift_tab_sse[] = {
	{ ZYDIS_MNEMONIC_MOVAPS, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVUPS, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVAPD, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVUPD, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVDQA, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVDQU, lift_mov_full },
	{ ZYDIS_MNEMONIC_LDDQU, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVNTDQA, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVNTDQ, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVNTPS, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVNTPD, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVNTQ, lift_mov_full },
	{ ZYDIS_MNEMONIC_MOVNTI, lift_movnti },
	{ ZYDIS_MNEMONIC_MOVD, lift_movdq },
	{ ZYDIS_MNEMONIC_MOVQ, lift_movdq },
	{ ZYDIS_MNEMONIC_MOVQ2DQ, lift_movdq },
	{ ZYDIS_MNEMONIC_MOVDQ2Q, lift_movdq },
	{ ZYDIS_MNEMONIC_MOVSS, lift_movss },
	{ ZYDIS_MNEMONIC_MOVSD, lift_movsd },
	{ ZYDIS_MNEMONIC_MOVLPS, lift_movhl },
	{ ZYDIS_MNEMONIC_MOVLPD, lift_movhl },
	{ ZYDIS_MNEMONIC_MOVHPS, lift_movhl },
	{ ZYDIS_MNEMONIC_MOVHPD, lift_movhl },
	{ ZYDIS_MNEMONIC_MOVHLPS, lift_movhl },
	{ ZYDIS_MNEMONIC_MOVLHPS, lift_movhl },
	/* integer and shuffles: lift_sse_int.c */
#define SSE_VOP(m, f) { ZYDIS_MNEMONIC_##m, lift_sse_vop },
#include "sse_vops.def"
#undef SSE_VOP
	{ ZYDIS_MNEMONIC_PSLLW, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSLLD, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSLLQ, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSRLW, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSRLD, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSRLQ, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSRAW, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSRAD, lift_sse_shift },
	{ ZYDIS_MNEMONIC_PSLLDQ, lift_sse_bytes_shift },
	{ ZYDIS_MNEMONIC_PSRLDQ, lift_sse_bytes_shift },
	{ ZYDIS_MNEMONIC_PAND, lift_sse_logic },
	{ ZYDIS_MNEMONIC_PANDN, lift_sse_logic },
	{ ZYDIS_MNEMONIC_POR, lift_sse_logic },
	{ ZYDIS_MNEMONIC_PXOR, lift_sse_logic },
	{ ZYDIS_MNEMONIC_ANDPS, lift_sse_logic },
	{ ZYDIS_MNEMONIC_ANDNPS, lift_sse_logic },
	{ ZYDIS_MNEMONIC_ORPS, lift_sse_logic },
	{ ZYDIS_MNEMONIC_XORPS, lift_sse_logic },
	{ ZYDIS_MNEMONIC_ANDPD, lift_sse_logic },
	{ ZYDIS_MNEMONIC_ANDNPD, lift_sse_logic },
	{ ZYDIS_MNEMONIC_ORPD, lift_sse_logic },
	{ ZYDIS_MNEMONIC_XORPD, lift_sse_logic },
	{ ZYDIS_MNEMONIC_PCMPEQB, lift_sse_pcmpeq },
	{ ZYDIS_MNEMONIC_PCMPEQW, lift_sse_pcmpeq },
	{ ZYDIS_MNEMONIC_PCMPEQD, lift_sse_pcmpeq },
	{ ZYDIS_MNEMONIC_PCMPEQQ, lift_sse_pcmpeq },
	{ ZYDIS_MNEMONIC_PMOVMSKB, lift_sse_movmsk },
	{ ZYDIS_MNEMONIC_MOVMSKPS, lift_sse_movmsk },
	{ ZYDIS_MNEMONIC_MOVMSKPD, lift_sse_movmsk },
	{ ZYDIS_MNEMONIC_PTEST, lift_sse_ptest },
	{ ZYDIS_MNEMONIC_PCMPESTRI, lift_sse_pcmpstr },
	{ ZYDIS_MNEMONIC_PCMPESTRM, lift_sse_pcmpstr },
	{ ZYDIS_MNEMONIC_PCMPISTRI, lift_sse_pcmpstr },
	{ ZYDIS_MNEMONIC_PCMPISTRM, lift_sse_pcmpstr },
	{ ZYDIS_MNEMONIC_CRC32, lift_sse_crc32 },
	{ ZYDIS_MNEMONIC_PINSRB, lift_sse_pinsr },
	{ ZYDIS_MNEMONIC_PINSRW, lift_sse_pinsr },
	{ ZYDIS_MNEMONIC_PINSRD, lift_sse_pinsr },
	{ ZYDIS_MNEMONIC_PINSRQ, lift_sse_pinsr },
	{ ZYDIS_MNEMONIC_PEXTRB, lift_sse_pextr },
	{ ZYDIS_MNEMONIC_PEXTRW, lift_sse_pextr },
	{ ZYDIS_MNEMONIC_PEXTRD, lift_sse_pextr },
	{ ZYDIS_MNEMONIC_PEXTRQ, lift_sse_pextr },
	{ ZYDIS_MNEMONIC_EXTRACTPS, lift_sse_pextr },
	{ ZYDIS_MNEMONIC_MASKMOVDQU, lift_sse_maskmov },
	{ ZYDIS_MNEMONIC_MASKMOVQ, lift_sse_maskmov },
	{ 0, NULL }
};
