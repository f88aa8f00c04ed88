// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest threads. clone(CLONE_VM|CLONE_THREAD|...) starts a host pthread that runs
 * the guest from the instruction after the syscall with rax = 0, its own stack
 * (newsp) and, with CLONE_SETTLS, its own fs base. The host thread shares
 * memory, files and signal handlers with the others, which is what glibc's and
 * Go's flag sets ask for. CLONE_PARENT_SETTID is written before clone returns
 * in the parent, CLONE_CHILD_SETTID by the child, and CLONE_CHILD_CLEARTID is
 * cleared and futex-woken when the thread exits (pthread_join waits on it).
 */
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../core/gmem.h"
#include "../core/log.h"
#include "../jit/jit.h"
#include "gsignal.h"
#include "thread.h"
#include "x86_abi.h"

static int live = 1; /* the main thread */

struct start {
	struct os_thread *t;
	uint64_t flags, ptid, ctid;
	int tid;            /* written by the child, read by the parent */
	int ready;          /* futex word */
};

int thread_count(void)
{
	return __atomic_load_n(&live, __ATOMIC_ACQUIRE);
}

static void *thread_main(void *arg)
{
	struct start *s = arg;
	struct os_thread *t = s->t;
	int tid = (int)syscall(SYS_gettid);

	t->tid = tid;
	if (signal_thread_init(t))
		abort();
	if (s->flags & X86_CLONE_PARENT_SETTID)
		copy_to_guest(s->ptid, &tid, 4);
	if (s->flags & X86_CLONE_CHILD_SETTID)
		copy_to_guest(s->ctid, &tid, 4);
	if (s->flags & X86_CLONE_CHILD_CLEARTID)
		t->clear_child_tid = s->ctid;
	__atomic_store_n(&s->tid, tid, __ATOMIC_RELEASE);
	__atomic_store_n(&s->ready, 1, __ATOMIC_RELEASE);
	syscall(SYS_futex, &s->ready, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	/* s lives on the parent's stack: not used after this point */
	os_run(t);
}

long thread_clone(struct os_thread *parent, uint64_t flags, uint64_t newsp, uint64_t ptid,
		  uint64_t ctid, uint64_t tls)
{
	const uint64_t needed = X86_CLONE_VM | X86_CLONE_THREAD | X86_CLONE_SIGHAND;
	struct start s = { .flags = flags, .ptid = ptid, .ctid = ctid };
	struct os_thread *t;
	pthread_attr_t attr;
	pthread_t pt;
	int r;

	if ((flags & needed) != needed)
		return -EINVAL; /* CLONE_THREAD needs SIGHAND, SIGHAND needs VM (kernel rules) */
	if (flags & (X86_CLONE_VFORK | X86_CLONE_NEWNS | X86_CLONE_PIDFD))
		return -EINVAL;
	t = calloc(1, sizeof(*t));
	if (!t)
		return -ENOMEM;
	t->cpu = parent->cpu;
	t->cpu.os = t;
	t->cpu.pending = 0;
	t->cpu.regs[X86_RAX] = 0;
	if (newsp)
		t->cpu.regs[X86_RSP] = newsp;
	if (flags & X86_CLONE_SETTLS)
		t->cpu.fs_base = tls;
	t->proc = parent->proc;
	t->sigmask = parent->sigmask; /* inherited; the alternate stack is not */
	s.t = t;
	jit_threads_started();
	__atomic_add_fetch(&live, 1, __ATOMIC_ACQ_REL);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* The new thread inherits the host mask, which mirrors the guest's. */
	r = pthread_create(&pt, &attr, thread_main, &s);
	pthread_attr_destroy(&attr);
	if (r) {
		__atomic_sub_fetch(&live, 1, __ATOMIC_ACQ_REL);
		free(t);
		return -r;
	}
	while (!__atomic_load_n(&s.ready, __ATOMIC_ACQUIRE))
		syscall(SYS_futex, &s.ready, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	log_debug(LOG_SYS, "thread %d started (flags %#lx)", s.tid, (unsigned long)flags);
	return __atomic_load_n(&s.tid, __ATOMIC_ACQUIRE);
}

void thread_exit(struct os_thread *t, int code)
{
	if (__atomic_sub_fetch(&live, 1, __ATOMIC_ACQ_REL) == 0) {
		if (jit_opts.stats)
			jit_print_stats();
		syscall(SYS_exit_group, code);
	}
	if (t->clear_child_tid) {
		/* mm_release(): clear the tid and wake a joiner */
		uint32_t zero = 0;

		if (!copy_to_guest(t->clear_child_tid, &zero, 4))
			syscall(SYS_futex, (uint32_t *)(uintptr_t)t->clear_child_tid, FUTEX_WAKE, 1,
				NULL, NULL, 0);
	}
	/* The os_thread stays allocated: a signal queued for it may still be read. */
	pthread_exit(NULL);
}
