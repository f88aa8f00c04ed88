// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Clocks and sleeping. struct timespec/timeval/itimerspec and clock ids are the same
 * on both architectures (abi.c); time() exists only on x86_64 and is built from
 * clock_gettime.
 */
#include <time.h>

#include "sys.h"

long sys_clock_gettime(struct os_thread *t, const uint64_t *a)
{
	return HOST(clock_gettime, (int)a[0], a[1]);
}

long sys_clock_getres(struct os_thread *t, const uint64_t *a)
{
	return HOST(clock_getres, (int)a[0], a[1]);
}

long sys_clock_settime(struct os_thread *t, const uint64_t *a)
{
	return HOST(clock_settime, (int)a[0], a[1]);
}

long sys_clock_nanosleep(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(clock_nanosleep, (int)a[0], (int)a[1], a[2], a[3]);
}

long sys_nanosleep(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(nanosleep, a[0], a[1]);
}

long sys_gettimeofday(struct os_thread *t, const uint64_t *a)
{
	return HOST(gettimeofday, a[0], a[1]);
}

long sys_settimeofday(struct os_thread *t, const uint64_t *a)
{
	return HOST(settimeofday, a[0], a[1]);
}

long sys_time(struct os_thread *t, const uint64_t *a)
{
	struct timespec ts;
	int64_t v;

	if (clock_gettime(CLOCK_REALTIME, &ts))
		return -errno;
	v = ts.tv_sec;
	if (a[0] && copy_to_guest(a[0], &v, 8))
		return -EFAULT;
	return v;
}

/* struct timex: generic layout on 64-bit. */
long sys_adjtimex(struct os_thread *t, const uint64_t *a)
{
	return HOST(adjtimex, a[0]);
}

long sys_clock_adjtime(struct os_thread *t, const uint64_t *a)
{
	return HOST(clock_adjtime, (int)a[0], a[1]);
}

/* POSIX timers: struct sigevent is 64 bytes, same on both. */
long sys_timer_create(struct os_thread *t, const uint64_t *a)
{
	return HOST(timer_create, (int)a[0], a[1], a[2]);
}

long sys_timer_settime(struct os_thread *t, const uint64_t *a)
{
	return HOST(timer_settime, (int)a[0], (int)a[1], a[2], a[3]);
}

long sys_timer_gettime(struct os_thread *t, const uint64_t *a)
{
	return HOST(timer_gettime, (int)a[0], a[1]);
}

long sys_timer_getoverrun(struct os_thread *t, const uint64_t *a)
{
	return HOST(timer_getoverrun, (int)a[0]);
}

long sys_timer_delete(struct os_thread *t, const uint64_t *a)
{
	return HOST(timer_delete, (int)a[0]);
}

/* timerfd: TFD_* flags are O_CLOEXEC/O_NONBLOCK (equal on both) and TFD_TIMER_* generic. */
long sys_timerfd_create(struct os_thread *t, const uint64_t *a)
{
	return HOST(timerfd_create, (int)a[0], (int)a[1]);
}

long sys_timerfd_settime(struct os_thread *t, const uint64_t *a)
{
	return HOST(timerfd_settime, (int)a[0], (int)a[1], a[2], a[3]);
}

long sys_timerfd_gettime(struct os_thread *t, const uint64_t *a)
{
	return HOST(timerfd_gettime, (int)a[0], a[1]);
}
