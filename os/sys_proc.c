// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Process lifetime: exit, fork/vfork/clone of new processes (threads are another
 * issue), execve, wait, kill. x86_64 clone takes (flags, newsp, parent_tid,
 * child_tid, tls); arm64's swaps the last two, so xbt never passes it through.
 */
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "../core/log.h"
#include "../jit/jit.h"
#include "sys.h"
#include "thread.h"

long sys_exit_group(struct os_thread *t, const uint64_t *a)
{
	if (jit_opts.stats)
		jit_print_stats();
	syscall(SYS_exit_group, (int)a[0]);
	__builtin_unreachable();
}

long sys_exit(struct os_thread *t, const uint64_t *a)
{
	thread_exit(t, (int)a[0]); /* the last thread's exit ends the process */
}

/*
 * A new process: fork() of xbt itself (memory is copied, so CLONE_VM is only
 * accepted together with CLONE_VFORK, where the parent waits until the child execs
 * or exits and then cannot tell the difference except for writes the child made).
 */
static long do_fork(struct os_thread *t, uint64_t flags, uint64_t newsp, uint64_t ptid,
		    uint64_t ctid, uint64_t tls)
{
	const uint64_t supported = X86_CSIGNAL | X86_CLONE_VM | X86_CLONE_VFORK |
				   X86_CLONE_SETTLS | X86_CLONE_PARENT_SETTID |
				   X86_CLONE_CHILD_CLEARTID | X86_CLONE_CHILD_SETTID |
				   X86_CLONE_DETACHED | X86_CLONE_UNTRACED;
	int sig = (int)(flags & X86_CSIGNAL), vpipe[2] = { -1, -1 };
	pid_t pid;

	if (flags & X86_CLONE_THREAD)
		return thread_clone(t, flags, newsp, ptid, ctid, tls);
	if (flags & X86_CLONE_SIGHAND ||
	    ((flags & X86_CLONE_VM) && !(flags & X86_CLONE_VFORK))) {
		/* a new process sharing memory without being a thread: not supported */
		log_warn(LOG_SYS, "clone flags %#lx: CLONE_VM without CLONE_THREAD or CLONE_VFORK",
			 (unsigned long)flags);
		return -ENOSYS;
	}
	if (flags & ~supported) {
		log_warn(LOG_SYS, "clone flags %#lx not supported", (unsigned long)(flags & ~supported));
		return -EINVAL;
	}
	if (sig > X86_NSIG)
		return -EINVAL;
	if (flags & X86_CLONE_VFORK) {
		/* The child holds the write end until it execs (CLOEXEC) or exits. */
		int p[2];

		if (pipe2(p, O_CLOEXEC))
			return -errno;
		/* Out of the way of the descriptor numbers the guest expects. */
		vpipe[0] = fcntl(p[0], F_DUPFD_CLOEXEC, 800);
		vpipe[1] = fcntl(p[1], F_DUPFD_CLOEXEC, 800);
		close(p[0]);
		close(p[1]);
		if (vpipe[0] < 0 || vpipe[1] < 0) {
			if (vpipe[0] >= 0)
				close(vpipe[0]);
			if (vpipe[1] >= 0)
				close(vpipe[1]);
			vpipe[0] = vpipe[1] = -1;
		}
	}
	if (sig == SIGCHLD)
		pid = fork();
	else /* only the exit signal: every other argument is 0, so the order cannot matter */
		pid = (pid_t)syscall(SYS_clone, (unsigned long)sig, 0UL, 0UL, 0UL, 0UL);
	if (pid < 0) {
		int e = errno;

		if (vpipe[0] >= 0) {
			close(vpipe[0]);
			close(vpipe[1]);
		}
		return -e;
	}
	if (pid == 0) {
		pid_t me = (pid_t)syscall(SYS_gettid);

		if (vpipe[0] >= 0)
			close(vpipe[0]);
		t->tid = me;
		if (flags & X86_CLONE_CHILD_SETTID)
			copy_to_guest(ctid, &me, sizeof(me));
		if (flags & X86_CLONE_CHILD_CLEARTID)
			t->clear_child_tid = ctid;
		if (flags & X86_CLONE_SETTLS)
			t->cpu.fs_base = tls;
		if (newsp)
			t->cpu.regs[X86_RSP] = newsp;
		return 0;
	}
	if (flags & X86_CLONE_PARENT_SETTID)
		copy_to_guest(ptid, &pid, sizeof(pid));
	if (vpipe[0] >= 0) {
		char c;

		close(vpipe[1]);
		while (read(vpipe[0], &c, 1) < 0 && errno == EINTR)
			;
		close(vpipe[0]);
	}
	return pid;
}

long sys_fork(struct os_thread *t, const uint64_t *a)
{
	return do_fork(t, SIGCHLD, 0, 0, 0, 0);
}

long sys_vfork(struct os_thread *t, const uint64_t *a)
{
	return do_fork(t, X86_CLONE_VM | X86_CLONE_VFORK | SIGCHLD, 0, 0, 0, 0);
}

long sys_clone(struct os_thread *t, const uint64_t *a)
{
	/* x86_64 order: flags, newsp, parent_tid, child_tid, tls */
	return do_fork(t, a[0], a[1], a[2], a[3], a[4]);
}

/*
 * clone3: glibc tries it first (posix_spawn, pthread_create) and falls back to
 * clone(2) on ENOSYS, which is translated above; answered quietly because every
 * spawn asks. struct clone_args translation comes with the threads issue.
 */
long sys_clone3(struct os_thread *t, const uint64_t *a)
{
	return -ENOSYS;
}

long sys_execve(struct os_thread *t, const uint64_t *a)
{
	char p[PATH_MAX];
	long n = strncpy_from_guest(p, a[0], sizeof(p));

	if (n < 0)
		return n;
	return exec_guest(t, AT_FDCWD, p, a[1], a[2], 0);
}

long sys_execveat(struct os_thread *t, const uint64_t *a)
{
	char p[PATH_MAX];
	long n = strncpy_from_guest(p, a[1], sizeof(p));

	if (n < 0)
		return n;
	return exec_guest(t, sys_fd(a[0]), p, a[2], a[3], (int)a[4]);
}

/* wait options, status words, struct rusage and siginfo_t are the same on both (abi.c). */
long sys_wait4(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(wait4, (pid_t)a[0], a[1], (int)a[2], a[3]);
}

long sys_waitid(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(waitid, (int)a[0], (pid_t)a[1], a[2], (int)a[3], a[4]);
}

/* Signal numbers are the same on x86_64 and arm64 (asserted in abi.c). */
long sys_kill(struct os_thread *t, const uint64_t *a)
{
	return HOST(kill, (pid_t)a[0], (int)a[1]);
}

long sys_tkill(struct os_thread *t, const uint64_t *a)
{
	return HOST(tkill, (pid_t)a[0], (int)a[1]);
}

long sys_tgkill(struct os_thread *t, const uint64_t *a)
{
	return HOST(tgkill, (pid_t)a[0], (pid_t)a[1], (int)a[2]);
}

long sys_pidfd_open(struct os_thread *t, const uint64_t *a)
{
	return HOST(pidfd_open, (pid_t)a[0], (unsigned)a[1]);
}

long sys_pidfd_send_signal(struct os_thread *t, const uint64_t *a)
{
	return HOST(pidfd_send_signal, (int)a[0], (int)a[1], a[2], (unsigned)a[3]);
}

long sys_pidfd_getfd(struct os_thread *t, const uint64_t *a)
{
	return HOST(pidfd_getfd, (int)a[0], (int)a[1], (unsigned)a[2]);
}

long sys_set_tid_address(struct os_thread *t, const uint64_t *a)
{
	t->clear_child_tid = a[0];
	return t->tid;
}

long sys_set_robust_list(struct os_thread *t, const uint64_t *a)
{
	/*
	 * struct robust_list_head is 24 bytes on x86_64 and both hosts, same layout. xbt
	 * walks the list when the thread exits (os/thread.c); the host kernel gets it too
	 * (qemu-user refuses), for the locks still held when the whole process dies.
	 */
	if (a[1] != 24)
		return -EINVAL;
	t->robust_list = a[0];
	t->robust_len = a[1];
	syscall(SYS_set_robust_list, a[0], 24);
	return 0;
}

long sys_get_robust_list(struct os_thread *t, const uint64_t *a)
{
	if (a[0] && (pid_t)a[0] != t->tid)
		return -ESRCH;
	if (copy_to_guest(a[1], &t->robust_list, 8) || copy_to_guest(a[2], &t->robust_len, 8))
		return -EFAULT;
	return 0;
}
