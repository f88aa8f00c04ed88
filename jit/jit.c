// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The dispatcher: find or translate the block at rip, run it, follow direct
 * exits through chain links, and return to the OS layer for anything else.
 */
#include <pthread.h>
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

static struct ir_block scratch; /* under jit_lock */
/* Translation, insertion, invalidation and the tier's guest-side work. */
static pthread_mutex_t jit_lock = PTHREAD_MUTEX_INITIALIZER;
/*
 * Set once a second guest thread exists. The LLVM tier's guest-side state
 * (publication, jump cache, unit retirement) is single-threaded, so from then on
 * it is frozen: code already published keeps running (it is immutable), nothing
 * new is queued or published, and invalidated blocks are not freed.
 */
static bool multithreaded;

void jit_threads_started(void)
{
	pthread_mutex_lock(&jit_lock);
	if (!multithreaded)
		log_info(LOG_JIT, "second guest thread: the LLVM tier stops taking new work");
	__atomic_store_n(&multithreaded, true, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&jit_lock);
}

static inline bool is_mt(void)
{
	return __atomic_load_n(&multithreaded, __ATOMIC_ACQUIRE);
}

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
	if (jit_opts.tier == TIER_ONLY && !multithreaded)
		tier_hot(tb);
	stats.translated++;
	stats.guest_insns += res.ninsns;
	return tb;
}

/* Another thread may have translated pc meanwhile: look again under the lock. */
static struct tb *translate_locked(uint64_t pc)
{
	struct tb *tb;

	pthread_mutex_lock(&jit_lock);
	tb = cache_lookup(pc);
	if (!tb)
		tb = translate(pc);
	pthread_mutex_unlock(&jit_lock);
	return tb;
}

void jit_invalidate(gaddr_t start, uint64_t len)
{
	pthread_mutex_lock(&jit_lock);
	cache_invalidate(start, start + len, !multithreaded);
	tier_invalidate(start, start + len);
	pthread_mutex_unlock(&jit_lock);
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
		if (unlikely(x86_cpu_poll(cpu)))
			return JIT_EXIT_SIGNAL;
		if (!is_mt())
			tier_poll();
		if (slot >= 0 && (tb = __atomic_load_n(&prev->chain[slot], __ATOMIC_ACQUIRE))) {
			stats.chained++;
		} else {
			stats.lookups++;
			tb = cache_lookup(cpu->rip);
			if (!tb)
				tb = translate_locked(cpu->rip);
			if (slot >= 0)
				__atomic_store_n(&prev->chain[slot], tb, __ATOMIC_RELEASE);
		}
		fn = tier_entry(tb);
		if (fn) {
			uint64_t r;

			if (slot >= 0) /* prev's code, or a region holding prev */
				__atomic_store_n(&prev->nchain[slot], (void *)fn, __ATOMIC_RELEASE);
			else if (slot < 0 && !is_mt())
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
		if (unlikely(++tb->count == jit_opts.threshold) && jit_opts.tier != TIER_OFF &&
		    !is_mt())
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
