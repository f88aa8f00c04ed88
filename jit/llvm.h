/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The LLVM backend (jit/llvm_*.c, the only files that include llvm-c headers):
 * xbt IR blocks in, native entry points out, one ORC resource tracker per unit.
 */
#ifndef XBT_JIT_LLVM_H
#define XBT_JIT_LLVM_H

#include "ir.h"

/*
 * A compiled block is `uint64_t fn(struct x86_cpu *cpu)`. It returns like
 * interp_run (a positive enum jit_exit, or INTERP_GOTOR with cpu->rip set), except
 * for direct exits whose successor it could not jump to: it then returns
 * LLVM_EXIT_SLOT(chain, k) = (uint64_t)chain | k, the address of the block's
 * nchain[] array tagged with the exit slot, with cpu->rip set.
 */
typedef uint64_t (*llvm_native_fn)(struct x86_cpu *cpu);
#define LLVM_EXIT_SLOT_MIN 4096 /* results at or above are tagged chain addresses */
static inline bool llvm_exit_is_slot(uint64_t r)
{
	return (int64_t)r >= LLVM_EXIT_SLOT_MIN; /* INTERP_GOTOR is negative */
}

/*
 * Indirect branches (returns, calls through pointers, switch tables): compiled
 * code looks the target up here and jumps to it directly; the dispatcher fills
 * entries, invalidation clears the table. One table per guest thread
 * (cpu->jmp_cache; jit/reclaim.h).
 */
#define LLVM_JMP_BITS 12
struct llvm_jmp_entry {
	uint64_t pc;
	llvm_native_fn fn;
};
static inline unsigned llvm_jmp_hash(uint64_t pc)
{
	return (unsigned)((pc ^ (pc >> LLVM_JMP_BITS)) & ((1u << LLVM_JMP_BITS) - 1));
}

/* Called by compiled code for a locked operation on a misaligned address (tier.c). */
uint64_t llvm_misaligned_rmw(uint64_t op, uint64_t addr, uint64_t size, uint64_t b, uint64_t c);

struct llvm_block {
	uint64_t pc;                 /* guest rip of the block */
	const struct ir_insn *code;  /* labels resolved by interp_prepare */
	unsigned n, ntemps;
	void **chain;                /* the block's nchain[2]; compiled code loads it */
	llvm_native_fn entry;        /* out: NULL if the block could not be compiled */
	bool host_fp;                /* out: llvm_vecfp_x86.c's host-fp function */
	/*
	 * A region: more blocks compiled into the same function. Direct branches
	 * between its blocks are LLVM branches (state stays in registers); an exit
	 * of member m uses m's chain slots. Entry is at pc only.
	 */
	const struct llvm_block *members;
	unsigned nmembers;
};

struct llvm_unit;

/*
 * After a host fault (jit_fault_context saw the signal): true if it was in compiled
 * code. struct x86_cpu then holds the guest state at the last checkpoint, whose
 * rip is cpu->insn_rip (llvm_emit.c), with the host-fp flags merged into MXCSR;
 * the caller runs the guest on from there in the interpreter, which meets the
 * fault again at its exact instruction.
 */
bool llvm_fault_replay(struct x86_cpu *cpu);

/* Create the LLJIT instance (the first compile calls it); 0 or -1. */
int llvm_init(void);
/* Compile blocks into one module and unit; NULL if nothing could be compiled. */
struct llvm_unit *llvm_compile(struct llvm_block *blocks, unsigned n);
/* Remove a unit's code from the JIT (no thread may be running it). */
void llvm_unit_free(struct llvm_unit *u);

#endif
