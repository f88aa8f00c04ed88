// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Waiting for signals instead of handling them: rt_sigtimedwait (siginfo,
 * timeout, real-time queueing and order, standard-signal merging), sigpending,
 * signalfd4 (x86_64 struct signalfd_siginfo, SFD_NONBLOCK/SFD_CLOEXEC, poll,
 * changing the mask of an existing fd), a thread in sigwaitinfo, EINTR from
 * a handled signal. And signals that were
 * already on their way to a handler when they became blocked: a second signal
 * held back by the first handler's sa_mask must be visible to sigpending,
 * sigtimedwait and signalfd inside that handler, real-time ones in order.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

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

static void block(int how, int a, int b, int c)
{
	sigset_t s;

	sigemptyset(&s);
	if (a)
		sigaddset(&s, a);
	if (b)
		sigaddset(&s, b);
	if (c)
		sigaddset(&s, c);
	sigprocmask(how, &s, NULL);
}

/* raise() through tgkill itself: si_code SI_TKILL whatever libc's raise does */
static void raise_tkill(int sig)
{
	syscall(SYS_tgkill, getpid(), (pid_t)syscall(SYS_gettid), sig);
}

static int is_pending(int sig)
{
	sigset_t p;

	sigpending(&p);
	return sigismember(&p, sig);
}

static int64_t ms_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static int take(int sig, siginfo_t *si, long timeout_ms)
{
	sigset_t s;
	struct timespec ts = { timeout_ms / 1000, (timeout_ms % 1000) * 1000000 };

	sigemptyset(&s);
	sigaddset(&s, sig);
	return sigtimedwait(&s, si, &ts);
}

static void basics(void)
{
	siginfo_t si;
	int64_t t0;
	int r;

	block(SIG_BLOCK, SIGUSR1, SIGRTMIN, 0);
	raise_tkill(SIGUSR1);
	CHECK(is_pending(SIGUSR1), "raised SIGUSR1 not pending");
	r = take(SIGUSR1, &si, 1000);
	/* glibc's sigtimedwait shows SI_TKILL as SI_USER */
	CHECK(r == SIGUSR1 && si.si_signo == SIGUSR1 && si.si_code == SI_USER &&
		      si.si_pid == getpid() && si.si_uid == getuid(),
	      "sigtimedwait SIGUSR1: %d code %d", r, si.si_code);
	CHECK(!is_pending(SIGUSR1), "still pending after sigtimedwait");

	t0 = ms_now();
	errno = 0;
	r = take(SIGUSR1, &si, 50);
	CHECK(r == -1 && errno == EAGAIN && ms_now() - t0 >= 50, "timeout: %d errno %d", r, errno);

	for (int i = 0; i < 3; i++)
		kill(getpid(), SIGUSR1);
	r = take(SIGUSR1, &si, 0);
	CHECK(r == SIGUSR1 && si.si_code == SI_USER, "kill: %d code %d", r, si.si_code);
	errno = 0;
	r = take(SIGUSR1, &si, 0);
	CHECK(r == -1 && errno == EAGAIN, "a standard signal sent 3 times is pending once: %d", r);

	for (int i = 0; i < 5; i++)
		sigqueue(getpid(), SIGRTMIN, (union sigval){ .sival_int = 100 + i });
	for (int i = 0; i < 5; i++) {
		r = take(SIGRTMIN, &si, 0);
		CHECK(r == SIGRTMIN && si.si_code == SI_QUEUE && si.si_value.sival_int == 100 + i,
		      "queued real-time signal %d: %d value %d", i, r, si.si_value.sival_int);
	}
	block(SIG_UNBLOCK, SIGUSR1, SIGRTMIN, 0);
	printf("sigtimedwait: siginfo, timeout, standard merged, real-time queued in order\n");
}

static void signalfds(void)
{
	sigset_t s;
	struct signalfd_siginfo fi;
	struct pollfd pfd;
	ssize_t n;
	int fd, r;

	_Static_assert(sizeof(struct signalfd_siginfo) == 128, "signalfd_siginfo");
	block(SIG_BLOCK, SIGUSR1, SIGUSR2, SIGRTMIN + 2);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	fd = signalfd(-1, &s, SFD_NONBLOCK | SFD_CLOEXEC);
	CHECK(fd >= 0, "signalfd: %s", strerror(errno));
	CHECK(fcntl(fd, F_GETFD) == FD_CLOEXEC && (fcntl(fd, F_GETFL) & O_NONBLOCK),
	      "signalfd flags");
	errno = 0;
	n = read(fd, &fi, sizeof(fi));
	CHECK(n == -1 && errno == EAGAIN, "empty signalfd: %zd errno %d", n, errno);

	kill(getpid(), SIGUSR1);
	pfd = (struct pollfd){ .fd = fd, .events = POLLIN };
	r = poll(&pfd, 1, 1000);
	CHECK(r == 1 && (pfd.revents & POLLIN), "poll on signalfd: %d %#x", r, pfd.revents);
	n = read(fd, &fi, sizeof(fi));
	CHECK(n == sizeof(fi) && fi.ssi_signo == SIGUSR1 && fi.ssi_code == SI_USER &&
		      fi.ssi_pid == (uint32_t)getpid() && fi.ssi_uid == getuid(),
	      "signalfd SIGUSR1: %zd signo %u code %d pid %u", n, fi.ssi_signo, fi.ssi_code,
	      fi.ssi_pid);

	/* the same fd, another mask: SIGUSR1 no longer, SIGRTMIN+2 now */
	sigemptyset(&s);
	sigaddset(&s, SIGRTMIN + 2);
	r = signalfd(fd, &s, 0);
	CHECK(r == fd, "signalfd on an existing fd: %d", r);
	raise(SIGUSR1);
	sigqueue(getpid(), SIGRTMIN + 2, (union sigval){ .sival_int = 77 });
	sigqueue(getpid(), SIGRTMIN + 2, (union sigval){ .sival_int = 78 });
	struct signalfd_siginfo two[2];
	n = read(fd, two, sizeof(two)); /* several records in one read */
	CHECK(n == sizeof(two) && two[0].ssi_signo == (uint32_t)SIGRTMIN + 2 &&
		      two[0].ssi_code == SI_QUEUE && two[0].ssi_int == 77 && two[1].ssi_int == 78,
	      "signalfd real-time: %zd signo %u int %d %d", n, two[0].ssi_signo, two[0].ssi_int,
	      two[1].ssi_int);
	CHECK(is_pending(SIGUSR1), "SIGUSR1 left for the other mask");
	take(SIGUSR1, NULL, 0);
	close(fd);
	block(SIG_UNBLOCK, SIGUSR1, SIGUSR2, SIGRTMIN + 2);
	printf("signalfd: flags, EAGAIN, poll, records, mask change on the same fd\n");
}

/* ---- a second signal held back by the first handler's sa_mask ---- */

static volatile int in_handler;
static int seen_pending, seen_wait, seen_fd, rt_order_ok, rt_count;

static void usr1_waits(int sig)
{
	siginfo_t si;

	in_handler++;
	seen_pending = is_pending(SIGUSR2);
	seen_wait = take(SIGUSR2, &si, 0) == SIGUSR2 && si.si_pid == getpid();
}

static void usr1_reads_fd(int sig)
{
	sigset_t s;
	struct signalfd_siginfo fi;
	int fd;

	in_handler++;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	fd = signalfd(-1, &s, SFD_NONBLOCK);
	seen_fd = read(fd, &fi, sizeof(fi)) == sizeof(fi) && fi.ssi_signo == SIGUSR2;
	close(fd);
}

static void rt_waits(int sig)
{
	siginfo_t si;

	in_handler++;
	rt_order_ok = 1;
	for (int v = 10; v < 13; v++) {
		int r = take(SIGRTMIN + 1, &si, 0);

		rt_count += r == SIGRTMIN + 1;
		rt_order_ok &= r == SIGRTMIN + 1 && si.si_value.sival_int == v;
	}
}

static void install(int sig, void (*fn)(int), int masked)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, masked);
	sigaction(sig, &sa, NULL);
}

static void held_back(void)
{
	install(SIGUSR1, usr1_waits, SIGUSR2);
	block(SIG_BLOCK, SIGUSR1, SIGUSR2, 0);
	raise_tkill(SIGUSR2);
	raise_tkill(SIGUSR1);
	in_handler = 0;
	block(SIG_UNBLOCK, SIGUSR1, SIGUSR2, 0); /* SIGUSR1's handler runs first, SIGUSR2 masked */
	CHECK(in_handler == 1 && seen_pending && seen_wait,
	      "inside the handler: ran %d, SIGUSR2 pending %d, taken by sigtimedwait %d", in_handler,
	      seen_pending, seen_wait);

	install(SIGUSR1, usr1_reads_fd, SIGUSR2);
	block(SIG_BLOCK, SIGUSR1, SIGUSR2, 0);
	raise_tkill(SIGUSR2);
	raise_tkill(SIGUSR1);
	in_handler = 0;
	block(SIG_UNBLOCK, SIGUSR1, SIGUSR2, 0);
	CHECK(in_handler == 1 && seen_fd, "inside the handler: ran %d, signalfd read SIGUSR2 %d",
	      in_handler, seen_fd);

	install(SIGRTMIN, rt_waits, SIGRTMIN + 1);
	block(SIG_BLOCK, SIGRTMIN, SIGRTMIN + 1, 0);
	for (int v = 10; v < 13; v++)
		sigqueue(getpid(), SIGRTMIN + 1, (union sigval){ .sival_int = v });
	sigqueue(getpid(), SIGRTMIN, (union sigval){ .sival_int = 1 });
	in_handler = 0;
	block(SIG_UNBLOCK, SIGRTMIN, SIGRTMIN + 1, 0);
	CHECK(in_handler == 1 && rt_count == 3 && rt_order_ok,
	      "inside the handler: ran %d, real-time taken %d in order %d", in_handler, rt_count,
	      rt_order_ok);
	signal(SIGUSR1, SIG_DFL);
	signal(SIGRTMIN, SIG_DFL);
	printf("held back by sa_mask: seen by sigpending, sigtimedwait, signalfd; real-time in order\n");
}

/* ---- threads ---- */

static sigset_t wait_set;
static volatile pid_t waiter_tid;
static int waiter_sig, waiter_code;

static void *sigwaiter(void *arg)
{
	siginfo_t si;

	waiter_tid = (pid_t)syscall(SYS_gettid);
	waiter_sig = sigwaitinfo(&wait_set, &si);
	waiter_code = si.si_code;
	return NULL;
}

static volatile int alarms;
static void on_alarm(int sig)
{
	alarms++;
}

static int eintr_result, eintr_errno;
static volatile int eintr_done;

static void *interrupted_waiter(void *arg)
{
	struct timespec ts = { 20, 0 };

	waiter_tid = (pid_t)syscall(SYS_gettid);
	eintr_result = sigtimedwait(&wait_set, NULL, &ts);
	eintr_errno = errno;
	eintr_done = 1;
	return NULL;
}

static void threads(void)
{
	pthread_t t;
	struct sigaction sa;

	sigemptyset(&wait_set);
	sigaddset(&wait_set, SIGUSR2);
	block(SIG_BLOCK, SIGUSR2, 0, 0); /* inherited by the thread */
	waiter_tid = 0;
	pthread_create(&t, NULL, sigwaiter, NULL);
	while (!waiter_tid)
		usleep(1000);
	/*
	 * Thread-directed: under qemu-user (the AArch64 build's tests) a process-directed
	 * signal can land in a thread that blocks it and stay there, since qemu does not
	 * mirror the emulated mask on the host.
	 */
	syscall(SYS_tgkill, getpid(), waiter_tid, SIGUSR2);
	pthread_join(t, NULL);
	CHECK(waiter_sig == SIGUSR2 && waiter_code == SI_USER, "sigwaitinfo in a thread: %d code %d",
	      waiter_sig, waiter_code);

	/* a handled signal ends sigtimedwait with EINTR, even with SA_RESTART */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	waiter_tid = 0;
	pthread_create(&t, NULL, interrupted_waiter, NULL);
	while (!waiter_tid)
		usleep(1000);
	/* until one arrives while it waits (one sent before it waits only runs the handler) */
	while (!eintr_done) {
		syscall(SYS_tgkill, getpid(), waiter_tid, SIGALRM);
		usleep(50000);
	}
	pthread_join(t, NULL);
	CHECK(eintr_result == -1 && eintr_errno == EINTR && alarms >= 1,
	      "sigtimedwait interrupted: %d errno %d handler runs %d", eintr_result, eintr_errno,
	      alarms);
	block(SIG_UNBLOCK, SIGUSR2, 0, 0);
	printf("threads: sigwaitinfo in another thread; EINTR despite SA_RESTART\n");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	basics();
	signalfds();
	held_back();
	threads();
	printf("%s\n", failures ? "FAIL" : "PASS");
	return failures != 0;
}
