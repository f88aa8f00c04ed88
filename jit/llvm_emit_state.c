// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The emitter's guest state (jit/llvm_emit.c lowers the ops): the cached slots,
 * checkpoints, guest accesses, and control flow between blocks.
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
#include "interp.h"
#include "llvm_emit.h"

/* ---- cached state ---- */

void em_store_back(struct em *e, uint32_t mask)
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

void em_reload(struct em *e)
{
	for (unsigned s = 0; s < NSLOT; s++)
		if (e->cached & (1u << s))
			LLVMBuildStore(e->b, load_field(e, 8 * s, e->i64), e->slot[s]);
}

/* cpu->insn_rip = rip, volatile like the slots of a checkpoint. */
void em_store_insn_rip(struct em *e, uint64_t rip)
{
	LLVMSetVolatile(LLVMBuildStore(e->b, c64(e, rip), field_ptr(e, X86_CPU_OFF(insn_rip))), 1);
}

/* A checkpoint: struct x86_cpu holds the state at the current instruction. */
void em_checkpoint(struct em *e)
{
	store_back_precise(e, e->dirty);
	e->dirty = 0;
	e->effect = false;
	e->loaded = false;
	e->vf.read_first = e->vf.written = 0;
	if (!e->rip_stored) {
		em_store_insn_rip(e, e->cur_rip);
		e->rip_stored = true;
	}
}

/*
 * A write of size bytes of struct x86_cpu at off, in place: an effect if they
 * were read since the last checkpoint before being written (or are not XMM/vtmp).
 */
void em_track_war(struct em *e, uint64_t off, unsigned size)
{
	llvm_vec_track(&e->vf, off, size, true);
	em_take_war(e);
}

/* A write-after-read llvm_vec_track saw is an effect. */
void em_take_war(struct em *e)
{
	e->effect |= e->vf.war;
	e->vf.war = false;
}

/* An edge from the current position to a join point whose in-state is *to. */
void em_flow_to(struct em *e, struct ckstate *to)
{
	struct ckstate j = { to->dirty | e->dirty, to->effect || e->effect, to->loaded || e->loaded,
			     to->read_first | e->vf.read_first };

	if (j.dirty != to->dirty || j.effect != to->effect || j.loaded != to->loaded ||
	    j.read_first != to->read_first) {
		*to = j;
		e->changed = true;
	}
}

/* At a join point: its in-state; insn_rip may hold any of the predecessors' rips. */
void em_flow_from(struct em *e, const struct ckstate *in)
{
	e->dirty = in->dirty;
	e->effect = in->effect;
	e->loaded = in->loaded;
	e->vf.read_first = in->read_first;
	e->vf.written = 0; /* not known to be written on every incoming edge */
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
LLVMValueRef em_guest_access(struct em *e, bool st, unsigned size, LLVMValueRef addr,
			     LLVMValueRef val)
{
	LLVMTypeRef ty = size == 16 ? e->v2i64 : ity(e, size);
	LLVMValueRef p, v;

	if (e->effect)
		em_checkpoint(e);
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

LLVMValueRef em_ldc(struct em *e, uint64_t off, unsigned size)
{
	unsigned s;
	LLVMValueRef v;

	if (!slot_of(e, off, size, &s)) {
		llvm_vec_track(&e->vf, off, size, false);
		return LLVMBuildZExt(e->b, load_field(e, off, ity(e, size)), e->i64, "");
	}
	v = LLVMBuildLoad2(e->b, e->i64, e->slot[s], "");
	if (off % 8)
		v = LLVMBuildLShr(e->b, v, c64(e, (off % 8) * 8), "");
	if (size < 8)
		v = LLVMBuildAnd(e->b, v, c64(e, (1ULL << (size * 8)) - 1), "");
	return v;
}

void em_stc(struct em *e, uint64_t off, unsigned size, LLVMValueRef v)
{
	unsigned s;

	if (!slot_of(e, off, size, &s)) {
		store_field(e, off, size < 8 ? LLVMBuildTrunc(e->b, v, ity(e, size), "") : v);
		em_track_war(e, off, size);
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

void em_dead_block(struct em *e)
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

/* If ok, jump to compiled code fn (a tail call), else return r from block ret. */
static void jump_or_return(struct em *e, LLVMValueRef ok, LLVMValueRef fn, LLVMBasicBlockRef ret,
			   LLVMValueRef r)
{
	LLVMBasicBlockRef tail = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	LLVMValueRef call;

	LLVMBuildCondBr(e->b, ok, tail, ret);
	LLVMPositionBuilderAtEnd(e->b, tail);
	call = LLVMBuildCall2(e->b, e->fnty, fn, &e->cpu, 1, "");
	LLVMSetTailCallKind(call, LLVMTailCallKindMustTail);
	LLVMBuildRet(e->b, call);
	LLVMPositionBuilderAtEnd(e->b, ret);
	LLVMBuildRet(e->b, r);
}

/* Direct exit: loop to our own start, jump to the compiled successor, or return. */
void em_goto(struct em *e, const struct ir_insn *i)
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
		em_flow_to(e, &e->hin[m]);
		if (m > e->cur_m) {
			LLVMBuildBr(e->b, e->mhdr[m]);
			LLVMDeleteBasicBlock(ret);
			return;
		}
		LLVMBuildCondBr(e->b, pending_zero(e), e->mhdr[m], ret);
		LLVMPositionBuilderAtEnd(e->b, ret);
		set_rip(e, c64(e, i->imm));
		em_store_back(e, e->written | e->dirty);
		LLVMBuildRet(e->b, exit_tag(e, k));
		return;
	}
	set_rip(e, c64(e, i->imm));
	em_store_back(e, e->dirty);
	slot = LLVMConstIntToPtr(c64(e, (uint64_t)(uintptr_t)&e->blk->chain[k]), e->ptr);
	next = LLVMBuildLoad2(e->b, e->ptr, slot, "");
	LLVMSetOrdering(next, LLVMAtomicOrderingAcquire);
	LLVMSetAlignment(next, 8);
	ok = LLVMBuildAnd(e->b, LLVMBuildIsNotNull(e->b, next, ""), pending_zero(e), "");
	jump_or_return(e, ok, next, ret, exit_tag(e, k));
}

/* Indirect exit: jump through the thread's jump cache when the target is there. */
void em_gotor(struct em *e, LLVMValueRef target)
{
	LLVMBasicBlockRef ret = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");
	LLVMValueRef h, ent, pc, fn, ok;

	set_rip(e, target);
	em_store_back(e, e->dirty);
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
	jump_or_return(e, ok, fn, ret, c64(e, (uint64_t)(int64_t)INTERP_GOTOR));
}
