// SPDX-License-Identifier: GPL-2.0-or-later
/* Process lifetime syscalls: exit, exit_group. */
#include <sys/syscall.h>
#include <unistd.h>

#include "../jit/jit.h"
#include "syscall.h"

long sys_exit_group(struct os_thread *t __unused, const uint64_t *a)
{
	if (jit_opts.stats)
		jit_print_stats();
	syscall(SYS_exit_group, (int)a[0]);
	__builtin_unreachable();
}

long sys_exit(struct os_thread *t, const uint64_t *a)
{
	/* Single-threaded for now: the last thread's exit ends the process. */
	return sys_exit_group(t, a);
}
