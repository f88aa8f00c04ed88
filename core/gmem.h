/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Fault-safe access to guest memory from xbt's own code (syscall translation).
 * Guest addresses are host addresses (identity mapping); a bad pointer gives
 * -EFAULT instead of crashing xbt.
 */
#ifndef XBT_CORE_GMEM_H
#define XBT_CORE_GMEM_H

#include <setjmp.h>
#include "types.h"

int copy_from_guest(void *dst, gaddr_t src, size_t n);
int copy_to_guest(gaddr_t dst, const void *src, size_t n);
/* Copy a NUL-terminated string of at most size-1 bytes; length, -EFAULT or -ENAMETOOLONG. */
long strncpy_from_guest(char *dst, gaddr_t src, size_t size);
/* Zero-fill guest memory. */
int clear_guest(gaddr_t dst, size_t n);

/*
 * Recovery point for a host SIGSEGV/SIGBUS raised while xbt touches guest memory.
 * The host fault handler (os/) calls gmem_fault_recover(); if a recovery point is
 * armed on this thread it jumps there and does not return. The handler must be
 * installed with SA_NODEFER so that no signal stays blocked after the jump.
 */
struct gmem_fault {
	int sig;       /* host SIGSEGV or SIGBUS */
	int code;      /* si_code */
	uint64_t addr; /* si_addr */
};
extern __thread sigjmp_buf *gmem_recover_point;
extern __thread struct gmem_fault gmem_last_fault;
void gmem_fault_recover(int sig, int code, uint64_t addr);

#endif
