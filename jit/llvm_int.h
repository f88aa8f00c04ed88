/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Shared between jit/llvm_emit.c (IR lowering) and jit/llvm_jit.c (ORC LLJIT). */
#ifndef XBT_JIT_LLVM_INT_H
#define XBT_JIT_LLVM_INT_H

#include <llvm-c/Core.h>

#include "llvm.h"

/* Add `i64 name(ptr cpu)` for blk to mod; 0, or -1 for a form it cannot lower. */
int llvm_emit_block(LLVMModuleRef mod, const struct llvm_block *blk, const char *name);

#endif
