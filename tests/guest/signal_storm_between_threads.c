// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Signal storms between threads, every signal accounted for:
 *  - several threads pthread_sigqueue real-time signals at one receiver while
 *    it sits in read() on a pipe (SA_RESTART: the read is restarted and returns
 *    the byte written at the end); each sender's values arrive complete and in
 *    order (real-time signals queue);
 *  - the same without SA_RESTART: read() fails with EINTR, nanosleep returns
 *    EINTR with the time left, pthread_cond_wait carries on;
 *  - a standard signal sent many times while blocked is delivered once;
 *  - tgkill ping-pong between two threads (each waits in sigsuspend for the
 *    other's signal), and sigqueue() to the process taken by whichever thread.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define SENDERS 3
#define PER_SENDER 300

static int failures;

#define CHECK(cond, ...)                                    \
	do {                                                \
		if (!(cond)) {                              \
			failures++;                         \
			printf("FAIL line %d: ", __LINE__); \
			printf(__VA_ARGS__);                \
			printf("\n");                       \
		}                                           \
	} while (0)

static pid_t gettid_(void)
{
	return (pid_t)syscall(SYS_gettid);
}

/* ---- real-time storm at one receiver ---- */

static int next_value[SENDERS];
static volatile long received;
static volatile int order_ok = 1;
static pthread_t receiver;
static volatile int senders_go;
static long sent;

static void on_rt(int sig, siginfo_t *si, void *uc)
{
	int v = si->si_value.sival_int, who = v >> 16, seq = v & 0xffff;

	if (who < 0 || who >= SENDERS || seq != next_value[who])
		order_ok = 0;
	else
		next_value[who]++;
	received++;
}

static void *rt_sender(void *arg)
{
	int who = (int)(intptr_t)arg;

	while (!senders_go)
		sched_yield();
	for (int i = 0; i < PER_SENDER; i++) {
		union sigval v = { .sival_int = who << 16 | i };

		while (pthread_sigqueue(receiver, SIGRTMIN, v) == EAGAIN)
			sched_yield(); /* queue full (RLIMIT_SIGPENDING): try again */
		__atomic_add_fetch(&sent, 1, __ATOMIC_RELAXED);
	}
	return NULL;
}

static void install(int sig, void (*fn)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO | flags;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

static int pipefd[2];
static volatile long eintr_reads, eintr_sleeps, bad_errors;
static pthread_mutex_t cw_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cw_cond = PTHREAD_COND_INITIALIZER;
static int cw_done;
static volatile int phase;

/* The receiver: blocks in read (phases 1, 2), nanosleep (3), cond_wait (4). */
static void *rt_receiver(void *arg)
{
	char c;
	ssize_t n;

	while (phase < 1)
		usleep(1000);
	n = read(pipefd[0], &c, 1); /* SA_RESTART: restarted through the whole storm */
	if (n != 1 || c != 'a')
		bad_errors++;

	while (phase < 2)
		usleep(1000);
	for (;;) {
		n = read(pipefd[0], &c, 1);
		if (n == 1 && c == 'b')
			break;
		if (n == -1 && errno == EINTR)
			eintr_reads++;
		else
			bad_errors++;
	}

	while (phase < 3)
		usleep(1000);
	struct timespec left = { 2, 500 * 1000000 }, req;
	while (left.tv_sec || left.tv_nsec) {
		req = left;
		if (!nanosleep(&req, &left))
			break;
		if (errno != EINTR) {
			bad_errors++;
			break;
		}
		eintr_sleeps++;
	}

	pthread_mutex_lock(&cw_lock);
	phase = 4;
	while (!cw_done)
		pthread_cond_wait(&cw_cond, &cw_lock);
	pthread_mutex_unlock(&cw_lock);
	return NULL;
}

static void storm(void)
{
	pthread_t s[SENDERS];

	for (int i = 0; i < SENDERS; i++)
		pthread_create(&s[i], NULL, rt_sender, (void *)(intptr_t)i);
	senders_go = 1;
	for (int i = 0; i < SENDERS; i++)
		pthread_join(s[i], NULL);
	senders_go = 0;
	for (int ms = 0; received < sent && ms < 100000; ms++)
		usleep(1000); /* a lost signal shows as a count below */
}

static int all_in_order(void)
{
	for (int i = 0; i < SENDERS; i++)
		if (next_value[i] != PER_SENDER)
			return 0;
	return order_ok && received == SENDERS * PER_SENDER;
}

/* One storm; the caller's condition (an EINTR seen) decides whether to go again. */
static int storm_round(volatile long *until, int rounds)
{
	memset(next_value, 0, sizeof(next_value));
	received = sent = 0;
	storm();
	return !*until && rounds < 100;
}

static void rt_storm(void)
{
	int ok = 1, rounds;

	install(SIGRTMIN, on_rt, SA_RESTART);
	if (pipe(pipefd))
		_exit(2);
	pthread_create(&receiver, NULL, rt_receiver, NULL);

	phase = 1;
	usleep(20000); /* into read (a signal before it only runs the handler) */
	storm();
	CHECK(write(pipefd[1], "a", 1) == 1, "write");
	printf("SA_RESTART read: all %d signals in order %d\n", SENDERS * PER_SENDER, all_in_order());
	ok &= all_in_order();

	/* again until one arrives while the receiver waits (slow starts under xbt's jit mode) */
	install(SIGRTMIN, on_rt, 0);
	phase = 2;
	rounds = 0;
	while (storm_round((volatile long *)&eintr_reads, ++rounds))
		ok &= all_in_order();
	ok &= all_in_order();
	CHECK(write(pipefd[1], "b", 1) == 1, "write");
	printf("read without SA_RESTART: signals in order %d, EINTR seen %d\n", ok, eintr_reads > 0);

	phase = 3;
	rounds = 0;
	while (storm_round((volatile long *)&eintr_sleeps, ++rounds))
		ok &= all_in_order();
	ok &= all_in_order();
	while (phase < 4)
		usleep(1000);
	printf("nanosleep: signals in order %d, EINTR with time left seen %d\n", ok,
	       eintr_sleeps > 0);

	usleep(20000);
	storm_round((volatile long *)&eintr_sleeps, 0); /* the receiver is in pthread_cond_wait */
	ok &= all_in_order();
	pthread_mutex_lock(&cw_lock);
	cw_done = 1;
	pthread_cond_signal(&cw_cond);
	pthread_mutex_unlock(&cw_lock);
	pthread_join(receiver, NULL);
	printf("cond_wait: signals in order %d, unexpected errors %ld\n", ok, bad_errors);
	CHECK(ok && !bad_errors, "phases 1-4");
}

/* ---- a standard signal merges while blocked ---- */

static volatile int usr1_runs;
static void on_usr1(int sig, siginfo_t *si, void *uc)
{
	usr1_runs++;
}

static volatile pid_t blocker_tid;
static volatile int blocker_release;

static void *blocker(void *arg)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &s, NULL);
	blocker_tid = gettid_();
	while (!blocker_release)
		usleep(1000);
	pthread_sigmask(SIG_UNBLOCK, &s, NULL); /* delivered here, once */
	return NULL;
}

static void *usr1_sender(void *arg)
{
	for (int i = 0; i < 100; i++)
		syscall(SYS_tgkill, getpid(), blocker_tid, SIGUSR1);
	return NULL;
}

static void merging(void)
{
	pthread_t b, s[3];

	install(SIGUSR1, on_usr1, 0);
	pthread_create(&b, NULL, blocker, NULL);
	while (!blocker_tid)
		usleep(1000);
	for (int i = 0; i < 3; i++)
		pthread_create(&s[i], NULL, usr1_sender, NULL);
	for (int i = 0; i < 3; i++)
		pthread_join(s[i], NULL);
	blocker_release = 1;
	pthread_join(b, NULL);
	printf("300 SIGUSR1 while blocked: handler ran %d time(s)\n", usr1_runs);
	CHECK(usr1_runs == 1, "merging");
}

/* ---- ping-pong with tgkill, and kill() to the process ---- */

#define ROUNDS 1000
static volatile pid_t tids[2];
static volatile int got[2];
static volatile int stop_pp;

static void on_usr2(int sig, siginfo_t *si, void *uc)
{
	int me = gettid_() == tids[1];

	got[me]++;
}

/* Round i: 0 signals 1; 1's handler runs, 1 signals back; 0's handler runs. */
static void *pinger(void *arg)
{
	int me = (int)(intptr_t)arg, other = 1 - me;
	sigset_t block, wait;

	/* SIGUSR2 blocked except inside sigsuspend: no wake-up lost between check and wait */
	sigemptyset(&block);
	sigaddset(&block, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &block, &wait);
	sigdelset(&wait, SIGUSR2);
	tids[me] = gettid_();
	while (!tids[other])
		sched_yield();
	for (int i = 0; i < ROUNDS; i++) {
		if (me == 0)
			syscall(SYS_tgkill, getpid(), tids[other], SIGUSR2);
		while (got[me] < i + 1) {
			if (stop_pp)
				return NULL;
			sigsuspend(&wait);
		}
		if (me == 1)
			syscall(SYS_tgkill, getpid(), tids[other], SIGUSR2);
	}
	return NULL;
}

static volatile long proc_hits;
static void on_rt3(int sig, siginfo_t *si, void *uc)
{
	__atomic_add_fetch(&proc_hits, 1, __ATOMIC_RELAXED);
}

static volatile int idle_stop;
static void *idler(void *arg)
{
	while (!idle_stop)
		usleep(500); /* in nanosleep: a process-directed signal may pick this thread */
	return NULL;
}

static void ping_pong_and_process(void)
{
	pthread_t a, b, idle[2];
	struct timespec t0, t1;

	install(SIGUSR2, on_usr2, SA_RESTART);
	pthread_create(&a, NULL, pinger, (void *)0);
	pthread_create(&b, NULL, pinger, (void *)1);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		if (got[0] >= ROUNDS && got[1] >= ROUNDS)
			break;
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (t1.tv_sec - t0.tv_sec > 100) {
			stop_pp = 1; /* a lost signal: report instead of hanging */
			break;
		}
		usleep(1000);
	}
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	printf("tgkill ping-pong: %d and %d of %d\n", got[0], got[1], ROUNDS);
	CHECK(got[0] == ROUNDS && got[1] == ROUNDS, "ping-pong");

	install(SIGRTMIN + 3, on_rt3, SA_RESTART);
	pthread_create(&idle[0], NULL, idler, NULL);
	pthread_create(&idle[1], NULL, idler, NULL);
	for (int i = 0; i < 500; i++)
		while (sigqueue(getpid(), SIGRTMIN + 3, (union sigval){ i }) && errno == EAGAIN)
			sched_yield();
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (proc_hits < 500) {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (t1.tv_sec - t0.tv_sec > 100)
			break;
		usleep(1000);
	}
	idle_stop = 1;
	pthread_join(idle[0], NULL);
	pthread_join(idle[1], NULL);
	printf("sigqueue to the process: %ld of 500 handled\n", proc_hits);
	CHECK(proc_hits == 500, "process-directed");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	rt_storm();
	merging();
	ping_pong_and_process();
	printf("%s\n", failures ? "FAIL" : "PASS");
	return failures != 0;
}
