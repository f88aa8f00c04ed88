// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Tier 1 scheduling. The guest thread queues hot blocks (a copy of their IR);
 * one background thread takes everything queued (up to BATCH_MAX blocks), builds
 * one LLVM module, compiles it and hands the entries back. The guest thread
 * publishes them into the blocks (release store; the dispatcher loads with
 * acquire) when it polls between blocks, so it never waits for LLVM and a block
 * invalidated meanwhile is simply never published. A unit's code is removed
 * (by the compile thread) once none of its blocks is alive.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/log.h"
#include "jit.h"
#include "reclaim.h"
#include "tier.h"

#define BATCH_MAX 64
/* IR ops per batch beyond its first job: a hot job queued now waits for at most one
 * batch of about this size (LLVM: 15-60 us an op), not for everything queued before */
#define BATCH_OPS 4000
#define REGION_MAX 8 /* blocks per region (one LLVM function) */

struct tier_unit {
	struct llvm_unit *u;
	unsigned live;           /* published blocks still in the cache */
	struct tier_unit *next;  /* removal list */
};

struct tier_job {
	struct tier_job *next;
	struct tier_job *onext;  /* outstanding jobs (guest thread only) */
	struct tb *tb;           /* NULL once the block was freed (guest thread only) */
	bool cancelled;          /* a member's guest code was invalidated */
	unsigned ops;            /* IR ops of all members */
	uint64_t heat;           /* executions interpreted so far (under qlock) */
	struct llvm_block blk;   /* IR copies owned by the job; blk.members = mem */
	struct llvm_block mem[REGION_MAX - 1];
	uint64_t range[REGION_MAX][2]; /* guest code of every member */
};

/* A published multi-block region: its code also depends on the members' code. */
struct tier_region {
	struct tier_region *next;
	struct tb *tb;
	unsigned n;
	uint64_t range[REGION_MAX][2];
};

struct tier_batch {
	struct tier_batch *next;
	struct tier_unit *unit;
	unsigned n;
	struct tier_job *jobs[BATCH_MAX];
};

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;    /* the lists below */
static pthread_mutex_t clock_ = PTHREAD_MUTEX_INITIALIZER;   /* held while in LLVM */
static pthread_cond_t qcond = PTHREAD_COND_INITIALIZER;
static struct tier_job *queue_head, **queue_tail = &queue_head;
static struct tier_batch *done;
static struct tier_unit *retired;
static bool thread_running;
static struct tier_job *outstanding;  /* under the translation lock */
static struct tier_region *regions;   /* under the translation lock */
int tier_done_flag;

static struct {
	unsigned long queued, compiled, failed, units, removed, published, cancelled, regions;
	unsigned long members, deferred;
	double ms;
} st;

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: the machine may be busy */
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long process_cpu_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

/* Compile a batch (compile thread, or guest thread in only mode). */
static struct tier_unit *compile(struct llvm_block *blks, unsigned n)
{
	double t0 = now_ms();
	struct llvm_unit *lu = llvm_compile(blks, n);
	struct tier_unit *u = NULL;
	unsigned ok = 0;

	for (unsigned k = 0; k < n; k++)
		ok += blks[k].entry != NULL;
	if (lu) {
		u = calloc(1, sizeof(*u));
		BUG_ON(!u);
		u->u = lu;
		st.units++;
	}
	st.compiled += ok;
	st.failed += n - ok;
	st.ms += now_ms() - t0;
	if (log_enabled(LOG_JIT, LOG_DEBUG)) {
		unsigned insns = 0;

		for (unsigned k = 0; k < n; k++) {
			insns += blks[k].n;
			for (unsigned m = 0; m < blks[k].nmembers; m++)
				insns += blks[k].members[m].n;
		}
		log_debug(LOG_JIT, "tier: batch of %u blocks, %u IR ops: %lu us (process CPU %lu ms)",
			  n, insns, (unsigned long)((now_ms() - t0) * 1000),
			  (unsigned long)(process_cpu_ns() / 1000000));
	}
	return u;
}

static void remove_units(struct tier_unit *u)
{
	while (u) {
		struct tier_unit *next = u->next;

		llvm_unit_free(u->u);
		free(u);
		st.removed++;
		u = next;
	}
}

/*
 * The compile thread's first batch waits until the process has used this much more
 * CPU time than when the thread was started (at the first hot block): a process
 * that is over by then (/bin/true, most of a shell script's commands) pays neither
 * LLVM's start-up nor compiles it would never use (about 11 ms of CPU for
 * /bin/true). CPU time, not wall time, so that a busy machine does not shorten it.
 * Guest threads never wait; a long-running program gets its code a little later.
 */
#define WARMUP_NS (20 * 1000 * 1000L)

static void warm_up(long start)
{
	long used;

	while ((used = process_cpu_ns() - start) < WARMUP_NS) {
		struct timespec ts = { 0, WARMUP_NS - used };

		nanosleep(&ts, NULL);
	}
}

/*
 * Take the next batch (under qlock): the hottest jobs first, so that a loop that
 * gets hot late is not queued behind start-up code that ran a thousand times and
 * never again (openssl sha256: its block function waited 3 s behind 400 blocks).
 */
static void take_batch(struct tier_batch *b)
{
	unsigned ops = 0;

	while (b->n < BATCH_MAX) {
		struct tier_job **best = NULL, *j;

		for (struct tier_job **pp = &queue_head; *pp; pp = &(*pp)->next)
			if (!best || (*pp)->heat > (*best)->heat)
				best = pp;
		if (!best || (b->n && ops + (*best)->ops > BATCH_OPS))
			break;
		j = *best;
		*best = j->next;
		ops += j->ops;
		b->jobs[b->n++] = j;
	}
	queue_tail = &queue_head;
	while (*queue_tail)
		queue_tail = &(*queue_tail)->next;
}

static void *compile_main(void *arg)
{
	struct llvm_block blks[BATCH_MAX];

	warm_up((long)(intptr_t)arg);

	for (;;) {
		struct tier_batch *b = calloc(1, sizeof(*b));
		struct tier_unit *rm;

		BUG_ON(!b);
		pthread_mutex_lock(&qlock);
		while (!queue_head && !retired)
			pthread_cond_wait(&qcond, &qlock);
		rm = retired;
		retired = NULL;
		take_batch(b);
		pthread_mutex_unlock(&qlock);

		pthread_mutex_lock(&clock_);
		remove_units(rm);
		if (b->n) {
			for (unsigned k = 0; k < b->n; k++)
				blks[k] = b->jobs[k]->blk;
			b->unit = compile(blks, b->n);
			for (unsigned k = 0; k < b->n; k++)
				b->jobs[k]->blk.entry = blks[k].entry;
		}
		pthread_mutex_unlock(&clock_);

		if (!b->n) {
			free(b);
			continue;
		}
		pthread_mutex_lock(&qlock);
		b->next = done;
		done = b;
		__atomic_store_n(&tier_done_flag, 1, __ATOMIC_RELEASE);
		pthread_mutex_unlock(&qlock);
	}
	return NULL;
}

void tier_fork_prepare(void)
{
	pthread_mutex_lock(&clock_);
	pthread_mutex_lock(&qlock);
}

void tier_fork_parent(void)
{
	pthread_mutex_unlock(&qlock);
	pthread_mutex_unlock(&clock_);
}

/* Under an emulator (XBT_RUNNER) a forked child starts no thread: qemu-user 7.2
 * aborts ("cpu == current_cpu") when a forked child of a multithreaded process
 * creates one. Such children run interpreted; most of them exec at once. */
static bool no_new_thread;

void tier_fork_child(void)
{
	pthread_mutex_init(&qlock, NULL);
	pthread_mutex_init(&clock_, NULL);
	pthread_cond_init(&qcond, NULL);
	thread_running = false;
	no_new_thread = jit_opts.no_thread_after_fork;
}

static void start_thread(void)
{
	pthread_t th;
	pthread_attr_t attr;
	sigset_t all, old;

	/* host signals (guest signals, faults of guest code) go to guest threads */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 8 << 20);
	if (pthread_create(&th, &attr, compile_main, (void *)(intptr_t)process_cpu_ns()) == 0)
		thread_running = true;
	else
		log_err(LOG_JIT, "cannot start the compile thread: LLVM tier off");
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void publish(struct tb *tb, struct tier_unit *u, llvm_native_fn fn)
{
	tb->unit = u;
	u->live++;
	st.published++;
	__atomic_store_n(&tb->native, (void *)fn, __ATOMIC_RELEASE);
}

/* Take tb's code away (it will be compiled again once hot). */
static void unpublish(struct tb *tb)
{
	struct tier_region **pp = &regions;

	while (*pp) {
		if ((*pp)->tb == tb) {
			struct tier_region *r = *pp;

			*pp = r->next;
			free(r);
			continue;
		}
		pp = &(*pp)->next;
	}
	__atomic_store_n(&tb->native, NULL, __ATOMIC_RELEASE);
	if (tb->unit && --tb->unit->live == 0)
		jit_defer_unit(tb->unit); /* other threads may still run it */
	tb->unit = NULL;
}

static bool overlaps(const uint64_t (*range)[2], unsigned n, uint64_t start, uint64_t end)
{
	for (unsigned k = 0; k < n; k++)
		if (range[k][0] < end && range[k][1] > start)
			return true;
	return false;
}

void tier_retire_unit(struct tier_unit *u)
{
	if (!thread_running) {
		pthread_mutex_lock(&clock_);
		remove_units(u);
		pthread_mutex_unlock(&clock_);
		return;
	}
	pthread_mutex_lock(&qlock);
	u->next = retired;
	retired = u;
	pthread_cond_signal(&qcond);
	pthread_mutex_unlock(&qlock);
}

static void compile_now(struct tb *tb)
{
	struct llvm_block blk = {
		.pc = tb->pc, .code = tb->code, .n = tb->n, .ntemps = tb->ntemps,
		.chain = tb->nchain,
	};
	struct tier_unit *u;

	pthread_mutex_lock(&clock_);
	u = compile(&blk, 1);
	pthread_mutex_unlock(&clock_);
	if (!u)
		return;
	if (blk.entry)
		publish(tb, u, blk.entry);
	else
		tier_retire_unit(u);
}

static void copy_block(struct llvm_block *dst, struct tb *tb)
{
	struct ir_insn *code = malloc(tb->n * sizeof(*code));

	BUG_ON(!code);
	memcpy(code, tb->code, tb->n * sizeof(*code));
	*dst = (struct llvm_block){
		.pc = tb->pc, .code = code, .n = tb->n, .ntemps = tb->ntemps, .chain = tb->nchain,
	};
}

/* Interpreted executions so far (count is weighted by length). */
static uint64_t runs(const struct tb *tb)
{
	return tb->count / tier_weight(tb->n);
}

/*
 * The region of a hot block: it and its warm successors through direct exits, not
 * those that are compiled or queued themselves (the region exits to them).
 */
static unsigned pick_region(struct tb *head, struct tb **out)
{
	unsigned n = 1;

	out[0] = head;
	for (unsigned i = 0; i < n; i++)
		for (unsigned k = 0; k < 2 && n < REGION_MAX; k++) {
			struct tb *s = out[i]->chain[k];
			unsigned j;

			/* warm: run at least half as often as the head. A block compiled or
			 * queued on its own is not compiled again here: duplicates cost
			 * compile time (qsort: 120 members for 42 blocks) */
			if (!s || runs(s) * 2 < runs(head) || s->native || s->job)
				continue;
			for (j = 0; j < n && out[j] != s; j++)
				;
			if (j == n)
				out[n++] = s;
		}
	return n;
}

/* Is tb a member of a region still being compiled? */
static bool queued_as_member(const struct tb *tb)
{
	for (const struct tier_job *j = outstanding; j; j = j->onext)
		if (j->tb && !j->cancelled)
			for (unsigned k = 1; k <= j->blk.nmembers; k++)
				if (j->range[k][0] == tb->pc)
					return true;
	return false;
}

void tier_hot(struct tb *tb)
{
	struct tb *m[REGION_MAX];
	struct tier_job *j;
	unsigned n;

	if (tb->job || tb->native)
		return;
	if (no_new_thread && jit_opts.tier != TIER_ONLY)
		return; /* nothing would compile it (fork_child) */
	if (jit_opts.tier == TIER_ONLY) {
		compile_now(tb);
		return;
	}
	/*
	 * The blocks of a hot straight path get hot in the same pass, head first: each
	 * used to be queued as the head of a region of its own successors, so openssl
	 * sha256 compiled each block several times. A member waits for its region; if
	 * it still runs interpreted after that (entered from elsewhere), it gets hot
	 * again and is compiled on its own.
	 */
	if (queued_as_member(tb)) {
		tb->count = 0;
		st.deferred++;
		return;
	}
	j = calloc(1, sizeof(*j));
	BUG_ON(!j);
	j->tb = tb;
	n = pick_region(tb, m);
	for (unsigned k = 0; k < n; k++) {
		copy_block(k ? &j->mem[k - 1] : &j->blk, m[k]);
		j->ops += m[k]->n;
		j->range[k][0] = m[k]->pc;
		j->range[k][1] = m[k]->end;
	}
	j->blk.members = j->mem;
	j->blk.nmembers = n - 1;
	tb->job = j;
	j->onext = outstanding;
	outstanding = j;
	st.queued++;
	pthread_mutex_lock(&qlock);
	*queue_tail = j;
	queue_tail = &j->next;
	pthread_cond_signal(&qcond);
	pthread_mutex_unlock(&qlock);
	if (!thread_running)
		start_thread();
}

void tier_heat(struct tb *tb)
{
	if (!tb->job)
		return;
	pthread_mutex_lock(&qlock);
	tb->job->heat = tb->count;
	pthread_mutex_unlock(&qlock);
}

static void free_job(struct tier_job *j)
{
	struct tier_job **pp = &outstanding;

	while (*pp != j)
		pp = &(*pp)->onext;
	*pp = j->onext;
	free((void *)j->blk.code);
	for (unsigned k = 0; k < j->blk.nmembers; k++)
		free((void *)j->mem[k].code);
	free(j);
}

static void publish_job(struct tier_job *j, struct tier_unit *u)
{
	publish(j->tb, u, j->blk.entry);
	st.members += j->blk.nmembers;
	if (j->blk.nmembers) {
		struct tier_region *r = malloc(sizeof(*r));

		BUG_ON(!r);
		r->tb = j->tb;
		r->n = j->blk.nmembers + 1;
		memcpy(r->range, j->range, sizeof(r->range));
		r->next = regions;
		regions = r;
		st.regions++;
	}
}

void tier_poll_slow(void)
{
	struct tier_batch *b;

	pthread_mutex_lock(&qlock);
	b = done;
	done = NULL;
	__atomic_store_n(&tier_done_flag, 0, __ATOMIC_RELAXED);
	pthread_mutex_unlock(&qlock);
	while (b) {
		struct tier_batch *next = b->next;

		for (unsigned k = 0; k < b->n; k++) {
			struct tier_job *j = b->jobs[k];

			if (j->tb) {
				j->tb->job = NULL;
				if (j->cancelled)
					j->tb->count = 0; /* compile again once hot */
				else if (j->blk.entry && b->unit)
					publish_job(j, b->unit);
			}
			free_job(j);
		}
		if (b->unit && !b->unit->live)
			tier_retire_unit(b->unit); /* never published */
		free(b);
		b = next;
	}
}

void tier_tb_free(struct tb *tb)
{
	if (tb->job) {
		tb->job->tb = NULL;
		st.cancelled++;
	}
	if (tb->native)
		unpublish(tb);
	tb->job = NULL;
}

/* What a locked read-modify-write stores, given the old value. */
static uint64_t rmw_new(unsigned op, uint64_t old, uint64_t b, uint64_t c)
{
	switch (op) {
	case IR_XCHG: return b;
	case IR_CMPXCHG: return old == b ? c : old;
	case IR_AADD: return old + b;
	case IR_AAND: return old & b;
	case IR_AOR: return old | b;
	default: return old ^ b;
	}
}

/*
 * Misaligned locked operations from compiled code (AArch64 faults on misaligned
 * atomics): compare-and-swap on the aligned 8-byte word(s) holding the operand,
 * as the interpreter does; a split operand is updated word by word.
 */
uint64_t llvm_misaligned_rmw(uint64_t op, uint64_t addr, uint64_t size, uint64_t b, uint64_t c)
{
	uint64_t *w = (uint64_t *)(uintptr_t)(addr & ~7ULL);
	unsigned sh = (unsigned)(addr & 7) * 8;
	uint64_t m = size == 8 ? ~0ULL : (1ULL << (size * 8)) - 1, w0, w1, old, nv, n0, n1;

	if ((addr & 7) + size <= 8) {
		w0 = __atomic_load_n(w, __ATOMIC_SEQ_CST);
		do {
			old = (w0 >> sh) & m;
			nv = rmw_new((unsigned)op, old, b & m, c & m) & m;
			n0 = (w0 & ~(m << sh)) | (nv << sh);
		} while (!__atomic_compare_exchange_n(w, &w0, n0, 0, __ATOMIC_SEQ_CST,
						      __ATOMIC_SEQ_CST));
		return old;
	}
	for (;;) {
		w0 = __atomic_load_n(&w[0], __ATOMIC_SEQ_CST);
		w1 = __atomic_load_n(&w[1], __ATOMIC_SEQ_CST);
		old = ((w0 >> sh) | (w1 << (64 - sh))) & m;
		nv = rmw_new((unsigned)op, old, b & m, c & m) & m;
		n0 = (w0 & ((1ULL << sh) - 1)) | (nv << sh);
		if (!__atomic_compare_exchange_n(&w[0], &w0, n0, 0, __ATOMIC_SEQ_CST,
						 __ATOMIC_SEQ_CST))
			continue;
		do
			n1 = (w1 & ~(m >> (64 - sh))) | (nv >> (64 - sh));
		while (!__atomic_compare_exchange_n(&w[1], &w1, n1, 0, __ATOMIC_SEQ_CST,
						    __ATOMIC_SEQ_CST));
		return old;
	}
}

void tier_jmp_insert(struct llvm_jmp_entry *jc, struct tb *tb, llvm_native_fn fn)
{
	struct llvm_jmp_entry *e = &jc[llvm_jmp_hash(tb->pc)];

	/* fn first: a compiled reader that matches pc must not see another fn
	 * (only this thread fills its table; others only clear it) */
	__atomic_store_n(&e->pc, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&e->fn, fn, __ATOMIC_RELAXED);
	__atomic_store_n(&e->pc, tb->pc, __ATOMIC_RELEASE);
}

void tier_invalidate(uint64_t start, uint64_t end)
{
	struct tier_region *r, *next;

	jit_clear_jump_caches();
	for (struct tier_job *j = outstanding; j; j = j->onext)
		if (!j->cancelled && overlaps(j->range, j->blk.nmembers + 1, start, end)) {
			j->cancelled = true;
			st.cancelled++;
		}
	for (r = regions; r; r = next) {
		next = r->next;
		if (overlaps(r->range, r->n, start, end)) {
			r->tb->count = 0;
			unpublish(r->tb); /* frees r */
		}
	}
}

void tier_print_stats(void)
{
	log_write(LOG_JIT, LOG_INFO,
		  "llvm: queued=%lu compiled=%lu failed=%lu published=%lu regions=%lu region_members=%lu deferred=%lu cancelled=%lu units=%lu removed=%lu compile_us=%lu",
		  st.queued, st.compiled, st.failed, st.published, st.regions, st.members,
		  st.deferred, st.cancelled, st.units, st.removed, (unsigned long)(st.ms * 1000));
}
