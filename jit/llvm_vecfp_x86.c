// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * SSE arithmetic on an x86_64 host: the host's instruction is the guest's, with
 * the same results and the same MXCSR flags, so the operand and result checks of
 * llvm_vecfp.c (2-4x on fp code) are not needed.
 *
 * In a function with such operations ("host-fp", decided before emitting it):
 * - on entry, host flags that the guest's MXCSR lacks are cleared (raised by xbt's
 *   own fp code, or cleared by the guest since): from then on, the host's flags are
 *   all the guest's;
 * - add/sub/mul/div/sqrt (packed or scalar) are the host instruction, in an inline
 *   asm with side effects (LLVM neither moves nor folds it), when the guest's MXCSR
 *   has the host's control bits (all masked, round to nearest, no DAZ/FTZ: the result
 *   is then exact); otherwise the helper, as on other hosts;
 * - the flags the host raised are ORed into the guest's MXCSR before every exit and
 *   every call of a helper that is not pure (it may read MXCSR, or fault), and the
 *   host's flags are cleared after each call of an HF_VEC helper (its own host
 *   arithmetic may raise some; such calls are the slow paths of fp code);
 * - a fault in the function adds the flags from the signal context to the guest's
 *   MXCSR before the guest runs again from its checkpoint (llvm_fnmap.c).
 * LLVM's own fp instructions in other fast paths raise only flags the guest's
 * instruction raises too (their conditions), so the host's flags stay the guest's.
 */
#include <stdio.h>
#include <string.h>

#include "llvm_vec.h"
#include "ssefp.h"

#ifdef __x86_64__

static const char *const mnem[] = { "add", "sub", "mul", "div", "sqrt" };

/*
 * What an asm call touches, for LLVM's alias analysis (the "memory" attribute: two
 * bits per location, argument memory first): nothing, or only what its pointer
 * operands point to. Without it an asm with side effects is assumed to touch all
 * memory, and every guest register in struct x86_cpu would be reloaded after it.
 */
#define MEM_NONE 0
#define MEM_ARGMEM 3

static void memory_effects(LLVMValueRef call, unsigned effects)
{
	LLVMContextRef ctx = LLVMGetTypeContext(LLVMTypeOf(call));
	unsigned kind = LLVMGetEnumAttributeKindForName("memory", 6);

	LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex,
				 LLVMCreateEnumAttribute(ctx, kind, effects));
}

/* The constant MXCSR_DEFAULT in memory, for ldmxcsr. */
static LLVMValueRef mx_host(LLVMModuleRef mod, LLVMTypeRef i32)
{
	LLVMValueRef g = LLVMGetNamedGlobal(mod, "xbt_mxcsr_host");

	if (!g) {
		g = LLVMAddGlobal(mod, i32, "xbt_mxcsr_host");
		LLVMSetInitializer(g, LLVMConstInt(i32, MXCSR_DEFAULT, 0));
		LLVMSetGlobalConstant(g, 1);
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		LLVMSetAlignment(g, 4);
	}
	return g;
}

/* asm "text" with one memory operand p (an i32): "*m" (read) or "=*m" (written). */
static void asm_mem(LLVMBuilderRef b, LLVMContextRef ctx, const char *text, const char *cons,
		    LLVMValueRef p)
{
	LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0), i32 = LLVMInt32TypeInContext(ctx);
	LLVMTypeRef fty = LLVMFunctionType(LLVMVoidTypeInContext(ctx), &ptr, 1, 0);
	LLVMValueRef asmv = LLVMGetInlineAsm(fty, (char *)text, strlen(text), (char *)cons,
					     strlen(cons), 1, 0, LLVMInlineAsmDialectATT, 0);
	LLVMValueRef call = LLVMBuildCall2(b, fty, asmv, &p, 1, "");
	unsigned kind = LLVMGetEnumAttributeKindForName("elementtype", 11);

	LLVMAddCallSiteAttribute(call, 1, LLVMCreateTypeAttribute(ctx, kind, i32));
	memory_effects(call, MEM_ARGMEM);
}

static void clear_host(LLVMBuilderRef b, LLVMModuleRef mod, LLVMContextRef ctx)
{
	asm_mem(b, ctx, __builtin_cpu_supports("avx") ? "vldmxcsr $0" : "ldmxcsr $0", "*m",
		mx_host(mod, LLVMInt32TypeInContext(ctx)));
}

/* The host's MXCSR flags (tmp: an i32 alloca for stmxcsr). */
static LLVMValueRef host_flags(LLVMBuilderRef b, LLVMContextRef ctx, LLVMValueRef tmp)
{
	LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);

	asm_mem(b, ctx, __builtin_cpu_supports("avx") ? "vstmxcsr $0" : "stmxcsr $0", "=*m", tmp);
	return LLVMBuildAnd(b, LLVMBuildLoad2(b, i32, tmp, ""), LLVMConstInt(i32, MXCSR_FLAGS, 0),
			    "");
}

/* The guest's MXCSR in struct x86_cpu: its address, and a load of it. */
static LLVMValueRef guest_mxcsr(LLVMBuilderRef b, LLVMContextRef ctx, LLVMValueRef cpu,
				LLVMValueRef *p)
{
	LLVMValueRef idx = LLVMConstInt(LLVMInt64TypeInContext(ctx), X86_CPU_OFF(mxcsr), 0), m;

	*p = LLVMBuildGEP2(b, LLVMInt8TypeInContext(ctx), cpu, &idx, 1, "");
	m = LLVMBuildLoad2(b, LLVMInt32TypeInContext(ctx), *p, "");
	LLVMSetAlignment(m, 1);
	return m;
}

/* guest MXCSR |= the host's flags */
static void flush(LLVMBuilderRef b, LLVMContextRef ctx, LLVMValueRef cpu, LLVMValueRef tmp)
{
	LLVMValueRef f = host_flags(b, ctx, tmp), p, m = guest_mxcsr(b, ctx, cpu, &p);

	LLVMSetAlignment(LLVMBuildStore(b, LLVMBuildOr(b, m, f, ""), p), 1);
}

/* A call that may observe MXCSR or run host fp code: not an intrinsic, not an asm. */
static bool real_call(LLVMValueRef i)
{
	LLVMValueRef callee;

	if (!LLVMIsACallInst(i))
		return false;
	callee = LLVMGetCalledValue(i);
	if (LLVMIsAInlineAsm(callee))
		return false;
	return !(LLVMIsAFunction(callee) && LLVMGetIntrinsicID(callee));
}

static bool marked(LLVMValueRef call, const char *kind)
{
	return LLVMGetCallSiteStringAttribute(call, LLVMAttributeFunctionIndex, kind,
					      (unsigned)strlen(kind)) != NULL;
}

void llvm_vecfp_host_finish(LLVMValueRef fn, LLVMValueRef cpu)
{
	LLVMContextRef ctx = LLVMGetTypeContext(LLVMTypeOf(fn));
	LLVMModuleRef mod = LLVMGetGlobalParent(fn);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
	LLVMValueRef tmp;

	LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(fn)));
	tmp = LLVMBuildAlloca(b, LLVMInt32TypeInContext(ctx), "");
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb), next; i; i = next) {
			next = LLVMGetNextInstruction(i);
			if (real_call(i)) {
				bool exit = LLVMIsTailCall(i) && next && LLVMIsAReturnInst(next);

				if (!exit && marked(i, "xbt-pure"))
					continue;
				LLVMPositionBuilderBefore(b, i);
				flush(b, ctx, cpu, tmp);
				if (!exit && marked(i, "xbt-fp")) {
					LLVMPositionBuilderBefore(b, next);
					clear_host(b, mod, ctx);
				}
			} else if (LLVMIsAReturnInst(i)) {
				LLVMValueRef prev = LLVMGetPreviousInstruction(i);

				if (prev && real_call(prev) && LLVMIsTailCall(prev))
					continue; /* flushed before the (musttail) call */
				LLVMPositionBuilderBefore(b, i);
				flush(b, ctx, cpu, tmp);
			}
		}
	LLVMDisposeBuilder(b);
}

/*
 * On entry: host flags that the guest's MXCSR lacks were raised by xbt's own fp code,
 * or the guest cleared them since (ldmxcsr, fxrstor: code that is not host-fp):
 * clear the host's flags then. The builder ends in the block that follows.
 */
void llvm_vecfp_host_entry(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef cpu)
{
	LLVMContextRef ctx = LLVMGetTypeContext(LLVMTypeOf(fn));
	LLVMModuleRef mod = LLVMGetGlobalParent(fn);
	LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
	LLVMValueRef tmp = LLVMBuildAlloca(b, i32, ""), h, g, p;
	LLVMBasicBlockRef clear = LLVMAppendBasicBlockInContext(ctx, fn, "hclear");
	LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(ctx, fn, "hentry");

	h = host_flags(b, ctx, tmp);
	g = guest_mxcsr(b, ctx, cpu, &p);
	h = LLVMBuildAnd(b, h, LLVMBuildNot(b, g, ""), "");
	LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, h, LLVMConstInt(i32, 0, 0), ""), clear,
			cont);
	LLVMPositionBuilderAtEnd(b, clear);
	clear_host(b, mod, ctx);
	LLVMBuildBr(b, cont);
	LLVMPositionBuilderAtEnd(b, cont);
}

LLVMValueRef llvm_vecfp_host_arith(struct vx *x, unsigned desc, const uint64_t *c,
				   LLVMValueRef *args, LLVMValueRef ok)
{
	/* VEX forms where the host has AVX: LLVM's code around is VEX-encoded, and legacy
	 * SSE instructions amid it stall on the registers' upper halves (fp_nbody 12x) */
	bool vex = __builtin_cpu_supports("avx");
	const char *cons = vex ? "=x,x,x" : "=x,x,0";
	unsigned op = desc & SFPV_OPMASK;
	bool dbl = desc & SFPV_DBL, scalar = desc & SFPV_SCALAR;
	LLVMTypeRef ft = vx_vec(dbl ? x->f64 : x->f32, scalar ? 1 : dbl ? 2 : 4);
	LLVMTypeRef at[2] = { ft, ft }, fty = LLVMFunctionType(ft, at, 2, 0);
	LLVMBasicBlockRef fast, slow;
	LLVMValueRef asmv, ops[2];
	struct vx_out out;
	char text[32];

	if (!x->vf->host_fp || op > SFPV_SQRT)
		return NULL;
	slow = LLVMAppendBasicBlockInContext(x->ctx, x->fn, "vslow");
	fast = LLVMAppendBasicBlockInContext(x->ctx, x->fn, "hfast");
	vx_cold_br(x, ok, fast, slow);

	/* fast: the instruction itself (its flags stay in the host's MXCSR); d = a op s:
	 * AT&T "op s, d" (d is a), or "vop s, a, d"; vsqrtps has no a */
	LLVMPositionBuilderAtEnd(x->b, fast);
	snprintf(text, sizeof(text), "%s%s%s $1, %s$0", vex ? "v" : "", mnem[op],
		 scalar ? (dbl ? "sd" : "ss") : (dbl ? "pd" : "ps"),
		 vex && (scalar || op != SFPV_SQRT) ? "$2, " : "");
	asmv = LLVMGetInlineAsm(fty, text, strlen(text), (char *)cons, strlen(cons), 1, 0,
				LLVMInlineAsmDialectATT, 0);
	ops[0] = vx_load(x, c[2], ft);
	ops[1] = vx_load(x, c[1], ft);
	out.off = c[1];
	out.v = LLVMBuildCall2(x->b, fty, asmv, ops, 2, "");
	memory_effects(out.v, MEM_NONE); /* its side effect is the host's MXCSR flags */
	/* slow: the helper (the flags so far are flushed before it) */
	return vx_slow_join(x, slow, &h_ssefp, args, &out, 1);
}

#endif
