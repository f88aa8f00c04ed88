// SPDX-License-Identifier: GPL-2.0-or-later
/* File I/O syscalls whose arguments pass through unchanged (identity memory). */
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall.h"

long sys_write(struct os_thread *t __unused, const uint64_t *a)
{
	return host_ret(syscall(SYS_write, (int)a[0], a[1], a[2]));
}
