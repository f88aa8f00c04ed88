/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Writes to guest code that stays writable (self-modifying code, JIT compilers
 * running as guests): pages holding translated code lose host write permission;
 * the first write faults, drops the page's translations and proceeds.
 */
#ifndef XBT_OS_SMC_H
#define XBT_OS_SMC_H

#include <stdbool.h>
#include <stdint.h>

struct x86_cpu;

/* The JIT translated guest code [start, end) (jit_opts.code_hook). */
void smc_code_translated(uint64_t start, uint64_t end);
/* A guest SIGSEGV exit: if it is a write to a protected code page, make the page
 * writable again, drop its translations and return true (the instruction is then
 * run again, uncached: jit_step_uncached). */
bool smc_write_fault(const struct x86_cpu *cpu);
/* A syscall failed with EFAULT: restore every protected page; true if there were
 * any (the kernel may have met one while writing to guest memory: retry). */
bool smc_unprotect_all(void);
/* The guest changed [start, start+len) itself (munmap, mprotect...): forget it.
 * Called with mm_lock held. */
void smc_forget(uint64_t start, uint64_t len);

#endif
