/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The blocking-syscall stub (safe_syscall.S) and its window. */
#ifndef XBT_OS_SAFE_SYSCALL_H
#define XBT_OS_SAFE_SYSCALL_H

#include "../kmod/uapi.h"

long xbt_safe_syscall(volatile struct xbt_slot *slot, long nr, long a1, long a2, long a3, long a4,
		      long a5, long a6);
extern const char xbt_safe_syscall_start[], xbt_safe_syscall_insn[], xbt_safe_syscall_resume[];

#endif
