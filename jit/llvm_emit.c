// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * xbt IR -> LLVM IR, one function per block. Mechanical like the interpreter:
 * every op maps to a few LLVM instructions; LLVM's passes do the optimising.
 *
 * State: the first NSLOT 8-byte fields of struct x86_cpu (GPRs, rip, lazy flags,
 * eflags, df) are cached in allocas, loaded on entry and stored back on exit, so
 * SROA/mem2reg keeps them in host registers. Other fields are accessed in place.
 * Temporaries are allocas too (they are redefined in loops across labels).
 */
#include <stdlib.h>
#include <string.h>

#include "jit.h"
#include "llvm_emit.h"

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

	em_checkpoint(e); /* the state in struct x86_cpu: the atomic may fault */
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
		r = llvm_vec_call(e->b, e->cpu, &e->vf, h, args + 1, k, v);
		/* its in-place accesses were tracked (llvm_vec_track); a slow path calls
		 * the same helper, which reads and writes what the fast path does */
		em_take_war(e);
		if (r)
			return r;
	}

	/* after a checkpoint the struct holds all state: HF_STATE helpers see it */
	if (h->flags & (HF_STATE | HF_MEM))
		em_checkpoint(e);
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
		em_reload(e);
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
	case IR_LDC: tset(e, i->d, em_ldc(e, i->imm, i->size)); break;
	case IR_STC: em_stc(e, i->imm, i->size, tv(e, i->a)); break;
	case IR_LD:
		if (pair16(e, i)) {
			v = em_guest_access(e, false, 16, tv(e, i->a), NULL);
			tset(e, i->d, LLVMBuildExtractElement(B, v, LLVMConstInt(e->i32, 0, 0), ""));
			tset(e, i[1].d, LLVMBuildAdd(B, tv(e, i->a), c64(e, 8), ""));
			tset(e, i[2].d, LLVMBuildExtractElement(B, v, LLVMConstInt(e->i32, 1, 0), ""));
		} else {
			v = em_guest_access(e, false, i->size, tv(e, i->a), NULL);
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
			em_guest_access(e, true, 16, tv(e, i->a), v);
		} else {
			em_guest_access(e, true, i->size, tv(e, i->a), tv(e, i->b));
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
			em_flow_to(e, &e->lin[e->cur_m][idx]);
		em_flow_from(e, &e->lin[e->cur_m][idx]);
		break;
	case IR_BR:
		if (i->imm >= e->blk->n || !e->lbl[i->imm])
			return -1;
		em_flow_to(e, &e->lin[e->cur_m][i->imm]);
		LLVMBuildBr(B, e->lbl[i->imm]);
		em_dead_block(e);
		break;
	case IR_BRC: {
		LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(e->ctx, e->fn, "");

		if (i->imm >= e->blk->n || !e->lbl[i->imm])
			return -1;
		em_flow_to(e, &e->lin[e->cur_m][i->imm]);
		v = LLVMBuildICmp(B, LLVMIntNE, tv(e, i->a), c64(e, 0), "");
		LLVMBuildCondBr(B, v, e->lbl[i->imm], next);
		LLVMPositionBuilderAtEnd(B, next);
		break;
	}
	case IR_GOTO:
		em_goto(e, i);
		em_dead_block(e);
		break;
	case IR_GOTOR:
		em_gotor(e, tv(e, i->a));
		em_dead_block(e);
		break;
	case IR_EXIT:
		em_store_back(e, e->dirty);
		LLVMBuildRet(B, c64(e, i->imm));
		em_dead_block(e);
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
	em_flow_from(e, &e->hin[m]);
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
	em_reload(e);
	/* the entry is a checkpoint: struct x86_cpu holds the state at the block's pc */
	em_store_insn_rip(e, e->head->pc);
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
	e.hin[0] = (struct ckstate){ 0, false, false, 0 };
	for (;;) {
		e.changed = false;
		ret = emit_function(&e, name);
		if (ret || !e.changed)
			break;
		LLVMDeleteFunction(e.fn); /* an edge added to an in-state: again */
		if (++pass == EMIT_PASSES - 1) /* the last: everything at every join */
			for (unsigned m = 0; m < nm; m++) {
				e.hin[m] = (struct ckstate){ e.cached, true, true, ~0ull };
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
