// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of data movement, stack and control-flow instructions. */
#include "lift.h"

static int lift_mov(struct lift_ctx *c)
{
	if (c->op[0].type == ZYDIS_OPERAND_TYPE_REGISTER &&
	    c->op[0].reg.value >= ZYDIS_REGISTER_ES && c->op[0].reg.value <= ZYDIS_REGISTER_GS)
		return LIFT_UNSUPPORTED; /* segment register loads */
	if (c->op[1].type == ZYDIS_OPERAND_TYPE_REGISTER &&
	    c->op[1].reg.value >= ZYDIS_REGISTER_ES && c->op[1].reg.value <= ZYDIS_REGISTER_GS) {
		/* 64-bit user mode: every selector reads as the Linux user values. */
		static const uint16_t sel[] = { 0, 0x33, 0x2b, 0, 0, 0 }; /* es cs ss ds fs gs */

		lift_store(c, 0, gen_movi(c, sel[c->op[1].reg.value - ZYDIS_REGISTER_ES]));
		return 0;
	}
	lift_store(c, 0, lift_load(c, 1));
	return 0;
}

static int lift_movzx(struct lift_ctx *c)
{
	lift_store(c, 0, lift_load(c, 1));
	return 0;
}

static int lift_movsx(struct lift_ctx *c)
{
	lift_store(c, 0, gen_zext(c, op_size(c, 0), lift_load_sx(c, 1)));
	return 0;
}

static int lift_lea(struct lift_ctx *c)
{
	const ZydisDecodedOperand *m = &c->op[1];
	ir_t a;
	int idx;
	unsigned sz;
	bool hi;

	/* lea ignores segment overrides: compute base + index*scale + disp only. */
	if (m->mem.base == ZYDIS_REGISTER_RIP) {
		a = gen_movi(c, c->next_pc + m->mem.disp.value);
	} else {
		a = gen_movi(c, (uint64_t)m->mem.disp.value);
		if (m->mem.base != ZYDIS_REGISTER_NONE && lift_gpr(m->mem.base, &idx, &sz, &hi))
			a = gen_op2(c, IR_ADD, a, gen_get_gpr(c, idx, 8, false));
		if (m->mem.index != ZYDIS_REGISTER_NONE && lift_gpr(m->mem.index, &idx, &sz, &hi))
			a = gen_op2(c, IR_ADD, a,
				    gen_opi(c, IR_SHL, gen_get_gpr(c, idx, 8, false),
					    __builtin_ctz(m->mem.scale ? m->mem.scale : 1)));
	}
	if (c->in->address_width == 32)
		a = gen_zext(c, 4, a);
	lift_store(c, 0, gen_zext(c, op_size(c, 0), a));
	return 0;
}

static unsigned stack_size(struct lift_ctx *c)
{
	return c->in->operand_width == 16 ? 2 : 8;
}

static int lift_push(struct lift_ctx *c)
{
	unsigned size = stack_size(c);
	ir_t v = c->op[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE ? lift_load_sx(c, 0) : lift_load(c, 0);

	gen_push(c, v, size);
	return 0;
}

static int lift_pop(struct lift_ctx *c)
{
	unsigned size = stack_size(c);
	ir_t sp = gen_get_gpr(c, X86_RSP, 8, false);
	ir_t v = gen_ld(c, sp, size);
	ir_t nsp = gen_opi(c, IR_ADD, sp, size);

	if (c->op[0].type == ZYDIS_OPERAND_TYPE_MEMORY) {
		/* The address is computed with rsp already incremented (SDM, POP). */
		gen_set_gpr(c, X86_RSP, 8, false, nsp);
		lift_store(c, 0, v);
		return 0;
	}
	gen_set_gpr(c, X86_RSP, 8, false, nsp);
	lift_store(c, 0, v); /* pop rsp: the popped value wins */
	return 0;
}

static int lift_leave(struct lift_ctx *c)
{
	unsigned size = stack_size(c);
	ir_t bp = gen_get_gpr(c, X86_RBP, 8, false);
	ir_t v = gen_ld(c, bp, size);

	gen_set_gpr(c, X86_RSP, 8, false, gen_opi(c, IR_ADD, bp, size));
	gen_set_gpr(c, X86_RBP, size, false, v);
	return 0;
}

static uint64_t rel_target(struct lift_ctx *c)
{
	return c->next_pc + c->op[0].imm.value.u;
}

static int lift_jmp(struct lift_ctx *c)
{
	if (c->op[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE) {
		gen_goto(c, rel_target(c));
		return 0;
	}
	if (c->op[0].type == ZYDIS_OPERAND_TYPE_POINTER || op_size(c, 0) != 8)
		return LIFT_UNSUPPORTED; /* far jumps */
	gen_goto_reg(c, lift_load(c, 0));
	return 0;
}

static int lift_call(struct lift_ctx *c)
{
	ir_t target;

	if (c->op[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE) {
		gen_push(c, gen_movi(c, c->next_pc), 8);
		gen_goto(c, rel_target(c));
		return 0;
	}
	if (c->op[0].type == ZYDIS_OPERAND_TYPE_POINTER || op_size(c, 0) != 8)
		return LIFT_UNSUPPORTED;
	target = lift_load(c, 0); /* before the push: call [rsp] reads the old top */
	gen_push(c, gen_movi(c, c->next_pc), 8);
	gen_goto_reg(c, target);
	return 0;
}

static int lift_ret(struct lift_ctx *c)
{
	ir_t sp = gen_get_gpr(c, X86_RSP, 8, false);
	ir_t target = gen_ld(c, sp, 8);
	uint64_t extra = c->in->operand_count_visible ? c->op[0].imm.value.u & 0xffff : 0;

	gen_set_gpr(c, X86_RSP, 8, false, gen_opi(c, IR_ADD, sp, 8 + extra));
	gen_goto_reg(c, target);
	return 0;
}

static int lift_jcc(struct lift_ctx *c)
{
	ir_t cond = gen_cond(c, lift_cc(c));
	unsigned taken = gen_new_label(c);

	gen_brc(c, cond, taken);
	gen_goto(c, c->next_pc);
	gen_label(c, taken);
	gen_goto(c, rel_target(c));
	return 0;
}

/* jrcxz / jecxz, loop, loope, loopne. */
static int lift_jrcxz_loop(struct lift_ctx *c)
{
	unsigned asz = c->in->address_width / 8, taken = gen_new_label(c);
	ZydisMnemonic m = c->in->mnemonic;
	ir_t cx = gen_get_gpr(c, X86_RCX, asz, false), cond;

	if (m == ZYDIS_MNEMONIC_JRCXZ || m == ZYDIS_MNEMONIC_JECXZ) {
		cond = gen_setci(c, IRC_EQ, cx, 0);
	} else {
		ir_t ncx = gen_zext(c, asz, gen_opi(c, IR_SUB, cx, 1));

		cond = gen_setci(c, IRC_NE, ncx, 0);
		if (m == ZYDIS_MNEMONIC_LOOPE)
			cond = gen_op2(c, IR_AND, cond, gen_cond(c, X86_CC_E));
		else if (m == ZYDIS_MNEMONIC_LOOPNE)
			cond = gen_op2(c, IR_AND, cond, gen_cond(c, X86_CC_NE));
		gen_set_gpr(c, X86_RCX, asz, false, ncx);
	}
	gen_brc(c, cond, taken);
	gen_goto(c, c->next_pc);
	gen_label(c, taken);
	gen_goto(c, rel_target(c));
	return 0;
}

static int lift_nop(struct lift_ctx *c __unused)
{
	return 0;
}

static int lift_syscall(struct lift_ctx *c)
{
	/* The kernel returns with rcx = rip and r11 = rflags. */
	gen_set_gpr(c, X86_R11, 8, false, gen_get_eflags(c));
	gen_set_gpr(c, X86_RCX, 8, false, gen_movi(c, c->next_pc));
	gen_exit(c, JIT_EXIT_SYSCALL, c->next_pc);
	return 0;
}

static int lift_hlt(struct lift_ctx *c)
{
	/* Privileged: #GP in user mode, SIGSEGV with SI_KERNEL and no address. */
	gen_raise(c, JIT_SIGSEGV, 0x80, X86_TRAP_GP, gen_movi(c, 0));
	c->end = true;
	return 0;
}

static int lift_int3(struct lift_ctx *c)
{
	/* A trap: the handler sees rip after the int3. */
	gen_raise_at(c, JIT_SIGTRAP, 0x80, X86_TRAP_BP, gen_movi(c, 0), c->next_pc);
	c->end = true;
	return 0;
}

static int lift_int(struct lift_ctx *c)
{
	/* int n from user mode faults on the IDT gate's DPL: #GP, SIGSEGV. */
	gen_raise(c, JIT_SIGSEGV, 0x80, X86_TRAP_GP, gen_movi(c, 0));
	c->end = true;
	return 0;
}

static int lift_ud(struct lift_ctx *c)
{
	gen_raise(c, JIT_SIGILL, 2 /* ILL_ILLOPN */, X86_TRAP_UD, 0);
	c->end = true;
	return 0;
}

/* cbw/cwde/cdqe: sign-extend the lower half of rax into rax. */
static int lift_cbw(struct lift_ctx *c)
{
	unsigned size = c->in->operand_width / 8;
	ir_t v = gen_sext(c, size / 2, gen_get_gpr(c, X86_RAX, size / 2, false));

	gen_set_gpr(c, X86_RAX, size, false, gen_zext(c, size, v));
	return 0;
}

/* cwd/cdq/cqo: rdx = sign of rax. */
static int lift_cwd(struct lift_ctx *c)
{
	unsigned size = c->in->operand_width / 8;
	ir_t v = gen_sext(c, size, gen_get_gpr(c, X86_RAX, size, false));

	gen_set_gpr(c, X86_RDX, size, false, gen_zext(c, size, gen_opi(c, IR_SAR, v, 63)));
	return 0;
}

const struct lift_entry lift_tab_base[] = {
	{ ZYDIS_MNEMONIC_MOV, lift_mov },
	{ ZYDIS_MNEMONIC_MOVZX, lift_movzx },
	{ ZYDIS_MNEMONIC_MOVSX, lift_movsx },
	{ ZYDIS_MNEMONIC_MOVSXD, lift_movsx },
	{ ZYDIS_MNEMONIC_LEA, lift_lea },
	{ ZYDIS_MNEMONIC_PUSH, lift_push },
	{ ZYDIS_MNEMONIC_POP, lift_pop },
	{ ZYDIS_MNEMONIC_LEAVE, lift_leave },
	{ ZYDIS_MNEMONIC_JMP, lift_jmp },
	{ ZYDIS_MNEMONIC_CALL, lift_call },
	{ ZYDIS_MNEMONIC_RET, lift_ret },
	{ ZYDIS_MNEMONIC_JO, lift_jcc }, { ZYDIS_MNEMONIC_JNO, lift_jcc },
	{ ZYDIS_MNEMONIC_JB, lift_jcc }, { ZYDIS_MNEMONIC_JNB, lift_jcc },
	{ ZYDIS_MNEMONIC_JZ, lift_jcc }, { ZYDIS_MNEMONIC_JNZ, lift_jcc },
	{ ZYDIS_MNEMONIC_JBE, lift_jcc }, { ZYDIS_MNEMONIC_JNBE, lift_jcc },
	{ ZYDIS_MNEMONIC_JS, lift_jcc }, { ZYDIS_MNEMONIC_JNS, lift_jcc },
	{ ZYDIS_MNEMONIC_JP, lift_jcc }, { ZYDIS_MNEMONIC_JNP, lift_jcc },
	{ ZYDIS_MNEMONIC_JL, lift_jcc }, { ZYDIS_MNEMONIC_JNL, lift_jcc },
	{ ZYDIS_MNEMONIC_JLE, lift_jcc }, { ZYDIS_MNEMONIC_JNLE, lift_jcc },
	{ ZYDIS_MNEMONIC_JRCXZ, lift_jrcxz_loop }, { ZYDIS_MNEMONIC_JECXZ, lift_jrcxz_loop },
	{ ZYDIS_MNEMONIC_LOOP, lift_jrcxz_loop }, { ZYDIS_MNEMONIC_LOOPE, lift_jrcxz_loop },
	{ ZYDIS_MNEMONIC_LOOPNE, lift_jrcxz_loop },
	{ ZYDIS_MNEMONIC_NOP, lift_nop },
	{ ZYDIS_MNEMONIC_ENDBR64, lift_nop },
	/* hint-space NOPs while shadow stacks are off (CPUID has no CET_SS): the
	 * register keeps its value, so `xor; rdssp` reads 0 as unwinders expect */
	{ ZYDIS_MNEMONIC_RDSSPD, lift_nop }, { ZYDIS_MNEMONIC_RDSSPQ, lift_nop },
	{ ZYDIS_MNEMONIC_SYSCALL, lift_syscall },
	{ ZYDIS_MNEMONIC_HLT, lift_hlt },
	{ ZYDIS_MNEMONIC_INT3, lift_int3 },
	{ ZYDIS_MNEMONIC_INT, lift_int },
	{ ZYDIS_MNEMONIC_UD0, lift_ud }, { ZYDIS_MNEMONIC_UD1, lift_ud },
	{ ZYDIS_MNEMONIC_UD2, lift_ud },
	{ ZYDIS_MNEMONIC_CBW, lift_cbw }, { ZYDIS_MNEMONIC_CWDE, lift_cbw },
	{ ZYDIS_MNEMONIC_CDQE, lift_cbw },
	{ ZYDIS_MNEMONIC_CWD, lift_cwd }, { ZYDIS_MNEMONIC_CDQ, lift_cwd },
	{ ZYDIS_MNEMONIC_CQO, lift_cwd },
	{ 0, NULL }
};
