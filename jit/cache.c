// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The translation cache: a hash table from guest rip to block. Invalidation by
 * range removes overlapping blocks and clears every chain link, so no stale
 * successor pointer survives.
 */
#include <stdlib.h>

#include "cache.h"
#include "tier.h"

#define HASH_BITS 16
static struct tb *table[1u << HASH_BITS];
static unsigned long nblocks;

static inline unsigned hash(uint64_t pc)
{
	return (unsigned)((pc * 0x9e3779b97f4a7c15ULL) >> (64 - HASH_BITS));
}

struct tb *cache_lookup(uint64_t pc)
{
	for (struct tb *tb = table[hash(pc)]; tb; tb = tb->hnext)
		if (tb->pc == pc)
			return tb;
	return NULL;
}

void cache_insert(struct tb *tb)
{
	unsigned h = hash(tb->pc);

	tb->hnext = table[h];
	table[h] = tb;
	nblocks++;
}

unsigned long cache_size(void)
{
	return nblocks;
}

void cache_invalidate(uint64_t start, uint64_t end)
{
	for (unsigned h = 0; h < ARRAY_SIZE(table); h++) {
		struct tb **pp = &table[h];

		while (*pp) {
			struct tb *tb = *pp;

			if (tb->pc < end && tb->end > start) {
				*pp = tb->hnext;
				tier_tb_free(tb);
				free(tb->code);
				free(tb);
				nblocks--;
				continue;
			}
			tb->chain[0] = tb->chain[1] = NULL;
			tb->nchain[0] = tb->nchain[1] = NULL;
			pp = &tb->hnext;
		}
	}
}
