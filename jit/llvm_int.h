/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Shared between jit/llvm_emit.c (IR lowering) and jit/llvm_jit.c (ORC LLJIT). */
#ifndef XBT_JIT_LLVM_INT_H
#define XBT_JIT_LLVM_INT_H

#include <llvm-c/Core.h>

#include "llvm.h"

/* Add `i64 name(ptr cpu)` for blk to mod; 0, or -1 for a form it cannot lower. */
int llvm_emit_block(LLVMModuleRef mod, const struct llvm_block *blk, const char *name);

/*
 * jit/llvm_vec.c: the call of HF_VEC helper h inlined as LLVM IR at the builder's
 * position (a fast path, with the call itself as the slow path where needed); its
 * return value, or NULL to emit the call. args: the helper's a, b, c, e; known[i]:
 * args[i] is the constant val[i] (an IR_MOVI temporary).
 */
LLVMValueRef llvm_vec_call(LLVMBuilderRef b, LLVMValueRef cpu, const struct ir_helper *h,
			   LLVMValueRef *args, const bool *known, const uint64_t *val);

#endif
