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
#include "ir_opt.h"
#include "jit.h"
#include "lift.h"
#include "llvm.h"
#include "reclaim.h"
#include "tier.h"

struct jit_options jit_opts = { .max_block_insns = 64, .tier = TIER_ON, .threshold = 16000 };
int jit_tso_active;
#if defined(__x86_64__)
const int jit_host_weak = 0;
#else
const int jit_host_weak = 1;
#endif

static struct {
	unsigned long translated, guest_insns, lookups, chained, exits, native_runs, ops_removed;
	unsigned long replays; /* faults in compiled code run again from a checkpoint */
} stats;

static struct ir_block scratch; /* under jit_lock */
/*
 * The translation lock: translation, insertion, invalidation, chain links and
 * the tier's bookkeeping. Not on the hot path: lookups are lock-free, and links
 * and publications are made once.
 */
static pthread_mutex_t jit_lock = PTHREAD_MUTEX_INITIALIZER;

/* fork: the child must not inherit a lock held by another thread; the LLVM
 * tier's own locks are taken after this one, as everywhere. */
static void fork_prepare(void)
{
	pthread_mutex_lock(&jit_lock);
	tier_fork_prepare();
}

static void fork_parent(void)
{
	tier_fork_parent();
	pthread_mutex_unlock(&jit_lock);
}

static void fork_child(void)
{
	tier_fork_child();
	pthread_mutex_init(&jit_lock, NULL);
	jit_threads_after_fork();
}

/* The block whose nchain[] array is at addr (a compiled block's exit result). */
static inline struct tb *container_of_nchain(uint64_t addr)
{
	return (struct tb *)(uintptr_t)(addr - offsetof(struct tb, nchain));
}

int jit_init(void)
{
	jit_tso_active = jit_opts.tso == TSO_STRICT;
	lift_init();
	ir_init(&scratch);
	pthread_atfork(fork_prepare, fork_parent, fork_child);
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
	stats.ops_removed += ir_opt(&scratch);
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

/* Another thread may have translated pc meanwhile: look again under the lock. */
static struct tb *translate_locked(uint64_t pc)
{
	struct tb *tb;
	bool fresh = false;

	pthread_mutex_lock(&jit_lock);
	tb = cache_lookup(pc);
	if (!tb) {
		tb = translate(pc);
		fresh = true;
	}
	pthread_mutex_unlock(&jit_lock);
	/* tb stays valid: it is freed only after this thread's next quiescent point */
	if (fresh && jit_opts.code_hook)
		jit_opts.code_hook(tb->pc, tb->end);
	return tb;
}

void jit_invalidate(gaddr_t start, uint64_t len)
{
	pthread_mutex_lock(&jit_lock);
	cache_invalidate(start, start + len);
	tier_invalidate(start, start + len);
	jit_epoch_advance();
	jit_reclaim();
	pthread_mutex_unlock(&jit_lock);
}

/* TSO auto: code translated without fences must not run in a second thread. */
void jit_threads_started(void)
{
	if (jit_opts.tso != TSO_AUTO || __atomic_load_n(&jit_tso_active, __ATOMIC_RELAXED))
		return;
	__atomic_store_n(&jit_tso_active, 1, __ATOMIC_RELAXED);
	if (jit_host_weak) {
		log_info(LOG_JIT, "second guest thread: x86 memory order from now on");
		jit_invalidate(0, UINT64_MAX);
	}
}

/*
 * Link prev's exit slot to tb (and, with fn, to tb's compiled code) unless an
 * invalidation removed either block or unpublished fn since this thread looked
 * them up: a link made then would outlive them.
 */
static void link_exit(struct tb *prev, int slot, struct tb *tb, llvm_native_fn fn)
{
	pthread_mutex_lock(&jit_lock);
	if (!prev->dead && !tb->dead) {
		__atomic_store_n(&prev->chain[slot], tb, __ATOMIC_RELEASE);
		if (fn && tier_entry(tb) == fn)
			__atomic_store_n(&prev->nchain[slot], (void *)fn, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&jit_lock);
}

static void hot(struct tb *tb)
{
	pthread_mutex_lock(&jit_lock);
	tier_hot(tb);
	pthread_mutex_unlock(&jit_lock);
}

static void heat(struct tb *tb)
{
	pthread_mutex_lock(&jit_lock);
	tier_heat(tb);
	pthread_mutex_unlock(&jit_lock);
}

static void poll_tier(void)
{
	pthread_mutex_lock(&jit_lock);
	tier_poll_slow();
	pthread_mutex_unlock(&jit_lock);
}

static void try_reclaim(void)
{
	if (pthread_mutex_trylock(&jit_lock) == 0) {
		jit_reclaim();
		pthread_mutex_unlock(&jit_lock);
	}
}

/*
 * Run blocks until an exit the OS layer handles. A compiled block may run many
 * blocks before it returns (it jumps to compiled successors itself); its result
 * then names the last block's exit slot (LLVM_EXIT_SLOT_MIN), which the loop
 * links to the successor once that is compiled too. The top of the loop is this
 * thread's quiescent point: after an invalidation it keeps no block pointer.
 */
static __attribute__((noinline)) enum jit_exit run_loop(struct x86_cpu *cpu, sigjmp_buf *jb,
							struct jit_thread *me)
{
	struct tb *prev = NULL, *tb;
	int slot = -1; /* prev's direct exit taken, or -1 */
	llvm_native_fn fn;

	for (;;) {
		if (unlikely(x86_cpu_poll(cpu)))
			return JIT_EXIT_SIGNAL;
		if (unlikely(jit_quiesce(me))) {
			slot = -1;
			if (__atomic_load_n(&jit_limbo_nonempty, __ATOMIC_RELAXED))
				try_reclaim();
		}
		if (unlikely(tier_done()))
			poll_tier();
		if (slot >= 0 && (tb = __atomic_load_n(&prev->chain[slot], __ATOMIC_ACQUIRE))) {
			stats.chained++;
		} else {
			stats.lookups++;
			tb = cache_lookup(cpu->rip);
			if (!tb)
				tb = translate_locked(cpu->rip);
		}
		fn = tier_entry(tb);
		if (slot >= 0 && (prev->chain[slot] != tb || (fn && prev->nchain[slot] != fn)))
			link_exit(prev, slot, tb, fn);
		else if (fn && slot < 0)
			tier_jmp_insert(me->jc, tb, fn);
		if (fn) {
			uint64_t r;

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
		uint64_t old = tb->count, count = old + tier_weight(tb->n);

		tb->count = count;
		if (unlikely(old < jit_opts.threshold && count >= jit_opts.threshold) &&
		    jit_opts.tier != TIER_OFF)
			hot(tb);
		else if (unlikely((old ^ count) >= TIER_HEAT_EVERY) && tb->job)
			heat(tb); /* still queued: hotter than what was queued with it */
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

/* A host fault on a guest access: report it at the current instruction. */
static enum jit_exit host_fault(struct x86_cpu *cpu)
{
	gmem_recover_point = NULL;
	cpu->rip = cpu->insn_rip;
	cpu->exit_sig = gmem_last_fault.sig == SIGBUS ? JIT_SIGBUS : JIT_SIGSEGV;
	cpu->exit_code = gmem_last_fault.code;
	cpu->exit_addr = gmem_last_fault.addr;
	cpu->exit_err = X86_TRAP_PF;
	return JIT_EXIT_FAULT;
}

/* Interpret up to max_insns instructions from cpu->rip, translated for this once. */
static int step_uncached(struct x86_cpu *cpu, int max_insns)
{
	struct ir_block b;
	struct lift_result res;
	sigjmp_buf jb;
	int r;

	ir_init(&b);
	lift_block(&b, cpu->rip, max_insns, &res);
	interp_prepare(&b);
	if (sigsetjmp(jb, 0)) {
		ir_free(&b);
		return host_fault(cpu);
	}
	gmem_recover_point = &jb;
	r = interp_run(cpu, b.insns, b.ntemps);
	gmem_recover_point = NULL;
	ir_free(&b);
	return r > 0 ? r : 0; /* a block exit: rip holds the successor */
}

int jit_step_uncached(struct x86_cpu *cpu)
{
	return step_uncached(cpu, 1);
}

enum jit_exit jit_run(struct x86_cpu *cpu)
{
	struct jit_thread *me = jit_thread_self();
	enum jit_exit r;
	sigjmp_buf jb;

	cpu->jmp_cache = me->jc;
	jit_thread_enter(me);
	if (sigsetjmp(jb, 0)) {
		jit_thread_leave(me);
		gmem_recover_point = NULL;
		if (!llvm_fault_replay(cpu))
			return host_fault(cpu);
		/*
		 * In compiled code: on from its last checkpoint, interpreted. The same
		 * access faults again, now at its own instruction and with the exact
		 * state; or the page was mapped meanwhile and the guest simply goes on.
		 */
		stats.replays++;
		cpu->rip = cpu->insn_rip;
		return (enum jit_exit)step_uncached(cpu, jit_opts.max_block_insns);
	}
	r = run_loop(cpu, &jb, me);
	jit_thread_leave(me);
	return r;
}

void jit_print_stats(void)
{
	log_write(LOG_JIT, LOG_INFO,
		  "stats: blocks=%lu guest_insns_translated=%lu ops_removed=%lu lookups=%lu chained=%lu exits=%lu cached=%lu native_runs=%lu replays=%lu",
		  stats.translated, stats.guest_insns, stats.ops_removed, stats.lookups, stats.chained,
		  stats.exits, cache_size(), stats.native_runs, stats.replays);
	if (jit_opts.tier != TIER_OFF)
		tier_print_stats();
}
