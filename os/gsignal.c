// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest signal delivery (see gsignal.h). Synchronous faults come from the JIT
 * as JIT_EXIT_FAULT and take the handler or the default action at once;
 * asynchronous signals are queued by the host handler and delivered at the next
 * block boundary or right after the interrupted syscall, with Linux's restart
 * rules: an -EINTR from a blocking call is turned back into the syscall when
 * the handler has SA_RESTART (and the call is restartable at all).
 *
 * With /dev/xbt (os/kmod.c) a registered thread keeps every asynchronous host
 * signal blocked instead: the module's signal_generate probe sets the signal's
 * bit in the thread's doorbell slot and rings the slot's word, which the safe
 * points poll (cpu->poll_delta), and kicks the blocking-syscall stub. Delivery
 * then dequeues the host signals with rt_sigtimedwait into the same queue the
 * host handler fills. Synchronous faults keep their handlers in both modes.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "../core/log.h"
#include "../jit/jit.h"
#include "kmod.h"
#include "safe_syscall.h"
#include "sigframe.h"
#include "thread.h"
#include "gsignal.h"

#define SIGBIT(s) (1ULL << ((s)-1))
#define UNBLOCKABLE (SIGBIT(X86_SIGKILL) | SIGBIT(X86_SIGSTOP))
/* Synchronous signals are delivered first, as the kernel's next_signal() does. */
#define SYNC_MASK (SIGBIT(X86_SIGSEGV) | SIGBIT(X86_SIGBUS) | SIGBIT(X86_SIGILL) | \
		   SIGBIT(X86_SIGTRAP) | SIGBIT(X86_SIGFPE) | SIGBIT(X86_SIGSYS))
/* Default action "ignore" (signal(7)). */
#define DEFAULT_IGNORE (SIGBIT(X86_SIGCHLD) | SIGBIT(X86_SIGCONT) | SIGBIT(X86_SIGURG) | \
			SIGBIT(X86_SIGWINCH))
#define DEFAULT_STOP (SIGBIT(X86_SIGSTOP) | SIGBIT(X86_SIGTSTP) | SIGBIT(X86_SIGTTIN) | \
		      SIGBIT(X86_SIGTTOU))

/* Module mode: what the doorbell rings for; the faults keep their host handlers. */
#define HOST_SYNC (SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) | \
		   SIGBIT(SIGTRAP))
#define KMOD_ASYNC (~(HOST_SYNC | UNBLOCKABLE))

static struct x86_sigaction actions[X86_NSIG + 1];
static __thread struct os_thread *cur;
static __thread uint64_t host_mask_cur; /* module mode: the host mask last set */
static __thread bool host_mask_known;

/* The thread takes the module path (registered with /dev/xbt). */
static inline bool kmode(const struct os_thread *t)
{
	return t->slot != &t->own_slot;
}

/* x86_64 and both hosts use the generic signal numbers and 128-byte siginfo. */
_Static_assert(sizeof(siginfo_t) == sizeof(struct x86_siginfo), "generic siginfo");

const struct x86_sigaction *signal_action(int sig)
{
	return &actions[sig];
}

int signal_thread_init(struct os_thread *t)
{
	t->sig_info = calloc(X86_NSIG + 1, sizeof(*t->sig_info));
	if (!t->sig_info)
		return -ENOMEM;
	t->own_slot.wake_mask = ~0ULL;
	t->slot = &t->own_slot;
	t->cpu.poll_delta = 0;
	if (!cur && thread_count() == 1) {
		/* The main thread: the guest starts with the mask execve left. */
		uint64_t m = 0;

		syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &m, 8);
		t->sigmask = m & ~UNBLOCKABLE;
	}
	cur = t;
	return 0;
}

/*
 * Raw rt_sigprocmask/rt_sigaction: the host's glibc keeps signals 32 and 33 for
 * itself (cancellation, setxid) and silently leaves them out of masks and
 * actions, but the guest's glibc needs them. xbt uses neither for its own
 * threads, so the guest gets them.
 */
static void host_mask(struct os_thread *t, uint64_t guest)
{
	/* A real-time signal xbt holds stays blocked: its next instances queue in order. */
	uint64_t m = (guest | (t->sig_pending & ~0x7fffffffULL)) & ~(SIGBIT(SIGSEGV) | SIGBIT(SIGBUS));

	if (kmode(t)) {
		/* Asynchronous signals stay queued for the doorbell path. */
		m = (m | KMOD_ASYNC) & ~(SIGBIT(SIGSEGV) | SIGBIT(SIGBUS));
		if (host_mask_known && host_mask_cur == m)
			return;
		host_mask_cur = m;
		host_mask_known = true;
	}
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
}

struct host_kernel_sigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	uint64_t mask;
};

#if defined(__x86_64__)
void xbt_host_sigreturn(void);
#define HOST_SA_RESTORER 0x04000000UL
#endif

static int raw_sigaction(int sig, void *handler, unsigned long flags)
{
	struct host_kernel_sigaction ka = { .handler = handler, .flags = flags, .mask = ~0ULL };

#if defined(__x86_64__)
	ka.flags |= HOST_SA_RESTORER;
	ka.restorer = (void *)xbt_host_sigreturn;
#endif
	return (int)syscall(SYS_rt_sigaction, sig, &ka, NULL, 8);
}

static void recheck(struct os_thread *t)
{
	if (t->sig_pending & ~t->sigmask) {
		t->cpu.pending = 1;
		t->slot->pending = ~0ULL;
	} else {
		t->slot->pending = 0;
	}
}

/* ---- module mode ---- */

/* Something to deliver, or to dequeue: make the next safe point look. */
static void kmod_recheck(struct os_thread *t)
{
	volatile struct xbt_slot *s = t->slot;

	if (t->sig_pending & ~t->sigmask) {
		t->cpu.pending = 1;
		s->ring = 1;
	} else if ((s->pending | kmod.slots[0].pending) & s->wake_mask) {
		s->ring = 1;
	}
}

/* The guest mask changed: the module rings for what the thread takes now. */
static void kmod_mask_changed(struct os_thread *t)
{
	volatile struct xbt_slot *s = t->slot;
	uint64_t old = s->wake_mask, wake = ~t->sigmask & KMOD_ASYNC;

	s->wake_mask = wake;
	__atomic_thread_fence(__ATOMIC_SEQ_CST); /* pairs with the probe's barrier */
	if (old & ~wake & kmod.slots[0].pending)
		kmod_retarget(old & ~wake); /* a process-directed one may have been ours */
	if (t->sig_pending & t->sigmask & ~(SIGBIT(SIGSEGV) | SIGBIT(SIGBUS)))
		signal_queue_sync(t); /* taken, then blocked: back to the host's queue */
	kmod_recheck(t);
	host_mask(t, t->sigmask);
}

/*
 * Dequeue the host signals the doorbell announced and the guest takes now into
 * the thread's queue; returns the bits that were announced (0: nothing to do).
 * A signal the queue already holds stays in the kernel's queue for later; so do
 * further instances of a real-time signal (its bit is set again).
 */
static uint64_t kmod_collect(struct os_thread *t)
{
	volatile struct xbt_slot *s = t->slot, *s0 = &kmod.slots[0];
	uint64_t seen = (s->pending | s0->pending) & ~t->sigmask & KMOD_ASYNC, take, set;
	struct timespec zero = { 0, 0 };
	siginfo_t si;
	long sig;

	take = seen & ~__atomic_load_n(&t->sig_pending, __ATOMIC_RELAXED);
	if (!take)
		return seen;
	/* Clear first: a signal generated from now on sets its bit again. */
	__atomic_fetch_and(&s->pending, ~take, __ATOMIC_SEQ_CST);
	__atomic_fetch_and(&s0->pending, ~take, __ATOMIC_SEQ_CST);
	set = take;
	while (set && (sig = syscall(SYS_rt_sigtimedwait, &set, &si, &zero, 8)) > 0) {
		log_debug(LOG_SIG, "kmod: signal %ld dequeued from the doorbell", sig);
		memcpy(&t->sig_info[sig], &si, sizeof(si));
		__atomic_fetch_or(&t->sig_pending, SIGBIT(sig), __ATOMIC_SEQ_CST);
		set &= ~SIGBIT(sig);
		if (sig >= 32)
			__atomic_fetch_or(&s->pending, SIGBIT(sig), __ATOMIC_SEQ_CST);
	}
	return seen;
}

static void register_fork_child(void);

void signal_thread_start(struct os_thread *t)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	volatile struct xbt_slot *s;
	sigset_t all;

	if (!kmod_signals())
		return;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	s = kmod_register();
	host_mask_known = false;
	if (!s) {
		host_mask(t, t->sigmask); /* the userspace path for this thread */
		return;
	}
	pthread_once(&once, register_fork_child);
	log_debug(LOG_SIG, "kmod: thread %d takes the doorbell path (slot %d)", t->tid,
		  (int)(s - kmod.slots));
	s->wake_mask = 0;
	t->slot = s;
	t->cpu.poll_delta = (const char *)&s->ring - (const char *)&t->cpu.pending;
	/* Signals queued before the registration have no bits: look once. */
	__atomic_fetch_or(&s->pending, KMOD_ASYNC, __ATOMIC_SEQ_CST);
	kmod_mask_changed(t);
}

void signal_thread_exit(struct os_thread *t)
{
	volatile struct xbt_slot *s = t->slot;
	uint64_t old;
	sigset_t all;

	if (!kmode(t))
		return;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	old = s->wake_mask;
	s->wake_mask = 0;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (old & kmod.slots[0].pending)
		kmod_retarget(old);
	kmod_unregister();
	t->slot = &t->own_slot;
	t->cpu.poll_delta = 0;
}

/* A forked child: its own doorbell, or the userspace path. */
static void kmod_fork_child(void)
{
	struct os_thread *t = cur;
	volatile struct xbt_slot *s = NULL;

	if (!t || !kmode(t))
		return;
	host_mask_known = false;
	if (kmod_after_fork())
		s = kmod_register();
	if (!s) {
		t->slot = &t->own_slot;
		t->cpu.poll_delta = 0;
		host_mask(t, t->sigmask);
		recheck(t);
		return;
	}
	s->wake_mask = 0;
	t->slot = s;
	t->cpu.poll_delta = (const char *)&s->ring - (const char *)&t->cpu.pending;
	/* A signal sent to the child before it registered has no bit: look once. */
	__atomic_fetch_or(&s->pending, KMOD_ASYNC, __ATOMIC_SEQ_CST);
	kmod_mask_changed(t);
}

static void register_fork_child(void)
{
	pthread_atfork(NULL, NULL, kmod_fork_child);
}

void signal_exec_mask(struct os_thread *t, bool before)
{
	if (!kmode(t))
		return;
	if (before) {
		/* The new program inherits the guest's mask, as from a native execve. */
		uint64_t m = t->sigmask & ~(SIGBIT(SIGSEGV) | SIGBIT(SIGBUS));

		syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
		host_mask_known = false;
	} else {
		host_mask(t, t->sigmask);
	}
}

void signal_mask_changed(struct os_thread *t)
{
	sigset_t all, old;

	if (kmode(t)) {
		kmod_mask_changed(t);
		return;
	}
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	signal_queue_sync(t);
	recheck(t);
	host_mask(t, t->sigmask);
}

/* ---- the host side ---- */

static inline uint64_t uc_pc(ucontext_t *uc)
{
#if defined(__x86_64__)
	return (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
#else
	return uc->uc_mcontext.pc;
#endif
}

/* Move a thread caught between the stub's check and its syscall past it, -EINTR. */
static void stub_fixup(ucontext_t *uc)
{
	uint64_t pc = uc_pc(uc);

	if (pc < (uint64_t)(uintptr_t)xbt_safe_syscall_start ||
	    pc > (uint64_t)(uintptr_t)xbt_safe_syscall_insn)
		return;
#if defined(__x86_64__)
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)xbt_safe_syscall_resume;
	uc->uc_mcontext.gregs[REG_RAX] = -EINTR;
#else
	uc->uc_mcontext.pc = (uint64_t)(uintptr_t)xbt_safe_syscall_resume;
	uc->uc_mcontext.regs[0] = (uint64_t)-EINTR;
#endif
}

void signal_host_async(int sig, siginfo_t *si, void *ucv)
{
	struct os_thread *t = cur;

	if (!t)
		return; /* not a guest thread: translator-only threads block all signals */
	memcpy(&t->sig_info[sig], si, sizeof(*si));
	if (kmode(t)) {
		/* A fault sent with kill, or one that a mask-swapping call let in. */
		__atomic_fetch_or(&t->sig_pending, SIGBIT(sig), __ATOMIC_SEQ_CST);
		if (!(t->sigmask & SIGBIT(sig))) {
			t->cpu.pending = 1;
			__atomic_fetch_or(&t->slot->pending, SIGBIT(sig), __ATOMIC_SEQ_CST);
			t->slot->ring = 1;
			stub_fixup(ucv);
		}
		return;
	}
	t->sig_pending |= SIGBIT(sig);
	if (sig >= 32) /* real-time: held blocked until delivered (host_mask) */
		*(uint64_t *)&((ucontext_t *)ucv)->uc_sigmask |= SIGBIT(sig);
	if (!(t->sigmask & SIGBIT(sig))) {
		t->cpu.pending = 1;
		t->slot->pending = ~0ULL;
		stub_fixup(ucv);
	}
}

static void host_handler(int sig, siginfo_t *si, void *uc)
{
	if (si->si_code > 0 && (sig == SIGILL || sig == SIGFPE || sig == SIGTRAP)) {
		/* Caused by xbt itself, not sent: a bug, never a guest signal. */
		xbt_msg("internal error: host signal %d (code %d) at %p", sig, si->si_code,
			si->si_addr);
		signal(sig, SIG_DFL);
		return;
	}
	signal_host_async(sig, si, uc);
}

void signal_set_action(int sig, const struct x86_sigaction *act)
{
	struct sigaction sa;

	actions[sig] = *act;
	actions[sig].mask &= ~UNBLOCKABLE;
	if (sig == SIGSEGV || sig == SIGBUS)
		return; /* os/fault.c keeps these and forwards the sent ones */
	memset(&sa, 0, sizeof(sa));
	if (act->handler == X86_SIG_IGN) {
		sa.sa_handler = SIG_IGN;
	} else if (act->handler == X86_SIG_DFL) {
		sa.sa_handler = SIG_DFL;
	} else {
		/* No SA_RESTART: an interrupted host call returns EINTR and xbt decides. */
		sa.sa_sigaction = host_handler;
		sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
		sigfillset(&sa.sa_mask);
	}
	if (sig == SIGCHLD)
		sa.sa_flags |= act->flags & (X86_SA_NOCLDSTOP | X86_SA_NOCLDWAIT);
	if (sigaction(sig, &sa, NULL) && errno == EINVAL)
		/* 32 and 33: glibc's own (see host_mask) */
		raw_sigaction(sig, sa.sa_handler == SIG_IGN || sa.sa_handler == SIG_DFL ?
				      (void *)sa.sa_handler : (void *)host_handler,
			      sa.sa_flags);
}

/* ---- delivery ---- */

static int next_signal(uint64_t deliverable)
{
	uint64_t sync = deliverable & SYNC_MASK;

	return __builtin_ctzll(sync ? sync : deliverable) + 1;
}

static void default_action(int sig)
{
	if (SIGBIT(sig) & DEFAULT_IGNORE)
		return;
	if (SIGBIT(sig) & DEFAULT_STOP) {
		kill(getpid(), SIGSTOP);
		return;
	}
	os_die_by_signal(sig);
}

/* Frame for sig with mask bookkeeping; a frame that cannot be written is SIGSEGV. */
static void run_handler(struct os_thread *t, int sig, const struct x86_siginfo *info)
{
	struct x86_sigaction act = actions[sig];
	uint64_t oldmask = t->restore_mask ? t->saved_mask : t->sigmask;

	if (sigframe_setup(t, sig, &act, info, oldmask)) {
		log_info(LOG_SIG, "cannot write the frame for signal %d: SIGSEGV", sig);
		os_die_by_signal(SIGSEGV);
	}
	t->restore_mask = false;
	t->sigmask |= act.mask;
	if (!(act.flags & X86_SA_NODEFER))
		t->sigmask |= SIGBIT(sig);
	t->sigmask &= ~UNBLOCKABLE;
	if (act.flags & X86_SA_RESETHAND) {
		struct x86_sigaction dfl = { .handler = X86_SIG_DFL };

		signal_set_action(sig, &dfl);
	}
}

bool signal_syscall_restartable(long nr)
{
	switch (nr) {
	case 7:   /* poll */
	case 23:  /* select */
	case 34:  /* pause */
	case 35:  /* nanosleep */
	case 68:  /* msgsnd */
	case 69:  /* msgrcv */
	case 65:  /* semop */
	case 130: /* rt_sigsuspend */
	case 128: /* rt_sigtimedwait */
	case 208: /* io_getevents */
	case 220: /* semtimedop */
	case 230: /* clock_nanosleep */
	case 232: /* epoll_wait */
	case 270: /* pselect6 */
	case 271: /* ppoll */
	case 281: /* epoll_pwait */
	case 441: /* epoll_pwait2 */
		return false;
	default:
		return true;
	}
}

void signal_deliver(struct os_thread *t, bool after_syscall)
{
	sigset_t all;
	uint64_t deliverable;
	bool km = kmode(t);

	if (km) {
		/* The queue is written with atomics here: no host mask change. */
		t->cpu.pending = 0;
		t->slot->ring = 0;
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
		kmod_collect(t);
	} else {
		sigfillset(&all);
		pthread_sigmask(SIG_BLOCK, &all, NULL); /* the host handler writes the queue */
		t->cpu.pending = 0;
	}
	deliverable = t->sig_pending & ~t->sigmask;
	while (deliverable) {
		int sig = next_signal(deliverable);
		struct x86_siginfo info = t->sig_info[sig];
		const struct x86_sigaction *act = &actions[sig];

		__atomic_fetch_and(&t->sig_pending, ~SIGBIT(sig), __ATOMIC_SEQ_CST);
		deliverable &= ~SIGBIT(sig);
		if (act->handler == X86_SIG_IGN)
			continue;
		if (act->handler == X86_SIG_DFL) {
			default_action(sig);
			continue;
		}
		if (after_syscall && (int64_t)t->cpu.regs[X86_RAX] == -EINTR) {
			if ((act->flags & X86_SA_RESTART) && signal_syscall_restartable(t->sys_nr)) {
				t->cpu.rip -= 2; /* back onto the syscall instruction */
				t->cpu.regs[X86_RAX] = (uint64_t)t->sys_nr;
			}
			after_syscall = false;
		}
		run_handler(t, sig, &info);
		break; /* one frame; the next pending signal nests at the next safe point */
	}
	if (t->restore_mask) {
		/* sigsuspend woke for a signal that ran no handler */
		t->sigmask = t->saved_mask;
		t->restore_mask = false;
	}
	if (km) {
		kmod_mask_changed(t);
		return;
	}
	signal_queue_sync(t);
	recheck(t);
	host_mask(t, t->sigmask);
}

void signal_fault(struct os_thread *t)
{
	struct x86_cpu *c = &t->cpu;
	int sig = c->exit_sig;
	const struct x86_sigaction *act = &actions[sig];
	struct x86_siginfo info;

	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info.si_code = c->exit_code;
	info.u.fault.addr = c->exit_addr;
	log_info(LOG_SIG, "guest signal %d (code %d) at rip=0x%lx addr=0x%lx", sig, c->exit_code,
		 (unsigned long)c->rip, (unsigned long)c->exit_addr);
	/* force_sig_info(): a blocked or ignored fault signal kills. */
	if (act->handler <= X86_SIG_IGN || (t->sigmask & SIGBIT(sig)))
		os_die_by_signal(sig);
	run_handler(t, sig, &info);
	signal_mask_changed(t);
}

long signal_sigreturn(struct os_thread *t)
{
	if (sigframe_restore(t)) {
		log_info(LOG_SIG, "rt_sigreturn with a bad frame: SIGSEGV");
		os_die_by_signal(SIGSEGV);
	}
	signal_mask_changed(t);
	return (long)t->cpu.regs[X86_RAX];
}

/*
 * Module mode: an -EINTR the doorbell caused (the stub saw a pending bit, or a
 * kick ended the call) with nothing for the guest to take (a process-directed
 * signal another thread took, a kick that came late) is not the guest's: the
 * call is made again. An -EINTR of the host call itself goes to the guest, as
 * without the module.
 */
static long kmod_blocking(struct os_thread *t, long nr, long a1, long a2, long a3, long a4,
			  long a5, long a6)
{
	volatile struct xbt_slot *s = t->slot;
	uint64_t hm;

	if (nr == SYS_rt_sigsuspend) {
		/* Wait with the host signals still blocked: the kick ends the wait, and
		 * the signal is dequeued like any other (no host handler frame). */
		hm = (t->sigmask | KMOD_ASYNC) & ~(SIGBIT(SIGSEGV) | SIGBIT(SIGBUS));
		a1 = (long)&hm;
	}
	for (;;) {
		uint64_t kicks = s->kicks, fixups = s->fixups, queued = t->sig_pending;
		long r = xbt_safe_syscall(s, nr, a1, a2, a3, a4, a5, a6);
		uint64_t seen;

		if (r != -EINTR || t->cpu.pending)
			return r;
		seen = kmod_collect(t);
		if (t->sig_pending & ~t->sigmask) {
			t->cpu.pending = 1;
			s->ring = 1;
			return r;
		}
		if (t->sig_pending != queued || (!seen && s->kicks == kicks && s->fixups == fixups))
			return r;
	}
}

long host_blocking(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	struct os_thread *t = cur;

	if (!t)
		return host_ret(syscall(nr, a1, a2, a3, a4, a5, a6));
	if (kmode(t))
		return kmod_blocking(t, nr, a1, a2, a3, a4, a5, a6);
	return xbt_safe_syscall(t->slot, nr, a1, a2, a3, a4, a5, a6);
}
