// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * xbt IR -> LLVM IR, one function per block. Mechanical like the interpreter:
 * every op maps to a few LLVM instructions; LLVM's passes do the optimising.
 *
 * State: the first NSLOT 8-byte fields of struct x86_cpu (GPRs, rip, lazy flags,
 * eflags, df) are cached in allocas, loaded on entry and stored back on exit, so
 * SROA/mem2reg keeps them in host registers. Other fields are accessed in place.
 * Temporaries are allocas too (they are redefined in loops across labels).
 *
 * Precise faults, by checkpoint and replay (docs/llvm-tier.md). Guest loads and
 * stores are plain (volatile) LLVM loads and stores. A checkpoint stores the dirty
 * slots and the instruction's rip (cpu->insn_rip): struct x86_cpu then holds the
 * exact guest state at that instruction. The function entry is one. Before a
 * guest access, a checkpoint is made if something since the last one would make
 * running that stretch again differ from running it once ("effect": a guest store
 * after a guest load, a CPU field written in place, a helper that is not pure, an
 * atomic). So a host fault in compiled code (llvm_fnmap.c) is handled by running
 * the guest again from the last checkpoint in the interpreter, which faults at the
 * exact instruction with the exact state, or, if another thread changed the
 * mapping in the meantime, goes on. At labels and region headers the dirty and
 * effect states are unions over the incoming edges, found by emitting again until
 * they are stable. Atomics and helpers that may fault or read state get a
 * checkpoint right before them.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/log.h"
#include "interp.h"
#include "jit.h"
#include "llvm_int.h"
#include "tier.h"

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

static const struct llvm_block *member(const struct em *e, unsigned k)
{
	return k ? &e->head->members[k - 1] : e->head;
}

static LLVMValueRef c64(struct em *e, uint64_t v)
{
	return LLVMConstInt(e->i64, v, 0);
}

static LLVMTypeRef ity(struct em *e, unsigned size)
{
	return LLVMIntTypeInContext(e->ctx, size * 8);
}

static LLVMValueRef field_ptr(struct em *e, uint64_t off)
{
	LLVMValueRef idx = c64(e, off);

	return LLVMBuildGEP2(e->b, e->i8, e->cpu, &idx, 1, "");
}

static LLVMValueRef load_field(struct em *e, uint64_t off, LLVMTypeRef ty)
{
	LLVMValueRef v = LLVMBuildLoad2(e->b, ty, field_ptr(e, off), "");

	LLVMSetAlignment(v, 1);
	return v;
}

static void store_field(struct em *e, uint64_t off, LLVMValueRef v)
{
	LLVMSetAlignment(LLVMBuildStore(e->b, v, field_ptr(e, off)), 1);
}

static LLVMValueRef tv(struct em *e, ir_t t)
{
	if (!t)
		return c64(e, 0);
	return LLVMBuildLoad2(e->b, e->i64, e->t[t], "");
}

static void tset(struct em *e, ir_t t, LLVMValueRef v)
{
	if (t)
		LLVMBuildStore(e->b, v, e->t[t]);
}

static LLVMValueRef opb(struct em *e, const struct ir_insn *i)
{
	return (i->flags & IRF_BIMM) ? c64(e, i->imm) : tv(e, i->b);
}

static LLVMValueRef call_intr(struct em *e, const char *name, LLVMTypeRef ty,
			      LLVMValueRef *args, unsigned nargs)
{
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
	LLVMValueRef f = LLVMGetIntrinsicDeclaration(e->mod, id, &ty, 1);
	LLVMTypeRef fty = LLVMIntrinsicGetType(e->ctx, id, &ty, 1);

	return LLVMBuildCall2(e->b, fty, f, args, nargs, "");
}

/* ---- cached state ---- */

static void store_back(struct em *e, uint32_t mask)
{
	for (unsigned s = 0; s < NSLOT; s++)
		if (mask & (1u << s))
			store_field(e, 8 * s, LLVMBuildLoad2(e->b, e->i64, e->slot[s], ""));
}

/*
 * The same at a checkpoint. Volatile: LLVM assumes stores do not trap, so it would
 * otherwise delete a store overwritten after the next guest store (no read in
 * between), leaving stale state for a fault at that guest store.
 */
static void store_back_precise(struct em *e, uint32_t mask)
{
	for (unsigned s = 0; s < NSLOT; s++)
		if (mask & (1u << s)) {
			LLVMValueRef v = LLVMBuildLoad2(e->b, e->i64, e->slot[s], "");

			LLVMSetVolatile(LLVMBuildStore(e->b, v, field_ptr(e, 8 * s)), 1);
		}
}

static void reload(struct em *e)
{
	for (unsigned s = 0; s < NSLOT; s++)
		if (e->cached & (1u << s))
			LLVMBuildStore(e->b, load_field(e, 8 * s, e->i64), e->slot[s]);
}

/* A checkpoint: struct x86_cpu holds the state at the current instruction. */
static void checkpoint(struct em *e)
{
	store_back_precise(e, e->dirty);
	e->dirty = 0;
	e->effect = false;
	e->loaded = false;
	if (!e->rip_stored) {
		LLVMValueRef st = LLVMBuildStore(e->b, c64(e, e->cur_rip),
						 field_ptr(e, X86_CPU_OFF(insn_rip)));

		LLVMSetVolatile(st, 1);
		e->rip_stored = true;
	}
}

/* An edge from the current position to a join point whose in-state is *to. */
static void flow_to(struct em *e, struct ckstate *to)
{
	struct ckstate j = { to->dirty | e->dirty, to->effect || e->effect, to->loaded || e->loaded };

	if (j.dirty != to->dirty || j.effect != to->effect || j.loaded != to->loaded) {
		*to = j;
		e->changed = true;
	}
}

/* At a join point: its in-state; insn_rip may hold any of the predecessors' rips. */
static void flow_from(struct em *e, const struct ckstate *in)
{
	e->dirty = in->dirty;
	e->effect = in->effect;
	e->loaded = in->loaded;
	e->rip_stored = false;
	e->live = true;
}

/*
 * A guest load (st false: zero-extended into an i64, or a <2 x i64> for 16 bytes)
 * or store of size bytes at addr, after a checkpoint if anything with an effect
 * happened since the last one. Volatile: LLVM must neither delete an access (an
 * unused load, a store of the value just loaded: either may fault), nor hoist a
 * load out of a loop (another thread's store must become visible), nor merge two.
 */
static LLVMValueRef guest_access(struct em *e, bool st, unsigned size, LLVMValueRef addr,
				 LLVMValueRef val)
{
	LLVMTypeRef ty = size == 16 ? e->v2i64 : ity(e, size);
	LLVMValueRef p, v;

	if (e->effect)
		checkpoint(e);
	p = LLVMBuildIntToPtr(e->b, addr, e->ptr, "");
	if (st) {
		/* stores alone replay the same: no load since the checkpoint reads them */
		e->effect |= e->loaded;
		v = LLVMBuildStore(e->b, size < 8 ? LLVMBuildTrunc(e->b, val, ty, "") : val, p);
		LLVMSetAlignment(v, 1);
		LLVMSetVolatile(v, 1);
		return v;
	}
	v = LLVMBuildLoad2(e->b, ty, p, "");
	LLVMSetAlignment(v, 1);
	LLVMSetVolatile(v, 1);
	e->loaded = true;
	return size < 8 ? LLVMBuildZExt(e->b, v, e->i64, "") : v;
}

static bool slot_of(struct em *e, uint64_t off, unsigned size, unsigned *s)
{
	*s = (unsigned)(off / 8);
	return off < 8 * NSLOT && (e->cached & (1u << *s));
}

static LLVMValueRef emit_ldc(struct em *e, uint64_t off, unsigned size)
{
	unsigned s;
	LLVMValueRef v;

	if (!slot_of(e, off, size, &s))
		return LLVMBuildZExt(e->b, load_field(e, off, ity(e, size)), e->i64, "");
	v = LLVMBuildLoad2(e->b, e->i64, e->slot[s], "");
	if (off % 8)
		v = LLVMBuildLShr(e->b, v, c64(e, (off % 8) * 8), "");
	if (size < 8)
		v = LLVMBuildAnd(e->b, v, c64(e, (1ULL << (size * 8)) - 1), "");
	return v;
}

static void emit_stc(struct em *e, uint64_t off, unsigned size, LLVMValueRef v)
{
	unsigned s;

	if (!slot_of(e, off, size, &s)) {
		store_field(e, off, size < 8 ? LLVMBuildTrunc(e->b, v, ity(e, size), "") : v);
		e->effect = true;
		return;
	}
	if (size < 8) {
		unsigned sh = (unsigned)(off % 8) * 8;
		uint64_t m = ((1ULL << (size * 8)) - 1) << sh;
		LLVMValueRef old = LLVMBuildLoad2(e->b, e->i64, e->slot[s], "");

		v = LLVMBuildShl(e->b, LLVMBuildAnd(e->b, v, c64(e, m >> sh), ""), c64(e, sh), "");
		v = LLVMBuildOr(e->b, LLVMBuildAnd(e->b, old, c64(e, ~m), ""), v, "");
	}
	LLVMBuildStore(e->b, v, e->slot[s]);
	e->dirty |= 1u << s;
}

/* ---- control flow ---- */

static void start_dead_block(struct em *e)
{
	e->live = false;
	LLVMPositionBuilderAtEnd(e->b, LLVMAppendBasicBlockInContext(e->ctx, e->fn, ""));
}

static LLVMValueRef exit_tag(struct em *e, unsigned k)
{
	return c64(e, (uint64_t)(uintptr_t)e->blk->chain | k);
}

/* x86_cpu_poll(cpu) == 0 */
static LLVMValueRef pending_zero(struct em *e)
{
	LLVMValueRef d = LLVMBuildAdd(e->b, load_field(e, X86_CPU_OFF(poll_delta), e->i64),
				      c64(e, X86_CPU_OFF(pending)), "");
	LLVMValueRef p = LLVMBuildLoad2(e->b, e->i32, LLVMBuildGEP2(e->b, e->i8, e->cpu, &d, 1, ""), "");

	LLVMSetVolatile(p, 1);
	return LLVMBuildICmp(e->b, LLVMIntEQ, p, LLVMConstInt(e->i32, 0, 0), "");
}

static void set_rip(struct em *e, LLVMValueRef v)
{
	if (e->cached & (1u << RIP_SLOT)) {
		LLVMBuildStore(e->b, v, e->slot[RIP_SLOT]);
		e->dirty |= 1u << RIP_SLOT;
	} else {
		store_field(e, X86_CPU_OFF(rip), v);
	}
}

/* Direct exit: loop to our own start, jump to the compiled successor, or return. */
static void emit_goto(struct em *e, const struct ir_insn *i)
{
	unsigned k = i->cc & 1;
	LLVMBasicBlockRef ret = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	LLVMValueRef slot, next, ok;

	for (unsigned m = 0; m <= e->head->nmembers; m++) {
		if (i->imm != member(e, m)->pc)
			continue;
		/* Inside the region: state stays in SSA. Every cycle has an edge to a
		 * member emitted no later, and only those poll for a pending signal. */
		if (e->cached & (1u << RIP_SLOT))
			set_rip(e, c64(e, i->imm));
		flow_to(e, &e->hin[m]);
		if (m > e->cur_m) {
			LLVMBuildBr(e->b, e->mhdr[m]);
			LLVMDeleteBasicBlock(ret);
			return;
		}
		LLVMBuildCondBr(e->b, pending_zero(e), e->mhdr[m], ret);
		LLVMPositionBuilderAtEnd(e->b, ret);
		set_rip(e, c64(e, i->imm));
		store_back(e, e->written | e->dirty);
		LLVMBuildRet(e->b, exit_tag(e, k));
		return;
	}
	set_rip(e, c64(e, i->imm));
	store_back(e, e->dirty);
	slot = LLVMConstIntToPtr(c64(e, (uint64_t)(uintptr_t)&e->blk->chain[k]), e->ptr);
	next = LLVMBuildLoad2(e->b, e->ptr, slot, "");
	LLVMSetOrdering(next, LLVMAtomicOrderingAcquire);
	LLVMSetAlignment(next, 8);
	ok = LLVMBuildAnd(e->b, LLVMBuildIsNotNull(e->b, next, ""), pending_zero(e), "");
	{
		LLVMBasicBlockRef tail = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
		LLVMValueRef call;

		LLVMBuildCondBr(e->b, ok, tail, ret);
		LLVMPositionBuilderAtEnd(e->b, tail);
		call = LLVMBuildCall2(e->b, e->fnty, next, &e->cpu, 1, "");
		LLVMSetTailCallKind(call, LLVMTailCallKindMustTail);
		LLVMBuildRet(e->b, call);
	}
	LLVMPositionBuilderAtEnd(e->b, ret);
	LLVMBuildRet(e->b, exit_tag(e, k));
}

/* Indirect exit: jump through the thread's jump cache when the target is there. */
static void emit_gotor(struct em *e, LLVMValueRef target)
{
	LLVMBasicBlockRef hit = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	LLVMBasicBlockRef ret = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	LLVMValueRef h, ent, pc, fn, ok, call;

	set_rip(e, target);
	store_back(e, e->dirty);
	h = LLVMBuildXor(e->b, target, LLVMBuildLShr(e->b, target, c64(e, LLVM_JMP_BITS), ""), "");
	h = LLVMBuildAnd(e->b, h, c64(e, (1u << LLVM_JMP_BITS) - 1), "");
	h = LLVMBuildShl(e->b, h, c64(e, 4), "");
	ent = LLVMBuildAdd(e->b, load_field(e, X86_CPU_OFF(jmp_cache), e->i64), h, "");
	pc = LLVMBuildLoad2(e->b, e->i64, LLVMBuildIntToPtr(e->b, ent, e->ptr, ""), "");
	fn = LLVMBuildLoad2(e->b, e->ptr,
			    LLVMBuildIntToPtr(e->b, LLVMBuildAdd(e->b, ent, c64(e, 8), ""), e->ptr, ""),
			    "");
	ok = LLVMBuildAnd(e->b, LLVMBuildICmp(e->b, LLVMIntEQ, pc, target, ""), pending_zero(e), "");
	ok = LLVMBuildAnd(e->b, ok, LLVMBuildIsNotNull(e->b, fn, ""), "");
	LLVMBuildCondBr(e->b, ok, hit, ret);
	LLVMPositionBuilderAtEnd(e->b, hit);
	call = LLVMBuildCall2(e->b, e->fnty, fn, &e->cpu, 1, "");
	LLVMSetTailCallKind(call, LLVMTailCallKindMustTail);
	LLVMBuildRet(e->b, call);
	LLVMPositionBuilderAtEnd(e->b, ret);
	LLVMBuildRet(e->b, c64(e, (uint64_t)(int64_t)INTERP_GOTOR));
}

/* ---- ops ---- */

static LLVMValueRef guest_ptr(struct em *e, ir_t a)
{
	return LLVMBuildIntToPtr(e->b, tv(e, a), e->ptr, "");
}

static LLVMValueRef narrow(struct em *e, LLVMValueRef v, unsigned size)
{
	return size < 8 ? LLVMBuildTrunc(e->b, v, ity(e, size), "") : v;
}

static LLVMValueRef widen(struct em *e, LLVMValueRef v, unsigned size)
{
	return size < 8 ? LLVMBuildZExt(e->b, v, e->i64, "") : v;
}

static LLVMValueRef emit_rot(struct em *e, const struct ir_insn *i)
{
	LLVMTypeRef ty = ity(e, i->size);
	LLVMValueRef v = narrow(e, tv(e, i->a), i->size);
	LLVMValueRef n = narrow(e, opb(e, i), i->size);
	LLVMValueRef args[3] = { v, v, n };

	/* the count modulo 8/16/32/64 is the truncated count modulo the width */
	return widen(e, call_intr(e, i->op == IR_ROL ? "llvm.fshl" : "llvm.fshr", ty, args, 3),
		     i->size);
}

static LLVMValueRef emit_bitcount(struct em *e, const struct ir_insn *i)
{
	LLVMValueRef v = tv(e, i->a), r;
	LLVMValueRef args[2];
	unsigned bits = i->size * 8;

	if (i->size < 8)
		v = LLVMBuildAnd(e->b, v, c64(e, (1ULL << bits) - 1), "");
	args[0] = v;
	args[1] = LLVMConstInt(e->i1, 0, 0);
	switch (i->op) {
	case IR_CLZ:
		r = call_intr(e, "llvm.ctlz", e->i64, args, 2);
		return LLVMBuildSub(e->b, r, c64(e, 64 - bits), "");
	case IR_CTZ:
		return call_intr(e, "llvm.cttz", e->i64, args, 2);
	default:
		return call_intr(e, "llvm.ctpop", e->i64, args, 1);
	}
}

static LLVMValueRef emit_bswap(struct em *e, const struct ir_insn *i)
{
	unsigned size = i->size == 8 ? 8 : i->size == 4 ? 4 : 2;
	LLVMValueRef v = narrow(e, tv(e, i->a), size);

	return widen(e, call_intr(e, "llvm.bswap", ity(e, size), &v, 1), size);
}

static LLVMValueRef emit_mulh(struct em *e, const struct ir_insn *i)
{
	bool s = i->op == IR_MULHS;
	LLVMValueRef a = tv(e, i->a), b = opb(e, i), p;

	a = s ? LLVMBuildSExt(e->b, a, e->i128, "") : LLVMBuildZExt(e->b, a, e->i128, "");
	b = s ? LLVMBuildSExt(e->b, b, e->i128, "") : LLVMBuildZExt(e->b, b, e->i128, "");
	p = LLVMBuildMul(e->b, a, b, "");
	p = LLVMBuildLShr(e->b, p, LLVMConstInt(e->i128, 64, 0), "");
	return LLVMBuildTrunc(e->b, p, e->i64, "");
}

static const LLVMIntPredicate preds[] = {
	[IRC_EQ] = LLVMIntEQ,   [IRC_NE] = LLVMIntNE,   [IRC_LTU] = LLVMIntULT,
	[IRC_LEU] = LLVMIntULE, [IRC_GTU] = LLVMIntUGT, [IRC_GEU] = LLVMIntUGE,
	[IRC_LT] = LLVMIntSLT,  [IRC_LE] = LLVMIntSLE,  [IRC_GT] = LLVMIntSGT,
	[IRC_GE] = LLVMIntSGE,
};

static LLVMValueRef atomic_op(struct em *e, const struct ir_insn *i, LLVMValueRef p)
{
	static const LLVMAtomicRMWBinOp rmw[] = {
		[IR_XCHG] = LLVMAtomicRMWBinOpXchg, [IR_AADD] = LLVMAtomicRMWBinOpAdd,
		[IR_AAND] = LLVMAtomicRMWBinOpAnd,  [IR_AOR] = LLVMAtomicRMWBinOpOr,
		[IR_AXOR] = LLVMAtomicRMWBinOpXor,
	};
	const LLVMAtomicOrdering sc = LLVMAtomicOrderingSequentiallyConsistent;
	LLVMValueRef r;

	if (i->op == IR_CMPXCHG) {
		r = LLVMBuildAtomicCmpXchg(e->b, p, narrow(e, tv(e, i->b), i->size),
					   narrow(e, tv(e, i->c), i->size), sc, sc, 0);
		return LLVMBuildExtractValue(e->b, r, 0, "");
	}
	return LLVMBuildAtomicRMW(e->b, rmw[i->op], p, narrow(e, tv(e, i->b), i->size), sc, 0);
}

static LLVMValueRef emit_atomic(struct em *e, const struct ir_insn *i)
{
	LLVMValueRef p, r;
	LLVMBasicBlockRef fast, slow, join;
	LLVMValueRef mis, rs, phi, args[5];
	LLVMValueRef inc[2];
	LLVMBasicBlockRef from[2];

	checkpoint(e); /* the state in struct x86_cpu: the atomic may fault */
	e->effect = true;
	p = guest_ptr(e, i->a);
	if (i->size == 1)
		goto aligned;
	/* misaligned (x86 allows it, AArch64 faults): the word-CAS helper */
	fast = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	slow = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	join = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	mis = LLVMBuildAnd(e->b, tv(e, i->a), c64(e, i->size - 1), "");
	LLVMBuildCondBr(e->b, LLVMBuildICmp(e->b, LLVMIntNE, mis, c64(e, 0), ""), slow, fast);
	LLVMPositionBuilderAtEnd(e->b, slow);
	args[0] = c64(e, i->op);
	args[1] = tv(e, i->a);
	args[2] = c64(e, i->size);
	args[3] = tv(e, i->b);
	args[4] = tv(e, i->c);
	{
		LLVMTypeRef at[5] = { e->i64, e->i64, e->i64, e->i64, e->i64 };
		LLVMTypeRef fty = LLVMFunctionType(e->i64, at, 5, 0);
		LLVMValueRef f = LLVMConstIntToPtr(
			c64(e, (uint64_t)(uintptr_t)llvm_misaligned_rmw), e->ptr);

		rs = LLVMBuildCall2(e->b, fty, f, args, 5, "");
	}
	LLVMBuildBr(e->b, join);
	LLVMPositionBuilderAtEnd(e->b, fast);
	r = widen(e, atomic_op(e, i, p), i->size);
	LLVMBuildBr(e->b, join);
	LLVMPositionBuilderAtEnd(e->b, join);
	phi = LLVMBuildPhi(e->b, e->i64, "");
	inc[0] = rs;
	inc[1] = r;
	from[0] = slow;
	from[1] = fast;
	LLVMAddIncoming(phi, inc, from, 2);
	return phi;
aligned:
	return widen(e, atomic_op(e, i, p), i->size);
}

static void add_pure_attrs(struct em *e, LLVMValueRef call)
{
	static const char *const names[] = { "nounwind", "willreturn", "memory" };

	for (unsigned k = 0; k < ARRAY_SIZE(names); k++) {
		unsigned kind = LLVMGetEnumAttributeKindForName(names[k], strlen(names[k]));

		/* memory(none) is MemoryEffects 0 */
		LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex,
					 LLVMCreateEnumAttribute(e->ctx, kind, 0));
	}
}

/* Temporary t holds a constant everywhere: its only definition is an IR_MOVI. */
static bool tconst(struct em *e, ir_t t, uint64_t *v)
{
	*v = t ? e->kval[t] : 0;
	return !t || (t <= e->blk->ntemps && e->ndef[t] == 1);
}

static LLVMValueRef emit_call(struct em *e, const struct ir_insn *i)
{
	const struct ir_helper *h = (const struct ir_helper *)(uintptr_t)i->imm;
	LLVMValueRef args[5] = { e->cpu, tv(e, i->a), tv(e, i->b), tv(e, i->c), tv(e, i->e) };
	LLVMValueRef f = LLVMConstIntToPtr(c64(e, (uint64_t)(uintptr_t)h->fn), e->ptr), r;

	if (h->flags == HF_VEC) { /* SSE helpers inlined as LLVM IR (llvm_vec.c) */
		ir_t t[4] = { i->a, i->b, i->c, i->e };
		uint64_t v[4];
		bool k[4];

		for (unsigned j = 0; j < 4; j++)
			k[j] = tconst(e, t[j], &v[j]);
		e->effect = true; /* XMM registers written in place */
		r = llvm_vec_call(e->b, e->cpu, &e->vf, h, args + 1, k, v);
		if (r)
			return r;
	}

	/* after a checkpoint the struct holds all state: HF_STATE helpers see it */
	if (h->flags & (HF_STATE | HF_MEM))
		checkpoint(e);
	if (h->flags != HF_PURE)
		e->effect = true;
	if (e->tso && (h->flags & HF_MEM))
		LLVMBuildFence(e->b, LLVMAtomicOrderingRelease, 0, "");
	r = LLVMBuildCall2(e->b, e->helperty, f, args, 5, "");
	if (e->vf.host_fp && (h->flags & HF_VEC))
		llvm_mark_call(r, "xbt-fp");
	else if (e->vf.host_fp && h->flags == HF_PURE)
		llvm_mark_call(r, "xbt-pure");
	if (e->tso && (h->flags & HF_MEM))
		LLVMBuildFence(e->b, LLVMAtomicOrderingAcquire, 0, "");
	if (h->flags == HF_PURE) /* a function of its arguments: LLVM may CSE or drop it */
		add_pure_attrs(e, r);
	if (h->flags & HF_STATE)
		reload(e);
	return r;
}

static LLVMValueRef emit_arith(struct em *e, const struct ir_insn *i)
{
	LLVMValueRef a = tv(e, i->a), b;
	LLVMBuilderRef B = e->b;

	switch (i->op) {
	case IR_NOT: return LLVMBuildNot(B, a, "");
	case IR_NEG: return LLVMBuildNeg(B, a, "");
	case IR_ZEXT:
		return i->size < 8 ? LLVMBuildAnd(B, a, c64(e, (1ULL << (i->size * 8)) - 1), "") : a;
	case IR_SEXT:
		return i->size < 8 ? LLVMBuildSExt(B, narrow(e, a, i->size), e->i64, "") : a;
	default:
		break;
	}
	b = opb(e, i);
	switch (i->op) {
	case IR_ADD: return LLVMBuildAdd(B, a, b, "");
	case IR_SUB: return LLVMBuildSub(B, a, b, "");
	case IR_MUL: return LLVMBuildMul(B, a, b, "");
	case IR_AND: return LLVMBuildAnd(B, a, b, "");
	case IR_OR: return LLVMBuildOr(B, a, b, "");
	case IR_XOR: return LLVMBuildXor(B, a, b, "");
	case IR_SHL: return LLVMBuildShl(B, a, LLVMBuildAnd(B, b, c64(e, 63), ""), "");
	case IR_SHR: return LLVMBuildLShr(B, a, LLVMBuildAnd(B, b, c64(e, 63), ""), "");
	case IR_SAR: return LLVMBuildAShr(B, a, LLVMBuildAnd(B, b, c64(e, 63), ""), "");
	case IR_DIVU: return LLVMBuildUDiv(B, a, b, "");
	case IR_DIVS: return LLVMBuildSDiv(B, a, b, "");
	case IR_REMU: return LLVMBuildURem(B, a, b, "");
	case IR_REMS: return LLVMBuildSRem(B, a, b, "");
	case IR_SETC:
		return LLVMBuildZExt(B, LLVMBuildICmp(B, preds[i->cc % 10], a, b, ""), e->i64, "");
	default: return NULL;
	}
}

/*
 * The 16-byte SSE access as the lifter emits it: i, then a+8, then the same
 * access of the other half at a+8; emitted as one access (e->skip = 2).
 */
static bool pair16(struct em *e, const struct ir_insn *i)
{
	const struct ir_insn *add = i + 1, *hi = i + 2;

	if (i->size != 8 || (unsigned)(i - e->blk->code) + 2 >= e->blk->n)
		return false;
	if (add->op != IR_ADD || !(add->flags & IRF_BIMM) || add->imm != 8 || add->a != i->a ||
	    hi->op != i->op || hi->size != 8 || hi->a != add->d || !add->d || add->d == i->a)
		return false;
	if (i->op == IR_LD && (!i->d || i->d == i->a || i->d == add->d || hi->d == i->d))
		return false;
	if (i->op == IR_ST && hi->b == add->d)
		return false;
	e->skip = 2;
	return true;
}

/* One op; -1 if it cannot be lowered. */
static int emit_op(struct em *e, const struct ir_insn *i, unsigned idx)
{
	LLVMBuilderRef B = e->b;
	LLVMValueRef v;

	switch ((enum ir_op)i->op) {
	case IR_NOP:
		break;
	case IR_INSN:
		e->cur_rip = i->imm;
		e->rip_stored = false;
		break;
	case IR_MOVI: tset(e, i->d, c64(e, i->imm)); break;
	case IR_MOV: tset(e, i->d, tv(e, i->a)); break;
	case IR_LDC: tset(e, i->d, emit_ldc(e, i->imm, i->size)); break;
	case IR_STC: emit_stc(e, i->imm, i->size, tv(e, i->a)); break;
	case IR_LD:
		if (pair16(e, i)) {
			v = guest_access(e, false, 16, tv(e, i->a), NULL);
			tset(e, i->d, LLVMBuildExtractElement(B, v, LLVMConstInt(e->i32, 0, 0), ""));
			tset(e, i[1].d, LLVMBuildAdd(B, tv(e, i->a), c64(e, 8), ""));
			tset(e, i[2].d, LLVMBuildExtractElement(B, v, LLVMConstInt(e->i32, 1, 0), ""));
		} else {
			v = guest_access(e, false, i->size, tv(e, i->a), NULL);
			tset(e, i->d, v);
		}
		if (e->tso) /* guest accesses may be misaligned: fences, not ldar/stlr */
			LLVMBuildFence(B, LLVMAtomicOrderingAcquire, 0, "");
		break;
	case IR_ST:
		if (e->tso)
			LLVMBuildFence(B, LLVMAtomicOrderingRelease, 0, "");
		if (pair16(e, i)) {
			v = LLVMBuildInsertElement(B, LLVMGetUndef(e->v2i64), tv(e, i->b),
						   LLVMConstInt(e->i32, 0, 0), "");
			v = LLVMBuildInsertElement(B, v, tv(e, i[2].b), LLVMConstInt(e->i32, 1, 0), "");
			tset(e, i[1].d, LLVMBuildAdd(B, tv(e, i->a), c64(e, 8), ""));
			guest_access(e, true, 16, tv(e, i->a), v);
		} else {
			guest_access(e, true, i->size, tv(e, i->a), tv(e, i->b));
		}
		break;
	case IR_ADD: case IR_SUB: case IR_MUL: case IR_AND: case IR_OR: case IR_XOR:
	case IR_SHL: case IR_SHR: case IR_SAR: case IR_NOT: case IR_NEG:
	case IR_ZEXT: case IR_SEXT: case IR_DIVU: case IR_DIVS: case IR_REMU: case IR_REMS:
	case IR_SETC:
		tset(e, i->d, emit_arith(e, i));
		break;
	case IR_ROL: case IR_ROR: tset(e, i->d, emit_rot(e, i)); break;
	case IR_MULHU: case IR_MULHS: tset(e, i->d, emit_mulh(e, i)); break;
	case IR_SEL:
		v = LLVMBuildICmp(B, LLVMIntNE, tv(e, i->a), c64(e, 0), "");
		tset(e, i->d, LLVMBuildSelect(B, v, tv(e, i->b), tv(e, i->c), ""));
		break;
	case IR_CLZ: case IR_CTZ: case IR_POPCNT: tset(e, i->d, emit_bitcount(e, i)); break;
	case IR_BSWAP: tset(e, i->d, emit_bswap(e, i)); break;
	case IR_CALL: tset(e, i->d, emit_call(e, i)); break;
	case IR_XCHG: case IR_CMPXCHG: case IR_AADD: case IR_AAND: case IR_AOR: case IR_AXOR:
		tset(e, i->d, emit_atomic(e, i));
		break;
	case IR_FENCE:
		LLVMBuildFence(B, LLVMAtomicOrderingSequentiallyConsistent, 0, "");
		break;
	case IR_LABEL:
		LLVMBuildBr(B, e->lbl[idx]);
		LLVMPositionBuilderAtEnd(B, e->lbl[idx]);
		if (e->live)
			flow_to(e, &e->lin[e->cur_m][idx]);
		flow_from(e, &e->lin[e->cur_m][idx]);
		break;
	case IR_BR:
		if (i->imm >= e->blk->n || !e->lbl[i->imm])
			return -1;
		flow_to(e, &e->lin[e->cur_m][i->imm]);
		LLVMBuildBr(B, e->lbl[i->imm]);
		start_dead_block(e);
		break;
	case IR_BRC: {
		LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");

		if (i->imm >= e->blk->n || !e->lbl[i->imm])
			return -1;
		flow_to(e, &e->lin[e->cur_m][i->imm]);
		v = LLVMBuildICmp(B, LLVMIntNE, tv(e, i->a), c64(e, 0), "");
		LLVMBuildCondBr(B, v, e->lbl[i->imm], next);
		LLVMPositionBuilderAtEnd(B, next);
		break;
	}
	case IR_GOTO:
		emit_goto(e, i);
		start_dead_block(e);
		break;
	case IR_GOTOR:
		emit_gotor(e, tv(e, i->a));
		start_dead_block(e);
		break;
	case IR_EXIT:
		store_back(e, e->dirty);
		LLVMBuildRet(B, c64(e, i->imm));
		start_dead_block(e);
		break;
	default:
		return -1;
	}
	return 0;
}

/* Which cpu fields the block touches: those are cached in allocas. */
static void scan_slots(struct em *e, const struct llvm_block *blk)
{
	uint32_t bad = 0;

	for (unsigned k = 0; k < blk->n; k++) {
		const struct ir_insn *i = &blk->code[k];
		unsigned s = (unsigned)(i->imm / 8);

		if ((i->op != IR_LDC && i->op != IR_STC) || i->imm >= 8 * NSLOT)
			continue;
		if (i->imm % 8 + i->size > 8) /* straddles two fields: leave both in memory */
			bad |= 3u << s;
		e->cached |= 1u << s;
		if (i->op == IR_STC)
			e->written |= 1u << s;
	}
	e->bad |= bad;
}

static void init_types(struct em *e)
{
	LLVMTypeRef hargs[5];

	e->i1 = LLVMInt1TypeInContext(e->ctx);
	e->i8 = LLVMInt8TypeInContext(e->ctx);
	e->i32 = LLVMInt32TypeInContext(e->ctx);
	e->i64 = LLVMInt64TypeInContext(e->ctx);
	e->i128 = LLVMInt128TypeInContext(e->ctx);
	e->ptr = LLVMPointerTypeInContext(e->ctx, 0);
	e->fnty = LLVMFunctionType(e->i64, &e->ptr, 1, 0);
	hargs[0] = e->ptr;
	hargs[1] = hargs[2] = hargs[3] = hargs[4] = e->i64;
	e->helperty = LLVMFunctionType(e->i64, hargs, 5, 0);
	e->v2i64 = LLVMVectorType(e->i64, 2);
}

/* Emit member m's ops at its header; -1 if an op cannot be lowered. */
static int emit_member(struct em *e, unsigned m)
{
	const struct llvm_block *blk = member(e, m);
	int ret = 0;

	e->blk = blk;
	e->cur_m = m;
	e->t = calloc(blk->ntemps + 1, sizeof(*e->t));
	e->lbl = calloc(blk->n, sizeof(*e->lbl));
	e->ndef = calloc(blk->ntemps + 1, sizeof(*e->ndef));
	e->kval = calloc(blk->ntemps + 1, sizeof(*e->kval));
	BUG_ON(!e->t || !e->lbl || !e->ndef || !e->kval);
	for (unsigned k = 0; k < blk->n; k++) {
		const struct ir_insn *i = &blk->code[k];

		if (i->d && i->d <= blk->ntemps) {
			e->ndef[i->d] = !e->ndef[i->d] && i->op == IR_MOVI ? 1 : 2;
			e->kval[i->d] = i->imm;
		}
	}
	/* temporaries: allocas in the entry block, so that SROA promotes them */
	LLVMPositionBuilder(e->b, LLVMGetEntryBasicBlock(e->fn),
			    LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(e->fn)));
	for (unsigned k = 1; k <= blk->ntemps; k++)
		e->t[k] = LLVMBuildAlloca(e->b, e->i64, "");
	LLVMPositionBuilderAtEnd(e->b, e->mhdr[m]);
	for (unsigned k = 0; k < blk->n; k++)
		if (blk->code[k].op == IR_LABEL)
			e->lbl[k] = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	flow_from(e, &e->hin[m]);
	for (unsigned k = 0; k < blk->n && !ret; k++) {
		e->skip = 0;
		ret = emit_op(e, &blk->code[k], k);
		k += e->skip;
	}
	if (!LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(e->b)))
		LLVMBuildUnreachable(e->b);
	free(e->t);
	free(e->lbl);
	free(e->ndef);
	free(e->kval);
	return ret;
}

/* One emission of the whole function; -1 if an op cannot be lowered. */
static int emit_function(struct em *e, const char *name)
{
	unsigned nm = e->head->nmembers + 1;
	LLVMBasicBlockRef entry;
	int ret = 0;

	e->fn = LLVMAddFunction(e->mod, name, e->fnty);
	e->cpu = LLVMGetParam(e->fn, 0);
	entry = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "entry");
	LLVMPositionBuilderAtEnd(e->b, entry);
	e->vf.entry = entry;
	e->vf.mxcsr = NULL;
	for (unsigned s = 0; s < NSLOT; s++)
		if (e->cached & (1u << s))
			e->slot[s] = LLVMBuildAlloca(e->b, e->i64, "");
	reload(e);
	/* the entry is a checkpoint: struct x86_cpu holds the state at the block's pc */
	LLVMSetVolatile(LLVMBuildStore(e->b, c64(e, e->head->pc), field_ptr(e, X86_CPU_OFF(insn_rip))),
			1);
#ifdef __x86_64__
	if (e->vf.host_fp)
		llvm_vecfp_host_entry(e->b, e->fn, e->cpu);
#endif
	for (unsigned m = 0; m < nm; m++)
		e->mhdr[m] = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	LLVMBuildBr(e->b, e->mhdr[0]);
	for (unsigned m = 0; m < nm && !ret; m++)
		ret = emit_member(e, m);
	return ret;
}

/* Emissions until the in-states of join points are stable: at most this many. */
#define EMIT_PASSES 8

int llvm_emit_block(LLVMModuleRef mod, const struct llvm_block *blk, const char *name,
		    bool *host_fp)
{
	struct em e = { .mod = mod, .head = blk, .ctx = LLVMGetModuleContext(mod),
			 .tso = jit_tso_fences() };
	unsigned nm = blk->nmembers + 1, pass = 0;
	int ret;

	init_types(&e);
	e.b = LLVMCreateBuilderInContext(e.ctx);
	e.mhdr = calloc(nm, sizeof(*e.mhdr));
	e.hin = calloc(nm, sizeof(*e.hin));
	e.lin = calloc(nm, sizeof(*e.lin));
	BUG_ON(!e.mhdr || !e.hin || !e.lin);
	for (unsigned m = 0; m < nm; m++) {
		scan_slots(&e, member(&e, m));
		llvm_vec_scan(&e.vf, member(&e, m)->code, member(&e, m)->n);
		e.lin[m] = calloc(member(&e, m)->n + 1, sizeof(**e.lin));
		BUG_ON(!e.lin[m]);
	}
	e.vf.host_fp = *host_fp = llvm_vec_host_fp(&e.vf);
	e.cached &= ~e.bad & ((1u << NSLOT) - 1);
	e.written &= e.cached;
	/* the entry: a checkpoint (emit_function) */
	e.hin[0] = (struct ckstate){ 0, false, false };
	for (;;) {
		e.changed = false;
		ret = emit_function(&e, name);
		if (ret || !e.changed)
			break;
		LLVMDeleteFunction(e.fn); /* an edge added to an in-state: again */
		if (++pass == EMIT_PASSES - 1) /* the last: everything at every join */
			for (unsigned m = 0; m < nm; m++) {
				e.hin[m] = (struct ckstate){ e.cached, true, true };
				for (unsigned k = 0; k < member(&e, m)->n; k++)
					e.lin[m][k] = e.hin[m];
			}
	}
	LLVMDisposeBuilder(e.b);
	for (unsigned m = 0; m < nm; m++)
		free(e.lin[m]);
	free(e.lin);
	free(e.hin);
	free(e.mhdr);
	if (ret)
		LLVMDeleteFunction(e.fn);
#ifdef __x86_64__
	else if (e.vf.host_fp)
		llvm_vecfp_host_finish(e.fn, e.cpu);
#endif
	return ret;
}
