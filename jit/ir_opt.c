// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Block-local clean-up of the lifter's output, for both tiers: a store to a CPU
 * field (IR_STC, or IR_INSN's store of insn_rip) is removed when a later op of the
 * same straight-line stretch stores the same bytes again and nothing in between
 * can observe them. Most of them are lazy-flag stores (cc_op, cc_dst, cc_src) that
 * the next flag-setting instruction overwrites, and the insn_rip of instructions
 * that cannot fault.
 *
 * What observes the CPU fields: an IR_LDC of them; anything that may fault (guest
 * loads, stores and atomics: a fault reports the state at the faulting instruction)
 * or that calls a helper not marked pure; every exit; and control flow inside the
 * block (labels and branches end a stretch, so every path keeps its stores).
 *
 * Then ops without side effects whose result no later op reads are removed (the
 * temporaries are block-local; a branch keeps every temporary alive).
 */
#include <stdlib.h>
#include <string.h>

#include "../core/log.h"
#include "ir_opt.h"

#define FIELDS_BYTES X86_CPU_OFF(xmm) /* GPRs, rip, lazy flags, eflags, insn_rip */

static bool all_set(const uint8_t *over, uint64_t off, unsigned size)
{
	for (unsigned k = 0; k < size; k++)
		if (!over[off + k])
			return false;
	return true;
}

/* Ops that only compute d from their operands (no memory, no CPU fields, no faults). */
static bool pure(const struct ir_insn *i)
{
	switch ((enum ir_op)i->op) {
	case IR_MOVI: case IR_MOV: case IR_LDC:
	case IR_ADD: case IR_SUB: case IR_MUL: case IR_AND: case IR_OR: case IR_XOR:
	case IR_SHL: case IR_SHR: case IR_SAR: case IR_ROL: case IR_ROR: case IR_NOT:
	case IR_NEG: case IR_ZEXT: case IR_SEXT: case IR_MULHU: case IR_MULHS:
	case IR_DIVU: case IR_DIVS: case IR_REMU: case IR_REMS:
	case IR_SETC: case IR_SEL: case IR_CLZ: case IR_CTZ: case IR_POPCNT: case IR_BSWAP:
		return true;
	case IR_CALL:
		return ((const struct ir_helper *)(uintptr_t)i->imm)->flags == HF_PURE;
	default:
		return false;
	}
}

/* Observes the CPU fields or may fault: everything but pure ops, stores to CPU fields
 * and IR_INSN (IR_DIVU..REMS cannot fault: the lifter checks b != 0). */
static bool barrier(const struct ir_insn *i)
{
	return !pure(i) && i->op != IR_NOP && i->op != IR_STC && i->op != IR_INSN;
}

static unsigned dead_code(struct ir_block *b)
{
	uint8_t *live = calloc(b->ntemps + 1, 1);
	unsigned removed = 0;

	BUG_ON(!live);
	for (unsigned k = b->n; k-- > 0;) {
		struct ir_insn *i = &b->insns[k];

		if (i->op == IR_NOP)
			continue; /* a removed store keeps its operand fields */
		if (i->op == IR_BR || i->op == IR_BRC) {
			memset(live, 1, b->ntemps + 1); /* the target's needs are not tracked */
		} else if (pure(i)) {
			if (!live[i->d]) {
				i->op = IR_NOP;
				removed++;
				continue;
			}
			live[i->d] = 0;
		} else if (i->d) {
			live[i->d] = 0;
		}
		/* operands an op does not use are 0 (t0) */
		live[i->a] = live[i->b] = live[i->c] = live[i->e] = 1;
	}
	free(live);
	return removed;
}

static unsigned dead_stores(struct ir_block *b)
{
	/* over[x]: byte x of the CPU is stored again later, unobserved until then */
	uint8_t over[FIELDS_BYTES];
	const uint64_t rip_off = X86_CPU_OFF(insn_rip);
	unsigned removed = 0;

	memset(over, 0, sizeof(over));
	for (unsigned k = b->n; k-- > 0;) {
		struct ir_insn *i = &b->insns[k];
		uint64_t off = i->op == IR_INSN ? rip_off : i->imm;
		unsigned size = i->op == IR_INSN ? 8 : i->size;

		if (barrier(i)) {
			memset(over, 0, sizeof(over));
		} else if (i->op == IR_LDC && off < FIELDS_BYTES) {
			memset(over + off, 0, off + size <= FIELDS_BYTES ? size : FIELDS_BYTES - off);
		} else if ((i->op == IR_STC || i->op == IR_INSN) && off + size <= FIELDS_BYTES) {
			if (all_set(over, off, size)) {
				i->op = IR_NOP;
				removed++;
				continue;
			}
			memset(over + off, 1, size);
		}
	}
	return removed;
}

unsigned ir_opt(struct ir_block *b)
{
	unsigned removed = dead_stores(b), n = 0;

	removed += dead_code(b);
	/* close the gaps (labels are numbers, resolved later by interp_prepare) */
	for (unsigned k = 0; k < b->n; k++)
		if (b->insns[k].op != IR_NOP)
			b->insns[n++] = b->insns[k];
	b->n = n;
	return removed;
}
