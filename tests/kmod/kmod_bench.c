// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Measurements in the VM, all in the same boot: signal notice cost with a
 * classic handler round trip vs the doorbell (blocked signal, slot poll,
 * sigtimedwait), cross-thread notice latency both ways, and the blocking-
 * syscall stub's fast path against a bare syscall. Prints "bench:" lines; the
 * numbers are only comparable within one boot (TCG emulation).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "../../os/safe_syscall.h"

static volatile struct xbt_slot *slots;
static int devfd;
static volatile sig_atomic_t got;

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void handler(int sig)
{
	got = 1;
}

static struct xbt_register reg(void)
{
	struct xbt_register r = {
		.stub_start = (uintptr_t)xbt_safe_syscall_start,
		.stub_syscall = (uintptr_t)xbt_safe_syscall_insn,
		.stub_resume = (uintptr_t)xbt_safe_syscall_resume,
	};

	ioctl(devfd, XBT_IOC_REGISTER, &r);
	return r;
}

static double bench_handler_self(int n)
{
	sigset_t set;
	double t0;

	signal(SIGUSR1, handler);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	t0 = now_ns();
	for (int i = 0; i < n; i++) {
		got = 0;
		syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
		while (!got)
			;
	}
	return (now_ns() - t0) / n;
}

static double bench_doorbell_self(int n, unsigned slot)
{
	uint64_t bit = 1ULL << (SIGUSR1 - 1);
	struct timespec zero = { 0, 0 };
	siginfo_t si;
	sigset_t set;
	double t0;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	t0 = now_ns();
	for (int i = 0; i < n; i++) {
		syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
		while (!(slots[slot].pending & bit))
			;
		sigtimedwait(&set, &si, &zero);
		__atomic_and_fetch(&slots[slot].pending, ~bit, __ATOMIC_SEQ_CST);
	}
	return (now_ns() - t0) / n;
}

/* Cross-thread: A sends, B notices and acknowledges; round trips. */
static _Atomic int ack, stop_b;
static pid_t b_tid;
static int b_mode; /* 0 handler, 1 doorbell */

static void *thread_b(void *arg)
{
	uint64_t bit = 1ULL << (SIGUSR2 - 1);
	struct timespec zero = { 0, 0 };
	struct xbt_register r = { 0 };
	siginfo_t si;
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	if (b_mode) {
		pthread_sigmask(SIG_BLOCK, &set, NULL);
		r = reg();
	} else {
		pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	}
	b_tid = gettid();
	atomic_store(&ack, 1);
	while (!atomic_load(&stop_b)) {
		if (b_mode) {
			if (slots[r.slot].pending & bit) {
				sigtimedwait(&set, &si, &zero);
				__atomic_and_fetch(&slots[r.slot].pending, ~bit, __ATOMIC_SEQ_CST);
				atomic_store(&ack, 1);
			}
		} else if (got) {
			got = 0;
			atomic_store(&ack, 1);
		}
	}
	if (b_mode)
		ioctl(devfd, XBT_IOC_UNREGISTER);
	return NULL;
}

static double bench_cross(int mode, int n)
{
	pthread_t t;
	sigset_t set;
	double t0;

	signal(SIGUSR2, handler);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &set, NULL); /* only B takes it */
	b_mode = mode;
	atomic_store(&ack, 0);
	atomic_store(&stop_b, 0);
	pthread_create(&t, NULL, thread_b, NULL);
	while (!atomic_load(&ack))
		;
	t0 = now_ns();
	for (int i = 0; i < n; i++) {
		atomic_store(&ack, 0);
		syscall(SYS_tgkill, getpid(), b_tid, SIGUSR2);
		while (!atomic_load(&ack))
			;
	}
	t0 = (now_ns() - t0) / n;
	atomic_store(&stop_b, 1);
	pthread_join(t, NULL);
	return t0;
}

static double bench_syscall(int stub, unsigned slot, int n)
{
	double t0 = now_ns();

	for (int i = 0; i < n; i++) {
		if (stub)
			xbt_safe_syscall(&slots[slot], SYS_getppid, 0, 0, 0, 0, 0, 0);
		else
			syscall(SYS_getppid);
	}
	return (now_ns() - t0) / n;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2000;
	double h, d, ch, cd, bare = 1e30, stub = 1e30;
	struct xbt_register r;

	setvbuf(stdout, NULL, _IOLBF, 0);
	devfd = open(XBT_DEV_PATH, O_RDWR);
	slots = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, devfd, 0);
	if (devfd < 0 || slots == MAP_FAILED) {
		printf("FAIL bench: no /dev/xbt\n");
		return 1;
	}
	h = bench_handler_self(n);
	r = reg();
	d = bench_doorbell_self(n, r.slot);
	/* Interleave stub and bare runs; keep the best of each. */
	for (int k = 0; k < 5; k++) {
		double b = bench_syscall(0, r.slot, 20 * n), s = bench_syscall(1, r.slot, 20 * n);

		bare = b < bare ? b : bare;
		stub = s < stub ? s : stub;
	}
	ioctl(devfd, XBT_IOC_UNREGISTER);
	ch = bench_cross(0, n / 4);
	cd = bench_cross(1, n / 4);
	printf("bench: signal notice, same thread: handler round trip %.0f ns, doorbell %.0f ns (%.2fx)\n",
	       h, d, d / h);
	printf("bench: signal notice, cross thread: handler %.0f ns, doorbell %.0f ns (%.2fx)\n", ch, cd,
	       cd / ch);
	printf("bench: blocking-syscall stub fast path %.0f ns vs bare syscall %.0f ns (%.3fx)\n", stub,
	       bare, stub / bare);
	printf("PASS bench ran (%d iterations)\n", n);
	return 0;
}
