/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Shared between jit/llvm_emit.c (IR lowering) and jit/llvm_jit.c (ORC LLJIT). */
#ifndef XBT_JIT_LLVM_INT_H
#define XBT_JIT_LLVM_INT_H

#include <llvm-c/Core.h>

#include "llvm.h"

/* Add `i64 name(ptr cpu)` for blk to mod; 0, or -1 for a form it cannot lower. */
int llvm_emit_block(LLVMModuleRef mod, const struct llvm_block *blk, const char *name);

/* What jit/llvm_vec.c knows of the function being emitted (zero-initialised). */
struct llvm_vec_fn {
	LLVMBasicBlockRef entry; /* dominates everything */
	bool mxcsr_written;      /* some op may change MXCSR's control bits or clear PE */
	LLVMValueRef mxcsr;      /* alloca: MXCSR loaded in entry and after slow paths */
};

/* Before emitting: note what the ops of one member of the function do. */
void llvm_vec_scan(struct llvm_vec_fn *vf, const struct ir_insn *code, unsigned n);

/*
 * jit/llvm_vec.c: the call of HF_VEC helper h inlined as LLVM IR at the builder's
 * position (a fast path, with the call itself as the slow path where needed); its
 * return value, or NULL to emit the call. args: the helper's a, b, c, e; known[i]:
 * args[i] is the constant val[i] (an IR_MOVI temporary).
 */
LLVMValueRef llvm_vec_call(LLVMBuilderRef b, LLVMValueRef cpu, struct llvm_vec_fn *vf,
			   const struct ir_helper *h, LLVMValueRef *args, const bool *known,
			   const uint64_t *val);

#endif
