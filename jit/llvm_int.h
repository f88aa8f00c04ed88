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

/* Add `i64 name(ptr cpu)` for blk to mod; 0, or -1 for a form it cannot lower. */
int llvm_emit_block(LLVMModuleRef mod, const struct llvm_block *blk, const char *name);

/* What jit/llvm_vec.c knows of the function being emitted (zero-initialised). */
struct llvm_vec_fn {
	LLVMBasicBlockRef entry; /* dominates everything */
	bool mxcsr_written;      /* some op may change MXCSR's control bits or clear PE */
	LLVMValueRef mxcsr;      /* alloca: MXCSR loaded in entry and after slow paths */
	bool ssefp, mxcsr_read;  /* calls h_ssefp; reads MXCSR as a field (LDC) */
	bool host_fp;            /* x86_64 host: SSE arithmetic by host instructions whose
				  * flags go to the guest (llvm_vecfp_x86.c) */
};

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
 * jit/llvm_smap.c: stack maps for precise state at faults. init installs the
 * object transform that parses each object's maps; take returns the last object's
 * (NULL if it had none readable); bind gives a function its address; register makes
 * the set visible to the fault path, unregister removes and frees it.
 */
#define LLVM_SMAP_KIND_SHIFT 56 /* patchpoint id: guest rip | kind << 56 */
#define LLVM_SMAP_LD 0x40       /* kind: LD or ST | the access size (1 to 16) */
#define LLVM_SMAP_ST 0x80
#define LLVM_SMAP_SIZE 0x1f
#define LLVM_SMAP_HOSTFP 0x20   /* in a host-fp function: the host's MXCSR flags are the guest's */
#ifdef __aarch64__
#define LLVM_SMAP_BYTES 4       /* the patchpoint's nops: room for the access */
#else
#define LLVM_SMAP_BYTES 8
#endif
struct llvm_smap;
void llvm_smap_init(LLVMOrcLLJITRef jit);
struct llvm_smap *llvm_smap_take(void);
void llvm_smap_bind(struct llvm_smap *m, const char *name, uint64_t addr);
void llvm_smap_register(struct llvm_smap *m);
void llvm_smap_unregister(struct llvm_smap *m);

#endif
