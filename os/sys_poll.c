// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Waiting for descriptors: poll/select (x86_64 only: built on ppoll/pselect6),
 * epoll (x86_64's struct epoll_event is packed, 12 bytes; arm64's is 16: converted),
 * eventfd and inotify.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>

#include "sys.h"

/* struct pollfd and POLL* bits are generic (abi.c). */
long sys_poll(struct os_thread *t, const uint64_t *a)
{
	int ms = (int)a[2];
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000 };

	return HOST_BLOCK(ppoll, a[0], (unsigned)a[1], ms < 0 ? NULL : &ts, NULL, 8);
}

long sys_ppoll(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(ppoll, a[0], (unsigned)a[1], a[2], a[3], a[4]);
}

/* select(n, r, w, e, timeval*): Linux writes back the time not slept. */
long sys_select(struct os_thread *t, const uint64_t *a)
{
	struct x86_timeval tv;
	struct timespec ts, *tp = NULL;
	long r;

	if (a[4]) {
		if (copy_from_guest(&tv, a[4], sizeof(tv)))
			return -EFAULT;
		if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= 1000000)
			return -EINVAL;
		ts.tv_sec = tv.tv_sec;
		ts.tv_nsec = tv.tv_usec * 1000;
		tp = &ts;
	}
	r = HOST_BLOCK(pselect6, (int)a[0], a[1], a[2], a[3], tp, NULL);
	if (tp) {
		tv.tv_sec = ts.tv_sec;
		tv.tv_usec = ts.tv_nsec / 1000;
		copy_to_guest(a[4], &tv, sizeof(tv));
	}
	return r;
}

/* pselect6's sixth argument {sigset ptr, size} is two 64-bit words on both. */
long sys_pselect6(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(pselect6, (int)a[0], a[1], a[2], a[3], a[4], a[5]);
}

long sys_epoll_create(struct os_thread *t, const uint64_t *a)
{
	if ((int)a[0] <= 0)
		return -EINVAL;
	return HOST(epoll_create1, 0);
}

long sys_epoll_create1(struct os_thread *t, const uint64_t *a)
{
	return HOST(epoll_create1, (int)a[0]);
}

long sys_epoll_ctl(struct os_thread *t, const uint64_t *a)
{
	struct x86_epoll_event x;
	struct epoll_event h;

	memset(&h, 0, sizeof(h));
	if (a[3] && (int)a[1] != EPOLL_CTL_DEL) {
		if (copy_from_guest(&x, a[3], sizeof(x)))
			return -EFAULT;
		h.events = x.events;
		h.data.u64 = x.data;
	}
	return HOST(epoll_ctl, (int)a[0], (int)a[1], (int)a[2], a[3] ? &h : NULL);
}

#define EPOLL_MAX_BATCH 1024

static long epoll_wait_common(int epfd, gaddr_t events, int maxevents, int nr, uint64_t arg4,
			      gaddr_t sigmask, uint64_t sigsize)
{
	struct epoll_event h[EPOLL_MAX_BATCH];
	struct x86_epoll_event x[EPOLL_MAX_BATCH];
	int n = maxevents > EPOLL_MAX_BATCH ? EPOLL_MAX_BATCH : maxevents;

	/* Like Linux, a bad array only matters once events are written (-EFAULT then). */
	long r;

	if (maxevents <= 0)
		return -EINVAL;
	if (nr == SYS_epoll_pwait)
		r = HOST_BLOCK(epoll_pwait, epfd, h, n, (int)arg4, sigmask, sigsize);
	else
		r = HOST_BLOCK(epoll_pwait2, epfd, h, n, arg4, sigmask, sigsize);
	if (r <= 0)
		return r;
	for (long i = 0; i < r; i++) {
		x[i].events = h[i].events;
		x[i].data = h[i].data.u64;
	}
	return copy_to_guest(events, x, r * sizeof(x[0])) ? -EFAULT : r;
}

long sys_epoll_wait(struct os_thread *t, const uint64_t *a)
{
	return epoll_wait_common((int)a[0], a[1], (int)a[2], SYS_epoll_pwait, a[3], 0, 8);
}

long sys_epoll_pwait(struct os_thread *t, const uint64_t *a)
{
	return epoll_wait_common((int)a[0], a[1], (int)a[2], SYS_epoll_pwait, a[3], a[4], a[5]);
}

long sys_epoll_pwait2(struct os_thread *t, const uint64_t *a)
{
	return epoll_wait_common((int)a[0], a[1], (int)a[2], SYS_epoll_pwait2, a[3], a[4], a[5]);
}

/* EFD_* and IN_* flags are O_CLOEXEC/O_NONBLOCK (equal on both, abi.c). */
long sys_eventfd(struct os_thread *t, const uint64_t *a)
{
	return HOST(eventfd2, (unsigned)a[0], 0);
}

long sys_eventfd2(struct os_thread *t, const uint64_t *a)
{
	return HOST(eventfd2, (unsigned)a[0], (int)a[1]);
}

long sys_inotify_init(struct os_thread *t, const uint64_t *a)
{
	return HOST(inotify_init1, 0);
}

long sys_inotify_init1(struct os_thread *t, const uint64_t *a)
{
	return HOST(inotify_init1, (int)a[0]);
}

long sys_inotify_add_watch(struct os_thread *t, const uint64_t *a)
{
	char p[PATH_MAX];
	int e = sys_path(t, a[1], p);

	if (e)
		return e;
	return HOST(inotify_add_watch, (int)a[0], p, (unsigned)a[2]);
}

long sys_inotify_rm_watch(struct os_thread *t, const uint64_t *a)
{
	return HOST(inotify_rm_watch, (int)a[0], (int)a[1]);
}
