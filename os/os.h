/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The Linux personality: per-process and per-thread state shared across os/. */
#ifndef XBT_OS_OS_H
#define XBT_OS_OS_H

#include <limits.h>

#include "../core/cpu.h"
#include "../kmod/uapi.h"
#include "../loader/loader.h"

struct x86_siginfo;

struct os_options {
	const char *rootfs; /* --rootfs / XBT_ROOTFS */
	int strace;         /* XBT_STRACE */
	int seccomp;        /* XBT_SECCOMP: enum seccomp_mode */
	int kmod;           /* XBT_KMOD: enum kmod_mode */
};

struct os_process {
	struct loader_image img;
	uint64_t brk_start, brk_cur;
	uint64_t auxv, auxv_len;
	void *saved_auxv;          /* copy of the initial auxv, as the kernel's saved_auxv */
	uint64_t arg_start, arg_end; /* the guest's argv strings on its stack (/proc/self/cmdline) */
	char exe[PATH_MAX];   /* absolute path of the guest program (/proc/self/exe) */
	const char *execfn;   /* AT_EXECFN */
};

struct os_thread {
	struct x86_cpu cpu;
	struct os_process *proc;
	int tid;
	/* Recorded for the guest (os/sys_proc.c, os/sys_signal.c). */
	uint64_t clear_child_tid;      /* set_tid_address / CLONE_CHILD_CLEARTID */
	uint64_t robust_list, robust_len;
	uint64_t sigmask;              /* guest's blocked signals (bit n-1 = signal n) */
	uint64_t ss_sp, ss_size;       /* sigaltstack */
	int ss_flags;
	/* Guest signal delivery (os/signal.c). */
	uint64_t sig_pending;          /* queued by the host handler, not yet delivered */
	struct x86_siginfo *sig_info;  /* [X86_NSIG + 1] */
	volatile struct xbt_slot *slot; /* the blocking-syscall stub's slot */
	struct xbt_slot own_slot;      /* used without the kernel module */
	uint64_t saved_mask;           /* sigsuspend: the mask to restore after the handler */
	bool restore_mask;
	long sys_nr;                   /* syscall being handled, for SA_RESTART */
};

extern struct os_options os_opts;

/* The run loop: never returns (the guest exits through exit_group or a signal). */
void os_run(struct os_thread *t) __noreturn;
/* Handle one `syscall` exit: rax = number, args in rdi rsi rdx r10 r8 r9. */
void syscall_dispatch(struct os_thread *t);
/* Host fault handlers for guest-memory accesses (SIGSEGV/SIGBUS). */
int fault_init(void);
/* Terminate the whole guest as if killed by sig (default action, core dump flags kept). */
void os_die_by_signal(int sig) __noreturn;

/* Convert a libc return (-1 + errno) into a guest result (-errno). */
static inline long host_ret(long r);

#include <errno.h>
static inline long host_ret(long r)
{
	return r == -1 ? -errno : r;
}

#endif
