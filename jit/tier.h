/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The LLVM tier's bookkeeping: hot blocks are queued to a background compile
 * thread; finished code is published into the block by the guest thread.
 */
#ifndef XBT_JIT_TIER_H
#define XBT_JIT_TIER_H

#include "cache.h"
#include "llvm.h"

enum tier_mode { TIER_OFF, TIER_ON, TIER_ONLY };

/* The block's execution count reached the threshold (or, in only mode, it is new). */
void tier_hot(struct tb *tb);
/* A queued block keeps running interpreted: compile it before cooler ones
 * (under the translation lock). */
void tier_heat(struct tb *tb);
#define TIER_HEAT_EVERY 256 /* count between tier_heat calls; a power of two */
/*
 * What one interpreted execution of a block of n IR ops adds to its count. LLVM's
 * cost is a few ms per batch plus 15-60 us per op; the interpreter's is a few ns
 * per op and execution. So a block of 16 ops or fewer is queued after the threshold
 * (16000 by default) executions, a longer one after proportionally fewer, but not
 * fewer than an eighth: by then the per-op compile cost dominates, and it does not
 * shrink with length. openssl sha256: blocks of 200 ops run 125000 times in all,
 * and spent 16000 of them in the interpreter.
 */
static inline unsigned tier_weight(unsigned n)
{
	return n <= 16 ? 1 : n >= 128 ? 8 : n / 16;
}
/* Finished compilations wait: call tier_poll_slow (under the translation lock). */
extern int tier_done_flag;
static inline bool tier_done(void)
{
	return __atomic_load_n(&tier_done_flag, __ATOMIC_ACQUIRE);
}
/* Publish finished compilations (under the translation lock). */
void tier_poll_slow(void);

/* fork: the parent waits until the compile thread is outside LLVM; the child
 * restarts it on demand. Called with the translation lock held (jit.c). */
void tier_fork_prepare(void);
void tier_fork_parent(void);
void tier_fork_child(void);

/* The block is being removed (invalidation): cancel its job, unpublish its code. */
void tier_tb_free(struct tb *tb);

static inline llvm_native_fn tier_entry(struct tb *tb)
{
	return (llvm_native_fn)__atomic_load_n(&tb->native, __ATOMIC_ACQUIRE);
}

/* Let compiled indirect branches of this thread (its jump cache jc) reach tb directly. */
void tier_jmp_insert(struct llvm_jmp_entry *jc, struct tb *tb, llvm_native_fn fn);
/* No thread runs u's code any more: remove it (compile thread). */
void tier_retire_unit(struct tier_unit *u);
/* Guest code was invalidated: forget every direct pointer to compiled code. */
void tier_invalidate(uint64_t start, uint64_t end);
void tier_print_stats(void);

#endif
