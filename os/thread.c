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
#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
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
	jit_threads_started(); /* XBT_TSO=auto: x86 memory order from now on */
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

/* A 32-bit compare-and-exchange on a guest futex word; -EFAULT on a bad address. */
static __attribute__((noinline)) int guest_cmpxchg32(uint64_t addr, uint32_t *old, uint32_t nv)
{
	sigjmp_buf jb, *prev = gmem_recover_point;
	bool ok;

	if (sigsetjmp(jb, 0)) {
		gmem_recover_point = prev;
		return -EFAULT;
	}
	gmem_recover_point = &jb;
	ok = __atomic_compare_exchange_n((uint32_t *)(uintptr_t)addr, old, nv, false,
					 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	gmem_recover_point = prev;
	return ok ? 0 : -EAGAIN;
}

/* handle_futex_death(): a lock word this thread still owns gets FUTEX_OWNER_DIED. */
static void futex_owner_died(uint64_t uaddr, uint32_t tid, bool pi, bool pending)
{
	uint32_t uval;
	int r;

	if ((uaddr & 3) || copy_from_guest(&uval, uaddr, 4))
		return;
	do {
		/* an unlock that cleared the word but had not woken anyone yet */
		if (pending && !pi && !uval) {
			syscall(SYS_futex, (uint32_t *)(uintptr_t)uaddr, FUTEX_WAKE, 1, NULL, NULL, 0);
			return;
		}
		if ((uval & FUTEX_TID_MASK) != tid)
			return;
		r = guest_cmpxchg32(uaddr, &uval, (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED);
		if (r == -EFAULT)
			return;
	} while (r);
	/* PI futexes are handed over by the host kernel when this host thread exits. */
	if (!pi && (uval & FUTEX_WAITERS))
		syscall(SYS_futex, (uint32_t *)(uintptr_t)uaddr, FUTEX_WAKE, 1, NULL, NULL, 0);
}

/*
 * exit_robust_list(): walk the list the guest registered with set_robust_list
 * (struct robust_list_head: next, futex_offset, list_op_pending; bit 0 of an
 * entry marks a PI futex) and mark each lock still held. This is done here and
 * not left to the host kernel, which may not see the list (qemu-user) and would
 * walk it only after CLONE_CHILD_CLEARTID has let a joiner free it.
 */
#define ROBUST_LIST_LIMIT 2048

static void robust_list_release(struct os_thread *t)
{
	uint64_t head = t->robust_list, entry, next, pending, h[3];
	int64_t off;
	int limit = ROBUST_LIST_LIMIT;
	bool pi, next_pi, pip;

	if (!head)
		return;
	syscall(SYS_set_robust_list, NULL, 24); /* the host's copy: done here instead */
	t->robust_list = 0;
	if (copy_from_guest(h, head, sizeof(h)))
		return;
	entry = h[0] & ~1ULL;
	pi = h[0] & 1;
	off = (int64_t)h[1];
	pending = h[2] & ~1ULL;
	pip = h[2] & 1;
	while (entry != head) {
		int rc = copy_from_guest(&next, entry, 8);

		next_pi = next & 1;
		next &= ~1ULL;
		if (entry != pending)
			futex_owner_died(entry + off, (uint32_t)t->tid, pi, false);
		if (rc || !--limit)
			break;
		entry = next;
		pi = next_pi;
	}
	if (pending)
		futex_owner_died(pending + off, (uint32_t)t->tid, pip, true);
}

void thread_exit(struct os_thread *t, int code)
{
	if (__atomic_sub_fetch(&live, 1, __ATOMIC_ACQ_REL) == 0) {
		if (jit_opts.stats)
			jit_print_stats();
		syscall(SYS_exit_group, code);
	}
	robust_list_release(t); /* before the tid is cleared, as mm_release() does */
	if (t->clear_child_tid) {
		/* mm_release(): clear the tid and wake a joiner */
		uint32_t zero = 0;

		if (!copy_to_guest(t->clear_child_tid, &zero, 4))
			syscall(SYS_futex, (uint32_t *)(uintptr_t)t->clear_child_tid, FUTEX_WAKE, 1,
				NULL, NULL, 0);
	}
	signal_thread_exit(t);
	/* The os_thread stays allocated: a signal queued for it may still be read. */
	pthread_exit(NULL);
}
