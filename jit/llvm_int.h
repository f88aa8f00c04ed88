/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Shared between jit/llvm_emit.c (IR lowering) and jit/llvm_jit.c (ORC LLJIT). */
#ifndef XBT_JIT_LLVM_INT_H
#define XBT_JIT_LLVM_INT_H

#include <string.h>

#include <llvm-c/Core.h>
#include <llvm-c/LLJIT.h>

#include "llvm.h"

/* State slots cached in SSA: the first LLVM_NSLOT 8-byte fields of struct x86_cpu. */
#define LLVM_NSLOT 23 /* regs[16], rip, cc_op, cc_dst, cc_src, cc_src2, eflags, df */

/* Add `i64 name(ptr cpu)` for blk to mod; 0, or -1 for a form it cannot lower.
 * host_fp: the function is host-fp (llvm_vecfp_x86.c). */
int llvm_emit_block(LLVMModuleRef mod, const struct llvm_block *blk, const char *name,
		    bool *host_fp);

/* A call of the overloaded intrinsic name on type ty, at b. */
static inline LLVMValueRef llvm_intr(LLVMModuleRef mod, LLVMBuilderRef b, const char *name,
				     LLVMTypeRef ty, LLVMValueRef *args, unsigned nargs)
{
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));

	return LLVMBuildCall2(b, LLVMIntrinsicGetType(LLVMGetModuleContext(mod), id, &ty, 1),
			      LLVMGetIntrinsicDeclaration(mod, id, &ty, 1), args, nargs, "");
}

/* After the passes: h_cc_eval / h_cc_compute calls whose cc_op LLVM found constant,
 * replaced by that one case inline (jit/llvm_flags.c); returns how many. */
unsigned llvm_inline_flags(LLVMModuleRef mod);

/* What jit/llvm_vec.c knows of the function being emitted (zero-initialised). */
struct llvm_vec_fn {
	LLVMBasicBlockRef entry; /* dominates everything */
	bool mxcsr_written;      /* some op may change MXCSR's control bits or clear PE */
	LLVMValueRef mxcsr;      /* alloca: MXCSR loaded in entry and after slow paths */
	bool ssefp, mxcsr_read;  /* calls h_ssefp; reads MXCSR as a field (LDC) */
	bool host_fp;            /* x86_64 host: SSE arithmetic by host instructions whose
				  * flags go to the guest (llvm_vecfp_x86.c) */
	/* In-place accesses since the last checkpoint (llvm_emit_state.c), by 8-byte
	 * unit of xmm[] and vtmp[]: read before any write, written; war: a write to a
	 * unit read first (running the stretch again would read the new value). */
	uint64_t read_first, written;
	bool war;
};

/* A load (write false) or store of size bytes of struct x86_cpu at off, in place. */
static inline void llvm_vec_track(struct llvm_vec_fn *vf, uint64_t off, unsigned size, bool write)
{
	uint64_t lo = X86_CPU_OFF(xmm), hi = X86_CPU_OFF(vtmp) + sizeof(union x86_xmm) * 2, m;

	if (off < lo || off + size > hi || !size) { /* elsewhere: any write counts */
		vf->war |= write;
		return;
	}
	m = ((2ull << ((off + size - 1 - lo) / 8)) - 1) & ~((1ull << ((off - lo) / 8)) - 1);
	if (!write) {
		vf->read_first |= m & ~vf->written;
		return;
	}
	vf->war |= (m & vf->read_first) != 0;
	vf->written |= m;
}

/* Before emitting: note what the ops of one member of the function do. */
void llvm_vec_scan(struct llvm_vec_fn *vf, const struct ir_insn *code, unsigned n);
/* After scanning every member: can the function be host-fp (x86_64 host)? */
static inline bool llvm_vec_host_fp(const struct llvm_vec_fn *vf)
{
#ifdef __x86_64__
	return vf->ssefp && !vf->mxcsr_written && !vf->mxcsr_read;
#else
	(void)vf;
	return false;
#endif
}
/*
 * Helper calls in host-fp functions: "xbt-fp" marks a call of an HF_VEC helper (it
 * may read MXCSR and run the host's fp code), "xbt-pure" one of an HF_PURE helper
 * (neither). Others may read state or fault: the host's flags are flushed first.
 */
static inline void llvm_mark_call(LLVMValueRef call, const char *kind)
{
	LLVMContextRef ctx = LLVMGetTypeContext(LLVMTypeOf(call));

	LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex,
				 LLVMCreateStringAttribute(ctx, kind, (unsigned)strlen(kind), "", 0));
}
#ifdef __x86_64__
/* A host-fp function's entry, at the builder: see llvm_vecfp_x86.c. */
void llvm_vecfp_host_entry(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef cpu);
/* A host-fp function is complete: the host's flags go into the guest's MXCSR before
 * calls and exits, and are cleared after fp helpers (llvm_vecfp_x86.c). */
void llvm_vecfp_host_finish(LLVMValueRef fn, LLVMValueRef cpu);
#endif

/*
 * jit/llvm_vec.c: the call of HF_VEC helper h inlined as LLVM IR at the builder's
 * position (a fast path, with the call itself as the slow path where needed); its
 * return value, or NULL to emit the call. args: the helper's a, b, c, e; known[i]:
 * args[i] is the constant val[i] (an IR_MOVI temporary).
 */
LLVMValueRef llvm_vec_call(LLVMBuilderRef b, LLVMValueRef cpu, struct llvm_vec_fn *vf,
			   const struct ir_helper *h, LLVMValueRef *args, const bool *known,
			   const uint64_t *val);

/*
 * jit/llvm_fnmap.c: where compiled functions are, for the fault path and perf. init
 * installs the object transform that reads each object's functions; take returns
 * the last object's; bind gives a function its address (host_fp: its host MXCSR
 * flags are the guest's); register makes the set visible to the fault path,
 * unregister removes and frees it.
 */
struct llvm_fnmap;
void llvm_fnmap_init(LLVMOrcLLJITRef jit);
struct llvm_fnmap *llvm_fnmap_take(void);
void llvm_fnmap_bind(struct llvm_fnmap *m, const char *name, uint64_t addr, bool host_fp);
void llvm_fnmap_register(struct llvm_fnmap *m);
void llvm_fnmap_unregister(struct llvm_fnmap *m);

#endif
