// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Signal state syscalls: actions, masks, sigsuspend, sigreturn, alternate stacks,
 * timers. Delivery itself is in os/signal.c and os/sigframe.c.
 */
#include <signal.h>
#include <string.h>
#include <sys/time.h>

#include "../core/log.h"
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

long sys_rt_sigpending(struct os_thread *t, const uint64_t *a)
{
	if (a[1] != 8)
		return -EINVAL;
	return HOST(rt_sigpending, a[0], 8);
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

/* siginfo_t and struct timespec are generic (abi.c); the host fills them in. */
long sys_rt_sigtimedwait(struct os_thread *t, const uint64_t *a)
{
	if (a[3] != 8)
		return -EINVAL;
	return HOST(rt_sigtimedwait, a[0], a[1], a[2], 8);
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
