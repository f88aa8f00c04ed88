/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The x87 helpers called from translated code and the operand descriptors the
 * lifter (jit/lift_x87.c) passes them in their first argument.
 */
#ifndef XBT_JIT_X87_OPS_H
#define XBT_JIT_X87_OPS_H

#include "ir.h"

/* Operand kinds (descriptor bits 4..7). */
enum x87_src {
	XS_ST, XS_F32, XS_F64, XS_F80, XS_I16, XS_I32, XS_I64, XS_BCD, XS_CONST,
};

/* Arithmetic operations (bits 0..2 of h_x87_arith). */
enum x87_arith { XA_ADD, XA_MUL, XA_SUB, XA_SUBR, XA_DIV, XA_DIVR };

/* Operations of h_x87_misc (bits 0..7). */
enum x87_misc {
	XM_FCHS, XM_FABS, XM_FTST, XM_FXAM, XM_FSQRT, XM_FRNDINT, XM_FSCALE, XM_FXTRACT,
	XM_FPREM, XM_FPREM1, XM_FSIN, XM_FCOS, XM_FSINCOS, XM_FPTAN, XM_FPATAN, XM_F2XM1,
	XM_FYL2X, XM_FYL2XP1, XM_FXCH, XM_FFREE, XM_FFREEP, XM_FINCSTP, XM_FDECSTP, XM_FCMOV,
	XM_FNCLEX, XM_FNINIT, XM_FNOP, XM_EMMS, XM_FLDCW, XM_FNSTSW,
};

/* Operations of h_x87_env (bits 0..3). */
enum x87_env { XE_FNSTENV, XE_FLDENV, XE_FNSAVE, XE_FRSTOR, XE_FXSAVE, XE_FXRSTOR };

#define XD_OP(op) ((uint64_t)(op))
#define XD_SRC(s) ((uint64_t)(s) << 4)
#define XD_I(i) ((uint64_t)(i) << 8)
#define XD_TOSTI (1u << 12) /* arith: destination is st(i) */
#define XD_POP (1u << 13)   /* pop once (com: bit 14 too for twice) */
#define XD_POP2 (1u << 14)
#define XD_QUIET (1u << 15) /* com: unordered compare (fucom) */
#define XD_COMI (1u << 16)  /* com: result in EFLAGS (returned) */
#define XD_TRUNC (1u << 17) /* store: fisttp */
#define XD_NOWAIT (1u << 18) /* fn* forms: no check for a pending exception */
#define XD_REXW (1u << 19)  /* fxsave64/fxrstor64 */
#define XD_COND (1u << 20)  /* fcmov: condition true */

/*
 * Every helper returns, in bits 32..47, a nonzero value when the instruction must
 * raise SIGFPE (#MF for a pending unmasked exception): bit 40 set, si_code in 32..39.
 * fxrstor returns bit 41 for #GP (reserved MXCSR bits). The low 32 bits are data.
 */
#define X87_FAULT_MF (1ULL << 40)
#define X87_FAULT_GP (1ULL << 41)

extern const struct ir_helper h_x87_arith; /* (desc, mem lo, mem hi) */
extern const struct ir_helper h_x87_com;   /* (desc, mem lo) -> EFLAGS for fcomi */
extern const struct ir_helper h_x87_load;  /* (desc, mem lo, mem hi) */
extern const struct ir_helper h_x87_store; /* (desc, -, -, address) */
extern const struct ir_helper h_x87_misc;  /* (desc, value) -> FSW for fnstsw */
extern const struct ir_helper h_x87_env;   /* (desc, -, -, address) */

#endif
