// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Syscalls given bad guest pointers must fail with EFAULT (as on Linux), never crash
 * the translator. Raw syscalls, so that libc does not touch the pointers itself.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static int fails;

static void efault(const char *what, long r)
{
	int ok = r == -1 && errno == EFAULT;

	printf("%-32s %s\n", what, ok ? "EFAULT" : "FAIL");
	if (!ok) {
		printf("  got %ld errno %d\n", r, errno);
		fails++;
	}
}

int main(void)
{
	void *bad = (void *)1;
	/* A page that is mapped but inaccessible (an unmapped one could be reused meanwhile). */
	char *gone = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int p[2];

	setvbuf(stdout, NULL, _IOLBF, 0);
	pipe(p);
	write(p[1], "abc", 3);
	efault("write(1, 1, 10)", syscall(SYS_write, 1, bad, 10));
	efault("read into PROT_NONE", syscall(SYS_read, p[0], gone, 3));
	efault("stat(NULL)", syscall(SYS_stat, NULL, gone));
	efault("stat(path, bad)", syscall(SYS_stat, "/", bad));
	efault("fstat(0, bad)", syscall(SYS_fstat, 0, bad));
	efault("lstat(bad)", syscall(SYS_lstat, bad, gone));
	efault("newfstatat(bad)", syscall(SYS_newfstatat, AT_FDCWD, gone, gone, 0));
	efault("statx bad buf", syscall(SYS_statx, AT_FDCWD, "/", 0, 0xfff, bad));
	efault("open(bad)", syscall(SYS_open, bad, O_RDONLY));
	efault("openat(PROT_NONE)", syscall(SYS_openat, AT_FDCWD, gone, O_RDONLY));
	efault("access(bad)", syscall(SYS_access, bad, F_OK));
	efault("readlink bad buf", syscall(SYS_readlink, "/proc/self/exe", bad, 100));
	efault("uname(bad)", syscall(SYS_uname, bad));
	efault("clock_gettime(bad)", syscall(SYS_clock_gettime, 0, bad));
	efault("pipe(bad)", syscall(SYS_pipe, bad));
	efault("getcwd(bad)", syscall(SYS_getcwd, bad, 100));
	efault("rt_sigaction bad new", syscall(SYS_rt_sigaction, SIGUSR1, bad, NULL, 8));
	efault("rt_sigprocmask bad", syscall(SYS_rt_sigprocmask, SIG_BLOCK, bad, NULL, 8));
	efault("writev bad iov", syscall(SYS_writev, 1, bad, 1));
	efault("poll(bad)", syscall(SYS_poll, bad, 1, 0));
	efault("epoll_ctl bad event",
	       syscall(SYS_epoll_ctl, syscall(SYS_epoll_create1, 0), 1 /* ADD */, p[0], bad));
	int ep = syscall(SYS_epoll_create1, 0);
	struct { unsigned ev; unsigned long long data; } __attribute__((packed)) e = { 1, 5 };

	syscall(SYS_epoll_ctl, ep, 1, p[0], &e);
	efault("epoll_wait bad events (ready)", syscall(SYS_epoll_wait, ep, bad, 4, 0));
	efault("execve(bad)", syscall(SYS_execve, bad, NULL, NULL));
	efault("execve bad argv", syscall(SYS_execve, "/bin/true", bad, NULL));
	efault("sigaltstack bad", syscall(SYS_sigaltstack, bad, NULL));
	efault("arch_prctl GET_FS bad", syscall(SYS_arch_prctl, 0x1003, bad));
	efault("getdents64 bad", syscall(SYS_getdents64, open("/", O_RDONLY | O_DIRECTORY), bad, 4096));
	efault("mkdir(bad)", syscall(SYS_mkdir, gone, 0755));
	efault("rename(bad)", syscall(SYS_rename, bad, "/tmp/x"));
	efault("getrandom(bad)", syscall(SYS_getrandom, bad, 16, 0));
	efault("prlimit64 bad old", syscall(SYS_prlimit64, 0, 7, NULL, bad));
	efault("time(bad)", syscall(SYS_time, bad) == -1 ? -1 : -2);
	printf("%d failures\n", fails);
	return fails != 0;
}
