// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest threads' records and deferred freeing of translated code. An
 * invalidation unlinks and unpublishes at once (under the translation lock),
 * then advances the epoch; what it removed waits in limbo, tagged with the new
 * epoch, until every thread has seen that epoch at a quiescent point or is
 * outside jit_run. With one guest thread that is immediately true.
 */
#include <pthread.h>
#include <stdlib.h>

#include "../core/log.h"
#include "reclaim.h"
#include "tier.h"

struct limbo {
	struct limbo *next;
	uint64_t tag;
	struct tb *tb;          /* a block to free, or */
	struct tier_unit *unit; /* a compiled unit to retire */
};

uint64_t jit_epoch = 1;
int jit_limbo_nonempty;
static struct jit_thread *threads; /* under the translation lock */
static struct limbo *limbo;         /* under the translation lock */
static pthread_mutex_t threads_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t self_key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static __thread struct jit_thread *self;

static void thread_gone(void *p)
{
	struct jit_thread *t = p;

	__atomic_store_n(&t->seen, EPOCH_OUT, __ATOMIC_RELEASE);
	__atomic_store_n(&t->unused, true, __ATOMIC_RELEASE);
}

static void make_key(void)
{
	BUG_ON(pthread_key_create(&self_key, thread_gone));
}

struct jit_thread *jit_thread_self(void)
{
	struct jit_thread *t;

	if (likely(self))
		return self;
	pthread_once(&key_once, make_key);
	pthread_mutex_lock(&threads_lock);
	for (t = threads; t && !t->unused; t = t->next)
		;
	if (t) {
		t->unused = false;
	} else {
		t = calloc(1, sizeof(*t));
		BUG_ON(!t);
		t->next = threads;
		__atomic_store_n(&threads, t, __ATOMIC_RELEASE);
	}
	t->seen = EPOCH_OUT;
	t->jc_epoch = 0;
	pthread_mutex_unlock(&threads_lock);
	pthread_setspecific(self_key, t);
	self = t;
	return t;
}

/* The store of seen must be visible before this thread reads any code pointer:
 * pairs with the fence in jit_reclaim (a thread seen outside has no references,
 * a thread seen inside with an old epoch blocks the free). */
void jit_thread_enter(struct jit_thread *me)
{
	uint64_t e = __atomic_load_n(&jit_epoch, __ATOMIC_ACQUIRE);

	__atomic_store_n(&me->seen, e, __ATOMIC_RELAXED);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (e != me->jc_epoch) { /* entries may predate an invalidation */
		memset(me->jc, 0, sizeof(me->jc));
		me->jc_epoch = e;
	}
}

void jit_thread_leave(struct jit_thread *me)
{
	__atomic_store_n(&me->seen, EPOCH_OUT, __ATOMIC_RELEASE);
}

static void defer(struct tb *tb, struct tier_unit *u)
{
	struct limbo *l = malloc(sizeof(*l));

	BUG_ON(!l);
	l->tb = tb;
	l->unit = u;
	l->tag = jit_epoch + 1; /* the epoch jit_epoch_advance is about to start */
	l->next = limbo;
	limbo = l;
	__atomic_store_n(&jit_limbo_nonempty, 1, __ATOMIC_RELAXED);
}

void jit_defer_tb(struct tb *tb)
{
	defer(tb, NULL);
}

void jit_defer_unit(struct tier_unit *u)
{
	defer(NULL, u);
}

void jit_epoch_advance(void)
{
	__atomic_add_fetch(&jit_epoch, 1, __ATOMIC_SEQ_CST);
}

void jit_reclaim(void)
{
	uint64_t min = EPOCH_OUT;
	struct limbo **pp = &limbo;

	if (!limbo)
		return;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	pthread_mutex_lock(&threads_lock);
	for (struct jit_thread *t = threads; t; t = t->next) {
		uint64_t s = __atomic_load_n(&t->seen, __ATOMIC_ACQUIRE);

		if (s < min)
			min = s;
	}
	pthread_mutex_unlock(&threads_lock);
	while (*pp) {
		struct limbo *l = *pp;

		if (l->tag > min) {
			pp = &l->next;
			continue;
		}
		*pp = l->next;
		if (l->tb) {
			free(l->tb->code);
			free(l->tb);
		} else {
			tier_retire_unit(l->unit);
		}
		free(l);
	}
	__atomic_store_n(&jit_limbo_nonempty, limbo != NULL, __ATOMIC_RELAXED);
}

void jit_clear_jump_caches(void)
{
	pthread_mutex_lock(&threads_lock);
	for (struct jit_thread *t = threads; t; t = t->next)
		for (unsigned k = 0; k < ARRAY_SIZE(t->jc); k++) {
			/* pc first: a reader matching the old pc then sees fn NULL or old */
			__atomic_store_n(&t->jc[k].pc, 0, __ATOMIC_RELAXED);
			__atomic_store_n(&t->jc[k].fn, NULL, __ATOMIC_RELEASE);
		}
	pthread_mutex_unlock(&threads_lock);
}

void jit_threads_after_fork(void)
{
	pthread_mutex_init(&threads_lock, NULL);
	for (struct jit_thread *t = threads; t; t = t->next)
		if (t != self) {
			t->seen = EPOCH_OUT;
			t->unused = true;
		}
}
