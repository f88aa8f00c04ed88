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
/* Publish finished compilations; cheap when there are none. Guest thread only. */
void tier_poll_slow(void);
extern int tier_done_flag;
static inline void tier_poll(void)
{
	if (unlikely(__atomic_load_n(&tier_done_flag, __ATOMIC_ACQUIRE)))
		tier_poll_slow();
}

/* The block is being freed (invalidation): cancel or release its code. */
void tier_tb_free(struct tb *tb);

static inline llvm_native_fn tier_entry(struct tb *tb)
{
	return (llvm_native_fn)__atomic_load_n(&tb->native, __ATOMIC_ACQUIRE);
}

/* Let compiled indirect branches reach tb directly. */
void tier_jmp_insert(struct tb *tb, llvm_native_fn fn);
/* Guest code was invalidated: forget every direct pointer to compiled code. */
void tier_invalidate(uint64_t start, uint64_t end);
void tier_print_stats(void);

#endif
