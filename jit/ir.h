/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The xbt IR: typed micro-ops on 64-bit temporaries, one list per guest block.
 * The lifter (jit/lift*.c) is the only producer and the only place that knows
 * x86 semantics; backends (interpreter, LLVM) execute each op mechanically.
 * See docs/ir.md for the rules (operand sizes, precise faults, exits).
 */
#ifndef XBT_JIT_IR_H
#define XBT_JIT_IR_H

#include "../core/cpu.h"

typedef uint16_t ir_t; /* temporary index; 0 means "none" */

enum ir_op {
	IR_NOP,
	IR_INSN,   /* imm: guest rip of the next instruction's first byte */
	IR_MOVI,   /* d = imm */
	IR_MOV,    /* d = a */
	IR_LDC,    /* d = zext(cpu field of `size` bytes at offset imm) */
	IR_STC,    /* cpu field of `size` bytes at offset imm = a */
	IR_LD,     /* d = zext(guest memory [a], size bytes) (may fault) */
	IR_ST,     /* guest memory [a] = low size bytes of b (may fault) */
	/* 64-bit arithmetic; with IRF_BIMM the second operand is imm instead of b */
	IR_ADD, IR_SUB, IR_MUL, IR_AND, IR_OR, IR_XOR,
	IR_SHL, IR_SHR, IR_SAR, /* count taken modulo 64 */
	IR_ROL, IR_ROR,         /* rotate the low `size` bytes of a; count modulo size*8; result zero-extended */
	IR_NOT, IR_NEG,
	IR_ZEXT, IR_SEXT,       /* from `size` bytes to 64 bits */
	IR_MULHU, IR_MULHS,     /* high 64 bits of the 128-bit product */
	IR_DIVU, IR_DIVS, IR_REMU, IR_REMS, /* 64-bit; lifter guarantees b != 0 and no overflow */
	IR_SETC,   /* d = (a cc b) ? 1 : 0, cc from enum ir_cond, 64-bit compare */
	IR_SEL,    /* d = a ? b : c */
	IR_CLZ, IR_CTZ, /* on the low `size` bytes of a; a != 0 guaranteed by the lifter */
	IR_POPCNT, IR_BSWAP, /* on the low `size` bytes of a */
	IR_CALL,   /* d = helper(cpu, a, b, c, e); imm points to a struct ir_helper */
	/* atomics on guest memory [a] of `size` bytes; d = old value */
	IR_XCHG,    /* [a] = b */
	IR_CMPXCHG, /* if [a] == b then [a] = c */
	IR_AADD, IR_AAND, IR_AOR, IR_AXOR, /* [a] op= b */
	IR_FENCE,
	/* control flow inside a block */
	IR_LABEL,  /* imm: label number */
	IR_BR,     /* goto label imm */
	IR_BRC,    /* if a != 0 goto label imm */
	/* block exits: every path ends in one of these */
	IR_GOTO,   /* rip = imm; direct, chainable through exit slot `cc` (0 or 1) */
	IR_GOTOR,  /* rip = a; indirect */
	IR_EXIT,   /* leave to the OS loop with reason imm (enum jit_exit); rip already stored */
	IR_NOPS
};

enum ir_cond { IRC_EQ, IRC_NE, IRC_LTU, IRC_LEU, IRC_GTU, IRC_GEU, IRC_LT, IRC_LE, IRC_GT, IRC_GE };

#define IRF_BIMM 1 /* second operand of an arithmetic/compare op is imm */

struct ir_insn {
	uint8_t op;
	uint8_t size;  /* bytes: 1, 2, 4 or 8 */
	uint8_t cc;    /* IR_SETC condition, IR_GOTO exit slot */
	uint8_t flags; /* IRF_* */
	ir_t d, a, b, c, e;
	uint64_t imm;
};

/* Helper flags: what a helper may touch, so the LLVM tier knows what to sync. */
#define HF_PURE 0   /* result depends only on its arguments */
#define HF_VEC 1    /* reads/writes SSE, x87, MXCSR, vtmp, fs/gs base; never GPRs, flags or rip */
#define HF_STATE 2  /* may read or write any CPU field (GPRs, lazy flags, rip) */
#define HF_MEM 4    /* may read or write guest memory (faults are the current insn's) */

typedef uint64_t (*ir_helper_fn)(struct x86_cpu *cpu, uint64_t a, uint64_t b, uint64_t c,
				 uint64_t e);

struct ir_helper {
	const char *name;
	ir_helper_fn fn;
	unsigned flags;
};

#define DEFINE_HELPER(nm, fl)                                                              \
	static uint64_t nm##_fn(struct x86_cpu *cpu, uint64_t a, uint64_t b, uint64_t c,   \
				uint64_t e);                                               \
	const struct ir_helper nm = { #nm, nm##_fn, fl };                                  \
	static uint64_t nm##_fn(struct x86_cpu *cpu __unused, uint64_t a __unused,         \
				uint64_t b __unused, uint64_t c __unused, uint64_t e __unused)

struct ir_block {
	struct ir_insn *insns;
	unsigned n, cap;
	unsigned ntemps;
	unsigned nlabels;
	unsigned ninsns_guest; /* guest instructions in the block */
};

void ir_init(struct ir_block *b);
void ir_free(struct ir_block *b);
void ir_reset(struct ir_block *b);
struct ir_insn *ir_emit(struct ir_block *b, enum ir_op op);
ir_t ir_temp(struct ir_block *b);
unsigned ir_label(struct ir_block *b);
void ir_dump(const struct ir_block *b, int fd);
const char *ir_op_name(enum ir_op op);

#endif
