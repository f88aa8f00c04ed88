// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of xchg, cmpxchg, cmpxchg8b/16b and xadd. Memory forms are host atomics
 * (xchg with memory is always locked; the others are atomic with or without lock,
 * which only strengthens them).
 */
#include <string.h>

#include "lift.h"

static bool is_mem(struct lift_ctx *c, int i)
{
	return c->op[i].type == ZYDIS_OPERAND_TYPE_MEMORY;
}

/* The Zydis register operand i as (index, size, high8). */
static bool op_gpr(struct lift_ctx *c, int i, int *idx, unsigned *sz, bool *hi)
{
	return c->op[i].type == ZYDIS_OPERAND_TYPE_REGISTER &&
	       lift_gpr(c->op[i].reg.value, idx, sz, hi);
}

static int lift_xchg(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);
	ir_t a, b;

	if (is_mem(c, 0) || is_mem(c, 1)) {
		int m = is_mem(c, 0) ? 0 : 1, r = 1 - m;

		b = lift_load(c, r);
		a = gen_atomic(c, IR_XCHG, size, lift_ea(c, m), b, 0);
		lift_store(c, r, a);
		return 0;
	}
	/* Both writes follow the operand size rules (xchg eax, eax zero-extends). */
	a = lift_load(c, 0);
	b = lift_load(c, 1);
	lift_store(c, 0, b);
	lift_store(c, 1, a);
	return 0;
}

/*
 * cmpxchg dest, src: compare the accumulator with dest; equal: ZF=1, dest = src;
 * else ZF=0, accumulator = dest. Flags as cmp accumulator, dest. A 32-bit register
 * is only written (and zero-extended) when it is assigned: on success the
 * destination, on failure eax (checked natively).
 */
static int lift_cmpxchg(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);
	ir_t acc = gen_get_gpr(c, X86_RAX, size, false), src = lift_load(c, 1), old, eq, v;
	int idx;
	unsigned sz;
	bool hi;

	if (is_mem(c, 0)) {
		old = gen_atomic(c, IR_CMPXCHG, size, lift_ea(c, 0), acc, src);
		eq = gen_setc(c, IRC_EQ, old, acc);
	} else {
		if (!op_gpr(c, 0, &idx, &sz, &hi))
			return LIFT_UNSUPPORTED;
		old = lift_load(c, 0);
		eq = gen_setc(c, IRC_EQ, old, acc);
	}
	/* Accumulator first: when dest is the accumulator, eq holds and dest wins. */
	if (size == 4)
		gen_stc(c, X86_GPR_OFF(X86_RAX), 8,
			gen_sel(c, eq, gen_get_gpr(c, X86_RAX, 8, false), old));
	else
		gen_set_gpr(c, X86_RAX, size, false, gen_sel(c, eq, acc, old));
	if (!is_mem(c, 0)) {
		if (size == 4)
			gen_stc(c, X86_GPR_OFF(idx), 8,
				gen_sel(c, eq, src, gen_get_gpr(c, idx, 8, false)));
		else
			gen_set_gpr(c, idx, sz, hi, gen_sel(c, eq, src, old));
	}
	v = gen_op2(c, IR_SUB, acc, old);
	gen_set_cc(c, CC_SUB, size, v, old, 0);
	return 0;
}

/* ZF = eq; the other arithmetic flags keep their values. */
static void set_zf_only(struct lift_ctx *c, ir_t eq)
{
	ir_t f = gen_opi(c, IR_AND, gen_get_eflags(c), ~(uint64_t)X86_ZF);

	f = gen_op2(c, IR_OR, f, gen_opi(c, IR_SHL, eq, 6));
	gen_set_eflags(c, f, X86_ARITH_FLAGS);
}

/* cmpxchg8b m64: edx:eax vs m64; equal: m64 = ecx:ebx; else edx:eax = m64. */
static int lift_cmpxchg8b(struct lift_ctx *c)
{
	ir_t addr, expect, desired, old, eq;

	if (!is_mem(c, 0))
		return LIFT_UNSUPPORTED;
	addr = lift_ea(c, 0);
	expect = gen_op2(c, IR_OR, gen_opi(c, IR_SHL, gen_get_gpr(c, X86_RDX, 4, false), 32),
			 gen_get_gpr(c, X86_RAX, 4, false));
	desired = gen_op2(c, IR_OR, gen_opi(c, IR_SHL, gen_get_gpr(c, X86_RCX, 4, false), 32),
			  gen_get_gpr(c, X86_RBX, 4, false));
	old = gen_atomic(c, IR_CMPXCHG, 8, addr, expect, desired);
	eq = gen_setc(c, IRC_EQ, old, expect);
	/* On success rax/rdx are not written at all (upper halves kept). */
	gen_stc(c, X86_GPR_OFF(X86_RAX), 8,
		gen_sel(c, eq, gen_get_gpr(c, X86_RAX, 8, false), gen_zext(c, 4, old)));
	gen_stc(c, X86_GPR_OFF(X86_RDX), 8,
		gen_sel(c, eq, gen_get_gpr(c, X86_RDX, 8, false), gen_opi(c, IR_SHR, old, 32)));
	set_zf_only(c, eq);
	return 0;
}

/*
 * 128-bit compare-exchange at a (16-byte aligned): expected value in vtmp[0],
 * desired in vtmp[1]; the old value is left in vtmp[0]; returns 1 on success.
 */
DEFINE_HELPER(h_cmpxchg16b, HF_MEM | HF_VEC)
{
	unsigned __int128 *p = (unsigned __int128 *)(uintptr_t)a;
	unsigned __int128 expect, desired;
	bool ok;

	/*
	 * Probe for write access with an 8-byte atomic that changes nothing: the
	 * fault must happen here, never inside a library call that may hold a lock,
	 * and an LL/SC loop that fails its compare would not write at all. cmpxchg16b
	 * always writes, so a read-only page faults on x86 too.
	 */
	__atomic_fetch_or((uint64_t *)p, 0, __ATOMIC_SEQ_CST);
	memcpy(&expect, &cpu->vtmp[0], 16);
	memcpy(&desired, &cpu->vtmp[1], 16);
#if defined(__aarch64__)
	{
		/*
		 * gcc's libatomic does 16-byte CAS under a process-private lock on
		 * AArch64: not atomic for MAP_SHARED memory or against the 8-byte
		 * atomics. libgcc's outline atomic behind __sync (CASP, or LDXP/STXP)
		 * is lock-free.
		 */
		unsigned __int128 old = __sync_val_compare_and_swap(p, expect, desired);

		ok = old == expect;
		expect = old;
	}
#else
	/* x86_64 hosts: libatomic uses cmpxchg16b (lock-free). */
	ok = __atomic_compare_exchange_n(p, &expect, desired, false, __ATOMIC_SEQ_CST,
					 __ATOMIC_SEQ_CST);
#endif
	memcpy(&cpu->vtmp[0], &expect, 16);
	return ok;
}

/* cmpxchg16b m128: rdx:rax vs m128; equal: m128 = rcx:rbx; else rdx:rax = m128. */
static int lift_cmpxchg16b(struct lift_ctx *c)
{
	ir_t addr, eq, rax, rdx;
	unsigned ok = gen_new_label(c);

	if (!is_mem(c, 0))
		return LIFT_UNSUPPORTED;
	addr = lift_ea(c, 0);
	/* A misaligned operand is #GP(0): SIGSEGV, SI_KERNEL, no address. */
	gen_brc(c, gen_setci(c, IRC_EQ, gen_opi(c, IR_AND, addr, 15), 0), ok);
	gen_raise(c, JIT_SIGSEGV, 0x80 /* SI_KERNEL */, X86_TRAP_GP, gen_movi(c, 0));
	gen_label(c, ok);
	rax = gen_get_gpr(c, X86_RAX, 8, false);
	rdx = gen_get_gpr(c, X86_RDX, 8, false);
	gen_stc(c, X86_CPU_OFF(vtmp[0]), 8, rax);
	gen_stc(c, X86_CPU_OFF(vtmp[0]) + 8, 8, rdx);
	gen_stc(c, X86_CPU_OFF(vtmp[1]), 8, gen_get_gpr(c, X86_RBX, 8, false));
	gen_stc(c, X86_CPU_OFF(vtmp[1]) + 8, 8, gen_get_gpr(c, X86_RCX, 8, false));
	eq = gen_call(c, &h_cmpxchg16b, addr, 0, 0, 0);
	gen_set_gpr(c, X86_RAX, 8, false, gen_sel(c, eq, rax, gen_ldc(c, X86_CPU_OFF(vtmp[0]), 8)));
	gen_set_gpr(c, X86_RDX, 8, false,
		    gen_sel(c, eq, rdx, gen_ldc(c, X86_CPU_OFF(vtmp[0]) + 8, 8)));
	set_zf_only(c, eq);
	return 0;
}

/* xadd dest, src: temp = dest + src; src = dest; dest = temp. Flags as add. */
static int lift_xadd(struct lift_ctx *c)
{
	unsigned size = op_size(c, 0);
	ir_t src = lift_load(c, 1), old, sum;

	if (is_mem(c, 0)) {
		old = gen_atomic(c, IR_AADD, size, lift_ea(c, 0), src, 0);
		sum = gen_op2(c, IR_ADD, old, src);
		lift_store(c, 1, old);
	} else {
		old = lift_load(c, 0);
		sum = gen_op2(c, IR_ADD, old, src);
		lift_store(c, 1, old);
		lift_store(c, 0, sum); /* last: xadd r, r leaves the sum */
	}
	gen_set_cc(c, CC_ADD, size, sum, src, 0);
	return 0;
}

const struct lift_entry lift_tab_atomic[] = {
	{ ZYDIS_MNEMONIC_XCHG, lift_xchg },
	{ ZYDIS_MNEMONIC_CMPXCHG, lift_cmpxchg },
	{ ZYDIS_MNEMONIC_CMPXCHG8B, lift_cmpxchg8b },
	{ ZYDIS_MNEMONIC_CMPXCHG16B, lift_cmpxchg16b },
	{ ZYDIS_MNEMONIC_XADD, lift_xadd },
	{ 0, NULL }
};
