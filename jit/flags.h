/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Lazy flags. A flag-setting instruction records (cc_op, cc_dst, cc_src, cc_src2)
 * in the CPU state; flags are computed only when read. cc_op = kind << 2 | log2(size).
 *
 *   kind    cc_dst   cc_src                   cc_src2
 *   EFLAGS  -        the arithmetic flags     -
 *   ADD     result   second operand           -
 *   ADC     result   second operand           carry in
 *   SUB     result   second operand           -
 *   SBB     result   second operand           borrow in
 *   LOGIC   result   -                        -          (CF=OF=AF=0)
 *   INC/DEC result   CF before                -
 *   SHL     result   operand << (count-1)     -          (CF = msb of src)
 *   SAR     result   operand >> (count-1)     -          (also SHR; CF = lsb of src)
 *   MUL     result   nonzero if CF=OF=1       -
 *   BSF     operand  -                        -          (ZF = operand==0, rest from LOGIC)
 *   POPCNT  operand  -                        -          (ZF = operand==0, others 0)
 */
#ifndef XBT_JIT_FLAGS_H
#define XBT_JIT_FLAGS_H

#include "../core/cpu.h"
#include "ir.h"

enum cc_kind {
	CC_EFLAGS, CC_ADD, CC_ADC, CC_SUB, CC_SBB, CC_LOGIC, CC_INC, CC_DEC,
	CC_SHL, CC_SAR, CC_MUL, CC_BSF, CC_POPCNT, CC_NKINDS
};

static inline unsigned cc_op_make(enum cc_kind k, unsigned size)
{
	return (unsigned)k << 2 | (size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3);
}
static inline enum cc_kind cc_op_kind(unsigned op)
{
	return (enum cc_kind)(op >> 2);
}
static inline unsigned cc_op_size(unsigned op)
{
	return 1u << (op & 3);
}

/* x86 condition codes, in encoding order (jcc/setcc/cmovcc low nibble). */
enum x86_cond {
	X86_CC_O, X86_CC_NO, X86_CC_B, X86_CC_AE, X86_CC_E, X86_CC_NE, X86_CC_BE, X86_CC_A,
	X86_CC_S, X86_CC_NS, X86_CC_P, X86_CC_NP, X86_CC_L, X86_CC_GE, X86_CC_LE, X86_CC_G,
};

/* The six arithmetic flags for a lazy state. */
uint64_t cc_compute(unsigned op, uint64_t dst, uint64_t src, uint64_t src2);
/* Evaluate an x86 condition code against a lazy state: 0 or 1. */
int cc_eval(enum x86_cond cc, unsigned op, uint64_t dst, uint64_t src, uint64_t src2);
/* The same as helpers (jit/lift.c): h_cc_eval(cc << 16 | op, dst, src, src2),
 * h_cc_compute(op, dst, src, src2). jit/llvm_flags.c inlines them. */
extern const struct ir_helper h_cc_eval, h_cc_compute;

#endif
