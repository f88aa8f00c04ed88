/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Tier 0: the IR interpreter. */
#ifndef XBT_JIT_INTERP_H
#define XBT_JIT_INTERP_H

#include "ir.h"

/* interp_run results besides a positive enum jit_exit. */
#define INTERP_GOTO0 (-1) /* direct exit slot 0 taken; cpu->rip set */
#define INTERP_GOTO1 (-2) /* direct exit slot 1 */
#define INTERP_GOTOR (-3) /* indirect jump; cpu->rip set */

/*
 * Execute one block. Branch targets of IR_BR/IR_BRC must already be resolved to
 * instruction indices (interp_prepare).
 */
int interp_run(struct x86_cpu *cpu, const struct ir_insn *code, unsigned ntemps);
/* Resolve labels to instruction indices, in place. */
void interp_prepare(struct ir_block *b);

#endif
