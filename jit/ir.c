// SPDX-License-Identifier: GPL-2.0-or-later
/* IR block construction and dumping. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/log.h"
#include "ir.h"

static const char *const op_names[IR_NOPS] = {
	[IR_NOP] = "nop", [IR_INSN] = "insn", [IR_MOVI] = "movi", [IR_MOV] = "mov",
	[IR_LDC] = "ldc", [IR_STC] = "stc", [IR_LD] = "ld", [IR_ST] = "st",
	[IR_ADD] = "add", [IR_SUB] = "sub", [IR_MUL] = "mul", [IR_AND] = "and",
	[IR_OR] = "or", [IR_XOR] = "xor", [IR_SHL] = "shl", [IR_SHR] = "shr",
	[IR_SAR] = "sar", [IR_ROL] = "rol", [IR_ROR] = "ror", [IR_NOT] = "not",
	[IR_NEG] = "neg", [IR_ZEXT] = "zext", [IR_SEXT] = "sext", [IR_MULHU] = "mulhu",
	[IR_MULHS] = "mulhs", [IR_DIVU] = "divu", [IR_DIVS] = "divs", [IR_REMU] = "remu",
	[IR_REMS] = "rems", [IR_SETC] = "setc", [IR_SEL] = "sel", [IR_CLZ] = "clz",
	[IR_CTZ] = "ctz", [IR_POPCNT] = "popcnt", [IR_BSWAP] = "bswap", [IR_CALL] = "call",
	[IR_XCHG] = "xchg", [IR_CMPXCHG] = "cmpxchg", [IR_AADD] = "aadd", [IR_AAND] = "aand",
	[IR_AOR] = "aor", [IR_AXOR] = "axor", [IR_FENCE] = "fence", [IR_LABEL] = "label",
	[IR_BR] = "br", [IR_BRC] = "brc", [IR_GOTO] = "goto", [IR_GOTOR] = "gotor",
	[IR_EXIT] = "exit",
};

const char *ir_op_name(enum ir_op op)
{
	return op < IR_NOPS && op_names[op] ? op_names[op] : "?";
}

void ir_init(struct ir_block *b)
{
	memset(b, 0, sizeof(*b));
	b->ntemps = 1;
}

void ir_reset(struct ir_block *b)
{
	b->n = 0;
	b->ntemps = 1;
	b->nlabels = 0;
	b->ninsns_guest = 0;
}

void ir_free(struct ir_block *b)
{
	free(b->insns);
	b->insns = NULL;
	b->n = b->cap = 0;
}

struct ir_insn *ir_emit(struct ir_block *b, enum ir_op op)
{
	struct ir_insn *i;

	if (b->n == b->cap) {
		unsigned cap = b->cap ? b->cap * 2 : 256;
		void *p = realloc(b->insns, cap * sizeof(*b->insns));

		BUG_ON(!p);
		b->insns = p;
		b->cap = cap;
	}
	i = &b->insns[b->n++];
	memset(i, 0, sizeof(*i));
	i->op = op;
	return i;
}

ir_t ir_temp(struct ir_block *b)
{
	BUG_ON(b->ntemps >= 65535);
	return (ir_t)b->ntemps++;
}

unsigned ir_label(struct ir_block *b)
{
	return b->nlabels++;
}

void ir_dump(const struct ir_block *b, int fd)
{
	char line[256];

	for (unsigned k = 0; k < b->n; k++) {
		const struct ir_insn *i = &b->insns[k];
		int n;

		if (i->op == IR_INSN) {
			n = log_format(line, sizeof(line), "---- %lx\n", (unsigned long)i->imm);
		} else if (i->op == IR_CALL) {
			n = log_format(line, sizeof(line), "  t%u = call %s(t%u, t%u, t%u, t%u)\n",
				       i->d, ((const struct ir_helper *)(uintptr_t)i->imm)->name,
				       i->a, i->b, i->c, i->e);
		} else {
			n = log_format(line, sizeof(line),
				       "  t%u = %s.%u cc%u a=t%u b=t%u c=t%u imm=0x%lx%s\n", i->d,
				       ir_op_name(i->op), i->size, i->cc, i->a, i->b, i->c,
				       (unsigned long)i->imm, (i->flags & IRF_BIMM) ? " (bimm)" : "");
		}
		if (write(fd, line, n) < 0)
			return;
	}
}
