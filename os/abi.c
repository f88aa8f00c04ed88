// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Flag and struct conversions between x86_64 and the host, and static asserts that
 * the host structs passed through unchanged have the x86_64 layout.
 */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <dirent.h>
#include <sched.h>
#include <time.h>

#include "abi.h"

/* glibc defines O_LARGEFILE as 0 on 64-bit hosts; the kernel value differs per arch. */
#if defined(__aarch64__)
#define HOST_O_LARGEFILE 0400000
#elif defined(__x86_64__)
#define HOST_O_LARGEFILE 0100000
#else
#error "unsupported host"
#endif

struct flag_map {
	uint64_t x86;
	uint64_t host;
};

static const struct flag_map open_flags[] = {
	{ X86_O_CREAT, O_CREAT },	  { X86_O_EXCL, O_EXCL },
	{ X86_O_NOCTTY, O_NOCTTY },	  { X86_O_TRUNC, O_TRUNC },
	{ X86_O_APPEND, O_APPEND },	  { X86_O_NONBLOCK, O_NONBLOCK },
	{ X86_O_DSYNC, O_DSYNC },	  { X86_FASYNC, FASYNC },
	{ X86_O_DIRECT, O_DIRECT },	  { X86_O_LARGEFILE, HOST_O_LARGEFILE },
	{ X86_O_DIRECTORY, O_DIRECTORY }, { X86_O_NOFOLLOW, O_NOFOLLOW },
	{ X86_O_NOATIME, O_NOATIME },	  { X86_O_CLOEXEC, O_CLOEXEC },
	{ X86___O_SYNC, O_SYNC & ~O_DSYNC }, { X86_O_PATH, O_PATH },
	{ X86___O_TMPFILE, O_TMPFILE & ~O_DIRECTORY },
};

int abi_open_flags_to_host(uint64_t x86)
{
	uint64_t known = X86_O_ACCMODE, h = x86 & X86_O_ACCMODE;

	for (size_t i = 0; i < ARRAY_SIZE(open_flags); i++) {
		known |= open_flags[i].x86;
		if (x86 & open_flags[i].x86)
			h |= open_flags[i].host;
	}
	/* Unknown bits: the kernel ignores them for open(); keep them for fidelity. */
	return (int)(h | (x86 & ~known & 0xffffffffu));
}

uint64_t abi_open_flags_to_x86(int host)
{
	uint64_t known = O_ACCMODE, x = (unsigned)host & O_ACCMODE;

	for (size_t i = 0; i < ARRAY_SIZE(open_flags); i++) {
		known |= open_flags[i].host;
		if ((unsigned)host & open_flags[i].host)
			x |= open_flags[i].x86;
	}
	return x | ((unsigned)host & ~known);
}

static const struct flag_map mmap_flags[] = {
	{ X86_MAP_FIXED, MAP_FIXED },
	{ X86_MAP_ANONYMOUS, MAP_ANONYMOUS },
	{ X86_MAP_GROWSDOWN, MAP_GROWSDOWN },
	{ X86_MAP_DENYWRITE, MAP_DENYWRITE },
	{ X86_MAP_EXECUTABLE, MAP_EXECUTABLE },
	{ X86_MAP_LOCKED, MAP_LOCKED },
	{ X86_MAP_NORESERVE, MAP_NORESERVE },
	{ X86_MAP_POPULATE, MAP_POPULATE },
	{ X86_MAP_NONBLOCK, MAP_NONBLOCK },
	{ X86_MAP_STACK, MAP_STACK },
	{ X86_MAP_HUGETLB, MAP_HUGETLB },
	{ X86_MAP_SYNC, MAP_SYNC },
	{ X86_MAP_FIXED_NOREPLACE, MAP_FIXED_NOREPLACE },
	{ X86_MAP_UNINITIALIZED, 0 }, /* ignored by kernels without the option */
	{ X86_MAP_32BIT, 0 },	       /* handled by the caller (placement below 2 GiB) */
};

long abi_mmap_flags_to_host(uint64_t x86)
{
	uint64_t known = X86_MAP_TYPE | ((uint64_t)X86_MAP_HUGE_MASK << X86_MAP_HUGE_SHIFT);
	/* MAP_SHARED/PRIVATE/SHARED_VALIDATE and the huge page size field are generic. */
	uint64_t h = (x86 & X86_MAP_TYPE) | (x86 & ((uint64_t)X86_MAP_HUGE_MASK << X86_MAP_HUGE_SHIFT));

	for (size_t i = 0; i < ARRAY_SIZE(mmap_flags); i++) {
		known |= mmap_flags[i].x86;
		if (x86 & mmap_flags[i].x86)
			h |= mmap_flags[i].host;
	}
	/* Like the kernel for MAP_SHARED_VALIDATE: unknown flags are an error there. */
	if ((x86 & X86_MAP_TYPE) == X86_MAP_SHARED_VALIDATE && (x86 & ~known))
		return -1;
	return (long)h;
}

void abi_stat_to_x86(struct x86_stat *d, const struct stat *s)
{
	memset(d, 0, sizeof(*d));
	d->st_dev = s->st_dev;
	d->st_ino = s->st_ino;
	d->st_nlink = s->st_nlink;
	d->st_mode = s->st_mode;
	d->st_uid = s->st_uid;
	d->st_gid = s->st_gid;
	d->st_rdev = s->st_rdev;
	d->st_size = s->st_size;
	d->st_blksize = s->st_blksize;
	d->st_blocks = s->st_blocks;
	d->st_atime_sec = s->st_atim.tv_sec;
	d->st_atime_nsec = s->st_atim.tv_nsec;
	d->st_mtime_sec = s->st_mtim.tv_sec;
	d->st_mtime_nsec = s->st_mtim.tv_nsec;
	d->st_ctime_sec = s->st_ctim.tv_sec;
	d->st_ctime_nsec = s->st_ctim.tv_nsec;
}

void abi_statfs_to_x86(struct x86_statfs *d, const struct statfs *s)
{
	memset(d, 0, sizeof(*d));
	d->f_type = s->f_type;
	d->f_bsize = s->f_bsize;
	d->f_blocks = s->f_blocks;
	d->f_bfree = s->f_bfree;
	d->f_bavail = s->f_bavail;
	d->f_files = s->f_files;
	d->f_ffree = s->f_ffree;
	memcpy(d->f_fsid, &s->f_fsid, sizeof(d->f_fsid));
	d->f_namelen = s->f_namelen;
	d->f_frsize = s->f_frsize;
	d->f_flags = s->f_flags;
}

/*
 * Structs passed between guest and host kernel unchanged: their host layout must be
 * the x86_64 one (true for every LP64 Linux, checked here so a new host cannot drift).
 */
#define SAME_SIZE(t, n) BUILD_BUG_ON(sizeof(t) != (n))
#define SAME_OFF(t, f, o) BUILD_BUG_ON(offsetof(t, f) != (o))
SAME_SIZE(struct timespec, sizeof(struct x86_timespec));
SAME_SIZE(struct timeval, sizeof(struct x86_timeval));
SAME_SIZE(struct pollfd, 8);
SAME_SIZE(struct iovec, 16);
SAME_SIZE(struct msghdr, 56);
SAME_OFF(struct msghdr, msg_control, 32);
SAME_OFF(struct msghdr, msg_flags, 48);
SAME_SIZE(struct cmsghdr, 16);
SAME_SIZE(struct rlimit, 16);
SAME_SIZE(struct utsname, 6 * 65);
SAME_SIZE(struct sysinfo, 112);
SAME_SIZE(struct rusage, 144);
SAME_SIZE(struct tms, 32);
SAME_SIZE(siginfo_t, 128);
SAME_SIZE(stack_t, sizeof(struct x86_stack));
SAME_SIZE(struct itimerspec, 32);
SAME_SIZE(struct itimerval, 32);
SAME_SIZE(struct flock, sizeof(struct x86_flock));
SAME_OFF(struct flock, l_start, offsetof(struct x86_flock, l_start));
SAME_OFF(struct flock, l_pid, offsetof(struct x86_flock, l_pid));
SAME_SIZE(struct statx, 256);
SAME_SIZE(struct sockaddr_storage, 128);
/* Flag values that are generic (asm-generic) on both architectures. */
BUILD_BUG_ON(X86_SIGCHLD != SIGCHLD || X86_SIGBUS != SIGBUS || X86_SIGUSR1 != SIGUSR1 ||
	     X86_SIGSTKFLT != SIGSTKFLT || X86_SIGPWR != SIGPWR || X86_SIGSYS != SIGSYS ||
	     X86_SIGURG != SIGURG || X86_SIGIO != SIGIO);
BUILD_BUG_ON(X86_WNOHANG != WNOHANG || X86_WUNTRACED != WUNTRACED || X86_WEXITED != WEXITED ||
	     X86_WCONTINUED != WCONTINUED || X86_WNOWAIT != WNOWAIT);
BUILD_BUG_ON(X86_AT_SYMLINK_NOFOLLOW != AT_SYMLINK_NOFOLLOW || X86_AT_REMOVEDIR != AT_REMOVEDIR ||
	     X86_AT_EMPTY_PATH != AT_EMPTY_PATH || X86_AT_SYMLINK_FOLLOW != AT_SYMLINK_FOLLOW ||
	     X86_AT_FDCWD != AT_FDCWD);
BUILD_BUG_ON(X86_PROT_READ != PROT_READ || X86_PROT_WRITE != PROT_WRITE ||
	     X86_PROT_EXEC != PROT_EXEC || X86_MAP_SHARED != MAP_SHARED ||
	     X86_MAP_PRIVATE != MAP_PRIVATE);
BUILD_BUG_ON(X86_CLONE_VM != CLONE_VM || X86_CLONE_VFORK != CLONE_VFORK ||
	     X86_CLONE_SETTLS != CLONE_SETTLS || X86_CLONE_CHILD_SETTID != CLONE_CHILD_SETTID);
BUILD_BUG_ON(X86_O_CLOEXEC != O_CLOEXEC || X86_O_NONBLOCK != O_NONBLOCK);
BUILD_BUG_ON(EPOLLIN != 1 || EPOLLOUT != 4 || EPOLLET != (1u << 31) || POLLIN != 1 ||
	     POLLOUT != 4);
BUILD_BUG_ON(SOL_SOCKET != 1 || SO_REUSEADDR != 2 || SO_RCVBUF != 8 || SCM_RIGHTS != 1 ||
	     SOCK_NONBLOCK != X86_O_NONBLOCK || SOCK_CLOEXEC != X86_O_CLOEXEC);
BUILD_BUG_ON(RLIMIT_NOFILE != 7 || RLIMIT_STACK != 3 || RLIMIT_AS != 9);
BUILD_BUG_ON(X86_F_GETLK != F_GETLK || X86_F_SETLKW != F_SETLKW || X86_F_OFD_GETLK != F_OFD_GETLK ||
	     X86_F_DUPFD_CLOEXEC != F_DUPFD_CLOEXEC || X86_F_ADD_SEALS != F_ADD_SEALS);
