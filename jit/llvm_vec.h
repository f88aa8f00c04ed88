/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Inside the inline lowering of SSE helpers (jit/llvm_vec.c integer, jit/llvm_vecfp.c
 * floating point): a small toolkit over the LLVM builder of the block being emitted.
 */
#ifndef XBT_JIT_LLVM_VEC_H
#define XBT_JIT_LLVM_VEC_H

#include <stdlib.h>
#include <string.h>

#include "llvm_int.h"
#include "ssefp.h"

struct vx {
	LLVMBuilderRef b;
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMValueRef fn, cpu;
	LLVMTypeRef i1, i8, i32, i64, f32, f64, ptr;
	struct llvm_vec_fn *vf;
};

void vx_init(struct vx *x, LLVMBuilderRef b, LLVMValueRef cpu, struct llvm_vec_fn *vf);
LLVMTypeRef vx_int(struct vx *x, unsigned bytes);
LLVMTypeRef vx_int1(struct vx *x, unsigned bits);
LLVMTypeRef vx_vec(LLVMTypeRef ty, unsigned nl);
LLVMValueRef vx_c(LLVMTypeRef ty, uint64_t v);
LLVMValueRef vx_splat(LLVMTypeRef ty, uint64_t v);
LLVMValueRef vx_load(struct vx *x, uint64_t off, LLVMTypeRef ty);
void vx_store(struct vx *x, uint64_t off, LLVMValueRef v);
LLVMValueRef vx_bc(struct vx *x, LLVMValueRef v, LLVMTypeRef ty);
LLVMValueRef vx_intr(struct vx *x, const char *name, LLVMTypeRef ty, LLVMValueRef *args,
		     unsigned nargs);
LLVMValueRef vx_all(struct vx *x, LLVMValueRef c);
LLVMValueRef vx_call(struct vx *x, const struct ir_helper *h, LLVMValueRef *args);
struct vx_out {
	uint64_t off;   /* a field of struct x86_cpu */
	LLVMValueRef v; /* its value when the fast path applies */
};
LLVMValueRef vx_guard(struct vx *x, LLVMValueRef ok, const struct ir_helper *h, LLVMValueRef *args,
		      const struct vx_out *out, unsigned nout);
/* vx_guard in two steps, for a fast path in its own block: the cold branch, then the
 * slow path (block slow) and the join after the fast path's last block. */
void vx_cold_br(struct vx *x, LLVMValueRef ok, LLVMBasicBlockRef t, LLVMBasicBlockRef f);
LLVMValueRef vx_slow_join(struct vx *x, LLVMBasicBlockRef slow, const struct ir_helper *h,
			  LLVMValueRef *args, const struct vx_out *out, unsigned nout);

/* x86_64 hosts, host-fp functions (llvm_vecfp_x86.c): add/sub/mul/div/sqrt by the
 * host's instruction when ok (the guest's MXCSR control bits are the host's), else
 * the helper; NULL for other operations. */
LLVMValueRef llvm_vecfp_host_arith(struct vx *x, unsigned desc, const uint64_t *c,
				   LLVMValueRef *args, LLVMValueRef ok);
/* h_ssefp (llvm_vecfp.c): args/known/val as for llvm_vec_call. */
LLVMValueRef llvm_vec_ssefp(struct vx *x, LLVMValueRef *args, const bool *known,
			    const uint64_t *val);

#endif
