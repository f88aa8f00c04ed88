/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The guest address-space manager: which host mappings belong to the guest. Guest
 * mmap/munmap/mprotect/mremap/brk only ever touch guest ranges, never xbt's own memory.
 */
#ifndef XBT_OS_MM_H
#define XBT_OS_MM_H

#include "../core/types.h"

/* Record [start, start+len) as guest memory with x86 protection prot. */
void mm_add(gaddr_t start, uint64_t len, int prot);
/* Forget a range (split regions as needed). */
void mm_remove(gaddr_t start, uint64_t len);
/* Change the recorded protection of a range that is entirely guest memory. */
void mm_set_prot(gaddr_t start, uint64_t len, int prot);
/* True when every page of the range is recorded guest memory. */
bool mm_is_guest(gaddr_t start, uint64_t len);
/* True when any page of the range is guest memory with PROT_EXEC. */
bool mm_has_exec(gaddr_t start, uint64_t len);
/* True when every page is guest memory or not mapped at all (safe for MAP_FIXED). */
bool mm_fixed_ok(gaddr_t start, uint64_t len);
/* Record the protection the host mappings in [start, start+len) really have (the
 * loader's segments: text is not writable, data not executable). */
void mm_take_host_prot(gaddr_t start, uint64_t len);
/* The recorded protection of the page holding addr, or -1 if it is not guest memory. */
int mm_prot(gaddr_t addr);
/* Serialises guest memory changes (sys_mm.c) with the code-page protection (smc.c). */
void mm_lock(void);
void mm_unlock(void);
/* Number of recorded regions (tests). */
size_t mm_count(void);

#endif
