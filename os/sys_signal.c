// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Signal state syscalls. The guest's x86_64 struct sigaction (handler, flags,
 * restorer, mask) is kept in a table and returned as "old" action. Delivery to guest
 * handlers is a later issue: until then the host keeps the default action for a
 * signal with a guest handler (never a fake delivery); SIG_IGN and SIG_DFL are applied
 * to the host so that ignoring SIGPIPE or SIGINT behaves as on Linux.
 */
#include <signal.h>
#include <string.h>
#include <sys/time.h>

#include "../core/log.h"
#include "sys.h"

static struct x86_sigaction guest_act[X86_NSIG + 1];

#define SIGBIT(s) (1ULL << ((s)-1))
/* Signals xbt itself needs on the host (guest memory fault recovery). */
#define HOST_RESERVED (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS))

static void apply_host_action(int sig, uint64_t handler)
{
	struct sigaction sa;

	if (SIGBIT(sig) & HOST_RESERVED)
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler == X86_SIG_IGN ? SIG_IGN : SIG_DFL;
	sigaction(sig, &sa, NULL);
}

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
	if (a[2] && copy_to_guest(a[2], &guest_act[sig], sizeof(act)))
		return -EFAULT;
	if (a[1]) {
		/* SIGKILL and SIGSTOP cannot be blocked by an action's mask either. */
		act.mask &= ~(SIGBIT(X86_SIGKILL) | SIGBIT(X86_SIGSTOP));
		guest_act[sig] = act;
		if (act.handler > X86_SIG_IGN)
			log_info(LOG_SIG, "guest handler for signal %d recorded (no delivery yet)",
				 sig);
		apply_host_action(sig, act.handler);
	}
	return 0;
}

static void set_host_mask(uint64_t guest)
{
	sigset_t s;

	sigemptyset(&s);
	for (int i = 1; i <= X86_NSIG; i++)
		if ((guest & SIGBIT(i)) && !(SIGBIT(i) & HOST_RESERVED))
			sigaddset(&s, i);
	sigprocmask(SIG_SETMASK, &s, NULL);
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
		set_host_mask(t->sigmask);
	}
	return 0;
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
	m &= ~HOST_RESERVED;
	return HOST(rt_sigsuspend, &m, 8);
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
	uint64_t m = t->sigmask & ~HOST_RESERVED;

	return HOST(rt_sigsuspend, &m, 8);
}

long sys_sigaltstack(struct os_thread *t, const uint64_t *a)
{
	struct x86_stack ss, old = { t->ss_sp, t->ss_flags, t->ss_size };

	if (!t->ss_size)
		old.ss_flags = X86_SS_DISABLE;
	if (a[0]) {
		if (copy_from_guest(&ss, a[0], sizeof(ss)))
			return -EFAULT;
		if (ss.ss_flags & ~(X86_SS_DISABLE | X86_SS_ONSTACK | (int)X86_SS_AUTODISARM))
			return -EINVAL;
	}
	if (a[1] && copy_to_guest(a[1], &old, sizeof(old)))
		return -EFAULT;
	if (a[0]) {
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

/* Timers that raise signals: struct itimerval is generic; the signal takes its default
 * action until delivery to guest handlers exists. */
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
