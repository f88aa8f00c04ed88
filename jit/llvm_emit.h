/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Private to jit/llvm_emit.c (ops, members, the function) and jit/llvm_emit_state.c
 * (cached state, checkpoints, control flow): the emitter's state and small helpers.
 */
#ifndef XBT_JIT_LLVM_EMIT_H
#define XBT_JIT_LLVM_EMIT_H

#include "llvm_int.h"

#define NSLOT LLVM_NSLOT
#define RIP_SLOT (X86_CPU_OFF(rip) / 8)
BUILD_BUG_ON(X86_CPU_OFF(df) != 8 * (NSLOT - 1));

/*
 * What a checkpoint needs to know where control flow joins: the union over the
 * incoming edges (llvm_emit_block emits again until no edge adds anything).
 */
struct ckstate {
	uint32_t dirty;
	bool effect, loaded;
	uint64_t read_first; /* llvm_vec_fn's: XMM units read before written */
};

struct em {
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTypeRef i1, i8, i32, i64, i128, v2i64, ptr, fnty, helperty;
	LLVMValueRef fn, cpu;
	LLVMValueRef *t;           /* alloca per temporary (t[0] unused: constant 0) */
	LLVMValueRef slot[NSLOT];  /* alloca per cached field, or NULL */
	uint32_t cached, written;  /* slot masks: cached at all, written somewhere */
	uint32_t bad;              /* accessed across a field boundary: never cached */
	uint32_t dirty;            /* written since the last store-back (conservative) */
	bool rip_stored;           /* insn_rip holds the current instruction's rip */
	bool effect;               /* something with an effect since the last checkpoint */
	bool loaded;               /* a guest load since the last checkpoint */
	bool live;                 /* the current position is reachable (fall-through) */
	bool changed;              /* some in-state below grew during this emission */
	struct ckstate *hin;       /* in-state of each member's header */
	struct ckstate **lin;      /* in-state of each label, per member, by op index */
	bool tso;                  /* fences around guest accesses (jit_tso_fences) */
	uint64_t cur_rip;
	LLVMBasicBlockRef *lbl;    /* basic block of each IR_LABEL, by instruction index */
	LLVMBasicBlockRef *mhdr;   /* first op of each member (0: the head) */
	const struct llvm_block *head, *blk; /* the region's head, the member being emitted */
	unsigned cur_m;            /* index of blk */
	unsigned skip;             /* ops after the current one it already emitted */
	uint8_t *ndef;             /* per temporary: 1 defined once, by an IR_MOVI of kval */
	uint64_t *kval;
	struct llvm_vec_fn vf;     /* llvm_vec.c's view of the whole function */
};

static inline const struct llvm_block *member(const struct em *e, unsigned k)
{
	return k ? &e->head->members[k - 1] : e->head;
}

static inline LLVMValueRef c64(struct em *e, uint64_t v)
{
	return LLVMConstInt(e->i64, v, 0);
}

static inline LLVMTypeRef ity(struct em *e, unsigned size)
{
	return LLVMIntTypeInContext(e->ctx, size * 8);
}

static inline LLVMValueRef field_ptr(struct em *e, uint64_t off)
{
	LLVMValueRef idx = c64(e, off);

	return LLVMBuildGEP2(e->b, e->i8, e->cpu, &idx, 1, "");
}

static inline LLVMValueRef load_field(struct em *e, uint64_t off, LLVMTypeRef ty)
{
	LLVMValueRef v = LLVMBuildLoad2(e->b, ty, field_ptr(e, off), "");

	LLVMSetAlignment(v, 1);
	return v;
}

static inline void store_field(struct em *e, uint64_t off, LLVMValueRef v)
{
	LLVMSetAlignment(LLVMBuildStore(e->b, v, field_ptr(e, off)), 1);
}

static inline LLVMValueRef tv(struct em *e, ir_t t)
{
	if (!t)
		return c64(e, 0);
	return LLVMBuildLoad2(e->b, e->i64, e->t[t], "");
}

static inline void tset(struct em *e, ir_t t, LLVMValueRef v)
{
	if (t)
		LLVMBuildStore(e->b, v, e->t[t]);
}

static inline LLVMValueRef opb(struct em *e, const struct ir_insn *i)
{
	return (i->flags & IRF_BIMM) ? c64(e, i->imm) : tv(e, i->b);
}

static inline LLVMValueRef call_intr(struct em *e, const char *name, LLVMTypeRef ty,
				     LLVMValueRef *args, unsigned nargs)
{
	return llvm_intr(e->mod, e->b, name, ty, args, nargs);
}

/* llvm_emit_state.c */
void em_store_back(struct em *e, uint32_t mask);
void em_reload(struct em *e);
void em_store_insn_rip(struct em *e, uint64_t rip);
void em_checkpoint(struct em *e);
void em_track_war(struct em *e, uint64_t off, unsigned size);
void em_take_war(struct em *e);
void em_flow_to(struct em *e, struct ckstate *to);
void em_flow_from(struct em *e, const struct ckstate *in);
LLVMValueRef em_guest_access(struct em *e, bool st, unsigned size, LLVMValueRef addr,
			     LLVMValueRef val);
LLVMValueRef em_ldc(struct em *e, uint64_t off, unsigned size);
void em_stc(struct em *e, uint64_t off, unsigned size, LLVMValueRef v);
void em_dead_block(struct em *e);
void em_goto(struct em *e, const struct ir_insn *i);
void em_gotor(struct em *e, LLVMValueRef target);

#endif
