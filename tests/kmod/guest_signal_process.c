// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest test for the process-wide parts of signal handling that the kernel
 * module path changes (run by tests/kmod/run.sh in the VMs with XBT_KMOD=off
 * and require, compared with the native output): signals in a forked child,
 * SIGCHLD, a process-directed signal taken by the one thread that does not
 * block it, a process-directed signal left pending while every thread blocks
 * it, and the signal mask an exec'ed program inherits.
 *   guest_signal_process [exec-child]
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t got_usr1, got_chld, handler_tid;

static void on_usr1(int sig)
{
	got_usr1++;
	handler_tid = (sig_atomic_t)syscall(SYS_gettid);
}

static void on_chld(int sig)
{
	got_chld++;
}

static void fork_child_gets_signal(void)
{
	sigset_t usr1, wait;
	int st;
	pid_t pid;

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	pid = fork();
	if (pid == 0) {
		sigfillset(&wait);
		sigdelset(&wait, SIGUSR1);
		sigsuspend(&wait);
		_exit(got_usr1 == 1 ? 3 : 4);
	}
	kill(pid, SIGUSR1);
	waitpid(pid, &st, 0);
	printf("forked child: woke by SIGUSR1, exit %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	printf("SIGCHLD handler ran: %s\n", got_chld > 0 ? "yes" : "no");
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
}

static volatile int worker_tid, worker_go;

static void *worker(void *arg)
{
	sigset_t usr1;

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	pthread_sigmask(SIG_UNBLOCK, &usr1, NULL);
	worker_tid = (int)syscall(SYS_gettid);
	while (!got_usr1)
		usleep(1000);
	return NULL;
}

static void group_signal_to_the_thread_that_takes_it(void)
{
	sigset_t usr1;
	pthread_t t;

	got_usr1 = 0;
	handler_tid = 0;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL); /* the worker unblocks it for itself */
	pthread_create(&t, NULL, worker, NULL);
	while (!worker_tid)
		usleep(1000);
	kill(getpid(), SIGUSR1);
	pthread_join(t, NULL);
	printf("process-directed SIGUSR1 taken by the worker: %s\n",
	       handler_tid == worker_tid ? "yes" : "no");
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
}

static void group_signal_pending_until_unblocked(void)
{
	sigset_t usr1, pend;

	got_usr1 = 0;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	kill(getpid(), SIGUSR1);
	usleep(20000);
	sigpending(&pend);
	printf("blocked process-directed SIGUSR1: pending %d, handled %d\n",
	       sigismember(&pend, SIGUSR1), (int)got_usr1);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	printf("after unblocking: handled %d\n", (int)got_usr1);
}

static void exec_keeps_mask(const char *self)
{
	sigset_t m;
	int st;
	pid_t pid;

	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	sigaddset(&m, SIGTERM);
	sigprocmask(SIG_BLOCK, &m, NULL);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		execl(self, self, "exec-child", (char *)NULL);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	printf("exec child exit %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	sigprocmask(SIG_UNBLOCK, &m, NULL);
}

int main(int argc, char **argv)
{
	struct sigaction sa;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc > 1 && !strcmp(argv[1], "exec-child")) {
		sigset_t m;

		sigprocmask(SIG_BLOCK, NULL, &m);
		printf("exec'ed program: SIGUSR2 blocked %d, SIGTERM blocked %d, SIGUSR1 blocked %d\n",
		       sigismember(&m, SIGUSR2), sigismember(&m, SIGTERM), sigismember(&m, SIGUSR1));
		return 5;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = on_chld;
	sigaction(SIGCHLD, &sa, NULL);
	fork_child_gets_signal();
	group_signal_to_the_thread_that_takes_it();
	group_signal_pending_until_unblocked();
	exec_keeps_mask("/proc/self/exe");
	return 0;
}
