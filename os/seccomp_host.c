// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The host seccomp filter, generated from the syscall table: it allows the host
 * syscalls that the translated rows of os/syscalls.def issue (a row's own name,
 * or the host calls that stand in for x86_64-only ones), plus what xbt itself
 * needs (memory, threads, signals, the JIT, logging). Everything else fails
 * closed: the process is killed with SIGSYS (or, with XBT_SECCOMP=log, logged).
 */
#include <errno.h>
#include <seccomp.h>
#include <string.h>
#include <sys/capability.h>
#include <sys/prctl.h>

#include "../core/log.h"
#include "seccomp_host.h"
#include "syscall.h"

/* x86_64 calls that the translation layer issues as other host calls. */
static const char *const stand_ins[][4] = {
	{ "open", "openat" }, { "creat", "openat" },
	{ "stat", "newfstatat", "statx", "fstatat64" }, { "lstat", "newfstatat", "statx" },
	{ "fstat", "newfstatat", "statx" }, { "newfstatat", "statx" },
	{ "access", "faccessat", "faccessat2" }, { "pipe", "pipe2" }, { "dup2", "dup3" },
	{ "poll", "ppoll" }, { "select", "pselect6" }, { "fork", "clone", "clone3" },
	{ "vfork", "clone", "clone3" }, { "clone", "clone3" }, { "mkdir", "mkdirat" },
	{ "rmdir", "unlinkat" }, { "unlink", "unlinkat" }, { "rename", "renameat2", "renameat" },
	{ "renameat", "renameat2" }, { "link", "linkat" }, { "symlink", "symlinkat" },
	{ "readlink", "readlinkat" }, { "chmod", "fchmodat" }, { "chown", "fchownat" },
	{ "lchown", "fchownat" }, { "mknod", "mknodat" }, { "getdents", "getdents64" },
	{ "epoll_wait", "epoll_pwait" }, { "epoll_create", "epoll_create1" },
	{ "inotify_init", "inotify_init1" }, { "eventfd", "eventfd2" }, { "signalfd", "signalfd4" },
	{ "time", "clock_gettime" }, { "gettimeofday", "clock_gettime" }, { "alarm", "setitimer" },
	{ "pause", "ppoll", "rt_sigsuspend" }, { "utime", "utimensat" }, { "utimes", "utimensat" },
	{ "futimesat", "utimensat" }, { "getpgrp", "getpgid" }, { "getrlimit", "prlimit64" },
	{ "setrlimit", "prlimit64" }, { "execve", "execveat" }, { "ustat", "statfs" },
	{ "sendfile", "sendfile64" }, { "wait4", "waitid" }, { "nanosleep", "clock_nanosleep" },
};

/* What xbt itself issues, whatever the guest does. */
static const char *const xbt_own[] = {
	"read", "write", "openat", "close", "fstat", "newfstatat", "statx", "lseek", "pread64",
	"readlinkat", "getdents64", "fcntl", "dup", "dup3", "ioctl", "faccessat", "faccessat2",
	"mmap", "munmap", "mprotect", "madvise", "mremap", "brk", "membarrier",
	"futex", "clone", "clone3", "set_robust_list", "rseq", "sched_yield", "sched_getaffinity",
	"gettid", "getpid", "getppid", "tgkill", "tkill", "kill", "exit", "exit_group",
	"rt_sigprocmask", "rt_sigaction", "rt_sigreturn", "sigaltstack", "rt_sigtimedwait",
	"clock_gettime", "clock_nanosleep", "nanosleep", "gettimeofday", "getrandom",
	"execve", "execveat", "prctl", "prlimit64", "uname", "getcwd", "restart_syscall",
	"wait4", "sysinfo", "getuid", "geteuid", "getgid", "getegid",
	"capget", "capset", /* os/caps.c, also when xbt re-enters after a guest execve */
};

static int allow(scmp_filter_ctx ctx, const char *name)
{
	int nr = seccomp_syscall_resolve_name(name);

	if (nr == __NR_SCMP_ERROR)
		return 0; /* a name this libseccomp does not know */
	int r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0);

	/* Calls that do not exist on an arch of the filter are ignored for it. */
	return r == -EDOM ? 0 : r;
}

static scmp_filter_ctx build(uint32_t deny_action, uint32_t arch)
{
	scmp_filter_ctx ctx = seccomp_init(deny_action);
	int r = 0;

	if (!ctx)
		return NULL;
	if (arch && arch != seccomp_arch_native()) {
		r = seccomp_arch_add(ctx, arch);
		if (!r)
			r = seccomp_arch_remove(ctx, SCMP_ARCH_NATIVE);
	}
	for (size_t i = 0; !r && i < ARRAY_SIZE(xbt_own); i++)
		r = allow(ctx, xbt_own[i]);
	for (unsigned nr = 0; !r && nr < X86_NR_SYSCALLS; nr++) {
		const struct syscall_desc *d = &syscall_table[nr];

		if (!d->name || !d->fn)
			continue;
		r = allow(ctx, d->name);
		for (size_t k = 0; !r && k < ARRAY_SIZE(stand_ins); k++)
			if (!strcmp(stand_ins[k][0], d->name))
				for (int j = 1; !r && j < 4 && stand_ins[k][j]; j++)
					r = allow(ctx, stand_ins[k][j]);
	}
	if (r) {
		log_err(LOG_SYS, "seccomp: building the filter failed: %s", strerror(-r));
		seccomp_release(ctx);
		return NULL;
	}
	return ctx;
}

int seccomp_host_parse(const char *v)
{
	if (!v || !*v)
		return SECCOMP_MODE_DEFAULT;
	if (!strcmp(v, "on"))
		return SECCOMP_MODE_ON;
	if (!strcmp(v, "off"))
		return SECCOMP_MODE_OFF;
	if (!strcmp(v, "log"))
		return SECCOMP_MODE_LOG;
	return -1;
}

static bool have_sys_admin(void)
{
	cap_flag_value_t v = CAP_CLEAR;
	cap_t caps = cap_get_proc();

	if (!caps)
		return false;
	cap_get_flag(caps, CAP_SYS_ADMIN, CAP_EFFECTIVE, &v);
	cap_free(caps);
	return v == CAP_SET;
}

int seccomp_host_install(enum seccomp_mode mode)
{
	bool nnp = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1;
	scmp_filter_ctx ctx;
	int r;

	if (mode == SECCOMP_MODE_OFF)
		return 0;
	if (mode == SECCOMP_MODE_DEFAULT && !nnp && !have_sys_admin()) {
		log_info(LOG_SYS, "seccomp: not installed by default: it would need no_new_privs, "
				  "which stops the guest's setuid programs (XBT_SECCOMP=on forces it)");
		return 0;
	}
	if (seccomp_api_get() < 3) {
		/* e.g. under qemu-user, which never forwards seccomp() */
		if (mode == SECCOMP_MODE_DEFAULT)
			return 0;
		log_warn(LOG_SYS, "seccomp: the kernel offers no usable seccomp here (API level %u)",
			 seccomp_api_get());
		return -ENOSYS;
	}
	ctx = build(mode == SECCOMP_MODE_LOG ? SCMP_ACT_LOG : SCMP_ACT_KILL_PROCESS, 0);
	if (!ctx)
		return -EINVAL;
	seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1);
	seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, !have_sys_admin() || nnp);
	r = seccomp_load(ctx);
	seccomp_release(ctx);
	if (r)
		log_warn(LOG_SYS, "seccomp: loading the filter failed: %s", strerror(-r));
	else
		log_info(LOG_SYS, "seccomp: host filter installed (%s)",
			 mode == SECCOMP_MODE_LOG ? "log" : "kill");
	return r;
}

int seccomp_host_export(uint32_t arch, int fd)
{
	scmp_filter_ctx ctx;
	int r;

	/* Only built, never loaded: the kernel's API level does not matter (it is 1
	 * under qemu-user, where KILL_PROCESS would be refused). */
	if (seccomp_api_get() < 3)
		seccomp_api_set(3);
	ctx = build(SCMP_ACT_KILL_PROCESS, arch);
	if (!ctx)
		return -EINVAL;
	r = seccomp_export_pfc(ctx, fd);
	seccomp_release(ctx);
	return r;
}
