// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The syscall table covers the x86_64 numbering: every number 0..334 and 424..462
 * has exactly one row (335..423 are a gap in the x86_64 table and must stay empty),
 * translated rows have a handler and strace letters, -ENOSYS rows give a reason.
 */
#include <stdio.h>
#include <string.h>

#include "os/syscall.h"

struct os_options os_opts; /* referenced by os/ objects; defined by os/main.c in xbt */

static int fails;

#define EXPECT(c, ...)                                  \
	do {                                            \
		if (!(c)) {                             \
			printf("FAIL: " __VA_ARGS__);   \
			printf("\n");                   \
			fails++;                        \
		}                                       \
	} while (0)

int main(void)
{
	int translated = 0, nosys = 0;

	for (int nr = 0; nr < X86_NR_SYSCALLS; nr++) {
		const struct syscall_desc *d = &syscall_table[nr];
		bool gap = (nr > 334 && nr < 424) || nr > 462;

		if (gap) {
			EXPECT(!d->name, "%d (%s) is not an x86_64 syscall number", nr, d->name);
			continue;
		}
		EXPECT(d->name, "no row for syscall %d", nr);
		if (!d->name)
			continue;
		for (int j = 0; j < nr; j++)
			EXPECT(!syscall_table[j].name || strcmp(syscall_table[j].name, d->name),
			       "name %s used twice", d->name);
		if (d->fn) {
			translated++;
			EXPECT(d->args && strlen(d->args) <= 6 &&
				       strspn(d->args, "iuxpso") == strlen(d->args),
			       "%s: bad strace letters", d->name);
		} else {
			nosys++;
			EXPECT(d->reason && strlen(d->reason) > 10 &&
				       strcmp(d->reason, "not translated yet"),
			       "%s: -ENOSYS without a real reason", d->name);
		}
	}
	/* Spot checks against the x86_64 numbering (arch/x86/entry/syscalls/syscall_64.tbl). */
	EXPECT(!strcmp(syscall_table[0].name, "read"), "0 is read");
	EXPECT(!strcmp(syscall_table[57].name, "fork"), "57 is fork");
	EXPECT(!strcmp(syscall_table[158].name, "arch_prctl"), "158 is arch_prctl");
	EXPECT(!strcmp(syscall_table[262].name, "newfstatat"), "262 is newfstatat");
	EXPECT(!strcmp(syscall_table[332].name, "statx"), "332 is statx");
	EXPECT(!strcmp(syscall_table[439].name, "faccessat2"), "439 is faccessat2");
	EXPECT(!strcmp(syscall_table[452].name, "fchmodat2"), "452 is fchmodat2");
	EXPECT(!strcmp(syscall_table[462].name, "mseal"), "462 is mseal");
	/* What glibc, coreutils and shells need must be translated. */
	static const char *const needed[] = {
		"read", "write", "open", "openat", "close", "stat", "fstat", "lstat", "newfstatat",
		"statx", "lseek", "mmap", "munmap", "mprotect", "mremap", "brk", "rt_sigaction",
		"rt_sigprocmask", "ioctl", "pread64", "readv", "writev", "access", "pipe", "pipe2",
		"dup", "dup2", "dup3", "poll", "ppoll", "select", "pselect6", "epoll_create1",
		"epoll_ctl", "epoll_wait", "epoll_pwait", "fcntl", "getdents64", "readlink",
		"readlinkat", "fork", "vfork", "clone", "execve", "wait4", "waitid", "exit_group",
		"kill", "tgkill", "getpid", "getppid", "gettid", "uname", "arch_prctl",
		"prlimit64", "set_tid_address", "set_robust_list", "clock_gettime", "getrandom",
		"futex", "socket", "sendmsg", "recvmsg", "faccessat2", "close_range", "sigaltstack",
	};
	for (size_t i = 0; i < sizeof(needed) / sizeof(needed[0]); i++) {
		int found = 0;

		for (int nr = 0; nr < X86_NR_SYSCALLS; nr++)
			if (syscall_table[nr].name && !strcmp(syscall_table[nr].name, needed[i]))
				found = syscall_table[nr].fn != NULL;
		EXPECT(found, "%s must be translated", needed[i]);
	}
	printf("%d translated, %d answered -ENOSYS with a reason\n", translated, nosys);
	printf("%s\n", fails ? "FAILED" : "ok");
	return fails != 0;
}
