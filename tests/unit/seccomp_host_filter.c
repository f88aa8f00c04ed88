// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The host seccomp filter: built for AArch64 on any host (allows the calls the
 * translations use, not others such as ptrace), and, where the kernel lets us
 * load it (not under qemu-user), a forbidden call kills the process with SIGSYS
 * while allowed calls work.
 */
#include <seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "os/os.h"
#include "os/seccomp_host.h"

struct os_options os_opts; /* referenced by os/ objects; defined by os/main.c in xbt */

static int fails;

static void expect(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	fails += !ok;
}

static void check_aarch64_export(void)
{
	char path[] = "/tmp/xbt-seccomp-XXXXXX", *text;
	int fd = mkstemp(path);
	long n;

	unlink(path);
	expect(seccomp_host_export(SCMP_ARCH_AARCH64, fd) == 0, "export the AArch64 filter");
	n = lseek(fd, 0, SEEK_END);
	text = calloc(1, n + 1);
	pread(fd, text, n, 0);
	close(fd);
	expect(strstr(text, "arch == 3221225655") != NULL || strstr(text, "aarch64") != NULL,
	       "the filter is for AArch64");
	/* aarch64 numbers: openat 56, read 63, ptrace 117, kexec_load 104 */
	expect(strstr(text, "syscall == 56") != NULL, "openat (the stand-in for open) is allowed");
	expect(strstr(text, "syscall == 63") != NULL, "read is allowed");
	expect(strstr(text, "syscall == 117") == NULL, "ptrace is not allowed");
	expect(strstr(text, "syscall == 104") == NULL, "kexec_load is not allowed");
	free(text);
}

int main(void)
{
	unsigned api = seccomp_api_get(); /* before the export, which raises it to build */
	int st;
	pid_t pid;

	check_aarch64_export();
	if (api < 3) {
		printf("no loadable seccomp here (API %u): loading not tested\n", api);
		return fails ? 1 : 77;
	}
	pid = fork();
	if (!pid) {
		if (seccomp_host_install(SECCOMP_MODE_ON))
			_exit(3);
		if (write(1, "allowed write works\n", 20) != 20)
			_exit(4);
		syscall(SYS_kexec_load, 0, 0, 0, 0); /* not in any translation: fails closed */
		_exit(5);
	}
	waitpid(pid, &st, 0);
	expect(WIFSIGNALED(st) && WTERMSIG(st) == SIGSYS, "a forbidden host call is killed with SIGSYS");
	return fails ? 1 : 0;
}
