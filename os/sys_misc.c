// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Odds and ends: randomness, scheduling, CPU number, memfd, futex (single-threaded
 * use; memory is identity-mapped so addresses pass through), rseq.
 */
#include <sched.h>

#include "sys.h"

long sys_getrandom(struct os_thread *t, const uint64_t *a)
{
	/* GRND_* flags are generic. */
	return HOST(getrandom, a[0], a[1], (unsigned)a[2]);
}

long sys_sched_yield(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_yield);
}

/* CPU masks are byte arrays; struct sched_param is one int; policies generic. */
long sys_sched_getaffinity(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_getaffinity, (pid_t)a[0], a[1], a[2]);
}

long sys_sched_setaffinity(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_setaffinity, (pid_t)a[0], a[1], a[2]);
}

long sys_sched_getparam(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_getparam, (pid_t)a[0], a[1]);
}

long sys_sched_setparam(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_setparam, (pid_t)a[0], a[1]);
}

long sys_sched_getscheduler(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_getscheduler, (pid_t)a[0]);
}

long sys_sched_setscheduler(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_setscheduler, (pid_t)a[0], (int)a[1], a[2]);
}

long sys_sched_get_priority_max(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_get_priority_max, (int)a[0]);
}

long sys_sched_get_priority_min(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_get_priority_min, (int)a[0]);
}

long sys_sched_rr_get_interval(struct os_thread *t, const uint64_t *a)
{
	return HOST(sched_rr_get_interval, (pid_t)a[0], a[1]);
}

long sys_getcpu(struct os_thread *t, const uint64_t *a)
{
	return HOST(getcpu, a[0], a[1], NULL);
}

long sys_memfd_create(struct os_thread *t, const uint64_t *a)
{
	char name[256];
	long n = strncpy_from_guest(name, a[0], sizeof(name));

	if (n == -EFAULT)
		return n;
	if (n < 0)
		return -EINVAL;
	/* MFD_* flags are generic. */
	return HOST(memfd_create, name, (unsigned)a[1]);
}

/*
 * futex: the word lives in guest memory at the same address on the host, FUTEX_* ops
 * and struct timespec are generic, and the argument order is the same on both.
 */
long sys_futex(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(futex, a[0], (int)a[1], (unsigned)a[2], a[3], a[4], (unsigned)a[5]);
}

long sys_futex_waitv(struct os_thread *t, const uint64_t *a)
{
	return HOST(futex_waitv, a[0], (unsigned)a[1], (unsigned)a[2], a[3], (int)a[4]);
}

long sys_ioprio_get(struct os_thread *t, const uint64_t *a)
{
	return HOST(ioprio_get, (int)a[0], (int)a[1]);
}

long sys_ioprio_set(struct os_thread *t, const uint64_t *a)
{
	return HOST(ioprio_set, (int)a[0], (int)a[1], (int)a[2]);
}

/*
 * rseq: restartable sequences need the kernel to abort a critical section on
 * preemption or signal delivery, which translated code cannot honour yet. glibc
 * treats ENOSYS as "rseq unavailable" and carries on, so answer that, quietly
 * (glibc asks at every start).
 */
long sys_rseq(struct os_thread *t, const uint64_t *a)
{
	return -ENOSYS;
}
