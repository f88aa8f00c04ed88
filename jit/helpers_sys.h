/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Helpers of the string, atomic and system families that do more than a few IR
 * ops can (whole rep movs/stos copies). Called only from jit/lift_string.c.
 */
#ifndef XBT_JIT_HELPERS_SYS_H
#define XBT_JIT_HELPERS_SYS_H

#include "ir.h"

/*
 * rep movs / rep stos: a = element size | address size << 8 (bytes),
 * b = source segment base (movs) or the value to store (stos).
 * They update rsi/rdi/rcx themselves and return nonzero when they stopped early
 * for a pending signal (rcx != 0: the instruction is to be executed again).
 */
extern const struct ir_helper h_rep_movs, h_rep_stos;

static inline uint64_t rep_args(unsigned size, unsigned asz)
{
	return size | asz << 8;
}

#endif
