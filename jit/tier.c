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
#include "tier.h"

#define BATCH_MAX 64

struct tier_unit {
	struct llvm_unit *u;
	unsigned live;           /* published blocks still in the cache */
	struct tier_unit *next;  /* removal list */
};

struct tier_job {
	struct tier_job *next;
	struct tb *tb;           /* NULL once the block was freed (guest thread only) */
	struct llvm_block blk;   /* IR copy owned by the job */
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
static bool thread_running, atfork_done;
int tier_done_flag;

static struct {
	unsigned long queued, compiled, failed, units, removed, published, cancelled;
	double ms;
} st;

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
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

static void *compile_main(void *arg)
{
	struct llvm_block blks[BATCH_MAX];

	for (;;) {
		struct tier_batch *b = calloc(1, sizeof(*b));
		struct tier_unit *rm;

		BUG_ON(!b);
		pthread_mutex_lock(&qlock);
		while (!queue_head && !retired)
			pthread_cond_wait(&qcond, &qlock);
		rm = retired;
		retired = NULL;
		while (queue_head && b->n < BATCH_MAX) {
			b->jobs[b->n++] = queue_head;
			queue_head = queue_head->next;
		}
		if (!queue_head)
			queue_tail = &queue_head;
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

/* fork: wait until the compile thread is outside LLVM; the child restarts it. */
static void fork_prepare(void)
{
	pthread_mutex_lock(&clock_);
	pthread_mutex_lock(&qlock);
}

static void fork_parent(void)
{
	pthread_mutex_unlock(&qlock);
	pthread_mutex_unlock(&clock_);
}

static void fork_child(void)
{
	pthread_mutex_init(&qlock, NULL);
	pthread_mutex_init(&clock_, NULL);
	pthread_cond_init(&qcond, NULL);
	thread_running = false;
}

static void start_thread(void)
{
	pthread_t th;
	pthread_attr_t attr;
	sigset_t all, old;

	if (!atfork_done) {
		pthread_atfork(fork_prepare, fork_parent, fork_child);
		atfork_done = true;
	}
	/* host signals (guest signals, faults of guest code) go to guest threads */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 8 << 20);
	if (pthread_create(&th, &attr, compile_main, NULL) == 0)
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

static void retire(struct tier_unit *u)
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
		retire(u);
}

void tier_hot(struct tb *tb)
{
	struct tier_job *j;

	if (tb->job || tb->native)
		return;
	if (jit_opts.tier == TIER_ONLY) {
		compile_now(tb);
		return;
	}
	j = calloc(1, sizeof(*j));
	BUG_ON(!j);
	j->tb = tb;
	j->blk = (struct llvm_block){
		.pc = tb->pc, .n = tb->n, .ntemps = tb->ntemps, .chain = tb->nchain,
	};
	j->blk.code = malloc(tb->n * sizeof(*tb->code));
	BUG_ON(!j->blk.code);
	memcpy((void *)j->blk.code, tb->code, tb->n * sizeof(*tb->code));
	tb->job = j;
	st.queued++;
	pthread_mutex_lock(&qlock);
	*queue_tail = j;
	queue_tail = &j->next;
	pthread_cond_signal(&qcond);
	pthread_mutex_unlock(&qlock);
	if (!thread_running)
		start_thread();
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
				if (j->blk.entry && b->unit)
					publish(j->tb, b->unit, j->blk.entry);
			}
			free((void *)j->blk.code);
			free(j);
		}
		if (b->unit && !b->unit->live)
			retire(b->unit);
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
	if (tb->unit && --tb->unit->live == 0)
		retire(tb->unit);
	tb->native = NULL;
	tb->unit = NULL;
	tb->job = NULL;
}

void tier_print_stats(void)
{
	log_write(LOG_JIT, LOG_INFO,
		  "llvm: queued=%lu compiled=%lu failed=%lu published=%lu cancelled=%lu units=%lu removed=%lu compile_us=%lu",
		  st.queued, st.compiled, st.failed, st.published, st.cancelled, st.units,
		  st.removed, (unsigned long)(st.ms * 1000));
}
