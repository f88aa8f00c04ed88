/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Syscall handlers: each returns exactly what goes into guest rax. */
#ifndef XBT_OS_SYSCALL_H
#define XBT_OS_SYSCALL_H

#include "os.h"

typedef long (*syscall_fn)(struct os_thread *t, const uint64_t *a);

struct syscall_desc {
	const char *name;
	syscall_fn fn;      /* NULL: -ENOSYS */
	const char *args;   /* strace format, one letter per argument */
	const char *reason; /* why it is -ENOSYS */
};

#define X86_NR_SYSCALLS 512
extern const struct syscall_desc syscall_table[X86_NR_SYSCALLS];

#define SC(nr, name, fn, args) long fn(struct os_thread *t, const uint64_t *a);
#define NOSYS(nr, name, reason)
#include "syscalls.def"
#undef SC
#undef NOSYS

#endif
