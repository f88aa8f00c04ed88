// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A signal whose handler has no SA_RESTART interrupts host calls that block
 * outside read/write/poll: recvmsg on a socket, open of a FIFO without a writer,
 * and fcntl(F_SETLKW) on a range another process holds. Each returns EINTR once
 * the handler ran (with and without xbt's kernel module alike).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int handled;
static pthread_t waiter;
static int fails;

static void on_usr1(int sig)
{
	(void)sig;
	handled++;
}

/* Keep signalling the waiting thread until it is out of its call. */
static void *kicker(void *arg)
{
	volatile int *done = arg;
	struct timespec ts = { 0, 20 * 1000 * 1000 };

	while (!*done) {
		nanosleep(&ts, NULL);
		if (!*done)
			pthread_kill(waiter, SIGUSR1);
	}
	return NULL;
}

static void expect_eintr(const char *what, long r)
{
	int e = errno;

	if (r != -1 || e != EINTR || !handled) {
		printf("FAIL %s: r=%ld errno=%d handled=%d\n", what, r, e, handled);
		fails++;
	} else {
		printf("ok %s: EINTR after the handler\n", what);
	}
}

#define INTERRUPTED(what, call)                                                      \
	do {                                                                          \
		volatile int done = 0;                                                \
		pthread_t k;                                                          \
		long r;                                                               \
		handled = 0;                                                          \
		waiter = pthread_self();                                              \
		pthread_create(&k, NULL, kicker, (void *)&done);                      \
		r = (call);                                                           \
		done = 1;                                                             \
		expect_eintr(what, r);                                                \
		pthread_join(k, NULL);                                                \
	} while (0)

int main(void)
{
	struct sigaction sa;
	int sv[2], fd, up[2], down[2];
	char buf[16], path[64], lpath[64];
	struct iovec iov = { buf, sizeof(buf) };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1 };
	pid_t child;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1; /* no SA_RESTART */
	sigaction(SIGUSR1, &sa, NULL);

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		return 2;
	INTERRUPTED("recvmsg", recvmsg(sv[0], &mh, 0));

	snprintf(path, sizeof(path), "/tmp/xbt-fifo-%d", (int)getpid());
	if (mkfifo(path, 0600))
		return 2;
	INTERRUPTED("open of a FIFO without writer", open(path, O_RDONLY));
	unlink(path);

	/* a child holds the lock until told to go */
	snprintf(lpath, sizeof(lpath), "/tmp/xbt-lock-%d", (int)getpid());
	fd = open(lpath, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || pipe(up) || pipe(down))
		return 2;
	child = fork();
	if (child == 0) {
		fcntl(fd, F_SETLK, &fl);
		(void)!write(up[1], "l", 1);
		(void)!read(down[0], buf, 1); /* the parent writes after its test */
		_exit(0);
	}
	(void)!read(up[0], buf, 1);
	INTERRUPTED("fcntl F_SETLKW on a held lock", fcntl(fd, F_SETLKW, &fl));
	(void)!write(down[1], "g", 1);
	waitpid(child, NULL, 0);
	unlink(lpath);

	printf("%s\n", fails ? "FAIL" : "PASS");
	return fails != 0;
}
