// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The LLVM backend against the interpreter: IR sequences covering every op run
 * through both on the same random CPU states; CPU state, memory and exit codes
 * must agree. Also checks precise state at a fault inside compiled code.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/flags.h"
#include "jit/interp.h"
#include "jit/jit.h"
#include "jit/ir.h"
#include "jit/llvm.h"
#include "os/os.h"

struct os_options os_opts; /* linked in with os/ objects; defined by os/main.c in xbt */

static int failures, checks;
static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint8_t mem_i[64] __attribute__((aligned(64))), mem_n[64] __attribute__((aligned(64))); /* guest memory of each backend */

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	/* favour edge values now and then */
	switch (rng % 16) {
	case 0: return 0;
	case 1: return ~0ULL;
	case 2: return 0x8000000000000000ULL;
	case 3: return 0x7fffffffffffffffULL;
	case 4: return rng & 0xff;
	case 5: return 0x80;
	default: return rng;
	}
}

/* ---- building blocks ---- */

static struct ir_block b;

static struct ir_insn *op(enum ir_op o, unsigned size, ir_t d, ir_t a, ir_t bb)
{
	struct ir_insn *i = ir_emit(&b, o);

	i->size = (uint8_t)size;
	i->d = d;
	i->a = a;
	i->b = bb;
	return i;
}

static ir_t ldc(unsigned reg)
{
	ir_t t = ir_temp(&b);

	op(IR_LDC, 8, t, 0, 0)->imm = X86_GPR_OFF(reg);
	return t;
}

static void stc(uint64_t off, unsigned size, ir_t v)
{
	op(IR_STC, size, 0, v, 0)->imm = off;
}

static void insn(uint64_t rip)
{
	op(IR_INSN, 0, 0, 0, 0)->imm = rip;
}

static void goto_(uint64_t rip, unsigned slot)
{
	struct ir_insn *i = op(IR_GOTO, 0, 0, 0, 0);

	i->imm = rip;
	i->cc = (uint8_t)slot;
}

/* Each result goes to a fresh 8-byte slot of the cpu's xmm area (not cached). */
static unsigned nout;
static void out(ir_t v)
{
	stc(X86_XMM_OFF(0) + 8 * (nout++ % 32), 8, v);
}

/* ---- running ---- */

static void *chain[2];
static struct llvm_jmp_entry jmp_cache[1u << LLVM_JMP_BITS]; /* empty: indirect exits return */

static void fill(struct x86_cpu *c)
{
	memset(c, 0, sizeof(*c));
	for (unsigned r = 0; r < 16; r++)
		c->regs[r] = rnd();
	c->cc_op = rnd();
	c->cc_dst = rnd();
	c->cc_src = rnd();
	c->eflags = rnd();
	c->regs[X86_RSI] = (uint64_t)(uintptr_t)mem_i; /* rebased for the native run */
	c->jmp_cache = jmp_cache;
	for (unsigned k = 0; k < sizeof(mem_i); k++)
		mem_i[k] = (uint8_t)rnd();
}

/* Exit code of a native run in the interpreter's terms. */
static int64_t native_code(uint64_t r)
{
	if (llvm_exit_is_slot(r)) {
		if ((r & ~1ULL) != (uint64_t)(uintptr_t)chain)
			return 1000;
		return r & 1 ? INTERP_GOTO1 : INTERP_GOTO0;
	}
	return (int64_t)r;
}

static void compare(const char *name, struct x86_cpu *ci, struct x86_cpu *cn, int64_t ri,
		    int64_t rn)
{
	checks++;
	ci->insn_rip = cn->insn_rip = 0;
	cn->regs[X86_RSI] += (uint64_t)(uintptr_t)mem_i - (uint64_t)(uintptr_t)mem_n;
	if (ri != rn || memcmp(ci, cn, sizeof(*ci)) || memcmp(mem_i, mem_n, sizeof(mem_i))) {
		failures++;
		printf("FAIL %s: exit interp=%ld llvm=%ld\n", name, (long)ri, (long)rn);
		for (unsigned k = 0; k < sizeof(*ci) / 8; k++)
			if (((uint64_t *)ci)[k] != ((uint64_t *)cn)[k])
				printf("  cpu+%u: interp=%#lx llvm=%#lx\n", 8 * k,
				       (unsigned long)((uint64_t *)ci)[k],
				       (unsigned long)((uint64_t *)cn)[k]);
		for (unsigned k = 0; k < sizeof(mem_i); k++)
			if (mem_i[k] != mem_n[k])
				printf("  mem+%u: interp=%#x llvm=%#x\n", k, mem_i[k], mem_n[k]);
	}
}

/* Run the block in b through both backends on `rounds` random states. */
static void check(const char *name, int rounds)
{
	struct ir_insn *code = malloc(b.n * sizeof(*code));
	struct llvm_block lb;
	struct llvm_unit *u;

	memcpy(code, b.insns, b.n * sizeof(*code));
	interp_prepare(&(struct ir_block){ .insns = code, .n = b.n, .nlabels = b.nlabels });
	lb = (struct llvm_block){ .pc = 0x1000, .code = code, .n = b.n, .ntemps = b.ntemps,
				  .chain = chain };
	u = llvm_compile(&lb, 1);
	if (!u || !lb.entry) {
		printf("FAIL %s: not compiled\n", name);
		failures++;
		free(code);
		return;
	}
	for (int k = 0; k < rounds; k++) {
		struct x86_cpu ci, cn;
		int64_t ri, rn;

		fill(&ci);
		cn = ci;
		cn.regs[X86_RSI] = (uint64_t)(uintptr_t)mem_n;
		memcpy(mem_n, mem_i, sizeof(mem_i));
		do
			ri = interp_run(&ci, code, b.ntemps);
		while (ri == INTERP_GOTO0 && ci.rip == 0x1000);
		rn = native_code(lb.entry(&cn));
		compare(name, &ci, &cn, ri, rn);
	}
	llvm_unit_free(u);
	free(code);
	ir_reset(&b);
	nout = 0;
}

/* ---- cases ---- */

static void case_arith(void)
{
	static const enum ir_op ops2[] = {
		IR_ADD, IR_SUB, IR_MUL, IR_AND, IR_OR, IR_XOR, IR_SHL, IR_SHR, IR_SAR,
		IR_MULHU, IR_MULHS,
	};
	ir_t x = ldc(X86_RAX), y = ldc(X86_RBX);

	insn(0x1000);
	for (unsigned k = 0; k < ARRAY_SIZE(ops2); k++) {
		ir_t d = ir_temp(&b);

		op(ops2[k], 8, d, x, y);
		out(d);
		d = ir_temp(&b);
		op(ops2[k], 8, d, x, 0)->flags = IRF_BIMM;
		b.insns[b.n - 1].imm = 37 + k;
		out(d);
	}
	for (unsigned cc = IRC_EQ; cc <= IRC_GE; cc++) {
		ir_t d = ir_temp(&b);

		op(IR_SETC, 8, d, x, y)->cc = (uint8_t)cc;
		out(d);
		d = ir_temp(&b);
		op(IR_SETC, 8, d, x, x)->cc = (uint8_t)cc;
		out(d);
	}
	{
		ir_t d = ir_temp(&b);

		op(IR_NOT, 8, d, x, 0);
		out(d);
		d = ir_temp(&b);
		op(IR_NEG, 8, d, y, 0);
		out(d);
		d = ir_temp(&b);
		op(IR_SEL, 8, d, x, y)->c = x;
		out(d);
	}
	goto_(0x2000, 0);
	check("arith", 300);
}

static void case_sized(void)
{
	static const enum ir_op ops[] = {
		IR_ZEXT, IR_SEXT, IR_ROL, IR_ROR, IR_CLZ, IR_CTZ, IR_POPCNT, IR_BSWAP,
	};
	ir_t x = ldc(X86_RCX), y = ldc(X86_RDX), one = ir_temp(&b), nz = ir_temp(&b);

	insn(0x1000);
	op(IR_MOVI, 8, one, 0, 0)->imm = 1;
	op(IR_OR, 8, nz, x, one); /* CLZ/CTZ need a nonzero low part */
	for (unsigned s = 1; s <= 8; s *= 2)
		for (unsigned k = 0; k < ARRAY_SIZE(ops); k++) {
			ir_t d = ir_temp(&b);

			if (ops[k] == IR_BSWAP && s == 1)
				continue;
			op(ops[k], s, d, ops[k] == IR_CLZ || ops[k] == IR_CTZ ? nz : x, y);
			out(d);
		}
	goto_(0x2000, 1);
	check("sized", 300);
}

static void case_div(void)
{
	static const enum ir_op ops[] = { IR_DIVU, IR_DIVS, IR_REMU, IR_REMS };
	ir_t x = ldc(X86_RAX), y = ldc(X86_RBX), dv = ir_temp(&b), one = ir_temp(&b);

	insn(0x1000);
	op(IR_MOVI, 8, one, 0, 0)->imm = 1;
	op(IR_SHR, 8, dv, y, 0)->flags = IRF_BIMM; /* positive, nonzero: no trap, no overflow */
	b.insns[b.n - 1].imm = 1;
	op(IR_OR, 8, dv, dv, one);
	for (unsigned k = 0; k < ARRAY_SIZE(ops); k++) {
		ir_t d = ir_temp(&b);

		op(ops[k], 8, d, x, dv);
		out(d);
	}
	goto_(0x2000, 0);
	check("div", 300);
}

static void case_partial_state(void)
{
	ir_t x = ldc(X86_RAX), y;

	insn(0x1000);
	stc(X86_GPR_OFF(X86_RBX), 1, x);     /* bl */
	stc(X86_GPR_OFF(X86_RCX) + 1, 1, x); /* ch */
	stc(X86_GPR_OFF(X86_RDX), 2, x);     /* dx */
	stc(X86_GPR_OFF(X86_RDI), 8, x);
	y = ir_temp(&b);
	op(IR_LDC, 1, y, 0, 0)->imm = X86_GPR_OFF(X86_RCX) + 1;
	out(y);
	y = ir_temp(&b);
	op(IR_LDC, 4, y, 0, 0)->imm = X86_GPR_OFF(X86_RDX);
	stc(X86_GPR_OFF(X86_R8), 8, y);
	y = ir_temp(&b);
	op(IR_LDC, 2, y, 0, 0)->imm = X86_CPU_OFF(cc_src) + 2;
	stc(X86_CPU_OFF(cc_dst) + 4, 4, y);
	goto_(0x2000, 0);
	check("partial_state", 100);
}

static void case_memory(void)
{
	static const enum ir_op at[] = { IR_XCHG, IR_AADD, IR_AAND, IR_AOR, IR_AXOR };
	ir_t p = ldc(X86_RSI), v = ldc(X86_RAX), w = ldc(X86_RBX), q, d;
	unsigned off = 0;

	for (unsigned s = 1; s <= 8; s *= 2) {
		insn(0x1000 + s);
		q = ir_temp(&b);
		op(IR_ADD, 8, q, p, 0)->flags = IRF_BIMM;
		b.insns[b.n - 1].imm = off + 1; /* unaligned plain accesses */
		d = ir_temp(&b);
		op(IR_LD, s, d, q, 0);
		out(d);
		op(IR_ST, s, 0, q, v);
		off += 2 * s;
		for (unsigned k = 0; k < ARRAY_SIZE(at); k++) {
			q = ir_temp(&b);
			op(IR_ADD, 8, q, p, 0)->flags = IRF_BIMM;
			b.insns[b.n - 1].imm = 32 + 8 * (k % 4);
			d = ir_temp(&b);
			op(at[k], s, d, q, v);
			out(d);
		}
		/* cmpxchg: once with the current value (succeeds), once with another */
		d = ir_temp(&b);
		op(IR_LD, s, d, q, 0);
		op(IR_CMPXCHG, s, ir_temp(&b), q, d)->c = v;
		out(b.insns[b.n - 1].d);
		op(IR_CMPXCHG, s, ir_temp(&b), q, w)->c = d;
		out(b.insns[b.n - 1].d);
	}
	/* misaligned locked operations, inside one word and across two */
	for (unsigned s = 2; s <= 8; s *= 2)
		for (unsigned off = 41; off <= 59 - s; off += 12 - s) {
			q = ir_temp(&b);
			op(IR_ADD, 8, q, p, 0)->flags = IRF_BIMM;
			b.insns[b.n - 1].imm = off;
			d = ir_temp(&b);
			op(s == 4 ? IR_AADD : IR_XCHG, s, d, q, v);
			out(d);
			d = ir_temp(&b);
			op(IR_CMPXCHG, s, d, q, v)->c = w;
			out(d);
		}
	op(IR_FENCE, 0, 0, 0, 0);
	goto_(0x2000, 0);
	check("memory", 200);
}

/* sum = 0; do sum += rcx; while (--rcx & 15); in one block with a label loop */
static void case_loop_and_exits(void)
{
	ir_t n = ldc(X86_RCX), sum = ir_temp(&b), c;
	unsigned top = ir_label(&b), done = ir_label(&b);

	insn(0x1000);
	op(IR_MOVI, 8, sum, 0, 0)->imm = 0;
	op(IR_LABEL, 0, 0, 0, 0)->imm = top;
	op(IR_ADD, 8, sum, sum, n);
	op(IR_SUB, 8, n, n, 0)->flags = IRF_BIMM;
	b.insns[b.n - 1].imm = 1;
	c = ir_temp(&b);
	op(IR_AND, 8, c, n, 0)->flags = IRF_BIMM;
	b.insns[b.n - 1].imm = 15;
	op(IR_BRC, 0, 0, c, 0)->imm = top;
	stc(X86_GPR_OFF(X86_RCX), 8, n);
	stc(X86_GPR_OFF(X86_RAX), 8, sum);
	/* exits: rdx & 3 picks GOTO0, GOTO1, GOTOR, EXIT */
	c = ir_temp(&b);
	op(IR_AND, 8, c, ldc(X86_RDX), 0)->flags = IRF_BIMM;
	b.insns[b.n - 1].imm = 3;
	{
		ir_t is = ir_temp(&b);
		unsigned l1 = ir_label(&b), l2 = ir_label(&b), l3 = ir_label(&b);

		op(IR_SETC, 8, is, c, 0)->flags = IRF_BIMM;
		b.insns[b.n - 1].imm = 1;
		op(IR_BRC, 0, 0, is, 0)->imm = l1;
		op(IR_SETC, 8, is, c, 0)->flags = IRF_BIMM;
		b.insns[b.n - 1].imm = 2;
		op(IR_BRC, 0, 0, is, 0)->imm = l2;
		op(IR_SETC, 8, is, c, 0)->flags = IRF_BIMM;
		b.insns[b.n - 1].imm = 3;
		op(IR_BRC, 0, 0, is, 0)->imm = l3;
		goto_(0x3000, 0);
		op(IR_LABEL, 0, 0, 0, 0)->imm = l1;
		goto_(0x4000, 1);
		op(IR_LABEL, 0, 0, 0, 0)->imm = l2;
		op(IR_GOTOR, 8, 0, sum, 0);
		op(IR_LABEL, 0, 0, 0, 0)->imm = l3;
		stc(X86_CPU_OFF(rip), 8, sum);
		op(IR_EXIT, 0, 0, 0, 0)->imm = 1;
	}
	(void)done;
	check("loop_and_exits", 300);
}

/* A block that jumps to itself until rcx reaches 0 (compiled as a loop). */
static void case_self_loop(void)
{
	ir_t n = ldc(X86_RCX), z = ir_temp(&b), t = ldc(X86_RAX);
	unsigned l = ir_label(&b);

	insn(0x1000);
	op(IR_AND, 8, n, n, 0)->flags = IRF_BIMM;
	b.insns[b.n - 1].imm = 255;
	op(IR_SUB, 8, n, n, 0)->flags = IRF_BIMM;
	b.insns[b.n - 1].imm = 1;
	op(IR_ADD, 8, t, t, n);
	stc(X86_GPR_OFF(X86_RAX), 8, t);
	stc(X86_GPR_OFF(X86_RCX), 8, n);
	op(IR_SETC, 8, z, n, 0)->flags = IRF_BIMM;
	b.insns[b.n - 1].cc = IRC_GT;
	op(IR_BRC, 0, 0, z, 0)->imm = l;
	goto_(0x2000, 1);
	op(IR_LABEL, 0, 0, 0, 0)->imm = l;
	goto_(0x1000, 0);
	check("self_loop", 100);
}

static uint64_t seen_rax;
DEFINE_HELPER(h_state, HF_STATE)
{
	seen_rax = cpu->regs[X86_RAX];
	cpu->regs[X86_RBX] = a * 3 + cpu->regs[X86_RCX];
	return b ^ c ^ e;
}
DEFINE_HELPER(h_pure, HF_PURE)
{
	return a - b + c * e;
}

static void case_helpers(void)
{
	ir_t x = ldc(X86_RAX), y = ldc(X86_RDX), r;

	insn(0x1000);
	r = ir_temp(&b);
	op(IR_ADD, 8, r, x, y);
	stc(X86_GPR_OFF(X86_RAX), 8, r); /* the helper must see it */
	r = ir_temp(&b);
	op(IR_CALL, 8, r, x, y)->imm = (uintptr_t)&h_state;
	b.insns[b.n - 1].c = x;
	b.insns[b.n - 1].e = y;
	out(r);
	r = ir_temp(&b);
	op(IR_LDC, 8, r, 0, 0)->imm = X86_GPR_OFF(X86_RBX); /* the helper's write */
	op(IR_ADD, 8, r, r, x);
	stc(X86_GPR_OFF(X86_RBX), 8, r);
	r = ir_temp(&b);
	op(IR_CALL, 8, r, x, y)->imm = (uintptr_t)&h_pure;
	b.insns[b.n - 1].c = y;
	b.insns[b.n - 1].e = x;
	out(r);
	goto_(0x2000, 0);
	check("helpers", 100);
}

/*
 * Lazy flags with a constant cc_op: jit/llvm_flags.c replaces the h_cc_eval and
 * h_cc_compute calls by that case inline; the interpreter calls jit/flags.c. Every
 * kind and size (and one past the kinds), every condition and the flags word, on
 * random operands (rnd() favours edge values: 0, ~0, the sign bits).
 */
static void case_flags_constant_op(void)
{
	char name[48];

	for (unsigned kind = 0; kind <= CC_NKINDS; kind++)
		for (unsigned sz = 0; sz < 4; sz++) {
			unsigned ccop = kind << 2 | sz;
			ir_t d = ldc(X86_RAX), s = ldc(X86_RBX), s2 = ldc(X86_RCX), r, k;

			insn(0x1000);
			for (unsigned cc = 0; cc <= 16; cc++) {
				k = ir_temp(&b);
				op(IR_MOVI, 8, k, 0, 0)->imm = cc < 16 ? (uint64_t)cc << 16 | ccop : ccop;
				r = ir_temp(&b);
				op(IR_CALL, 8, r, k, d)->imm =
					(uintptr_t)(cc < 16 ? &h_cc_eval : &h_cc_compute);
				b.insns[b.n - 1].c = s;
				b.insns[b.n - 1].e = s2;
				out(r);
			}
			goto_(0x2000, 0);
			snprintf(name, sizeof(name), "flags_constant_op kind %u size %u", kind, 1u << sz);
			check(name, 200);
		}
}

/*
 * A fault in compiled code: struct x86_cpu holds the state at the last checkpoint
 * (cpu->insn_rip), from which xbt runs the guest again in the interpreter. The
 * checkpoint is the entry while the block has only read memory or only written it;
 * after a store that follows a load, the next access gets its own.
 */
static sigjmp_buf fault_jb;
static void on_segv(int sig, siginfo_t *si, void *uc)
{
	jit_fault_context(uc);
	siglongjmp(fault_jb, 1);
}

enum fault_case { FAULT_LOAD, FAULT_STORE, FAULT_AFTER_LOAD_AND_STORE };

/*
 * 0x1000: rax += 5 (FAULT_AFTER_LOAD_AND_STORE: a good load first);
 * 0x1004: load [16] into rbx, or store to [16] (FAULT_STORE), or a good store;
 * 0x1008 (FAULT_AFTER_LOAD_AND_STORE): load [16] into rbx, then rax += 1.
 */
static void build_fault_block(enum fault_case fc)
{
	ir_t x = ldc(X86_RAX), z = ir_temp(&b), v = ir_temp(&b), g = ir_temp(&b);

	insn(0x1000);
	op(IR_MOVI, 8, g, 0, 0)->imm = (uintptr_t)mem_n;
	if (fc == FAULT_AFTER_LOAD_AND_STORE)
		op(IR_LD, 8, v, g, 0);
	op(IR_ADD, 8, x, x, 0)->flags = IRF_BIMM;
	b.insns[b.n - 1].imm = 5;
	stc(X86_GPR_OFF(X86_RAX), 8, x);
	insn(0x1004);
	op(IR_MOVI, 8, z, 0, 0)->imm = 16;
	if (fc == FAULT_LOAD) {
		op(IR_LD, 8, v, z, 0);
		stc(X86_GPR_OFF(X86_RBX), 8, v);
	} else if (fc == FAULT_STORE) {
		op(IR_ST, 8, 0, z, x);
	} else {
		op(IR_ST, 8, 0, g, x);
		insn(0x1008);
		op(IR_LD, 8, v, z, 0);
		stc(X86_GPR_OFF(X86_RBX), 8, v);
		op(IR_ADD, 8, x, x, 0)->flags = IRF_BIMM;
		b.insns[b.n - 1].imm = 1;
		stc(X86_GPR_OFF(X86_RAX), 8, x);
	}
	goto_(0x2000, 0);
}

static void case_precise_fault(enum fault_case fc)
{
	static const char *const names[] = { "checkpoint_at_entry_load", "checkpoint_at_entry_store",
					     "checkpoint_after_load_and_store" };
	const char *name = names[fc];
	uint64_t want_rax = fc == FAULT_AFTER_LOAD_AND_STORE ? 15 : 10;
	uint64_t want_rip = fc == FAULT_AFTER_LOAD_AND_STORE ? 0x1008 : 0x1000;
	struct llvm_block lb;
	struct llvm_unit *u;
	struct x86_cpu c;
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_NODEFER | SA_SIGINFO };

	build_fault_block(fc);
	lb = (struct llvm_block){ .pc = 0x1000, .code = b.insns, .n = b.n, .ntemps = b.ntemps,
				  .chain = chain };
	u = llvm_compile(&lb, 1);
	checks++;
	sigaction(SIGSEGV, &sa, NULL);
	memset(&c, 0, sizeof(c));
	c.regs[X86_RAX] = 10;
	c.regs[X86_RBX] = 7;
	c.insn_rip = 0x999;
	if (!u || !lb.entry) {
		failures++;
		printf("FAIL %s: not compiled\n", name);
	} else if (!sigsetjmp(fault_jb, 1)) {
		lb.entry(&c);
		failures++;
		printf("FAIL %s: no fault\n", name);
	} else if (!llvm_fault_replay(&c) || c.regs[X86_RAX] != want_rax || c.regs[X86_RBX] != 7 ||
		   c.insn_rip != want_rip) {
		failures++;
		printf("FAIL %s: rax=%lu rbx=%lu insn_rip=%#lx (want %lu, 7, %#lx)\n", name,
		       (unsigned long)c.regs[X86_RAX], (unsigned long)c.regs[X86_RBX],
		       (unsigned long)c.insn_rip, (unsigned long)want_rax, (unsigned long)want_rip);
	}
	signal(SIGSEGV, SIG_DFL);
	if (u)
		llvm_unit_free(u);
	ir_reset(&b);
}

int main(void)
{
	if (llvm_init()) {
		printf("FAIL: LLVM does not initialise\n");
		return 1;
	}
	ir_init(&b);
	case_arith();
	case_sized();
	case_div();
	case_partial_state();
	case_memory();
	case_loop_and_exits();
	case_self_loop();
	case_helpers();
	case_flags_constant_op();
	case_precise_fault(FAULT_LOAD);
	case_precise_fault(FAULT_STORE);
	case_precise_fault(FAULT_AFTER_LOAD_AND_STORE);
	ir_free(&b);
	printf("%d checks, %d failures\n", checks, failures);
	return failures != 0;
}
