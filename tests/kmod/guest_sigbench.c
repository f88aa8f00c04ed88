// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Signal costs as a guest sees them (an x86_64 program run under xbt with and
 * without /dev/xbt): kill-to-handler on the same thread, and two cross-thread
 * ping-pongs, one waking the partner from sigsuspend and one interrupting its
 * blocking pipe read (the stub + kick path). Prints "bench:" lines; no checks
 * beyond "every round arrived".
 *   guest_sigbench [rounds]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t hits;
static pid_t tid_a, tid_b;
static int rounds;
static int pipefd[2];
static const char *mode = "?";

static void on_sig(int sig)
{
	hits++;
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void send_to(pid_t tid, int sig)
{
	syscall(SYS_tgkill, getpid(), tid, sig);
}

static void bench_self(void)
{
	double t0, t1;
	int n = rounds * 4;

	hits = 0;
	t0 = now_ns();
	for (int i = 0; i < n; i++)
		send_to(tid_a, SIGUSR1);
	t1 = now_ns();
	printf("bench: %s guest kill-to-handler (same thread): %.2f us%s\n", mode,
	       (t1 - t0) / n / 1e3, hits == n ? "" : " (signals lost)");
}

/* B: wait for USR1 in sigsuspend, answer with USR2. */
static void *partner_suspend(void *arg)
{
	sigset_t wait;

	tid_b = (pid_t)syscall(SYS_gettid);
	sigfillset(&wait);
	sigdelset(&wait, SIGUSR1);
	for (int i = 0; i < rounds; i++) {
		sigsuspend(&wait);
		send_to(tid_a, SIGUSR2);
	}
	return NULL;
}

/*
 * B: a blocking read that the signal interrupts (no SA_RESTART), then answer.
 * A signal that lands between B's check and its read is only noticed with the
 * kick (or, natively, not at all): A sends again after 100 ms and counts it.
 */
static volatile sig_atomic_t b_hit;

static void on_b(int sig)
{
	b_hit = 1;
}

static void *partner_read(void *arg)
{
	sigset_t usr1;
	char c;

	tid_b = (pid_t)syscall(SYS_gettid);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	pthread_sigmask(SIG_UNBLOCK, &usr1, NULL);
	for (int i = 0; i < rounds; i++) {
		while (!b_hit)
			if (read(pipefd[0], &c, 1) < 0 && errno != EINTR)
				return NULL;
		b_hit = 0;
		send_to(tid_a, SIGUSR2);
	}
	return NULL;
}

static void ping_pong(const char *what, void *(*partner)(void *), bool resend)
{
	struct timespec wait = { resend ? 0 : 60, resend ? 100000000 : 0 };
	sigset_t usr2;
	siginfo_t si;
	pthread_t t;
	double t0, t1;
	int resent = 0;

	tid_b = 0;
	pthread_create(&t, NULL, partner, NULL);
	while (!__atomic_load_n(&tid_b, __ATOMIC_ACQUIRE))
		sched_yield();
	usleep(20000); /* let B reach its wait */
	sigemptyset(&usr2);
	sigaddset(&usr2, SIGUSR2);
	t0 = now_ns();
	for (int i = 0; i < rounds; i++) {
		send_to(tid_b, SIGUSR1);
		while (sigtimedwait(&usr2, &si, &wait) < 0) {
			resent++;
			send_to(tid_b, SIGUSR1);
		}
	}
	t1 = now_ns();
	pthread_join(t, NULL);
	printf("bench: %s guest cross-thread ping-pong, %s: %.2f us per round trip (%d resent)\n",
	       mode, what, (t1 - t0) / rounds / 1e3, resent);
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	sigset_t both;

	rounds = argc > 1 ? atoi(argv[1]) : 2000;
	mode = getenv("XBT_KMOD") ? getenv("XBT_KMOD") : "native";
	setvbuf(stdout, NULL, _IOLBF, 0);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sig; /* no SA_RESTART: the partner's read returns EINTR */
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	tid_a = (pid_t)syscall(SYS_gettid);
	if (pipe(pipefd))
		return 1;
	bench_self();
	/* Both threads keep USR1/USR2 blocked outside their waits: nothing is lost. */
	sigemptyset(&both);
	sigaddset(&both, SIGUSR1);
	sigaddset(&both, SIGUSR2);
	sigprocmask(SIG_BLOCK, &both, NULL);
	ping_pong("partner in sigsuspend", partner_suspend, false);
	sa.sa_handler = on_b;
	sigaction(SIGUSR1, &sa, NULL);
	ping_pong("partner in a blocking read", partner_read, true);
	return 0;
}
