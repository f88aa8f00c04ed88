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

struct jit_options jit_opts = { .max_block_insns = 64 };

static struct {
	unsigned long translated, guest_insns, lookups, chained, exits;
} stats;

static struct ir_block scratch;

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
	stats.translated++;
	stats.guest_insns += res.ninsns;
	return tb;
}

void jit_invalidate(gaddr_t start, uint64_t len)
{
	cache_invalidate(start, start + len);
}

static __attribute__((noinline)) enum jit_exit run_loop(struct x86_cpu *cpu, sigjmp_buf *jb)
{
	struct tb *prev = NULL, *tb;
	int r = 0;

	for (;;) {
		if (unlikely(cpu->pending))
			return JIT_EXIT_SIGNAL;
		if (prev && r != INTERP_GOTOR && prev->chain[-r - 1]) {
			tb = prev->chain[-r - 1];
			stats.chained++;
		} else {
			stats.lookups++;
			tb = cache_lookup(cpu->rip);
			if (!tb)
				tb = translate(cpu->rip);
			if (prev && r != INTERP_GOTOR)
				prev->chain[-r - 1] = tb;
		}
		tb->count++;
		gmem_recover_point = jb;
		r = interp_run(cpu, tb->code, tb->ntemps);
		gmem_recover_point = NULL;
		if (r > 0) {
			stats.exits++;
			return (enum jit_exit)r;
		}
		prev = tb;
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
		  "stats: blocks=%lu guest_insns_translated=%lu lookups=%lu chained=%lu exits=%lu cached=%lu",
		  stats.translated, stats.guest_insns, stats.lookups, stats.chained, stats.exits,
		  cache_size());
}
