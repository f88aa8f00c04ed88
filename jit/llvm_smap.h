/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Private to jit/llvm_smap.c (objects, registry) and jit/llvm_smap_fault.c. */
#ifndef XBT_JIT_LLVM_SMAP_H
#define XBT_JIT_LLVM_SMAP_H

#include <pthread.h>
#include <stdint.h>

#include "llvm_int.h"

enum { LOC_REG = 1, LOC_DIRECT, LOC_INDIRECT, LOC_CONST, LOC_CONST_INDEX };

struct smap_loc {
	uint8_t kind;
	uint16_t reg;  /* DWARF register number */
	int64_t val;   /* offset, or the constant */
};

/* One guest access: a patchpoint whose nops were replaced by the access. */
struct smap_rec {
	uint32_t off;  /* of the access, from the function's start */
	uint32_t mask; /* the slots recorded, in order */
	uint64_t rip;  /* guest rip */
	uint32_t loc;  /* first of popcount(mask) locations */
	uint8_t kind;  /* LLVM_SMAP_LD or _ST | size */
	uint16_t areg, vreg; /* DWARF numbers: address, loaded or stored value */
};

struct smap_fn {
	char name[48];
	uint64_t start, size; /* start: 0 until bound */
	uint64_t obj_off;     /* in the object file */
	uint32_t rec, nrec;
};

/* Every function of the object, for XBT_PERFMAP. */
struct smap_sym {
	char name[48];
	uint64_t size;
};

struct llvm_smap {
	struct smap_sym *sym;
	unsigned nsym;
	struct smap_fn *fn;
	struct smap_rec *rec;
	struct smap_loc *loc;
	unsigned nfn, nrec, nloc;
	struct llvm_smap *next;
};

/* Every registered set; the lock is error-checking (the fault path tests it). */
extern struct llvm_smap *smap_registry;
extern pthread_mutex_t smap_registry_lock;

#endif
