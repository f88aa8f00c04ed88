// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * File descriptors and file I/O: open/read/write/close and friends, fcntl, pipes,
 * dup, directory reads. Paths are copied from the guest (for -EFAULT and the
 * guest's /proc/self/exe); open flags are translated (O_DIRECT, O_DIRECTORY,
 * O_NOFOLLOW and O_LARGEFILE differ between x86_64 and arm64).
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/log.h"
#include "sys.h"

bool sys_is_self_exe(const char *p)
{
	char mine[32];

	if (!strcmp(p, "/proc/self/exe") || !strcmp(p, "/proc/thread-self/exe"))
		return true;
	snprintf(mine, sizeof(mine), "/proc/%d/exe", (int)getpid());
	return !strcmp(p, mine);
}

int sys_path(struct os_thread *t, gaddr_t g, char *buf)
{
	long n = strncpy_from_guest(buf, g, PATH_MAX);

	if (n < 0)
		return (int)n;
	if (sys_is_self_exe(buf))
		snprintf(buf, PATH_MAX, "%s", t->proc->exe);
	return 0;
}

#define GET_PATH(var, g)                                   \
	char var[PATH_MAX];                                \
	do {                                               \
		int _e = sys_path(t, (g), var);            \
		if (_e)                                    \
			return _e;                         \
	} while (0)

long sys_read(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(read, sys_fd(a[0]), a[1], a[2]);
}

long sys_write(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(write, sys_fd(a[0]), a[1], a[2]);
}

/* /proc/self/NAME, /proc/thread-self/NAME or /proc/<our pid>/NAME */
static bool is_self_proc(const char *p, const char *name)
{
	char mine[64];

	snprintf(mine, sizeof(mine), "/proc/%d/%s", (int)getpid(), name);
	return !strcmp(p, mine) || (!strncmp(p, "/proc/self/", 11) && !strcmp(p + 11, name)) ||
	       (!strncmp(p, "/proc/thread-self/", 18) && !strcmp(p + 18, name));
}

/*
 * /proc/self/cmdline and /proc/self/auxv show xbt's own; the guest gets its view
 * in a memfd: cmdline read live from its argv area (a program that rewrites its
 * argv sees that, as natively), auxv from the copy taken before it started.
 */
static long guest_proc_file(struct os_thread *t, const char *p, uint64_t flags)
{
	struct os_process *pr = t->proc;
	uint64_t len;
	char *buf;
	long fd;

	if (is_self_proc(p, "cmdline")) {
		len = pr->arg_end - pr->arg_start;
		buf = malloc(len ? len : 1);
		if (!buf)
			return -ENOMEM;
		if (len && copy_from_guest(buf, pr->arg_start, len)) {
			free(buf);
			return -EFAULT;
		}
	} else if (is_self_proc(p, "auxv") && pr->saved_auxv) {
		len = pr->auxv_len;
		buf = malloc(len);
		if (!buf)
			return -ENOMEM;
		memcpy(buf, pr->saved_auxv, len);
	} else {
		return -ENOENT; /* not one of ours */
	}
	fd = HOST(memfd_create, "xbt-proc", (flags & X86_O_CLOEXEC) ? MFD_CLOEXEC : 0);
	if (fd >= 0 && (write((int)fd, buf, len) != (ssize_t)len || lseek((int)fd, 0, SEEK_SET))) {
		close((int)fd);
		fd = -EIO;
	}
	free(buf);
	return fd;
}

static long do_openat(struct os_thread *t, int dirfd, gaddr_t path, uint64_t flags, uint64_t mode)
{
	GET_PATH(p, path);
	if (!strncmp(p, "/proc/", 6) && (flags & 3) == 0 /* O_RDONLY */) {
		long fd = guest_proc_file(t, p, flags);

		if (fd != -ENOENT)
			return fd;
	}
	/* opening a FIFO blocks until the other end opens */
	return HOST_BLOCK(openat, dirfd, p, abi_open_flags_to_host(flags), (unsigned)mode);
}

long sys_open(struct os_thread *t, const uint64_t *a)
{
	return do_openat(t, AT_FDCWD, a[0], a[1], a[2]);
}

long sys_openat(struct os_thread *t, const uint64_t *a)
{
	return do_openat(t, sys_fd(a[0]), a[1], a[2], a[3]);
}

long sys_creat(struct os_thread *t, const uint64_t *a)
{
	return do_openat(t, AT_FDCWD, a[0], X86_O_CREAT | 1 | X86_O_TRUNC, a[1]);
}

/* struct open_how (include/uapi/linux/openat2.h): flags, mode, resolve; same on all arches. */
struct x86_open_how {
	uint64_t flags, mode, resolve;
};

long sys_openat2(struct os_thread *t, const uint64_t *a)
{
	struct x86_open_how how;

	GET_PATH(p, a[1]);
	if (a[3] < sizeof(how))
		return -EINVAL;
	if (copy_from_guest(&how, a[2], sizeof(how)))
		return -EFAULT;
	how.flags = (uint32_t)abi_open_flags_to_host(how.flags) | (how.flags & ~0xffffffffULL);
	return HOST_BLOCK(openat2, sys_fd(a[0]), p, &how, sizeof(how));
}

long sys_close(struct os_thread *t, const uint64_t *a)
{
	/* xbt's private log descriptor is not the guest's: pretend it is not open. */
	if (sys_fd(a[0]) == log_fd())
		return -EBADF;
	return HOST(close, sys_fd(a[0]));
}

long sys_close_range(struct os_thread *t, const uint64_t *a)
{
	unsigned lo = (unsigned)a[0], hi = (unsigned)a[1], lf = (unsigned)log_fd();
	long r;

	if (lo > hi)
		return -EINVAL;
	if (lf < lo || lf > hi)
		return HOST(close_range, lo, hi, (unsigned)a[2]);
	/* Skip xbt's log descriptor. */
	r = lf > lo ? HOST(close_range, lo, lf - 1, (unsigned)a[2]) : 0;
	if (!r && lf < hi)
		r = HOST(close_range, lf + 1, hi, (unsigned)a[2]);
	return r;
}

long sys_lseek(struct os_thread *t, const uint64_t *a)
{
	return HOST(lseek, sys_fd(a[0]), (int64_t)a[1], (unsigned)a[2]);
}

long sys_pread64(struct os_thread *t, const uint64_t *a)
{
	return HOST(pread64, sys_fd(a[0]), a[1], a[2], (int64_t)a[3]);
}

long sys_pwrite64(struct os_thread *t, const uint64_t *a)
{
	return HOST(pwrite64, sys_fd(a[0]), a[1], a[2], (int64_t)a[3]);
}

/* struct iovec is the same on every LP64 host (asserted in abi.c): passed through. */
long sys_readv(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(readv, sys_fd(a[0]), a[1], (int)a[2]);
}

long sys_writev(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(writev, sys_fd(a[0]), a[1], (int)a[2]);
}

/* On 64-bit kernels the offset is entirely in pos_l; pos_h is ignored. */
long sys_preadv(struct os_thread *t, const uint64_t *a)
{
	return HOST(preadv, sys_fd(a[0]), a[1], (int)a[2], a[3], 0);
}

long sys_pwritev(struct os_thread *t, const uint64_t *a)
{
	return HOST(pwritev, sys_fd(a[0]), a[1], (int)a[2], a[3], 0);
}

/* RWF_* flags are generic (include/uapi/linux/fs.h). */
long sys_preadv2(struct os_thread *t, const uint64_t *a)
{
	return HOST(preadv2, sys_fd(a[0]), a[1], (int)a[2], a[3], 0, (int)a[5]);
}

long sys_pwritev2(struct os_thread *t, const uint64_t *a)
{
	return HOST(pwritev2, sys_fd(a[0]), a[1], (int)a[2], a[3], 0, (int)a[5]);
}

static long do_faccessat(struct os_thread *t, int dirfd, gaddr_t path, int mode, int flags)
{
	GET_PATH(p, path);
	if (!flags)
		return HOST(faccessat, dirfd, p, mode);
	return HOST(faccessat2, dirfd, p, mode, flags);
}

long sys_access(struct os_thread *t, const uint64_t *a)
{
	return do_faccessat(t, AT_FDCWD, a[0], (int)a[1], 0);
}

long sys_faccessat(struct os_thread *t, const uint64_t *a)
{
	return do_faccessat(t, sys_fd(a[0]), a[1], (int)a[2], 0);
}

long sys_faccessat2(struct os_thread *t, const uint64_t *a)
{
	return do_faccessat(t, sys_fd(a[0]), a[1], (int)a[2], (int)a[3]);
}

static long do_pipe2(gaddr_t fds, uint64_t flags)
{
	int p[2];
	long r = HOST(pipe2, p, abi_open_flags_to_host(flags));

	if (r)
		return r;
	if (copy_to_guest(fds, p, sizeof(p))) {
		close(p[0]);
		close(p[1]);
		return -EFAULT;
	}
	return 0;
}

long sys_pipe(struct os_thread *t, const uint64_t *a)
{
	return do_pipe2(a[0], 0);
}

long sys_pipe2(struct os_thread *t, const uint64_t *a)
{
	return do_pipe2(a[0], a[1]);
}

long sys_dup(struct os_thread *t, const uint64_t *a)
{
	return HOST(dup, sys_fd(a[0]));
}

long sys_dup2(struct os_thread *t, const uint64_t *a)
{
	int oldfd = sys_fd(a[0]), newfd = sys_fd(a[1]);

	/* dup2 with equal fds checks oldfd and returns it (no dup3 equivalent). */
	if (oldfd == newfd)
		return HOST(fcntl, oldfd, F_GETFD) < 0 ? -EBADF : oldfd;
	return HOST(dup3, oldfd, newfd, 0);
}

long sys_dup3(struct os_thread *t, const uint64_t *a)
{
	return HOST(dup3, sys_fd(a[0]), sys_fd(a[1]), abi_open_flags_to_host(a[2]));
}

static long fcntl_lock(int fd, int cmd, gaddr_t g)
{
	struct x86_flock x;
	struct flock h;
	long r;

	if (copy_from_guest(&x, g, sizeof(x)))
		return -EFAULT;
	memset(&h, 0, sizeof(h));
	h.l_type = x.l_type;
	h.l_whence = x.l_whence;
	h.l_start = x.l_start;
	h.l_len = x.l_len;
	h.l_pid = x.l_pid;
	if (cmd == F_SETLKW || cmd == F_OFD_SETLKW) /* waits for the lock */
		r = HOST_BLOCK(fcntl, fd, cmd, &h);
	else
		r = HOST(fcntl, fd, cmd, &h);
	if (r < 0 || (cmd != F_GETLK && cmd != F_OFD_GETLK))
		return r;
	x.l_type = h.l_type;
	x.l_whence = h.l_whence;
	x.l_start = h.l_start;
	x.l_len = h.l_len;
	x.l_pid = h.l_pid;
	return copy_to_guest(g, &x, sizeof(x)) ? -EFAULT : r;
}

long sys_fcntl(struct os_thread *t, const uint64_t *a)
{
	int fd = sys_fd(a[0]);
	long r;

	switch ((unsigned)a[1]) {
	case X86_F_DUPFD:
		return HOST(fcntl, fd, F_DUPFD, (int)a[2]);
	case X86_F_DUPFD_CLOEXEC:
		return HOST(fcntl, fd, F_DUPFD_CLOEXEC, (int)a[2]);
	case X86_F_GETFD:
		return HOST(fcntl, fd, F_GETFD);
	case X86_F_SETFD:
		return HOST(fcntl, fd, F_SETFD, (int)a[2]);
	case X86_F_GETFL:
		r = HOST(fcntl, fd, F_GETFL);
		return r < 0 ? r : (long)abi_open_flags_to_x86((int)r);
	case X86_F_SETFL:
		return HOST(fcntl, fd, F_SETFL, abi_open_flags_to_host(a[2]));
	case X86_F_GETLK:
		return fcntl_lock(fd, F_GETLK, a[2]);
	case X86_F_SETLK:
		return fcntl_lock(fd, F_SETLK, a[2]);
	case X86_F_SETLKW:
		return fcntl_lock(fd, F_SETLKW, a[2]);
	case X86_F_OFD_GETLK:
		return fcntl_lock(fd, F_OFD_GETLK, a[2]);
	case X86_F_OFD_SETLK:
		return fcntl_lock(fd, F_OFD_SETLK, a[2]);
	case X86_F_OFD_SETLKW:
		return fcntl_lock(fd, F_OFD_SETLKW, a[2]);
	case X86_F_SETOWN:
		return HOST(fcntl, fd, F_SETOWN, (int)a[2]);
	case X86_F_GETOWN:
		return HOST(fcntl, fd, F_GETOWN);
	case X86_F_SETSIG:
		return HOST(fcntl, fd, F_SETSIG, (int)a[2]);
	case X86_F_GETSIG:
		return HOST(fcntl, fd, F_GETSIG);
	case X86_F_SETOWN_EX: /* struct f_owner_ex {int type; int pid;}: same everywhere */
		return HOST(fcntl, fd, F_SETOWN_EX, a[2]);
	case X86_F_GETOWN_EX:
		return HOST(fcntl, fd, F_GETOWN_EX, a[2]);
	case X86_F_SETLEASE:
		return HOST(fcntl, fd, F_SETLEASE, (int)a[2]);
	case X86_F_GETLEASE:
		return HOST(fcntl, fd, F_GETLEASE);
	case X86_F_NOTIFY: /* DN_* flags are generic */
		return HOST(fcntl, fd, F_NOTIFY, (unsigned)a[2]);
	case X86_F_SETPIPE_SZ:
		return HOST(fcntl, fd, F_SETPIPE_SZ, (int)a[2]);
	case X86_F_GETPIPE_SZ:
		return HOST(fcntl, fd, F_GETPIPE_SZ);
	case X86_F_ADD_SEALS:
		return HOST(fcntl, fd, F_ADD_SEALS, (unsigned)a[2]);
	case X86_F_GET_SEALS:
		return HOST(fcntl, fd, F_GET_SEALS);
	case X86_F_GET_RW_HINT: /* pointer to u64 */
		return HOST(fcntl, fd, F_GET_RW_HINT, a[2]);
	case X86_F_SET_RW_HINT:
		return HOST(fcntl, fd, F_SET_RW_HINT, a[2]);
	default:
		return -EINVAL;
	}
}

long sys_flock(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(flock, sys_fd(a[0]), (unsigned)a[1]);
}

long sys_fsync(struct os_thread *t, const uint64_t *a)
{
	return HOST(fsync, sys_fd(a[0]));
}

long sys_fdatasync(struct os_thread *t, const uint64_t *a)
{
	return HOST(fdatasync, sys_fd(a[0]));
}

long sys_syncfs(struct os_thread *t, const uint64_t *a)
{
	return HOST(syncfs, sys_fd(a[0]));
}

long sys_sync(struct os_thread *t, const uint64_t *a)
{
	return HOST(sync);
}

long sys_truncate(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(truncate, p, (int64_t)a[1]);
}

long sys_ftruncate(struct os_thread *t, const uint64_t *a)
{
	return HOST(ftruncate, sys_fd(a[0]), (int64_t)a[1]);
}

long sys_fallocate(struct os_thread *t, const uint64_t *a)
{
	return HOST(fallocate, sys_fd(a[0]), (int)a[1], (int64_t)a[2], (int64_t)a[3]);
}

/* fadvise64(fd, offset, len, advice) on x86_64; POSIX_FADV_* are generic on 64-bit. */
long sys_fadvise64(struct os_thread *t, const uint64_t *a)
{
	return HOST(fadvise64, sys_fd(a[0]), (int64_t)a[1], a[2], (int)a[3]);
}

long sys_readahead(struct os_thread *t, const uint64_t *a)
{
	return HOST(readahead, sys_fd(a[0]), (int64_t)a[1], a[2]);
}

long sys_sync_file_range(struct os_thread *t, const uint64_t *a)
{
	return HOST(sync_file_range, sys_fd(a[0]), (int64_t)a[1], (int64_t)a[2], (unsigned)a[3]);
}

long sys_getdents64(struct os_thread *t, const uint64_t *a)
{
	/* struct linux_dirent64 is generic. */
	return HOST(getdents64, sys_fd(a[0]), a[1], (unsigned)a[2]);
}

/*
 * Old getdents (x86_64 only): struct linux_dirent {u64 ino; u64 off; u16 reclen;
 * char name[]; ...; u8 type at reclen-1}. Each record has the same size as its
 * linux_dirent64 counterpart, so a host getdents64 of the same count always fits.
 */
long sys_getdents(struct os_thread *t, const uint64_t *a)
{
	unsigned count = (unsigned)a[2] > 1 << 20 ? 1 << 20 : (unsigned)a[2];
	char *in = malloc(count ? count : 1), *out = malloc(count ? count : 1);
	long n, pos = 0, o = 0;

	if (!in || !out) {
		free(in);
		free(out);
		return -ENOMEM;
	}
	n = HOST(getdents64, sys_fd(a[0]), in, count);
	while (n > 0 && pos < n) {
		uint64_t ino, off;
		uint16_t reclen;
		uint8_t type;
		const char *name = in + pos + 19;
		size_t len = strlen(name);

		memcpy(&ino, in + pos, 8);
		memcpy(&off, in + pos + 8, 8);
		memcpy(&reclen, in + pos + 16, 2);
		type = (uint8_t)in[pos + 18];
		uint16_t orec = ALIGN_UP(18 + len + 2, 8);

		memset(out + o, 0, orec);
		memcpy(out + o, &ino, 8);
		memcpy(out + o + 8, &off, 8);
		memcpy(out + o + 16, &orec, 2);
		memcpy(out + o + 18, name, len);
		out[o + orec - 1] = (char)type;
		o += orec;
		pos += reclen;
	}
	if (n > 0)
		n = copy_to_guest(a[1], out, o) ? -EFAULT : o;
	free(in);
	free(out);
	return n;
}

long sys_getcwd(struct os_thread *t, const uint64_t *a)
{
	return HOST(getcwd, a[0], a[1]);
}

long sys_chdir(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(chdir, p);
}

long sys_fchdir(struct os_thread *t, const uint64_t *a)
{
	return HOST(fchdir, sys_fd(a[0]));
}

long sys_chroot(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(chroot, p);
}

long sys_mkdir(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(mkdirat, AT_FDCWD, p, (unsigned)a[1]);
}

long sys_mkdirat(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[1]);
	return HOST(mkdirat, sys_fd(a[0]), p, (unsigned)a[2]);
}

long sys_mknod(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(mknodat, AT_FDCWD, p, (unsigned)a[1], (unsigned)a[2]);
}

long sys_mknodat(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[1]);
	return HOST(mknodat, sys_fd(a[0]), p, (unsigned)a[2], (unsigned)a[3]);
}

long sys_rmdir(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(unlinkat, AT_FDCWD, p, AT_REMOVEDIR);
}

long sys_unlink(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(unlinkat, AT_FDCWD, p, 0);
}

long sys_unlinkat(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[1]);
	return HOST(unlinkat, sys_fd(a[0]), p, (int)a[2]);
}

static long do_rename(struct os_thread *t, int ofd, gaddr_t o, int nfd, gaddr_t n, unsigned flags)
{
	GET_PATH(po, o);
	GET_PATH(pn, n);
	return HOST(renameat2, ofd, po, nfd, pn, flags);
}

long sys_rename(struct os_thread *t, const uint64_t *a)
{
	return do_rename(t, AT_FDCWD, a[0], AT_FDCWD, a[1], 0);
}

long sys_renameat(struct os_thread *t, const uint64_t *a)
{
	return do_rename(t, sys_fd(a[0]), a[1], sys_fd(a[2]), a[3], 0);
}

long sys_renameat2(struct os_thread *t, const uint64_t *a)
{
	return do_rename(t, sys_fd(a[0]), a[1], sys_fd(a[2]), a[3], (unsigned)a[4]);
}

static long do_link(struct os_thread *t, int ofd, gaddr_t o, int nfd, gaddr_t n, int flags)
{
	GET_PATH(po, o);
	GET_PATH(pn, n);
	return HOST(linkat, ofd, po, nfd, pn, flags);
}

long sys_link(struct os_thread *t, const uint64_t *a)
{
	return do_link(t, AT_FDCWD, a[0], AT_FDCWD, a[1], 0);
}

long sys_linkat(struct os_thread *t, const uint64_t *a)
{
	return do_link(t, sys_fd(a[0]), a[1], sys_fd(a[2]), a[3], (int)a[4]);
}

static long do_symlink(struct os_thread *t, gaddr_t target, int nfd, gaddr_t n)
{
	char tg[PATH_MAX];
	long e = strncpy_from_guest(tg, target, sizeof(tg));

	if (e < 0)
		return e;
	GET_PATH(pn, n);
	return HOST(symlinkat, tg, nfd, pn);
}

long sys_symlink(struct os_thread *t, const uint64_t *a)
{
	return do_symlink(t, a[0], AT_FDCWD, a[1]);
}

long sys_symlinkat(struct os_thread *t, const uint64_t *a)
{
	return do_symlink(t, a[0], sys_fd(a[1]), a[2]);
}

static long do_readlinkat(struct os_thread *t, int dirfd, gaddr_t path, gaddr_t buf, uint64_t size)
{
	char p[PATH_MAX];
	long n = strncpy_from_guest(p, path, sizeof(p));

	if (n < 0)
		return n;
	if ((int)size <= 0)
		return -EINVAL;
	if (sys_is_self_exe(p)) {
		/* The guest program, not xbt. */
		size_t len = strlen(t->proc->exe);

		if (len > size)
			len = size;
		return copy_to_guest(buf, t->proc->exe, len) ? -EFAULT : (long)len;
	}
	return HOST(readlinkat, dirfd, p, buf, size);
}

long sys_readlink(struct os_thread *t, const uint64_t *a)
{
	return do_readlinkat(t, AT_FDCWD, a[0], a[1], a[2]);
}

long sys_readlinkat(struct os_thread *t, const uint64_t *a)
{
	return do_readlinkat(t, sys_fd(a[0]), a[1], a[2], a[3]);
}

long sys_chmod(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[0]);
	return HOST(fchmodat, AT_FDCWD, p, (unsigned)a[1]);
}

long sys_fchmod(struct os_thread *t, const uint64_t *a)
{
	return HOST(fchmod, sys_fd(a[0]), (unsigned)a[1]);
}

long sys_fchmodat(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[1]);
	return HOST(fchmodat, sys_fd(a[0]), p, (unsigned)a[2]);
}

long sys_fchmodat2(struct os_thread *t, const uint64_t *a)
{
	GET_PATH(p, a[1]);
	return HOST(fchmodat2, sys_fd(a[0]), p, (unsigned)a[2], (int)a[3]);
}

static long do_chown(struct os_thread *t, int dirfd, gaddr_t path, uint64_t u, uint64_t g,
		     int flags)
{
	GET_PATH(p, path);
	return HOST(fchownat, dirfd, p, (unsigned)u, (unsigned)g, flags);
}

long sys_chown(struct os_thread *t, const uint64_t *a)
{
	return do_chown(t, AT_FDCWD, a[0], a[1], a[2], 0);
}

long sys_lchown(struct os_thread *t, const uint64_t *a)
{
	return do_chown(t, AT_FDCWD, a[0], a[1], a[2], AT_SYMLINK_NOFOLLOW);
}

long sys_fchownat(struct os_thread *t, const uint64_t *a)
{
	return do_chown(t, sys_fd(a[0]), a[1], a[2], a[3], (int)a[4]);
}

long sys_fchown(struct os_thread *t, const uint64_t *a)
{
	return HOST(fchown, sys_fd(a[0]), (unsigned)a[1], (unsigned)a[2]);
}

long sys_umask(struct os_thread *t, const uint64_t *a)
{
	return HOST(umask, (unsigned)a[0]);
}

/* sendfile(out, in, off_t *offset, count): loff_t is 64-bit everywhere. */
long sys_sendfile(struct os_thread *t, const uint64_t *a)
{
	return HOST(sendfile, sys_fd(a[0]), sys_fd(a[1]), a[2], a[3]);
}

long sys_copy_file_range(struct os_thread *t, const uint64_t *a)
{
	return HOST(copy_file_range, sys_fd(a[0]), a[1], sys_fd(a[2]), a[3], a[4], (unsigned)a[5]);
}

/* SPLICE_F_* are generic. */
long sys_splice(struct os_thread *t, const uint64_t *a)
{
	return HOST(splice, sys_fd(a[0]), a[1], sys_fd(a[2]), a[3], a[4], (unsigned)a[5]);
}

long sys_tee(struct os_thread *t, const uint64_t *a)
{
	return HOST(tee, sys_fd(a[0]), sys_fd(a[1]), a[2], (unsigned)a[3]);
}

long sys_vmsplice(struct os_thread *t, const uint64_t *a)
{
	return HOST(vmsplice, sys_fd(a[0]), a[1], a[2], (unsigned)a[3]);
}
