// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The dispatcher: find or translate the block at rip, run it, follow direct
 * exits through chain links, and return to the OS layer for anything else.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../core/gmem.h"
#include "../core/log.h"
#include "cache.h"
#include "flags.h"
#include "interp.h"
#include "jit.h"
#include "lift.h"
#include "tier.h"

struct jit_options jit_opts = { .max_block_insns = 64, .tier = TIER_ON, .threshold = 1000 };

static struct {
	unsigned long translated, guest_insns, lookups, chained, exits, native_runs;
} stats;

static struct ir_block scratch;

/* The block whose nchain[] array is at addr (a compiled block's exit result). */
static inline struct tb *container_of_nchain(uint64_t addr)
{
	return (struct tb *)(uintptr_t)(addr - offsetof(struct tb, nchain));
}

int jit_init(void)
{
	lift_init();
	ir_init(&scratch);
	return 0;
}

void jit_cpu_reset(struct x86_cpu *cpu)
{
	memset(cpu, 0, sizeof(*cpu));
	cpu->cc_op = cc_op_make(CC_EFLAGS, 8);
	cpu->eflags = 0x202;
	cpu->df = 1;
	cpu->mxcsr = 0x1f80;
	cpu->fpu.fcw = 0x37f;
	cpu->fpu.ftw = 0xffff; /* all registers empty */
}

static struct tb *translate(uint64_t pc)
{
	struct lift_result res;
	struct tb *tb = calloc(1, sizeof(*tb));

	BUG_ON(!tb);
	lift_block(&scratch, pc, jit_opts.max_block_insns, &res);
	if (jit_opts.dump_ir)
		ir_dump(&scratch, log_fd());
	interp_prepare(&scratch);
	tb->pc = pc;
	tb->end = res.end_pc;
	tb->ninsns = res.ninsns;
	tb->n = scratch.n;
	tb->ntemps = scratch.ntemps;
	tb->code = malloc(scratch.n * sizeof(*tb->code));
	BUG_ON(!tb->code);
	memcpy(tb->code, scratch.insns, scratch.n * sizeof(*tb->code));
	cache_insert(tb);
	if (jit_opts.tier == TIER_ONLY)
		tier_hot(tb);
	stats.translated++;
	stats.guest_insns += res.ninsns;
	return tb;
}

void jit_invalidate(gaddr_t start, uint64_t len)
{
	cache_invalidate(start, start + len);
	tier_invalidate(start, start + len);
}

/*
 * Run blocks until an exit the OS layer handles. A compiled block may run many
 * blocks before it returns (it jumps to compiled successors itself); its result
 * then names the last block's exit slot (LLVM_EXIT_SLOT_MIN), which the loop
 * links to the successor once that is compiled too.
 */
static __attribute__((noinline)) enum jit_exit run_loop(struct x86_cpu *cpu, sigjmp_buf *jb)
{
	struct tb *prev = NULL, *tb;
	int slot = -1; /* prev's direct exit taken, or -1 */
	llvm_native_fn fn;

	for (;;) {
		if (unlikely(cpu->pending))
			return JIT_EXIT_SIGNAL;
		tier_poll();
		if (slot >= 0 && prev->chain[slot]) {
			tb = prev->chain[slot];
			stats.chained++;
		} else {
			stats.lookups++;
			tb = cache_lookup(cpu->rip);
			if (!tb)
				tb = translate(cpu->rip);
			if (slot >= 0)
				prev->chain[slot] = tb;
		}
		fn = tier_entry(tb);
		if (fn) {
			uint64_t r;

			if (slot >= 0) /* prev's code, or a region holding prev */
				__atomic_store_n(&prev->nchain[slot], (void *)fn, __ATOMIC_RELEASE);
			else if (slot < 0)
				tier_jmp_insert(tb, fn);
			stats.native_runs++;
			gmem_recover_point = jb;
			r = fn(cpu);
			gmem_recover_point = NULL;
			if (llvm_exit_is_slot(r)) {
				prev = container_of_nchain(r & ~(uint64_t)1);
				slot = (int)(r & 1);
				continue;
			}
			slot = -1;
			if ((int64_t)r > 0) {
				stats.exits++;
				return (enum jit_exit)r;
			}
			continue;
		}
		if (unlikely(++tb->count == jit_opts.threshold) && jit_opts.tier != TIER_OFF)
			tier_hot(tb);
		gmem_recover_point = jb;
		int r = interp_run(cpu, tb->code, tb->ntemps);
		gmem_recover_point = NULL;
		if (r > 0) {
			stats.exits++;
			return (enum jit_exit)r;
		}
		prev = tb;
		slot = r == INTERP_GOTOR ? -1 : -r - 1;
	}
}

enum jit_exit jit_run(struct x86_cpu *cpu)
{
	sigjmp_buf jb;

	if (sigsetjmp(jb, 0)) {
		/* A host fault on a guest access: report it at the current instruction. */
		gmem_recover_point = NULL;
		cpu->rip = cpu->insn_rip;
		cpu->exit_sig = gmem_last_fault.sig == SIGBUS ? JIT_SIGBUS : JIT_SIGSEGV;
		cpu->exit_code = gmem_last_fault.code;
		cpu->exit_addr = gmem_last_fault.addr;
		cpu->exit_err = X86_TRAP_PF;
		return JIT_EXIT_FAULT;
	}
	return run_loop(cpu, &jb);
}

void jit_print_stats(void)
{
	log_write(LOG_JIT, LOG_INFO,
		  "stats: blocks=%lu guest_insns_translated=%lu lookups=%lu chained=%lu exits=%lu cached=%lu native_runs=%lu",
		  stats.translated, stats.guest_insns, stats.lookups, stats.chained, stats.exits,
		  cache_size(), stats.native_runs);
	if (jit_opts.tier != TIER_OFF)
		tier_print_stats();
}
