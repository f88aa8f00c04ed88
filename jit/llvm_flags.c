// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Lazy flags in compiled code. A condition (or EFLAGS) that the lifter cannot
 * compute inline, because the instruction that set the flags is in another block,
 * is a call of h_cc_eval (or h_cc_compute) with the lazy state. Inside a region
 * the setter's block is often a member of the same function: once LLVM has
 * optimised it, the call's cc_op is a constant. Such a call is replaced here by
 * the few instructions of that one case of cc_eval / cc_compute (jit/flags.c, which
 * the interpreter keeps calling: tests/unit/llvm_vs_interp compares the two).
 * sqlite3 spent 8 % of its compiled steady state in those helpers.
 */
#include "flags.h"
#include "llvm_int.h"

struct fx {
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTypeRef i1, i64;
	unsigned sh;  /* sign bit of the operation's size */
	uint64_t m;   /* its mask */
};

/* The flags of one lazy state: i1 each, and AF as an i64 (0 or X86_AF). */
struct fl {
	LLVMValueRef o, c, z, s, p, a;
};

static LLVMValueRef k64(struct fx *x, uint64_t v)
{
	return LLVMConstInt(x->i64, v, 0);
}

static LLVMValueRef bit(struct fx *x, LLVMValueRef v, unsigned n)
{
	return LLVMBuildTrunc(x->b, LLVMBuildLShr(x->b, v, k64(x, n), ""), x->i1, "");
}

static LLVMValueRef and_m(struct fx *x, LLVMValueRef v)
{
	return LLVMBuildAnd(x->b, v, k64(x, x->m), "");
}

static LLVMValueRef cmp(struct fx *x, LLVMIntPredicate p, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildICmp(x->b, p, a, b, "");
}

/* ZF, SF, PF of a result already masked to the size */
static void zsp(struct fx *x, struct fl *f, LLVMValueRef d)
{
	LLVMValueRef low = LLVMBuildAnd(x->b, d, k64(x, 0xff), "");
	LLVMValueRef pop = llvm_intr(x->mod, x->b, "llvm.ctpop", x->i64, &low, 1);

	f->z = cmp(x, LLVMIntEQ, d, k64(x, 0));
	f->s = bit(x, d, x->sh);
	f->p = LLVMBuildNot(x->b, bit(x, pop, 0), ""); /* even number of ones */
}

/* AF of an add or subtract: bit 4 of d ^ s1 ^ s */
static LLVMValueRef af(struct fx *x, LLVMValueRef d, LLVMValueRef s1, LLVMValueRef s)
{
	LLVMValueRef v = LLVMBuildXor(x->b, LLVMBuildXor(x->b, d, s1, ""), s, "");

	return LLVMBuildAnd(x->b, v, k64(x, X86_AF), "");
}

/* cc_compute for the constant op, as i1 flags (jit/flags.c line by line) */
static void compute(struct fx *x, unsigned op, LLVMValueRef dst, LLVMValueRef src,
		    LLVMValueRef src2, struct fl *f)
{
	LLVMValueRef no = LLVMConstInt(x->i1, 0, 0), zero = k64(x, 0), d, s, s1, cin;
	enum cc_kind kind = cc_op_kind(op);
	bool carry = kind == CC_ADC || kind == CC_SBB, inc = kind == CC_INC;

	*f = (struct fl){ no, no, no, no, no, zero };
	d = and_m(x, dst);
	s = and_m(x, src);
	switch (kind) {
	case CC_EFLAGS:
		f->o = bit(x, src, __builtin_ctzll(X86_OF));
		f->c = bit(x, src, __builtin_ctzll(X86_CF));
		f->z = bit(x, src, __builtin_ctzll(X86_ZF));
		f->s = bit(x, src, __builtin_ctzll(X86_SF));
		f->p = bit(x, src, __builtin_ctzll(X86_PF));
		f->a = LLVMBuildAnd(x->b, src, k64(x, X86_AF), "");
		return;
	case CC_ADD:
	case CC_ADC:
	case CC_SUB:
	case CC_SBB: {
		bool add = kind == CC_ADD || kind == CC_ADC;
		LLVMValueRef lt;

		cin = carry ? LLVMBuildAnd(x->b, src2, k64(x, 1), "") : zero;
		s1 = add ? LLVMBuildSub(x->b, LLVMBuildSub(x->b, dst, src, ""), cin, "")
			 : LLVMBuildAdd(x->b, LLVMBuildAdd(x->b, dst, src, ""), cin, "");
		s1 = and_m(x, s1);
		zsp(x, f, d);
		/* add: CF = cin ? d <= s : d < s; subtract: the same of s1 and s */
		lt = cmp(x, LLVMIntULT, add ? d : s1, s);
		f->c = carry ? LLVMBuildSelect(x->b, cmp(x, LLVMIntNE, cin, zero),
					       cmp(x, LLVMIntULE, add ? d : s1, s), lt, "")
			     : lt;
		f->o = add ? bit(x, LLVMBuildAnd(x->b, LLVMBuildXor(x->b, s1, d, ""),
						 LLVMBuildXor(x->b, s, d, ""), ""), x->sh)
			   : bit(x, LLVMBuildAnd(x->b, LLVMBuildXor(x->b, s1, s, ""),
						 LLVMBuildXor(x->b, s1, d, ""), ""), x->sh);
		f->a = af(x, d, s1, s);
		return;
	}
	case CC_LOGIC:
		zsp(x, f, d);
		return;
	case CC_INC:
	case CC_DEC:
		s1 = and_m(x, inc ? LLVMBuildSub(x->b, d, k64(x, 1), "") : LLVMBuildAdd(x->b, d, k64(x, 1), ""));
		zsp(x, f, d);
		f->c = bit(x, src, 0);
		f->o = cmp(x, LLVMIntEQ, d, k64(x, inc ? 1ull << x->sh : (1ull << x->sh) - 1));
		f->a = af(x, d, s1, k64(x, 1));
		return;
	case CC_SHL:
	case CC_SAR:
		zsp(x, f, d);
		f->c = kind == CC_SHL ? bit(x, src, x->sh) : bit(x, src, 0);
		f->o = bit(x, and_m(x, LLVMBuildXor(x->b, src, dst, "")), x->sh);
		return;
	case CC_MUL:
		zsp(x, f, d);
		f->c = f->o = cmp(x, LLVMIntNE, src, zero);
		return;
	case CC_BSF:
	case CC_POPCNT:
		f->z = cmp(x, LLVMIntEQ, d, zero);
		return;
	default:
		return;
	}
}

static LLVMValueRef flag64(struct fx *x, LLVMValueRef v, uint64_t f)
{
	return LLVMBuildSelect(x->b, v, k64(x, f), k64(x, 0), "");
}

/* cc_compute's value: the six flags in their EFLAGS positions */
static LLVMValueRef flags_word(struct fx *x, const struct fl *f)
{
	LLVMValueRef w = f->a;

	w = LLVMBuildOr(x->b, w, flag64(x, f->o, X86_OF), "");
	w = LLVMBuildOr(x->b, w, flag64(x, f->c, X86_CF), "");
	w = LLVMBuildOr(x->b, w, flag64(x, f->z, X86_ZF), "");
	w = LLVMBuildOr(x->b, w, flag64(x, f->s, X86_SF), "");
	return LLVMBuildOr(x->b, w, flag64(x, f->p, X86_PF), "");
}

/* cc_eval's value (0 or 1) for condition cc */
static LLVMValueRef cond(struct fx *x, const struct fl *f, uint64_t cc)
{
	LLVMValueRef r;

	switch (cc >> 1) {
	case 0: r = f->o; break;
	case 1: r = f->c; break;
	case 2: r = f->z; break;
	case 3: r = LLVMBuildOr(x->b, f->c, f->z, ""); break;
	case 4: r = f->s; break;
	case 5: r = f->p; break;
	case 6: r = LLVMBuildXor(x->b, f->s, f->o, ""); break; /* SF != OF */
	default: r = LLVMBuildOr(x->b, f->z, LLVMBuildXor(x->b, f->s, f->o, ""), ""); break;
	}
	if (cc & 1)
		r = LLVMBuildNot(x->b, r, "");
	return LLVMBuildZExt(x->b, r, x->i64, "");
}

/* The helper a call calls, if its callee is a constant address. */
static uint64_t callee(LLVMValueRef call)
{
	LLVMValueRef c = LLVMGetCalledValue(call);

	if (LLVMIsAConstantExpr(c) && LLVMGetConstOpcode(c) == LLVMIntToPtr)
		c = LLVMGetOperand(c, 0);
	return LLVMIsAConstantInt(c) ? LLVMConstIntGetZExtValue(c) : 0;
}

static void inline_call(struct fx *x, LLVMValueRef call, bool eval)
{
	/* helper(cpu, a, b, c, e): a = op (| cc << 16 for h_cc_eval) */
	uint64_t a = LLVMConstIntGetZExtValue(LLVMGetOperand(call, 1));
	unsigned op = (unsigned)(a & 0xffff), size = cc_op_size(op);
	struct fl f;
	LLVMValueRef v;

	x->sh = size * 8 - 1;
	x->m = size == 8 ? ~0ull : (1ull << (size * 8)) - 1;
	LLVMPositionBuilderBefore(x->b, call);
	compute(x, op, LLVMGetOperand(call, 2), LLVMGetOperand(call, 3), LLVMGetOperand(call, 4), &f);
	v = eval ? cond(x, &f, a >> 16) : flags_word(x, &f);
	LLVMReplaceAllUsesWith(call, v);
	LLVMInstructionEraseFromParent(call);
}

unsigned llvm_inline_flags(LLVMModuleRef mod)
{
	uint64_t ev = (uint64_t)(uintptr_t)h_cc_eval.fn, co = (uint64_t)(uintptr_t)h_cc_compute.fn;
	LLVMContextRef ctx = LLVMGetModuleContext(mod);
	struct fx x = { .mod = mod, .b = LLVMCreateBuilderInContext(ctx),
			.i1 = LLVMInt1TypeInContext(ctx), .i64 = LLVMInt64TypeInContext(ctx) };
	unsigned n = 0;

	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
			LLVMValueRef i = LLVMGetFirstInstruction(bb), next;

			for (; i; i = next) {
				uint64_t h;

				next = LLVMGetNextInstruction(i);
				if (!LLVMIsACallInst(i) || LLVMGetNumArgOperands(i) != 5 ||
				    !LLVMIsAConstantInt(LLVMGetOperand(i, 1)))
					continue;
				h = callee(i);
				if (h && (h == ev || h == co)) {
					inline_call(&x, i, h == ev);
					n++;
				}
			}
		}
	LLVMDisposeBuilder(x.b);
	return n;
}
