// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Asynchronous signals: masks during handlers (sa_mask, SA_NODEFER,
 * SA_RESETHAND), pending signals released by sigprocmask, sigsuspend's
 * temporary mask, an alternate signal stack, interrupted blocking reads with
 * and without SA_RESTART, and SSE/x87 state kept across a handler.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int hits;
static int pipefd[2];
static char altstack[65536];

static int blocked(int sig)
{
	sigset_t s;

	sigprocmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, sig);
}

static void on_usr1(int sig)
{
	hits++;
	printf("USR1 handler: usr1 blocked=%d usr2 blocked=%d\n", blocked(SIGUSR1), blocked(SIGUSR2));
}

static void on_alt(int sig)
{
	stack_t ss;
	char local;

	sigaltstack(NULL, &ss);
	printf("ALT handler: on altstack=%d flags_onstack=%d\n",
	       &local >= altstack && &local < altstack + sizeof(altstack), ss.ss_flags == SS_ONSTACK);
}

static void on_alarm(int sig)
{
	hits++;
	if (write(pipefd[1], "x", 1) != 1)
		_exit(3);
}

static void install(int sig, void (*fn)(int), int flags, int masked)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	if (masked)
		sigaddset(&sa.sa_mask, masked);
	sigaction(sig, &sa, NULL);
}

/* A child sends sig once this process sleeps (in the read that follows), so the
 * signal always interrupts the blocking call, however slow the code before it. */
static void signal_when_asleep(int sig)
{
	pid_t parent = getpid();
	char path[64], buf[512], *p;
	int stable = 0;

	if (fork())
		return;
	snprintf(path, sizeof(path), "/proc/%d/stat", parent);
	while (stable < 3) {
		FILE *f = fopen(path, "r");

		if (!f || !fgets(buf, sizeof(buf), f))
			_exit(1);
		fclose(f);
		p = strrchr(buf, ')');
		stable = p && p[2] == 'S' ? stable + 1 : 0;
		usleep(20000);
	}
	kill(parent, sig);
	_exit(0);
}

int main(void)
{
	sigset_t s, empty;
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct sigaction cur;
	char c;
	ssize_t n;
	volatile double d = 1.5;
	volatile float f = 2.25f;

	setvbuf(stdout, NULL, _IONBF, 0);
	install(SIGUSR1, on_usr1, 0, SIGUSR2);
	raise(SIGUSR1);
	printf("after raise: hits=%d usr1 blocked=%d\n", hits, blocked(SIGUSR1));

	install(SIGUSR1, on_usr1, SA_NODEFER | SA_RESETHAND, 0);
	raise(SIGUSR1);
	sigaction(SIGUSR1, NULL, &cur);
	printf("after SA_RESETHAND: default again=%d\n", cur.sa_handler == SIG_DFL);

	install(SIGUSR1, on_usr1, 0, 0);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR1);
	printf("while blocked: hits=%d pending=%d\n", hits, ({
		sigset_t p;
		sigpending(&p);
		sigismember(&p, SIGUSR1);
	}));
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	printf("after unblock: hits=%d\n", hits);

	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR1);
	sigemptyset(&empty);
	errno = 0;
	n = sigsuspend(&empty);
	printf("sigsuspend: ret=%zd errno_eintr=%d hits=%d usr1 blocked again=%d\n", n, errno == EINTR,
	       hits, blocked(SIGUSR1));
	sigprocmask(SIG_UNBLOCK, &s, NULL);

	sigaltstack(&ss, NULL);
	install(SIGUSR2, on_alt, SA_ONSTACK, 0);
	raise(SIGUSR2);

	if (pipe(pipefd))
		return 1;
	install(SIGALRM, on_alarm, 0, 0);
	signal_when_asleep(SIGALRM);
	errno = 0;
	n = read(pipefd[0], &c, 1);
	printf("read without SA_RESTART: ret=%zd errno_eintr=%d\n", n, errno == EINTR);
	if (n < 0 && read(pipefd[0], &c, 1) != 1) /* the handler's byte */
		return 2;
	install(SIGALRM, on_alarm, SA_RESTART, 0);
	signal_when_asleep(SIGALRM);
	n = read(pipefd[0], &c, 1);
	printf("read with SA_RESTART: ret=%zd byte=%c\n", n, n == 1 ? c : '?');

	while (wait(NULL) > 0)
		;
	install(SIGUSR1, on_usr1, 0, 0);
	raise(SIGUSR1);
	printf("FP kept across a handler: d=%.3f f=%.3f sum=%.4f\n", d, f, d * f + 0.125);
	return 0;
}
