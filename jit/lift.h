/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The lifter: x86_64 instructions (decoded by Zydis) to xbt IR. This header is the
 * toolkit every instruction family (jit/lift_*.c) uses. Rules (docs/ir.md):
 *  - Precise state: do every memory access that may fault before the first write
 *    of guest state (registers, flags, rip) of the instruction.
 *  - A lift function returns 0, or LIFT_UNSUPPORTED for a form it does not
 *    implement; the lifter then discards its IR and raises SIGILL with the bytes.
 *  - Instructions that change control flow call one of gen_goto*, gen_exit or
 *    gen_raise, which end the block.
 */
#ifndef XBT_JIT_LIFT_H
#define XBT_JIT_LIFT_H

#include <Zydis/Zydis.h>

#include "flags.h"
#include "ir.h"
#include "jit.h"

#define LIFT_UNSUPPORTED (-1)

struct lift_ctx {
	struct ir_block *b;
	const ZydisDecodedInstruction *in;
	const ZydisDecodedOperand *op; /* in->operand_count entries, visible ones first */
	const uint8_t *bytes;          /* the instruction's bytes */
	uint64_t pc;                   /* rip of this instruction */
	uint64_t next_pc;              /* rip of the next one */
	bool end;                      /* the instruction ended the block */
	unsigned nexits;               /* direct exit slots used (0..2) */
	/* Flag state known at translation time (since the last label), for fast gen_cond. */
	ir_t ea[ZYDIS_MAX_OPERAND_COUNT]; /* effective addresses computed for this instruction */
	int cc_kind;                   /* enum cc_kind, or -1 when only the CPU state knows */
	unsigned cc_size;
	ir_t cc_dst, cc_src, cc_src2;
};

typedef int (*lift_fn)(struct lift_ctx *c);

struct lift_entry {
	ZydisMnemonic mnemonic;
	lift_fn fn;
};

/* One table per instruction family, each ended by { 0, NULL }. */
extern const struct lift_entry lift_tab_base[];   /* lift_base.c: moves, stack, control flow */
extern const struct lift_entry lift_tab_alu[];    /* lift_alu.c: add..cmp, inc/dec, neg/not */
extern const struct lift_entry lift_tab_shift[];  /* lift_shift.c: shifts, rotates, shld/shrd */
extern const struct lift_entry lift_tab_muldiv[]; /* lift_muldiv.c: mul/imul/div/idiv */
extern const struct lift_entry lift_tab_bits[];   /* lift_bits.c: bt*, bsf/bsr, *cnt, bswap, setcc, cmovcc, flag ops */
extern const struct lift_entry lift_tab_string[]; /* lift_string.c: movs/stos/lods/cmps/scas with rep */
extern const struct lift_entry lift_tab_atomic[]; /* lift_atomic.c: xchg, cmpxchg*, xadd, lock prefix */
extern const struct lift_entry lift_tab_system[]; /* lift_system.c: cpuid, rdtsc, xgetbv, fences, misc */
extern const struct lift_entry lift_tab_sse[];    /* lift_sse*.c: SSE..SSE4.2 moves, integer, MMX forms, string/crc32 */
extern const struct lift_entry lift_tab_ssefp[];  /* lift_ssefp*.c: SSE..SSE4.2 floating point, conversions, MXCSR */
extern const struct lift_entry lift_tab_x87[];    /* lift_x87.c: x87 and MMX */

/* The string movsd (lift_string.c); lift_sse.c owns the mnemonic and forwards it. */
int lift_string_movsd(struct lift_ctx *c);

/* ---- primitive emitters ---- */
ir_t gen_movi(struct lift_ctx *c, uint64_t imm);
ir_t gen_op2(struct lift_ctx *c, enum ir_op op, ir_t a, ir_t b);
ir_t gen_opi(struct lift_ctx *c, enum ir_op op, ir_t a, uint64_t imm);
ir_t gen_op1(struct lift_ctx *c, enum ir_op op, ir_t a);
/* Ops with a size (ZEXT, SEXT, ROL, ROR, CLZ, CTZ, POPCNT, BSWAP). */
ir_t gen_sized(struct lift_ctx *c, enum ir_op op, unsigned size, ir_t a, ir_t b);
ir_t gen_setc(struct lift_ctx *c, enum ir_cond cc, ir_t a, ir_t b);
ir_t gen_setci(struct lift_ctx *c, enum ir_cond cc, ir_t a, uint64_t imm);
ir_t gen_sel(struct lift_ctx *c, ir_t cond, ir_t a, ir_t b);
ir_t gen_ldc(struct lift_ctx *c, size_t off, unsigned size);
void gen_stc(struct lift_ctx *c, size_t off, unsigned size, ir_t v);
ir_t gen_ld(struct lift_ctx *c, ir_t addr, unsigned size);
void gen_st(struct lift_ctx *c, ir_t addr, unsigned size, ir_t v);
ir_t gen_atomic(struct lift_ctx *c, enum ir_op op, unsigned size, ir_t addr, ir_t b, ir_t cv);
void gen_fence(struct lift_ctx *c);
ir_t gen_call(struct lift_ctx *c, const struct ir_helper *h, ir_t a, ir_t b, ir_t cv, ir_t e);
unsigned gen_new_label(struct lift_ctx *c);
void gen_label(struct lift_ctx *c, unsigned label);
void gen_br(struct lift_ctx *c, unsigned label);
void gen_brc(struct lift_ctx *c, ir_t cond, unsigned label);

/* ---- values of a given operand size ---- */
ir_t gen_zext(struct lift_ctx *c, unsigned size, ir_t v); /* no-op for size 8 */
ir_t gen_sext(struct lift_ctx *c, unsigned size, ir_t v); /* no-op for size 8 */
static inline uint64_t size_mask(unsigned size)
{
	return size >= 8 ? ~0ULL : (1ULL << (size * 8)) - 1;
}

/* ---- guest registers (index 0..15 = rax..r15) ---- */
ir_t gen_get_gpr(struct lift_ctx *c, int reg, unsigned size, bool high8);
/* Writes with x86 rules: 32-bit zero-extends, 8/16-bit merge. */
void gen_set_gpr(struct lift_ctx *c, int reg, unsigned size, bool high8, ir_t v);
/* Map a Zydis GPR to (index, size, high8); false if not a GPR. */
bool lift_gpr(ZydisRegister r, int *idx, unsigned *size, bool *high8);

/* ---- decoded operands ---- */
unsigned op_size(struct lift_ctx *c, int i); /* bytes */
ir_t lift_ea(struct lift_ctx *c, int i);     /* address of a memory operand, segment base included */
ir_t lift_load(struct lift_ctx *c, int i);   /* value, zero-extended (immediates: sign-extended to op size, then zero-extended) */
ir_t lift_load_sx(struct lift_ctx *c, int i); /* value sign-extended to 64 bits */
void lift_store(struct lift_ctx *c, int i, ir_t v);
/* Memory operand given an already computed address (read-modify-write). */
ir_t lift_load_at(struct lift_ctx *c, ir_t addr, unsigned size);

/* ---- flags ---- */
void gen_set_cc(struct lift_ctx *c, enum cc_kind k, unsigned size, ir_t dst, ir_t src, ir_t src2);
ir_t gen_cond(struct lift_ctx *c, enum x86_cond cc); /* 0/1 */
ir_t gen_get_cf(struct lift_ctx *c);                 /* 0/1 */
ir_t gen_get_eflags(struct lift_ctx *c);             /* full RFLAGS */
void gen_set_eflags(struct lift_ctx *c, ir_t v, uint64_t writable); /* bits in writable taken from v */

/* ---- control flow ---- */
void gen_goto(struct lift_ctx *c, uint64_t target);
void gen_goto_reg(struct lift_ctx *c, ir_t target);
/* rip = rip_after, then leave with reason. */
void gen_exit(struct lift_ctx *c, enum jit_exit reason, uint64_t rip_after);
/* Guest exception at this instruction: rip = c->pc, exit_* filled in (addr 0: c->pc).
 * Does not end the block by itself: it may sit on a conditional path. */
void gen_raise(struct lift_ctx *c, int sig, int si_code, int trapno, ir_t addr);
/* The same with an explicit rip (traps such as int3 report the next instruction). */
void gen_raise_at(struct lift_ctx *c, int sig, int si_code, int trapno, ir_t addr, uint64_t rip);
/* SIGILL for this instruction, logged once with its bytes. */
void gen_sigill(struct lift_ctx *c);

/* The condition of jcc/setcc/cmovcc: the low nibble of the last opcode byte. */
static inline enum x86_cond lift_cc(struct lift_ctx *c)
{
	return (enum x86_cond)(c->in->opcode & 0xf);
}

static inline bool lift_has(struct lift_ctx *c, ZydisInstructionAttributes attr)
{
	return (c->in->attributes & attr) != 0;
}

/* ---- stack ---- */
void gen_push(struct lift_ctx *c, ir_t v, unsigned size);
ir_t gen_pop(struct lift_ctx *c, unsigned size); /* returns value; rsp updated */

/* The lifter's entry point, used by jit.c. */
struct lift_result {
	uint64_t end_pc;  /* first byte after the last instruction */
	unsigned ninsns;
};
int lift_block(struct ir_block *b, uint64_t pc, int max_insns, struct lift_result *res);
void lift_init(void);

#endif
