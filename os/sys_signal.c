// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Signal state syscalls: actions, masks, sigsuspend, sigreturn, alternate stacks,
 * timers. Delivery itself is in os/signal.c and os/sigframe.c.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "../core/log.h"
#include "sigframe.h"
#include "sys.h"

#define SIGBIT(s) (1ULL << ((s)-1))
/* Signals xbt itself needs on the host (guest memory fault recovery). */
#define HOST_RESERVED (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS))

long sys_rt_sigaction(struct os_thread *t, const uint64_t *a)
{
	int sig = (int)a[0];
	struct x86_sigaction act;

	if (a[3] != 8)
		return -EINVAL;
	if (sig < 1 || sig > X86_NSIG)
		return -EINVAL;
	if (a[1]) {
		if (copy_from_guest(&act, a[1], sizeof(act)))
			return -EFAULT;
		if (sig == X86_SIGKILL || sig == X86_SIGSTOP)
			return -EINVAL;
	}
	if (a[2] && copy_to_guest(a[2], signal_action(sig), sizeof(act)))
		return -EFAULT;
	if (a[1])
		signal_set_action(sig, &act);
	return 0;
}

long sys_rt_sigprocmask(struct os_thread *t, const uint64_t *a)
{
	uint64_t set, old = t->sigmask, m = t->sigmask;

	if (a[3] != 8)
		return -EINVAL;
	if (a[1]) {
		if (copy_from_guest(&set, a[1], 8))
			return -EFAULT;
		switch ((int)a[0]) {
		case X86_SIG_BLOCK:
			m |= set;
			break;
		case X86_SIG_UNBLOCK:
			m &= ~set;
			break;
		case X86_SIG_SETMASK:
			m = set;
			break;
		default:
			return -EINVAL;
		}
	}
	if (a[2] && copy_to_guest(a[2], &old, 8))
		return -EFAULT;
	if (a[1]) {
		t->sigmask = m & ~(SIGBIT(X86_SIGKILL) | SIGBIT(X86_SIGSTOP));
		signal_mask_changed(t);
	}
	return 0;
}

/*
 * Wait with a temporary mask until a signal is delivered; the handler's frame
 * carries the mask from before (TIF_RESTORE_SIGMASK in the kernel).
 */
static long suspend_with(struct os_thread *t, uint64_t m)
{
	uint64_t hm = m & ~HOST_RESERVED;

	t->saved_mask = t->sigmask;
	t->restore_mask = true;
	t->sigmask = m & ~(SIGBIT(X86_SIGKILL) | SIGBIT(X86_SIGSTOP));
	signal_mask_changed(t);
	while (!t->cpu.pending)
		HOST_BLOCK(rt_sigsuspend, &hm, 8);
	return -EINTR;
}

long sys_rt_sigreturn(struct os_thread *t, const uint64_t *a)
{
	return signal_sigreturn(t);
}

/*
 * Who holds a pending signal follows the guest mask, as in the kernel:
 *  - one the guest blocks waits in the host kernel's queue, where sigpending,
 *    sigtimedwait and signalfd see it. One that xbt had already taken (its host
 *    handler ran) but that became blocked before delivery (a sigprocmask, the
 *    sa_mask of another signal's handler) is sent back to this thread with its
 *    siginfo (rt_tgsigqueueinfo to oneself may carry any si_code); a real-time
 *    one goes in front of the instances still queued behind it.
 *  - one the guest accepts again (an unblock) is taken from the host queue into
 *    xbt's, so that the run loop delivers it in the kernel's order (lowest first,
 *    each handler's sa_mask applied before the next); left to the host, a
 *    default action would act before another signal's handler had masked it.
 * Called with every host signal blocked.
 */
static void requeue_rt(struct os_thread *t, int sig, pid_t pid)
{
	uint64_t set = SIGBIT(sig);
	struct timespec zero = { 0, 0 };
	siginfo_t *later = NULL, *p;
	size_t n = 0, cap = 0;
	siginfo_t si;

	while (syscall(SYS_rt_sigtimedwait, &set, &si, &zero, 8) == sig) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			p = realloc(later, cap * sizeof(*later));
			if (!p) {
				syscall(SYS_rt_tgsigqueueinfo, pid, t->tid, sig, &si); /* to the back */
				break;
			}
			later = p;
		}
		later[n++] = si;
	}
	if (!syscall(SYS_rt_tgsigqueueinfo, pid, t->tid, sig, &t->sig_info[sig]))
		t->sig_pending &= ~SIGBIT(sig);
	for (size_t i = 0; i < n; i++)
		syscall(SYS_rt_tgsigqueueinfo, pid, t->tid, sig, &later[i]);
	free(later);
}

void signal_queue_sync(struct os_thread *t)
{
	uint64_t back = t->sig_pending & t->sigmask & ~HOST_RESERVED, host = 0, take;
	struct timespec zero = { 0, 0 };
	pid_t pid = getpid();
	siginfo_t si;

	while (back) {
		int sig = __builtin_ctzll(back) + 1;

		back &= back - 1;
		if (sig >= 32)
			requeue_rt(t, sig, pid);
		else if (!syscall(SYS_rt_tgsigqueueinfo, pid, t->tid, sig, &t->sig_info[sig]))
			t->sig_pending &= ~SIGBIT(sig); /* a standard one already there merges */
	}
	/* all blocked now: the host's answer is everything pending for this thread */
	if (syscall(SYS_rt_sigpending, &host, 8))
		return;
	take = host & ~t->sigmask & ~t->sig_pending & ~HOST_RESERVED;
	while (take) {
		int sig = __builtin_ctzll(take) + 1;
		uint64_t set = SIGBIT(sig);

		take &= take - 1;
		/* one instance: further real-time ones wait, host_mask() keeps them blocked */
		if (syscall(SYS_rt_sigtimedwait, &set, &si, &zero, 8) != sig)
			continue; /* another thread took a process-directed one */
		memcpy(&t->sig_info[sig], &si, sizeof(si));
		t->sig_pending |= SIGBIT(sig);
	}
}

/* Pending and blocked: the host's queue holds what the guest blocks (see above). */
long sys_rt_sigpending(struct os_thread *t, const uint64_t *a)
{
	uint64_t host = 0, set;

	if (a[1] != 8)
		return -EINVAL;
	if (syscall(SYS_rt_sigpending, &host, 8))
		return -errno;
	set = (host | t->sig_pending) & t->sigmask;
	if (copy_to_guest(a[0], &set, 8))
		return -EFAULT;
	return 0;
}

long sys_rt_sigsuspend(struct os_thread *t, const uint64_t *a)
{
	uint64_t m;

	if (a[1] != 8)
		return -EINVAL;
	if (copy_from_guest(&m, a[0], 8))
		return -EFAULT;
	return suspend_with(t, m);
}

/*
 * siginfo_t and struct timespec are generic (abi.c); the host fills them in. A
 * signal of the set that xbt holds (a sent SIGSEGV/SIGBUS, which stay with xbt)
 * is taken first; blocked ones are in the host's queue (signal_requeue_blocked).
 * Through the stub: a handled signal arriving just before the wait ends it.
 */
long sys_rt_sigtimedwait(struct os_thread *t, const uint64_t *a)
{
	uint64_t set, held, all = ~HOST_RESERVED, old;
	struct x86_siginfo info;
	int sig = 0;

	if (a[3] != 8)
		return -EINVAL;
	if (copy_from_guest(&set, a[0], 8))
		return -EFAULT;
	/* raw: glibc's pthread_sigmask would leave out 32 and 33 */
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, &old, 8); /* the host handler writes the queue */
	held = t->sig_pending & set & ~(SIGBIT(X86_SIGKILL) | SIGBIT(X86_SIGSTOP));
	if (held) {
		sig = __builtin_ctzll(held) + 1;
		info = t->sig_info[sig];
		t->sig_pending &= ~SIGBIT(sig);
	}
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &old, NULL, 8);
	if (!sig)
		return HOST_BLOCK(rt_sigtimedwait, a[0], a[1], a[2], 8);
	if (a[1] && copy_to_guest(a[1], &info, sizeof(info)))
		return -EFAULT; /* dequeued all the same, as in the kernel */
	return sig;
}

long sys_rt_sigqueueinfo(struct os_thread *t, const uint64_t *a)
{
	return HOST(rt_sigqueueinfo, (pid_t)a[0], (int)a[1], a[2]);
}

long sys_rt_tgsigqueueinfo(struct os_thread *t, const uint64_t *a)
{
	return HOST(rt_tgsigqueueinfo, (pid_t)a[0], (pid_t)a[1], (int)a[2], a[3]);
}

long sys_signalfd4(struct os_thread *t, const uint64_t *a)
{
	if (a[2] != 8)
		return -EINVAL;
	/* SFD_CLOEXEC/NONBLOCK are O_CLOEXEC/O_NONBLOCK, equal on both (abi.c). */
	return HOST(signalfd4, (int)a[0], a[1], 8, (int)a[3]);
}

long sys_signalfd(struct os_thread *t, const uint64_t *a)
{
	if (a[2] != 8)
		return -EINVAL;
	return HOST(signalfd4, (int)a[0], a[1], 8, 0);
}

long sys_pause(struct os_thread *t, const uint64_t *a)
{
	return suspend_with(t, t->sigmask);
}

long sys_sigaltstack(struct os_thread *t, const uint64_t *a)
{
	struct x86_stack ss, old = { t->ss_sp, t->ss_flags, t->ss_size };
	uint64_t sp = t->cpu.regs[X86_RSP];
	bool onstack = t->ss_size && sp > t->ss_sp && sp - t->ss_sp <= t->ss_size;

	if (!t->ss_size)
		old.ss_flags = X86_SS_DISABLE;
	else if (onstack)
		old.ss_flags = X86_SS_ONSTACK; /* sas_ss_flags(): the current stack decides */
	if (a[0]) {
		if (copy_from_guest(&ss, a[0], sizeof(ss)))
			return -EFAULT;
		if (ss.ss_flags & ~(X86_SS_DISABLE | X86_SS_ONSTACK | (int)X86_SS_AUTODISARM))
			return -EINVAL;
	}
	if (a[1] && copy_to_guest(a[1], &old, sizeof(old)))
		return -EFAULT;
	if (a[0]) {
		if (onstack)
			return -EPERM; /* cannot change the stack while running on it */
		if (ss.ss_flags & X86_SS_DISABLE) {
			t->ss_sp = t->ss_size = 0;
			t->ss_flags = X86_SS_DISABLE;
		} else {
			if (ss.ss_size < X86_MINSIGSTKSZ)
				return -ENOMEM;
			t->ss_sp = ss.ss_sp;
			t->ss_size = ss.ss_size;
			t->ss_flags = ss.ss_flags & (int)X86_SS_AUTODISARM;
		}
	}
	return 0;
}

/* Timers that raise signals: struct itimerval is generic. */
long sys_alarm(struct os_thread *t, const uint64_t *a)
{
	struct itimerval nv = { { 0, 0 }, { (long)(unsigned)a[0], 0 } }, ov;

	if (setitimer(ITIMER_REAL, &nv, &ov))
		return -errno;
	return ov.it_value.tv_sec + (ov.it_value.tv_usec >= 500000 || (!ov.it_value.tv_sec && ov.it_value.tv_usec));
}

long sys_getitimer(struct os_thread *t, const uint64_t *a)
{
	return HOST(getitimer, (int)a[0], a[1]);
}

long sys_setitimer(struct os_thread *t, const uint64_t *a)
{
	return HOST(setitimer, (int)a[0], a[1], a[2]);
}
