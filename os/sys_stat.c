// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * File status: stat family (x86_64 struct stat is 144 bytes, arm64's 128: always
 * converted), statx (generic layout), statfs, timestamps, extended attributes.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>

#include "sys.h"

#define GET_PATH(var, g)                                   \
	char var[PATH_MAX];                                \
	do {                                               \
		int _e = sys_path(t, (g), var);            \
		if (_e)                                    \
			return _e;                         \
	} while (0)

static long put_stat(gaddr_t g, const struct stat *st)
{
	struct x86_stat x;

	abi_stat_to_x86(&x, st);
	return copy_to_guest(g, &x, sizeof(x)) ? -EFAULT : 0;
}

static long do_fstatat(struct os_thread *t, int dirfd, gaddr_t path, gaddr_t buf, int flags)
{
	struct stat st;
	long r;

	GET_PATH(p, path);
	r = HOST(newfstatat, dirfd, p, &st, flags);
	return r ? r : put_stat(buf, &st);
}

long sys_stat(struct os_thread *t, const uint64_t *a)
{
	return do_fstatat(t, AT_FDCWD, a[0], a[1], 0);
}

long sys_lstat(struct os_thread *t, const uint64_t *a)
{
	return do_fstatat(t, AT_FDCWD, a[0], a[1], AT_SYMLINK_NOFOLLOW);
}

long sys_newfstatat(struct os_thread *t, const uint64_t *a)
{
	return do_fstatat(t, sys_fd(a[0]), a[1], a[2], (int)a[3]);
}

long sys_fstat(struct os_thread *t, const uint64_t *a)
{
	struct stat st;
	long r = HOST(fstat, sys_fd(a[0]), &st);

	return r ? r : put_stat(a[1], &st);
}

/* struct statx is generic (asserted 256 bytes in abi.c): passed through. */
long sys_statx(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[1]);
	return HOST(statx, sys_fd(a[0]), p, (int)a[2], (unsigned)a[3], a[4]);
}

static long put_statfs(gaddr_t g, const struct statfs *s)
{
	struct x86_statfs x;

	abi_statfs_to_x86(&x, s);
	return copy_to_guest(g, &x, sizeof(x)) ? -EFAULT : 0;
}

long sys_statfs(struct os_thread *t, const uint64_t *a)
{
	struct statfs s;
	long r;

	GET_PATH(p, a[0]);
	r = HOST(statfs, p, &s);
	return r ? r : put_statfs(a[1], &s);
}

long sys_fstatfs(struct os_thread *t, const uint64_t *a)
{
	struct statfs s;
	long r = HOST(fstatfs, sys_fd(a[0]), &s);

	return r ? r : put_statfs(a[1], &s);
}

/* utimensat(dirfd, path or NULL, timespec[2] or NULL, flags); UTIME_NOW/OMIT are generic. */
long sys_utimensat(struct os_thread *t, const uint64_t *a)
{
	if (!a[1])
		return HOST(utimensat, sys_fd(a[0]), NULL, a[2], (int)a[3]);
	GET_PATH(p, a[1]);
	return HOST(utimensat, sys_fd(a[0]), p, a[2], (int)a[3]);
}

/* timeval[2] (or NULL) to timespec[2]; the kernel rejects out-of-range microseconds. */
static long times_from_timeval(gaddr_t g, struct timespec ts[2], struct timespec **out)
{
	struct x86_timeval tv[2];

	*out = NULL;
	if (!g)
		return 0;
	if (copy_from_guest(tv, g, sizeof(tv)))
		return -EFAULT;
	for (int i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000)
			return -EINVAL;
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = tv[i].tv_usec * 1000;
	}
	*out = ts;
	return 0;
}

long sys_futimesat(struct os_thread *t, const uint64_t *a)
{
	struct timespec ts[2], *tp;
	long r = times_from_timeval(a[2], ts, &tp);

	if (r)
		return r;
	if (!a[1])
		return HOST(utimensat, sys_fd(a[0]), NULL, tp, 0);
	GET_PATH(p, a[1]);
	return HOST(utimensat, sys_fd(a[0]), p, tp, 0);
}

long sys_utimes(struct os_thread *t, const uint64_t *a)
{
	uint64_t b[3] = { (uint64_t)AT_FDCWD, a[0], a[1] };

	if (!a[0])
		return -EFAULT;
	return sys_futimesat(t, b);
}

/* utime(path, struct utimbuf {long actime, modtime;} or NULL) */
long sys_utime(struct os_thread *t, const uint64_t *a)
{
	struct timespec ts[2];
	int64_t ub[2];

	GET_PATH(p, a[0]);
	if (!a[1])
		return HOST(utimensat, AT_FDCWD, p, NULL, 0);
	if (copy_from_guest(ub, a[1], sizeof(ub)))
		return -EFAULT;
	ts[0].tv_sec = ub[0];
	ts[1].tv_sec = ub[1];
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	return HOST(utimensat, AT_FDCWD, p, ts, 0);
}

/* Extended attributes: names are strings, values opaque bytes, XATTR_* flags generic. */
#define XATTR_PATH(fn, host)                                                        \
	long fn(struct os_thread *t, const uint64_t *a)                              \
	{                                                                            \
		char n[256];                                                         \
		GET_PATH(p, a[0]);                                                   \
		if (strncpy_from_guest(n, a[1], sizeof(n)) < 0)                      \
			return -EFAULT;                                              \
		return host;                                                         \
	}
XATTR_PATH(sys_setxattr, HOST(setxattr, p, n, a[2], a[3], (int)a[4]))
XATTR_PATH(sys_lsetxattr, HOST(lsetxattr, p, n, a[2], a[3], (int)a[4]))
XATTR_PATH(sys_getxattr, HOST(getxattr, p, n, a[2], a[3]))
XATTR_PATH(sys_lgetxattr, HOST(lgetxattr, p, n, a[2], a[3]))
XATTR_PATH(sys_removexattr, HOST(removexattr, p, n))
XATTR_PATH(sys_lremovexattr, HOST(lremovexattr, p, n))

long sys_listxattr(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(listxattr, p, a[1], a[2]);
}

long sys_llistxattr(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(llistxattr, p, a[1], a[2]);
}

long sys_fsetxattr(struct os_thread *t, const uint64_t *a)
{
	return HOST(fsetxattr, sys_fd(a[0]), a[1], a[2], a[3], (int)a[4]);
}

long sys_fgetxattr(struct os_thread *t, const uint64_t *a)
{
	return HOST(fgetxattr, sys_fd(a[0]), a[1], a[2], a[3]);
}

long sys_flistxattr(struct os_thread *t, const uint64_t *a)
{
	return HOST(flistxattr, sys_fd(a[0]), a[1], a[2]);
}

long sys_fremovexattr(struct os_thread *t, const uint64_t *a)
{
	return HOST(fremovexattr, sys_fd(a[0]), a[1]);
}
