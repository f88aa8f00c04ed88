// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * xbt: run an x86_64 Linux program. Parses options and XBT_* knobs, loads the
 * program, builds the initial stack and enters the run loop.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/log.h"
#include "../jit/jit.h"
#include "caps.h"
#include "invoke.h"
#include "kmod.h"
#include "mm.h"
#include "seccomp_host.h"
#include "smc.h"
#include "gsignal.h"
#include "os.h"
#include "sys.h"

#ifndef XBT_VERSION
#define XBT_VERSION "0.1"
#endif

struct os_options os_opts = { .rootfs = "/" };
static struct os_process proc;
static struct os_thread main_thread;

static void usage(FILE *f)
{
	fprintf(f,
		"usage: xbt [options] PROGRAM [ARGS...]\n"
		"Run an x86_64 Linux program on this machine.\n\n"
		"options:\n"
		"  --rootfs DIR   look up the program interpreter under DIR (XBT_ROOTFS, default /)\n"
		"  --strace       print each guest syscall (XBT_STRACE=1)\n"
		"  --argv0 NAME   argv[0] for the program (default: PROGRAM; used by execve)\n"
		"  --version      print the version\n"
		"  --help         print this help\n\n"
		"environment: XBT_LOG=cat:level,... (core loader jit sys sig; error warn info debug)\n"
		"  XBT_BLOCK_INSNS=N (max instructions per block; 1 = single-step)\n"
		"  XBT_DUMP_IR=1  XBT_STATS=1  XBT_PERFMAP=1 (compiled code in /tmp/perf-PID.map)\n"
		"  XBT_JIT=off|on|only (LLVM tier; only: compile every block before it runs)\n"
		"  XBT_JIT_THRESHOLD=N (executions before a block is compiled)\n"
		"  XBT_SECCOMP=on|off|log (host syscall filter)  XBT_KMOD=auto|off|require\n"
		"  XBT_TSO=auto|strict|off (x86 memory order on weakly ordered hosts; auto: once\n"
		"    a second guest thread starts)\n");
}

static int env_int(const char *name, int def)
{
	const char *v = getenv(name);

	return v && *v ? atoi(v) : def;
}

static void read_knobs(bool secure)
{
	const char *v;

	log_init();
	if (secure)
		return; /* setuid guest: the caller's XBT_* settings carry no weight (like ld.so) */
	v = getenv("XBT_LOG");
	if (v && log_configure(v))
		xbt_msg("warning: bad XBT_LOG value '%s' ignored", v);
	v = getenv("XBT_ROOTFS");
	if (v && *v)
		os_opts.rootfs = v;
	os_opts.strace = env_int("XBT_STRACE", 0);
	jit_opts.max_block_insns = env_int("XBT_BLOCK_INSNS", jit_opts.max_block_insns);
	if (jit_opts.max_block_insns < 1)
		jit_opts.max_block_insns = 1;
	jit_opts.dump_ir = env_int("XBT_DUMP_IR", 0);
	jit_opts.stats = env_int("XBT_STATS", 0);
	jit_opts.perfmap = env_int("XBT_PERFMAP", 0);
	v = getenv("XBT_JIT");
	if (v && *v)
		jit_opts.tier = !strcmp(v, "off") ? 0 : !strcmp(v, "only") ? 2 : 1;
	jit_opts.threshold = (unsigned)env_int("XBT_JIT_THRESHOLD", (int)jit_opts.threshold);
	if (jit_opts.threshold < 1)
		jit_opts.threshold = 1;
	/* XBT_RUNNER: xbt itself runs under an emulator (see jit/tier.c fork_child) */
	jit_opts.no_thread_after_fork = getenv("XBT_RUNNER") != NULL;
	v = getenv("XBT_TSO");
	if (v && *v) {
		if (!strcmp(v, "auto"))
			jit_opts.tso = TSO_AUTO;
		else if (!strcmp(v, "strict"))
			jit_opts.tso = TSO_STRICT;
		else if (!strcmp(v, "off"))
			jit_opts.tso = TSO_OFF;
		else
			xbt_msg("warning: bad XBT_TSO value '%s' (auto|strict|off) ignored", v);
	}
	v = getenv("XBT_KMOD");
	os_opts.kmod = kmod_parse(v);
	if (os_opts.kmod < 0) {
		xbt_msg("warning: bad XBT_KMOD value '%s' (auto|off|require) ignored", v);
		os_opts.kmod = KMOD_AUTO;
	}
	v = getenv("XBT_SECCOMP");
	os_opts.seccomp = seccomp_host_parse(v);
	if (os_opts.seccomp < 0) {
		xbt_msg("warning: bad XBT_SECCOMP value '%s' (on|off|log) ignored", v);
		os_opts.seccomp = SECCOMP_MODE_DEFAULT;
	}
}

static const char *opt_argv0; /* --argv0: what execve gave as argv[0] */
static int opt_reentry;       /* --exec-reentry: started by a guest execve (os/exec.c) */

/* Parse xbt's own options; returns the index of PROGRAM or a negative exit status. */
static int parse_options(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		} else if (!strcmp(argv[i], "--rootfs") && i + 1 < argc) {
			os_opts.rootfs = argv[++i];
		} else if (!strcmp(argv[i], "--argv0") && i + 1 < argc) {
			opt_argv0 = argv[++i];
		} else if (!strcmp(argv[i], "--exec-reentry")) {
			opt_reentry = 1;
		} else if (!strcmp(argv[i], "--strace")) {
			os_opts.strace = 1;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return -0x100;
		} else if (!strcmp(argv[i], "--version")) {
			printf("xbt %s\n", XBT_VERSION);
			return -0x100;
		} else {
			xbt_msg("unknown option '%s' (try --help)", argv[i]);
			return -2;
		}
	}
	if (i >= argc) {
		usage(stderr);
		return -2;
	}
	return i;
}

int main(int argc, char **argv)
{
	struct loader_stack_args sa = { 0 };
	struct x86_cpu *cpu = &main_thread.cpu;
	struct invocation inv;
	char err[PATH_MAX + 256];
	int fd, r;
	int64_t sp;

	r = invoke_detect(argc, argv, &inv);
	read_knobs(inv.secure);
	if (!inv.binfmt) {
		r = parse_options(argc, argv);
		if (r < 0)
			return r == -0x100 ? 0 : -r;
		inv.path = argv[r];
		inv.argv = argv + r;
		inv.argc = argc - r;
		if (opt_argv0)
			inv.argv[0] = (char *)opt_argv0; /* the file itself is inv.path */
	}
	if (inv.execfd >= 0) {
		/* binfmt O/C: the kernel opened the program for us (it may be execute-only). */
		fd = inv.execfd;
	} else {
		fd = open(inv.path, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			xbt_msg("%s: %s", inv.path, strerror(errno));
			return errno == ENOENT ? 127 : 126;
		}
	}
	exec_init(argv[0]); /* where xbt is: guest execve, and a "#!" script below */
	if (!realpath(inv.path, proc.exe))
		snprintf(proc.exe, sizeof(proc.exe), "%s", inv.path);
	r = loader_load(fd, os_opts.rootfs, &proc.img, err, sizeof(err));
	if (!r && caps_restrict_to_guest(fd)) {
		xbt_msg("%s: cannot drop capabilities the program must not get", inv.path);
		return 126;
	}
	close(fd); /* AT_EXECFD is not close-on-exec: the guest must not inherit it */
	if (r == -ENOEXEC && !inv.binfmt) { /* binfmt_misc: the kernel read "#!" itself */
		long e = exec_script(inv.path, inv.argv, inv.argc);

		if (e != -ENOEXEC) {
			xbt_msg("%s: %s", inv.path, strerror((int)-e));
			return e == -ENOENT ? 127 : 126;
		}
	}
	if (r) {
		xbt_msg("%s: %s", inv.path, err);
		return r == -ENOENT ? 127 : 126;
	}
	proc.brk_start = proc.brk_cur = proc.img.brk_start;
	proc.execfn = inv.path;

	sa.argc = inv.argc;
	sa.argv = inv.argv;
	sa.envp = environ;
	sa.execfn = inv.path;
	sa.secure = inv.secure;
	sa.hwcap = x86_hwcap();
	sa.hwcap2 = x86_hwcap2();
	sp = loader_build_stack(&proc.img, &sa, &proc.auxv, &proc.auxv_len);
	if (sp < 0) {
		xbt_msg("%s: cannot set up the stack: %s", inv.path, strerror((int)-sp));
		return 126;
	}
	/* /proc/self/auxv and cmdline as the guest sees them (os/sys_file.c) */
	proc.saved_auxv = malloc(proc.auxv_len);
	if (proc.saved_auxv)
		memcpy(proc.saved_auxv, (void *)(uintptr_t)proc.auxv, proc.auxv_len);
	if (inv.argc > 0) {
		uint64_t *gargv = (uint64_t *)(uintptr_t)((uint64_t)sp + 8);
		const char *last = (const char *)(uintptr_t)gargv[inv.argc - 1];

		proc.arg_start = gargv[0];
		proc.arg_end = (uint64_t)(uintptr_t)last + strlen(last) + 1;
	}
	/* The guest's own memory: everything else in the process is xbt's. */
	/* The images belong to the guest, gaps included; their mapped pages keep the
	 * segments' protection (os/smc.c must not treat text as writable). */
	mm_add(proc.img.lo, proc.img.hi - proc.img.lo, 7);
	mm_take_host_prot(proc.img.lo, proc.img.hi - proc.img.lo);
	if (proc.img.interp_hi) {
		mm_add(proc.img.interp_lo, proc.img.interp_hi - proc.img.interp_lo, 7);
		mm_take_host_prot(proc.img.interp_lo, proc.img.interp_hi - proc.img.interp_lo);
	}
	mm_add(proc.img.stack_lo, proc.img.stack_hi - proc.img.stack_lo, 3);
	/* Threads the JIT starts (the compile thread) must never take a guest signal:
	 * they inherit a full mask. */
	{
		sigset_t all, old;

		sigfillset(&all);
		pthread_sigmask(SIG_BLOCK, &all, &old);
		r = jit_init();
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
	if (r || fault_init() || signal_thread_init(&main_thread)) {
		xbt_msg("initialisation failed");
		return 126;
	}
	jit_opts.code_hook = smc_code_translated;
	if (kmod_init(os_opts.kmod))
		return 126;
	kmod_set_identity(inv.argv[0], inv.argv[inv.argc - 1] + strlen(inv.argv[inv.argc - 1]) + 1);
	/* Last step before the first guest instruction: confine the process. */
	/* After a guest execve the parent xbt's filter is inherited and stays in force. */
	if (!opt_reentry && seccomp_host_install(os_opts.seccomp)) {
		xbt_msg("%s: XBT_SECCOMP asks for a filter this kernel cannot load", inv.path);
		return 126;
	}
	jit_cpu_reset(cpu);
	cpu->regs[X86_RSP] = (uint64_t)sp;
	cpu->rip = proc.img.entry;
	cpu->os = &main_thread;
	main_thread.proc = &proc;
	main_thread.tid = getpid();
	os_run(&main_thread);
}
