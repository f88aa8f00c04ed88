/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The translation cache: guest rip -> translated block. */
#ifndef XBT_JIT_CACHE_H
#define XBT_JIT_CACHE_H

#include "ir.h"

struct tb {
	uint64_t pc;         /* guest rip of the first instruction */
	uint64_t end;        /* first byte after the last instruction */
	struct tb *hnext;    /* hash chain */
	struct tb *chain[2]; /* successors through direct exit slots 0/1 */
	struct ir_insn *code;
	unsigned n;
	unsigned ntemps;
	unsigned ninsns;
	uint64_t count;      /* hotness: executions * tier_weight(n) (racy between threads) */
	bool dead;           /* removed by an invalidation, waiting to be freed */
	/* LLVM tier (jit/tier.c); all NULL while the block is interpreted. */
	void *native;        /* compiled entry; release store, acquire load */
	void *nchain[2];     /* compiled successors through exits 0/1, loaded by compiled code */
	struct tier_job *job;   /* queued or in-flight compilation */
	struct tier_unit *unit; /* the compiled unit holding native */
};

struct tb *cache_lookup(uint64_t pc);
void cache_insert(struct tb *tb);
/* Remove blocks overlapping [start, end); unlinks all chains. */
void cache_invalidate(uint64_t start, uint64_t end);
unsigned long cache_size(void);

#endif
