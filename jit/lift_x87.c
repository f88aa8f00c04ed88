// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of x87 (D8-DF), fwait, emms and fxsave/fxrstor. Decoding goes by the
 * opcode byte and ModRM fields; the work is done by the helpers of jit/x87_ops.c
 * and jit/x87_env.c on the soft-float core (no host floating point).
 */
#include "lift.h"
#include "x87_ops.h"

/* Index of the memory operand. */
static int mem_index(struct lift_ctx *c)
{
	for (int i = 0; i < c->in->operand_count; i++)
		if (c->op[i].type == ZYDIS_OPERAND_TYPE_MEMORY)
			return i;
	return -1;
}

/* SIGFPE for a pending unmasked exception (#MF); si_code from the helper. */
static void raise_mf(struct lift_ctx *c, ir_t code)
{
	gen_stc(c, X86_CPU_OFF(exit_addr), 8, gen_movi(c, c->pc));
	gen_stc(c, X86_CPU_OFF(exit_sig), 4, gen_movi(c, JIT_SIGFPE));
	gen_stc(c, X86_CPU_OFF(exit_code), 4, code);
	gen_stc(c, X86_CPU_OFF(exit_err), 8, gen_movi(c, X86_TRAP_MF));
	gen_exit(c, JIT_EXIT_FAULT, c->pc);
	c->end = false; /* only this path leaves */
}

/* Call an x87 helper and turn its fault report into #MF (or #GP for fxrstor). */
static ir_t x87_call_d(struct lift_ctx *c, const struct ir_helper *h, uint64_t desc, ir_t d,
		       ir_t b, ir_t cv, ir_t e)
{
	ir_t r = gen_call(c, h, d, b, cv, e);
	bool gp = h == &h_x87_env && (desc & 15) == XE_FXRSTOR;

	if (!(desc & XD_NOWAIT) || gp) {
		ir_t f = gen_opi(c, IR_SHR, r, 32);
		unsigned ok = gen_new_label(c);

		gen_brc(c, gen_setci(c, IRC_EQ, f, 0), ok);
		if (gp)
			gen_raise(c, JIT_SIGSEGV, 0x80, X86_TRAP_GP, gen_movi(c, 0));
		else
			raise_mf(c, gen_opi(c, IR_AND, f, 0xff));
		gen_label(c, ok);
	}
	return r;
}

static ir_t x87_call(struct lift_ctx *c, const struct ir_helper *h, uint64_t desc, ir_t b,
		     ir_t cv, ir_t e)
{
	return x87_call_d(c, h, desc, gen_movi(c, desc), b, cv, e);
}

static int misc(struct lift_ctx *c, uint64_t desc)
{
	x87_call(c, &h_x87_misc, desc, 0, 0, 0);
	return 0;
}

/* fcomi family: ZF PF CF from the compare, OF SF AF cleared. */
static int comi(struct lift_ctx *c, uint64_t desc)
{
	ir_t r = x87_call(c, &h_x87_com, desc | XD_COMI, 0, 0, 0);

	gen_set_cc(c, CC_EFLAGS, 8, gen_movi(c, 0),
		   gen_opi(c, IR_AND, r, X86_ZF | X86_PF | X86_CF), 0);
	return 0;
}

static const uint8_t arith_st0[8] = { XA_ADD, XA_MUL, 0, 0, XA_SUB, XA_SUBR, XA_DIV, XA_DIVR };
static const uint8_t arith_sti[8] = { XA_ADD, XA_MUL, 0, 0, XA_SUBR, XA_SUB, XA_DIVR, XA_DIV };

/* Memory forms: the operand is read before the helper changes any state. */
static int x87_mem(struct lift_ctx *c, unsigned grp, unsigned reg)
{
	static const uint8_t arith_src[8] = { XS_F32, 0, XS_I32, 0, XS_F64, 0, XS_I16, 0 };
	static const uint8_t arith_size[8] = { 4, 0, 4, 0, 8, 0, 2, 0 };
	int mi = mem_index(c);
	ir_t ea, v, hi;

	if (mi < 0)
		return LIFT_UNSUPPORTED;
	if (c->in->operand_width == 16 && (grp == 1 || grp == 5) && reg >= 4 && reg != 5 && reg != 7)
		return LIFT_UNSUPPORTED; /* 16-bit (66h) environment images */
	ea = lift_ea(c, mi);
	switch (grp) {
	case 0: case 2: case 4: case 6: {
		uint64_t src = XD_SRC(arith_src[grp]);

		v = gen_ld(c, ea, arith_size[grp]);
		if (reg == 2 || reg == 3)
			x87_call(c, &h_x87_com, src | (reg == 3 ? XD_POP : 0), v, 0, 0);
		else
			x87_call(c, &h_x87_arith, src | XD_OP(arith_st0[reg]), v, 0, 0);
		return 0;
	}
	case 1: /* D9 */
		switch (reg) {
		case 0:
			x87_call(c, &h_x87_load, XD_SRC(XS_F32), gen_ld(c, ea, 4), 0, 0);
			return 0;
		case 2: case 3:
			x87_call(c, &h_x87_store, XD_SRC(XS_F32) | (reg == 3 ? XD_POP : 0), 0, 0, ea);
			return 0;
		case 4:
			x87_call(c, &h_x87_env, XE_FLDENV, 0, 0, ea);
			return 0;
		case 5:
			x87_call(c, &h_x87_misc, XM_FLDCW, gen_ld(c, ea, 2), 0, 0);
			return 0;
		case 6:
			x87_call(c, &h_x87_env, XE_FNSTENV | XD_NOWAIT, 0, 0, ea);
			return 0;
		case 7:
			gen_st(c, ea, 2, gen_ldc(c, X86_CPU_OFF(fpu.fcw), 2));
			return 0;
		}
		return LIFT_UNSUPPORTED;
	case 3: /* DB */
		switch (reg) {
		case 0:
			x87_call(c, &h_x87_load, XD_SRC(XS_I32), gen_ld(c, ea, 4), 0, 0);
			return 0;
		case 1: case 2: case 3:
			x87_call(c, &h_x87_store, XD_SRC(XS_I32) | (reg != 2 ? XD_POP : 0) |
				 (reg == 1 ? XD_TRUNC : 0), 0, 0, ea);
			return 0;
		case 5:
			v = gen_ld(c, ea, 8);
			hi = gen_ld(c, gen_opi(c, IR_ADD, ea, 8), 2);
			x87_call(c, &h_x87_load, XD_SRC(XS_F80), v, hi, 0);
			return 0;
		case 7:
			x87_call(c, &h_x87_store, XD_SRC(XS_F80) | XD_POP, 0, 0, ea);
			return 0;
		}
		return LIFT_UNSUPPORTED;
	case 5: /* DD */
		switch (reg) {
		case 0:
			x87_call(c, &h_x87_load, XD_SRC(XS_F64), gen_ld(c, ea, 8), 0, 0);
			return 0;
		case 1:
			x87_call(c, &h_x87_store, XD_SRC(XS_I64) | XD_POP | XD_TRUNC, 0, 0, ea);
			return 0;
		case 2: case 3:
			x87_call(c, &h_x87_store, XD_SRC(XS_F64) | (reg == 3 ? XD_POP : 0), 0, 0, ea);
			return 0;
		case 4:
			x87_call(c, &h_x87_env, XE_FRSTOR, 0, 0, ea);
			return 0;
		case 6:
			x87_call(c, &h_x87_env, XE_FNSAVE | XD_NOWAIT, 0, 0, ea);
			return 0;
		case 7:
			v = x87_call(c, &h_x87_misc, XM_FNSTSW | XD_NOWAIT, 0, 0, 0);
			gen_st(c, ea, 2, v);
			return 0;
		}
		return LIFT_UNSUPPORTED;
	default: /* DF */
		switch (reg) {
		case 0:
			x87_call(c, &h_x87_load, XD_SRC(XS_I16), gen_ld(c, ea, 2), 0, 0);
			return 0;
		case 1: case 2: case 3:
			x87_call(c, &h_x87_store, XD_SRC(XS_I16) | (reg != 2 ? XD_POP : 0) |
				 (reg == 1 ? XD_TRUNC : 0), 0, 0, ea);
			return 0;
		case 4: case 5:
			v = gen_ld(c, ea, 8);
			hi = reg == 4 ? gen_ld(c, gen_opi(c, IR_ADD, ea, 8), 2) : 0;
			x87_call(c, &h_x87_load, XD_SRC(reg == 4 ? XS_BCD : XS_I64), v, hi, 0);
			return 0;
		case 6: case 7:
			x87_call(c, &h_x87_store, XD_SRC(reg == 6 ? XS_BCD : XS_I64) | XD_POP, 0, 0, ea);
			return 0;
		}
		return LIFT_UNSUPPORTED;
	}
}

static int fcmov(struct lift_ctx *c, enum x86_cond cc, unsigned i)
{
	ir_t cond = gen_cond(c, cc);
	uint64_t desc = XM_FCMOV | XD_I(i);
	ir_t d = gen_op2(c, IR_OR, gen_movi(c, desc), gen_opi(c, IR_SHL, cond, 20));

	x87_call_d(c, &h_x87_misc, desc, d, 0, 0, 0);
	return 0;
}

/* Register forms (mod = 3). */
static int x87_reg(struct lift_ctx *c, unsigned grp, unsigned reg, unsigned i)
{
	static const uint8_t d9_e8[8] = { 1, 4, 3, 2, 5, 6, 0, 0xff }; /* fld1 l2t l2e pi lg2 ln2 z */
	static const uint8_t d9_f0[8] = { XM_F2XM1, XM_FYL2X, XM_FPTAN, XM_FPATAN, XM_FXTRACT,
					  XM_FPREM1, XM_FDECSTP, XM_FINCSTP };
	static const uint8_t d9_f8[8] = { XM_FPREM, XM_FYL2XP1, XM_FSQRT, XM_FSINCOS, XM_FRNDINT,
					  XM_FSCALE, XM_FSIN, XM_FCOS };
	static const uint8_t cmov_cc[4] = { X86_CC_B, X86_CC_E, X86_CC_BE, X86_CC_P };

	switch (grp) {
	case 0: case 4: case 6:
		if (reg == 2 || reg == 3) {
			if (grp == 6 && reg == 3 && i != 1)
				return LIFT_UNSUPPORTED;
			x87_call(c, &h_x87_com, XD_I(i) | (grp == 6 && reg == 3 ? XD_POP2 :
					   (reg == 3 || grp == 6) ? XD_POP : 0), 0, 0, 0);
			return 0;
		}
		if (grp == 0)
			x87_call(c, &h_x87_arith, XD_OP(arith_st0[reg]) | XD_I(i), 0, 0, 0);
		else
			x87_call(c, &h_x87_arith, XD_OP(arith_sti[reg]) | XD_I(i) | XD_TOSTI |
				 (grp == 6 ? XD_POP : 0), 0, 0, 0);
		return 0;
	case 1: /* D9 */
		switch (reg) {
		case 0:
			x87_call(c, &h_x87_load, XD_SRC(XS_ST) | XD_I(i), 0, 0, 0);
			return 0;
		case 1:
			return misc(c, XM_FXCH | XD_I(i));
		case 2:
			return i == 0 ? misc(c, XM_FNOP) : LIFT_UNSUPPORTED;
		case 3:
			x87_call(c, &h_x87_store, XD_SRC(XS_ST) | XD_I(i) | XD_POP, 0, 0, 0);
			return 0;
		case 4: {
			static const int op[8] = { XM_FCHS, XM_FABS, -1, -1, XM_FTST, XM_FXAM, -1, -1 };

			return op[i] < 0 ? LIFT_UNSUPPORTED : misc(c, (uint64_t)op[i]);
		}
		case 5:
			if (d9_e8[i] == 0xff)
				return LIFT_UNSUPPORTED;
			x87_call(c, &h_x87_load, XD_SRC(XS_CONST) | XD_I(d9_e8[i]), 0, 0, 0);
			return 0;
		case 6:
			return misc(c, d9_f0[i]);
		default:
			return misc(c, d9_f8[i]);
		}
	case 2: /* DA */
		if (reg < 4)
			return fcmov(c, (enum x86_cond)cmov_cc[reg], i);
		if (reg == 5 && i == 1) {
			x87_call(c, &h_x87_com, XD_I(1) | XD_QUIET | XD_POP2, 0, 0, 0);
			return 0;
		}
		return LIFT_UNSUPPORTED;
	case 3: /* DB */
		if (reg < 4)
			return fcmov(c, (enum x86_cond)(cmov_cc[reg] ^ 1), i);
		if (reg == 4) {
			if (i == 2)
				return misc(c, XM_FNCLEX | XD_NOWAIT);
			if (i == 3)
				return misc(c, XM_FNINIT | XD_NOWAIT);
			if (i == 0 || i == 1 || i == 4)
				return misc(c, XM_FNOP | XD_NOWAIT); /* feni/fdisi/fsetpm: no-ops */
			return LIFT_UNSUPPORTED;
		}
		if (reg == 5 || reg == 6)
			return comi(c, XD_I(i) | (reg == 5 ? XD_QUIET : 0));
		return LIFT_UNSUPPORTED;
	case 5: /* DD */
		switch (reg) {
		case 0:
			return misc(c, XM_FFREE | XD_I(i));
		case 1:
			return misc(c, XM_FXCH | XD_I(i));
		case 2: case 3:
			x87_call(c, &h_x87_store, XD_SRC(XS_ST) | XD_I(i) | (reg == 3 ? XD_POP : 0),
				 0, 0, 0);
			return 0;
		case 4: case 5:
			x87_call(c, &h_x87_com, XD_I(i) | XD_QUIET | (reg == 5 ? XD_POP : 0), 0, 0, 0);
			return 0;
		}
		return LIFT_UNSUPPORTED;
	default: /* DF */
		switch (reg) {
		case 0:
			return misc(c, XM_FFREEP | XD_I(i));
		case 1:
			return misc(c, XM_FXCH | XD_I(i));
		case 2: case 3:
			x87_call(c, &h_x87_store, XD_SRC(XS_ST) | XD_I(i) | XD_POP, 0, 0, 0);
			return 0;
		case 4:
			if (i != 0)
				return LIFT_UNSUPPORTED;
			gen_set_gpr(c, X86_RAX, 2, false,
				    x87_call(c, &h_x87_misc, XM_FNSTSW | XD_NOWAIT, 0, 0, 0));
			return 0;
		case 5: case 6:
			return comi(c, XD_I(i) | XD_POP | (reg == 5 ? XD_QUIET : 0));
		}
		return LIFT_UNSUPPORTED;
	}
}

/* Control instructions leave the last instruction and data pointers alone. */
static bool x87_control(unsigned grp, unsigned mod, unsigned reg, unsigned rm)
{
	if (mod != 3)
		return (grp == 1 && reg >= 4) || (grp == 5 && reg >= 4 && reg != 5);
	return (grp == 3 && reg == 4) || (grp == 7 && reg == 4);
}

static int lift_x87(struct lift_ctx *c)
{
	unsigned opc = c->in->opcode, grp = opc & 7, mod = c->in->raw.modrm.mod;
	unsigned reg = c->in->raw.modrm.reg, rm = c->in->raw.modrm.rm;
	int r;

	if (opc < 0xd8 || opc > 0xdf)
		return LIFT_UNSUPPORTED;
	r = mod != 3 ? x87_mem(c, grp, reg) : x87_reg(c, grp, reg, rm);
	if (r || x87_control(grp, mod, reg, rm))
		return r;
	/* FIP (and FDP for memory forms) for fnstenv/fnsave/fxsave; FOP stays 0 as on
	 * CPUs that record it only for unmasked exceptions */
	gen_stc(c, X86_CPU_OFF(fpu.fip), 8, gen_movi(c, c->pc));
	if (mod != 3)
		gen_stc(c, X86_CPU_OFF(fpu.fdp), 8, lift_ea(c, mem_index(c)));
	return 0;
}

static int lift_fwait(struct lift_ctx *c)
{
	return misc(c, XM_FNOP);
}

static int lift_emms(struct lift_ctx *c)
{
	return misc(c, XM_EMMS);
}

/* fxsave/fxrstor: 16-byte aligned 512-byte image, else #GP. */
static int lift_fxsave(struct lift_ctx *c)
{
	ZydisMnemonic mn = c->in->mnemonic;
	bool rstor = mn == ZYDIS_MNEMONIC_FXRSTOR || mn == ZYDIS_MNEMONIC_FXRSTOR64;
	bool w = mn == ZYDIS_MNEMONIC_FXSAVE64 || mn == ZYDIS_MNEMONIC_FXRSTOR64;
	int mi = mem_index(c);
	unsigned ok = gen_new_label(c);
	ir_t ea;

	if (mi < 0)
		return LIFT_UNSUPPORTED;
	ea = lift_ea(c, mi);
	gen_brc(c, gen_setci(c, IRC_EQ, gen_opi(c, IR_AND, ea, 15), 0), ok);
	gen_raise(c, JIT_SIGSEGV, 0x80, X86_TRAP_GP, gen_movi(c, 0));
	gen_label(c, ok);
	x87_call(c, &h_x87_env, (rstor ? XE_FXRSTOR : XE_FXSAVE) | XD_NOWAIT | (w ? XD_REXW : 0),
		 0, 0, ea);
	return 0;
}

#define X(m) { ZYDIS_MNEMONIC_##m, lift_x87 }
const struct lift_entry lift_tab_x87[] = {
	X(F2XM1), X(FABS), X(FADD), X(FADDP), X(FBLD), X(FBSTP), X(FCHS),
	X(FCMOVB), X(FCMOVBE), X(FCMOVE), X(FCMOVNB), X(FCMOVNBE), X(FCMOVNE), X(FCMOVNU),
	X(FCMOVU), X(FCOM), X(FCOMI), X(FCOMIP), X(FCOMP), X(FCOMPP), X(FCOS), X(FDECSTP),
	X(FDISI8087_NOP), X(FDIV), X(FDIVP), X(FDIVR), X(FDIVRP), X(FENI8087_NOP), X(FFREE),
	X(FFREEP), X(FIADD), X(FICOM), X(FICOMP), X(FIDIV), X(FIDIVR), X(FILD), X(FIMUL),
	X(FINCSTP), X(FIST), X(FISTP), X(FISTTP), X(FISUB), X(FISUBR), X(FLD), X(FLD1),
	X(FLDCW), X(FLDENV), X(FLDL2E), X(FLDL2T), X(FLDLG2), X(FLDLN2), X(FLDPI), X(FLDZ),
	X(FMUL), X(FMULP), X(FNCLEX), X(FNINIT), X(FNOP), X(FNSAVE), X(FNSTCW), X(FNSTENV),
	X(FNSTSW), X(FPATAN), X(FPREM), X(FPREM1), X(FPTAN), X(FRNDINT), X(FRSTOR), X(FSCALE),
	X(FSETPM287_NOP), X(FSIN), X(FSINCOS), X(FSQRT), X(FST), X(FSTP), X(FSTPNCE), X(FSUB),
	X(FSUBP), X(FSUBR), X(FSUBRP), X(FTST), X(FUCOM), X(FUCOMI), X(FUCOMIP), X(FUCOMP),
	X(FUCOMPP), X(FXAM), X(FXCH), X(FXTRACT), X(FYL2X), X(FYL2XP1),
	{ ZYDIS_MNEMONIC_FWAIT, lift_fwait },
	{ ZYDIS_MNEMONIC_EMMS, lift_emms },
	{ ZYDIS_MNEMONIC_FXSAVE, lift_fxsave }, { ZYDIS_MNEMONIC_FXSAVE64, lift_fxsave },
	{ ZYDIS_MNEMONIC_FXRSTOR, lift_fxsave }, { ZYDIS_MNEMONIC_FXRSTOR64, lift_fxsave },
	{ 0, NULL }
};
#undef X
