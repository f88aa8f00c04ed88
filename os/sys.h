/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Helpers shared by the syscall handlers in os/sys_*.c. */
#ifndef XBT_OS_SYS_H
#define XBT_OS_SYS_H

#include <errno.h>
#include <limits.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../core/gmem.h"
#include "abi.h"
#include "gsignal.h"
#include "syscall.h"

/* Host syscall by name; result in guest form (value or -errno). */
#define HOST(name, ...) host_ret(syscall(SYS_##name, ##__VA_ARGS__))
/* The same for a call that may block: through the stub, so that a guest signal
 * arriving just before it blocks is not lost (os/signal.c, os/safe_syscall.S). */
#define HB_PAD(a1, a2, a3, a4, a5, a6, ...) \
	(long)(a1), (long)(a2), (long)(a3), (long)(a4), (long)(a5), (long)(a6)
#define HOST_BLOCK(name, ...) host_blocking(SYS_##name, HB_PAD(__VA_ARGS__, 0, 0, 0, 0, 0, 0))

/* Syscalls numbered 424 and up have the same number on every architecture. */
#ifndef SYS_faccessat2
#define SYS_faccessat2 439
#endif
#ifndef SYS_epoll_pwait2
#define SYS_epoll_pwait2 441
#endif
#ifndef SYS_close_range
#define SYS_close_range 436
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif
#ifndef SYS_openat2
#define SYS_openat2 437
#endif
#ifndef SYS_process_madvise
#define SYS_process_madvise 440
#endif
#ifndef SYS_futex_waitv
#define SYS_futex_waitv 449
#endif
#ifndef SYS_cachestat
#define SYS_cachestat 451
#endif
#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452
#endif
#ifndef SYS_futex_wake
#define SYS_futex_wake 454
#endif
#ifndef SYS_futex_wait
#define SYS_futex_wait 455
#endif
#ifndef SYS_futex_requeue
#define SYS_futex_requeue 456
#endif
#ifndef SYS_mseal
#define SYS_mseal 462
#endif

/*
 * A guest path copied to xbt memory, with the guest's view of /proc/self/exe applied.
 * Returns 0, -EFAULT or -ENAMETOOLONG. A NULL guest pointer gives -EFAULT like the kernel.
 */
int sys_path(struct os_thread *t, gaddr_t g, char *buf);
/* Is the path (already fetched) the guest's /proc/self/exe? */
bool sys_is_self_exe(const char *p);
/* Guest int dirfd argument (the kernel reads dirfd as int). */
static inline int sys_fd(uint64_t v)
{
	return (int)v;
}

/* fork/exec helpers (exec.c) */
int exec_init(const char *argv0);
/* `xbt script`: run a "#!" script like execve (its interpreter through xbt when that
 * is an x86_64 program; exec_init first); returns only on failure: -ENOEXEC if file
 * is no script. */
long exec_script(const char *file, char **argv, int argc);
long exec_guest(struct os_thread *t, int dirfd, const char *path, gaddr_t argv, gaddr_t envp,
		int flags);

#endif
