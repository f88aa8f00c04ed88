/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Guest threads and safe reclamation of translated code (quiescent-state based).
 * Blocks and compiled units removed by an invalidation may still be running on
 * other guest threads; they are freed once every thread has passed a quiescent
 * point (the top of the dispatcher loop, or being outside jit_run) after it.
 */
#ifndef XBT_JIT_RECLAIM_H
#define XBT_JIT_RECLAIM_H

#include <string.h>

#include "cache.h"
#include "llvm.h"

#define EPOCH_OUT UINT64_MAX /* the thread is outside jit_run: holds no references */

struct jit_thread {
	struct jit_thread *next;
	uint64_t seen;  /* epoch at its last quiescent point, or EPOCH_OUT */
	uint64_t jc_epoch; /* the epoch jc was last emptied for */
	bool unused;    /* the host thread exited; the record is reused */
	struct llvm_jmp_entry jc[1u << LLVM_JMP_BITS]; /* its indirect-branch cache */
};

extern uint64_t jit_epoch;
extern int jit_limbo_nonempty;

/* The calling thread's record (created on first use). */
struct jit_thread *jit_thread_self(void);
void jit_thread_enter(struct jit_thread *me);
void jit_thread_leave(struct jit_thread *me);

/* At the top of the dispatcher loop. True when an invalidation happened since the
 * last call: the caller must drop every block pointer it keeps across iterations. */
static inline bool jit_quiesce(struct jit_thread *me)
{
	uint64_t e = __atomic_load_n(&jit_epoch, __ATOMIC_ACQUIRE);

	if (likely(e == me->seen))
		return false;
	__atomic_store_n(&me->seen, e, __ATOMIC_RELEASE);
	memset(me->jc, 0, sizeof(me->jc)); /* may hold entries filled before it */
	me->jc_epoch = e;
	return true;
}

/* Under the translation lock: free tb / retire unit once no thread can run it. */
void jit_defer_tb(struct tb *tb);
void jit_defer_unit(struct tier_unit *u);
/* Under the translation lock, after an invalidation: a new epoch; free what can be. */
void jit_epoch_advance(void);
void jit_reclaim(void);
/* Under the translation lock: every thread's jump cache forgets every entry. */
void jit_clear_jump_caches(void);
/* fork child: the other threads are gone. */
void jit_threads_after_fork(void);

#endif
