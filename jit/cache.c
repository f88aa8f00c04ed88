// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The translation cache: a hash table from guest rip to block. Invalidation by
 * range removes overlapping blocks and clears every chain link, so no stale
 * successor pointer survives.
 */
#include <stdlib.h>

#include "cache.h"
#include "reclaim.h"
#include "tier.h"

#define HASH_BITS 16
static struct tb *table[1u << HASH_BITS];
static unsigned long nblocks;

static inline unsigned hash(uint64_t pc)
{
	return (unsigned)((pc * 0x9e3779b97f4a7c15ULL) >> (64 - HASH_BITS));
}

/* Lock-free: blocks are published complete (release) and read with acquire. */
struct tb *cache_lookup(uint64_t pc)
{
	for (struct tb *tb = __atomic_load_n(&table[hash(pc)], __ATOMIC_ACQUIRE); tb;
	     tb = __atomic_load_n(&tb->hnext, __ATOMIC_ACQUIRE))
		if (tb->pc == pc)
			return tb;
	return NULL;
}

/* Callers hold the translation lock (jit.c). */
void cache_insert(struct tb *tb)
{
	unsigned h = hash(tb->pc);

	tb->hnext = table[h];
	__atomic_store_n(&table[h], tb, __ATOMIC_RELEASE);
	nblocks++;
}

unsigned long cache_size(void)
{
	return nblocks;
}

/*
 * Callers hold the translation lock. A removed block is marked dead (so no
 * chain link to it is made again), loses its compiled code at once and is freed
 * once no guest thread can be running it (jit/reclaim.c).
 */
void cache_invalidate(uint64_t start, uint64_t end)
{
	for (unsigned h = 0; h < ARRAY_SIZE(table); h++) {
		struct tb **pp = &table[h];

		while (*pp) {
			struct tb *tb = *pp;

			if (tb->pc < end && tb->end > start) {
				__atomic_store_n(pp, tb->hnext, __ATOMIC_RELEASE);
				nblocks--;
				tb->dead = true;
				tier_tb_free(tb);
				jit_defer_tb(tb);
				continue;
			}
			__atomic_store_n(&tb->chain[0], NULL, __ATOMIC_RELAXED);
			__atomic_store_n(&tb->chain[1], NULL, __ATOMIC_RELAXED);
			__atomic_store_n(&tb->nchain[0], NULL, __ATOMIC_RELEASE);
			__atomic_store_n(&tb->nchain[1], NULL, __ATOMIC_RELEASE);
			pp = &tb->hnext;
		}
	}
}
