// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest identity through /dev/xbt, in a VM. `identity_test setup X86PROG`
 * registers this program as the binfmt_misc interpreter for x86_64 ELFs (on
 * amd64 only for files marked "XBT" in e_ident[9..11]) and runs a copy of
 * X86PROG; as that interpreter it installs the guest identity and checks
 * /proc/self/exe, /proc/self/cmdline, the view from another process, that it
 * works once only, and that exec("/proc/self/exe") runs the guest again.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../kmod/uapi.h"

#define GUEST "/tmp/guest"
static int failures;

#define CHECK(cond, ...)                              \
	do {                                          \
		int ok_ = !!(cond);                   \
		printf(ok_ ? "PASS " : "FAIL ");      \
		printf(__VA_ARGS__);                  \
		printf("\n");                         \
		fflush(stdout);                       \
		failures += !ok_;                     \
	} while (0)

static ssize_t read_file(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, size);
	close(fd);
	return n;
}

static int copy_file(const char *from, const char *to, int mark)
{
	char buf[65536];
	int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0755);
	ssize_t n;

	if (in < 0 || out < 0)
		return -1;
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n)
			return -1;
	if (mark && pwrite(out, "XBT", 3, 9) != 3)
		return -1;
	close(in);
	close(out);
	return 0;
}

static int setup(const char *self, const char *x86prog)
{
	char rule[1024];
	int fd, st;
	pid_t pid;
#ifdef __x86_64__
	const char *magic = "\\x7fELF\\x02\\x01\\x01\\x00\\x00XBT\\x00\\x00\\x00\\x00\\x02\\x00\\x3e\\x00";
	const char *mask = "\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\x00\\xff\\xff\\xff\\x00\\x00\\x00\\x00\\xfe\\xff\\xff\\xff";
	int mark = 1;
#else
	const char *magic = "\\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x3e\\x00";
	const char *mask = "\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff";
	int mark = 0;
#endif

	CHECK(!copy_file(x86prog, GUEST, mark), "copy an x86_64 program to " GUEST);
	snprintf(rule, sizeof(rule), ":xbt-id:M::%s:%s:%s:P", magic, mask, self);
	fd = open("/proc/sys/fs/binfmt_misc/register", O_WRONLY);
	CHECK(fd >= 0 && write(fd, rule, strlen(rule)) == (ssize_t)strlen(rule),
	      "register this program for x86_64 ELFs");
	close(fd);
	pid = fork();
	if (!pid) {
		execl(GUEST, GUEST, "stage1", (char *)NULL);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "the guest ran through the interpreter (status %#x)", st);
	return failures;
}

/* Running as the binfmt_misc interpreter: argv = [self, GUEST, GUEST, stageN]. */
static int interpreter(int argc, char **argv)
{
	struct xbt_identity id = {
		.arg_start = (unsigned long)argv[2],
		.arg_end = (unsigned long)(argv[argc - 1] + strlen(argv[argc - 1]) + 1),
	};
	char buf[4096], path[64], want[64];
	int fd = open(XBT_DEV_PATH, O_RDWR), st, wantlen;
	ssize_t n;
	pid_t pid;

	CHECK(fd >= 0 && !ioctl(fd, XBT_IOC_SET_IDENTITY, &id), "%s: install the guest identity (errno %d)",
	      argv[3], errno);
	n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = 0;
	CHECK(!strcmp(buf, GUEST), "%s: /proc/self/exe is the guest (%s)", argv[3], buf);
	wantlen = snprintf(want, sizeof(want), "%s%c%s", GUEST, 0, argv[3]) + 1;
	n = read_file("/proc/self/cmdline", buf, sizeof(buf));
	CHECK(n == wantlen && !memcmp(buf, want, n), "%s: /proc/self/cmdline is the guest's argv", argv[3]);
	pid = fork();
	if (!pid) {
		snprintf(path, sizeof(path), "/proc/%d/exe", getppid());
		n = readlink(path, buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = 0;
		if (strcmp(buf, GUEST))
			_exit(1);
		snprintf(path, sizeof(path), "/proc/%d/cmdline", getppid());
		n = read_file(path, buf, sizeof(buf));
		_exit(n == wantlen && !memcmp(buf, want, n) ? 0 : 2);
	}
	waitpid(pid, &st, 0);
	CHECK(WIFEXITED(st) && !WEXITSTATUS(st), "%s: another process sees the guest in /proc/PID/exe and cmdline",
	      argv[3]);
	CHECK(ioctl(fd, XBT_IOC_SET_IDENTITY, &id) == -1 && errno == ENOENT,
	      "%s: the identity can be installed once only", argv[3]);
	if (!strcmp(argv[3], "stage1")) {
		fflush(stdout);
		execl("/proc/self/exe", GUEST, "stage2", (char *)NULL);
		CHECK(0, "exec /proc/self/exe: %s", strerror(errno));
	}
	return failures ? 1 : 0;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 3 && !strcmp(argv[1], "setup"))
		return setup(argv[0][0] == '/' ? argv[0] : "/xbt/identity_test", argv[2]) ? 1 : 0;
	/* stage2 arrives with argv[1] = "/proc/self/exe", the name exec was given */
	if (argc == 4 && !strncmp(argv[3], "stage", 5))
		return interpreter(argc, argv);
	fprintf(stderr, "usage: identity_test setup X86PROG\n");
	return 2;
}
