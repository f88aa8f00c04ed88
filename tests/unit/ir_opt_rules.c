// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * jit/ir_opt.c on hand-made blocks: a CPU-field store goes only when the same
 * bytes are stored again with nothing in between that could observe them (a
 * load of the field, a guest access that may fault, a helper, a branch, an exit);
 * an unused pure op goes, an unused guest load (it may fault) stays.
 */
#include <stdio.h>
#include <string.h>

#include "jit/ir_opt.h"
#include "os/os.h"

struct os_options os_opts; /* referenced by os/ objects; defined by os/main.c in xbt */

static int failures, checks;

#define CC X86_CPU_OFF(cc_op)
#define RAX X86_GPR_OFF(0)

static uint64_t pure_fn(struct x86_cpu *c, uint64_t a, uint64_t b, uint64_t d, uint64_t e)
{
	(void)c, (void)b, (void)d, (void)e;
	return a + 1;
}
static const struct ir_helper pure_h = { "pure", pure_fn, HF_PURE };
static const struct ir_helper state_h = { "state", pure_fn, HF_STATE };

static struct ir_block b;

static ir_t op(enum ir_op o, ir_t a, ir_t bb, uint64_t imm, unsigned size)
{
	struct ir_insn *i = ir_emit(&b, o);
	ir_t d = 0;

	if (o != IR_STC && o != IR_ST && o != IR_INSN && o != IR_GOTO && o != IR_BRC &&
	    o != IR_LABEL && o != IR_EXIT)
		d = i->d = ir_temp(&b);
	i->a = a;
	i->b = bb;
	i->imm = imm;
	i->size = (uint8_t)size;
	return d;
}

/* The ops left, as a string of op names. */
static void check(const char *want, int line)
{
	char got[512] = "";

	ir_opt(&b);
	for (unsigned k = 0; k < b.n; k++) {
		strcat(got, ir_op_name(b.insns[k].op));
		if (k + 1 < b.n)
			strcat(got, " ");
	}
	checks++;
	if (strcmp(got, want)) {
		failures++;
		printf("FAIL line %d: left \"%s\", want \"%s\"\n", line, got, want);
	}
	ir_reset(&b);
}
#define CHECK(want) check(want, __LINE__)

int main(void)
{
	ir_t v, w;

	ir_init(&b);

	/* flags stored twice: the first goes */
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, CC, 8);
	op(IR_STC, v, 0, CC, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc goto");

	/* a guest load in between may fault: the fault reports the first value */
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, CC, 8);
	w = op(IR_LD, v, 0, 0, 8);
	op(IR_STC, w, 0, CC, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc ld stc goto");

	/* read in between */
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, CC, 8);
	w = op(IR_LDC, 0, 0, CC, 8);
	op(IR_STC, w, 0, RAX, 8);
	op(IR_STC, v, 0, CC, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc ldc stc stc goto");

	/* a read of one byte of it is a read */
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, RAX, 8);
	w = op(IR_LDC, 0, 0, RAX + 1, 1);
	op(IR_STC, w, 0, CC, 8);
	op(IR_STC, v, 0, RAX, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc ldc stc stc goto");

	/* a later store of only part of the field does not replace it */
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, RAX, 8);
	op(IR_STC, v, 0, RAX, 4);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc stc goto");

	/* a helper that may read the state, and a branch, keep it */
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, CC, 8);
	w = op(IR_CALL, v, 0, (uintptr_t)&state_h, 0);
	op(IR_STC, w, 0, CC, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc call stc goto");
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, CC, 8);
	op(IR_BRC, v, 0, 0, 0);
	op(IR_STC, v, 0, CC, 8);
	op(IR_LABEL, 0, 0, 0, 0);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc brc stc label goto");

	/* a pure helper neither observes nor stays when unused */
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_STC, v, 0, CC, 8);
	op(IR_CALL, v, 0, (uintptr_t)&pure_h, 0);
	op(IR_STC, v, 0, CC, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi stc goto");

	/* insn_rip: only the instruction before a possible fault keeps it */
	op(IR_INSN, 0, 0, 0x1000, 0);
	v = op(IR_MOVI, 0, 0, 5, 8);
	op(IR_INSN, 0, 0, 0x1003, 0);
	w = op(IR_LD, v, 0, 0, 8);
	op(IR_INSN, 0, 0, 0x1007, 0);
	op(IR_STC, w, 0, RAX, 8);
	op(IR_EXIT, 0, 0, 1, 0);
	CHECK("movi insn ld insn stc exit");

	/* unused results: pure ops go, a guest load stays (it may fault) */
	v = op(IR_MOVI, 0, 0, 5, 8);
	w = op(IR_ADD, v, v, 0, 8);
	op(IR_SHL, w, v, 0, 8);
	op(IR_LD, v, 0, 0, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi ld goto");

	/* a temporary used only after a branch target stays */
	v = op(IR_MOVI, 0, 0, 5, 8);
	w = op(IR_MOVI, 0, 0, 6, 8);
	op(IR_BRC, v, 0, 0, 0);
	op(IR_LABEL, 0, 0, 0, 0);
	op(IR_STC, w, 0, RAX, 8);
	op(IR_GOTO, 0, 0, 0x1000, 0);
	CHECK("movi movi brc label stc goto");

	ir_free(&b);
	printf("%d checks, %d failures\n", checks, failures);
	return failures != 0;
}
