/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Block-local clean-up of lifted IR (jit/ir_opt.c). */
#ifndef XBT_JIT_IR_OPT_H
#define XBT_JIT_IR_OPT_H

#include "ir.h"

/* Remove stores to CPU fields that are stored again before anything can observe
 * them, then ops whose results are unused; returns how many ops went. Call before
 * interp_prepare (labels still numbers). */
unsigned ir_opt(struct ir_block *b);

#endif
