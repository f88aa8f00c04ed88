// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lifting of cpuid, rdtsc/rdtscp, fences, pause, prefetch, clflush, enter,
 * smsw/sgdt/sidt (as Linux emulates them under UMIP), and the #UD of
 * instructions the CPU model (jit/cpuid.c) does not advertise.
 */
#include <time.h>

#include "lift.h"

/* cpuid in two pure halves: eax | ebx << 32 and ecx | edx << 32. */
DEFINE_HELPER(h_cpuid_ab, HF_PURE)
{
	uint32_t o[4];

	x86_cpuid((uint32_t)a, (uint32_t)b, o);
	return o[0] | (uint64_t)o[1] << 32;
}

DEFINE_HELPER(h_cpuid_cd, HF_PURE)
{
	uint32_t o[4];

	x86_cpuid((uint32_t)a, (uint32_t)b, o);
	return o[2] | (uint64_t)o[3] << 32;
}

static int lift_cpuid(struct lift_ctx *c)
{
	ir_t leaf = gen_get_gpr(c, X86_RAX, 4, false), sub = gen_get_gpr(c, X86_RCX, 4, false);
	ir_t ab = gen_call(c, &h_cpuid_ab, leaf, sub, 0, 0);
	ir_t cd = gen_call(c, &h_cpuid_cd, leaf, sub, 0, 0);

	/* 32-bit writes: the upper halves of rax..rdx are cleared. */
	gen_set_gpr(c, X86_RAX, 4, false, ab);
	gen_set_gpr(c, X86_RBX, 4, false, gen_opi(c, IR_SHR, ab, 32));
	gen_set_gpr(c, X86_RCX, 4, false, cd);
	gen_set_gpr(c, X86_RDX, 4, false, gen_opi(c, IR_SHR, cd, 32));
	return 0;
}

/*
 * The time stamp counter: the host's monotonic clock in nanoseconds (a 1 GHz
 * invariant TSC). Not HF_PURE: two calls give different values.
 */
DEFINE_HELPER(h_rdtsc, HF_VEC)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static int lift_rdtsc(struct lift_ctx *c)
{
	ir_t t = gen_call(c, &h_rdtsc, 0, 0, 0, 0);

	gen_set_gpr(c, X86_RAX, 4, false, t);
	gen_set_gpr(c, X86_RDX, 4, false, gen_opi(c, IR_SHR, t, 32));
	if (c->in->mnemonic == ZYDIS_MNEMONIC_RDTSCP)
		gen_set_gpr(c, X86_RCX, 4, false, gen_movi(c, 0)); /* IA32_TSC_AUX = 0 */
	return 0;
}

static int lift_fence(struct lift_ctx *c)
{
	gen_fence(c);
	return 0;
}

/* pause, prefetch*: hints without architectural effect; they never fault. */
static int lift_hint(struct lift_ctx *c __unused)
{
	return 0;
}

/* clflush/clflushopt: no visible effect, but they fault like a byte load. */
static int lift_clflush(struct lift_ctx *c)
{
	gen_ld(c, lift_ea(c, 0), 1);
	return 0;
}

/* Instructions whose CPUID feature is not advertised: #UD like such a CPU. */
static int lift_not_in_model(struct lift_ctx *c)
{
	gen_raise(c, JIT_SIGILL, 2 /* ILL_ILLOPN */, X86_TRAP_UD, 0);
	c->end = true;
	return 0;
}

/*
 * enter alloc, level (SDM): push rbp; frame = rsp; copy level-1 frame pointers
 * from [rbp - k*osz]; push frame if level > 0; rbp = frame; rsp -= alloc.
 * All accesses happen in that order, before any register is written; the stack
 * is 64-bit, the operand size (64, or 16 with 66h) sizes each push and rbp/bp.
 */
static int lift_enter(struct lift_ctx *c)
{
	unsigned osz = c->in->operand_width == 16 ? 2 : 8;
	uint64_t alloc = c->op[0].imm.value.u & 0xffff;
	unsigned level = c->op[1].imm.value.u & 31;
	ir_t rbp = gen_get_gpr(c, X86_RBP, 8, false);
	ir_t sp = gen_opi(c, IR_SUB, gen_get_gpr(c, X86_RSP, 8, false), osz);
	ir_t frame = sp;

	gen_st(c, sp, osz, rbp);
	if (level > 0) {
		for (unsigned k = 1; k < level; k++) {
			ir_t v = gen_ld(c, gen_opi(c, IR_SUB, rbp, (uint64_t)k * osz), osz);

			sp = gen_opi(c, IR_SUB, sp, osz);
			gen_st(c, sp, osz, v);
		}
		sp = gen_opi(c, IR_SUB, sp, osz);
		gen_st(c, sp, osz, frame);
	}
	/* With 66h only bp is written (checked natively); rsp always whole. */
	gen_set_gpr(c, X86_RBP, osz, false, frame);
	gen_set_gpr(c, X86_RSP, 8, false, gen_opi(c, IR_SUB, sp, alloc));
	return 0;
}

/*
 * smsw/sgdt/sidt are UMIP-protected: Linux emulates them for user space with
 * fixed values (CR0 = PG|AM|WP|NE|ET|MP|PE, GDT/IDT limit 0 at dummy bases),
 * which is what a program sees on any UMIP-capable host. str/sldt are left
 * unsupported: what they return depends on the host kernel.
 */
#define UMIP_CR0 0x80050033ULL
#define UMIP_GDT_BASE 0xfffffffffffe0000ULL
#define UMIP_IDT_BASE 0xffffffffffff0000ULL

static int lift_smsw(struct lift_ctx *c)
{
	/* A memory destination is 16 bits; a register one the operand size. */
	lift_store(c, 0, gen_movi(c, UMIP_CR0 & size_mask(op_size(c, 0))));
	return 0;
}

static int lift_sdt(struct lift_ctx *c)
{
	ir_t ea = lift_ea(c, 0);
	uint64_t base = c->in->mnemonic == ZYDIS_MNEMONIC_SGDT ? UMIP_GDT_BASE : UMIP_IDT_BASE;

	/* 10 bytes: limit (16 bits), then the 64-bit base; the base's page first. */
	gen_st(c, gen_opi(c, IR_ADD, ea, 2), 8, gen_movi(c, base));
	gen_st(c, ea, 2, gen_movi(c, 0));
	return 0;
}

const struct lift_entry lift_tab_system[] = {
	{ ZYDIS_MNEMONIC_SMSW, lift_smsw },
	{ ZYDIS_MNEMONIC_SGDT, lift_sdt }, { ZYDIS_MNEMONIC_SIDT, lift_sdt },
	{ ZYDIS_MNEMONIC_CPUID, lift_cpuid },
	{ ZYDIS_MNEMONIC_RDTSC, lift_rdtsc }, { ZYDIS_MNEMONIC_RDTSCP, lift_rdtsc },
	{ ZYDIS_MNEMONIC_LFENCE, lift_fence }, { ZYDIS_MNEMONIC_SFENCE, lift_fence },
	{ ZYDIS_MNEMONIC_MFENCE, lift_fence },
	{ ZYDIS_MNEMONIC_PAUSE, lift_hint },
	{ ZYDIS_MNEMONIC_PREFETCH, lift_hint }, { ZYDIS_MNEMONIC_PREFETCHW, lift_hint },
	{ ZYDIS_MNEMONIC_PREFETCHWT1, lift_hint }, { ZYDIS_MNEMONIC_PREFETCHNTA, lift_hint },
	{ ZYDIS_MNEMONIC_PREFETCHT0, lift_hint }, { ZYDIS_MNEMONIC_PREFETCHT1, lift_hint },
	{ ZYDIS_MNEMONIC_PREFETCHT2, lift_hint },
	{ ZYDIS_MNEMONIC_CLFLUSH, lift_clflush }, { ZYDIS_MNEMONIC_CLFLUSHOPT, lift_clflush },
	/* OSXSAVE, RDRAND, RDSEED, FSGSBASE, RDPID are not in the model. */
	{ ZYDIS_MNEMONIC_XGETBV, lift_not_in_model },
	{ ZYDIS_MNEMONIC_RDRAND, lift_not_in_model }, { ZYDIS_MNEMONIC_RDSEED, lift_not_in_model },
	{ ZYDIS_MNEMONIC_RDFSBASE, lift_not_in_model }, { ZYDIS_MNEMONIC_RDGSBASE, lift_not_in_model },
	{ ZYDIS_MNEMONIC_WRFSBASE, lift_not_in_model }, { ZYDIS_MNEMONIC_WRGSBASE, lift_not_in_model },
	{ ZYDIS_MNEMONIC_RDPID, lift_not_in_model },
	{ ZYDIS_MNEMONIC_ENTER, lift_enter },
	{ 0, NULL }
};
