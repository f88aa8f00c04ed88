// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Identity and limits: pids, uids, process groups and sessions, rlimits, uname
 * (machine "x86_64"), sysinfo, times, rusage, prctl, arch_prctl (FS/GS bases).
 */
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/utsname.h>

#include "sys.h"

#define SIMPLE0(fn, host)                                        \
	long fn(struct os_thread *t, const uint64_t *a)          \
	{                                                        \
		return HOST(host);                               \
	}
SIMPLE0(sys_getpid, getpid)
SIMPLE0(sys_getppid, getppid)
SIMPLE0(sys_getuid, getuid)
SIMPLE0(sys_geteuid, geteuid)
SIMPLE0(sys_getgid, getgid)
SIMPLE0(sys_getegid, getegid)
SIMPLE0(sys_setsid, setsid)

long sys_gettid(struct os_thread *t, const uint64_t *a)
{
	return HOST(gettid);
}

long sys_getpgrp(struct os_thread *t, const uint64_t *a)
{
	return HOST(getpgid, 0);
}

long sys_getpgid(struct os_thread *t, const uint64_t *a)
{
	return HOST(getpgid, (pid_t)a[0]);
}

long sys_setpgid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setpgid, (pid_t)a[0], (pid_t)a[1]);
}

long sys_getsid(struct os_thread *t, const uint64_t *a)
{
	return HOST(getsid, (pid_t)a[0]);
}

/* uid_t/gid_t are 32-bit on both; gid arrays pass through. */
long sys_setuid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setuid, (unsigned)a[0]);
}

long sys_setgid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setgid, (unsigned)a[0]);
}

long sys_setreuid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setreuid, (unsigned)a[0], (unsigned)a[1]);
}

long sys_setregid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setregid, (unsigned)a[0], (unsigned)a[1]);
}

long sys_setresuid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setresuid, (unsigned)a[0], (unsigned)a[1], (unsigned)a[2]);
}

long sys_setresgid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setresgid, (unsigned)a[0], (unsigned)a[1], (unsigned)a[2]);
}

long sys_getresuid(struct os_thread *t, const uint64_t *a)
{
	return HOST(getresuid, a[0], a[1], a[2]);
}

long sys_getresgid(struct os_thread *t, const uint64_t *a)
{
	return HOST(getresgid, a[0], a[1], a[2]);
}

long sys_getgroups(struct os_thread *t, const uint64_t *a)
{
	return HOST(getgroups, (int)a[0], a[1]);
}

long sys_setgroups(struct os_thread *t, const uint64_t *a)
{
	return HOST(setgroups, (int)a[0], a[1]);
}

long sys_setfsuid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setfsuid, (unsigned)a[0]);
}

long sys_setfsgid(struct os_thread *t, const uint64_t *a)
{
	return HOST(setfsgid, (unsigned)a[0]);
}

/* struct __user_cap_header/data are generic. */
long sys_capget(struct os_thread *t, const uint64_t *a)
{
	return HOST(capget, a[0], a[1]);
}

long sys_capset(struct os_thread *t, const uint64_t *a)
{
	return HOST(capset, a[0], a[1]);
}

/* RLIMIT_* numbers and struct rlimit are generic (abi.c). */
long sys_getrlimit(struct os_thread *t, const uint64_t *a)
{
	return HOST(prlimit64, 0, (unsigned)a[0], NULL, a[1]);
}

long sys_setrlimit(struct os_thread *t, const uint64_t *a)
{
	return HOST(prlimit64, 0, (unsigned)a[0], a[1], NULL);
}

long sys_prlimit64(struct os_thread *t, const uint64_t *a)
{
	return HOST(prlimit64, (pid_t)a[0], (unsigned)a[1], a[2], a[3]);
}

long sys_getrusage(struct os_thread *t, const uint64_t *a)
{
	return HOST(getrusage, (int)a[0], a[1]);
}

long sys_times(struct os_thread *t, const uint64_t *a)
{
	return HOST(times, a[0]);
}

long sys_sysinfo(struct os_thread *t, const uint64_t *a)
{
	return HOST(sysinfo, a[0]);
}

long sys_getpriority(struct os_thread *t, const uint64_t *a)
{
	return HOST(getpriority, (int)a[0], (unsigned)a[1]);
}

long sys_setpriority(struct os_thread *t, const uint64_t *a)
{
	return HOST(setpriority, (int)a[0], (unsigned)a[1], (int)a[2]);
}

long sys_uname(struct os_thread *t, const uint64_t *a)
{
	struct utsname u;

	if (uname(&u))
		return -errno;
	/* The guest runs on an x86_64 machine, whatever the host is. */
	snprintf(u.machine, sizeof(u.machine), "x86_64");
	return copy_to_guest(a[0], &u, sizeof(u)) ? -EFAULT : 0;
}

long sys_sethostname(struct os_thread *t, const uint64_t *a)
{
	return HOST(sethostname, a[0], a[1]);
}

long sys_setdomainname(struct os_thread *t, const uint64_t *a)
{
	return HOST(setdomainname, a[0], a[1]);
}

/* personality: persona values and flags (ADDR_NO_RANDOMIZE, ...) are generic. */
long sys_personality(struct os_thread *t, const uint64_t *a)
{
	return HOST(personality, (unsigned)a[0]);
}

/*
 * prctl: options whose arguments are plain values or generic structures pass through;
 * anything about the host's own architecture or security state is refused.
 */
long sys_prctl(struct os_thread *t, const uint64_t *a)
{
	switch ((int)a[0]) {
	case PR_SET_NAME:
	case PR_GET_NAME:
	case PR_SET_PDEATHSIG:
	case PR_GET_PDEATHSIG:
	case PR_GET_DUMPABLE:
	case PR_SET_DUMPABLE:
	case PR_SET_NO_NEW_PRIVS:
	case PR_GET_NO_NEW_PRIVS:
	case PR_SET_CHILD_SUBREAPER:
	case PR_GET_CHILD_SUBREAPER:
	case PR_CAPBSET_READ:
	case PR_CAP_AMBIENT:
	case PR_GET_KEEPCAPS:
	case PR_SET_KEEPCAPS:
	case PR_GET_SECUREBITS:
	case PR_SET_TIMERSLACK:
	case PR_GET_TIMERSLACK:
	case PR_SET_PTRACER:
	case PR_SET_VMA:
	case PR_SET_THP_DISABLE:
	case PR_GET_THP_DISABLE:
		return HOST(prctl, (int)a[0], a[1], a[2], a[3], a[4]);
	case PR_SET_MM:
		return -EPERM;
	default:
		/* PR_SET_SECCOMP, PR_GET_TSC, PR_SET_FP_MODE, ...: x86 or host specific */
		return -EINVAL;
	}
}

long sys_arch_prctl(struct os_thread *t, const uint64_t *a)
{
	uint64_t v;

	switch ((int)a[0]) {
	case X86_ARCH_SET_FS:
		t->cpu.fs_base = a[1];
		return 0;
	case X86_ARCH_SET_GS:
		t->cpu.gs_base = a[1];
		return 0;
	case X86_ARCH_GET_FS:
		v = t->cpu.fs_base;
		return copy_to_guest(a[1], &v, 8) ? -EFAULT : 0;
	case X86_ARCH_GET_GS:
		v = t->cpu.gs_base;
		return copy_to_guest(a[1], &v, 8) ? -EFAULT : 0;
	case X86_ARCH_GET_CPUID: /* cpuid is never made to fault */
		return 1;
	default:
		return -EINVAL;
	}
}
