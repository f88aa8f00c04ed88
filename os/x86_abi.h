/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The x86_64 Linux user ABI as the guest sees it: struct layouts and flag values,
 * written out from linux/arch/x86/include/uapi and include/uapi/asm-generic, with
 * static asserts. Where a layout is the same on the host, the assert proves it.
 */
#ifndef XBT_OS_X86_ABI_H
#define XBT_OS_X86_ABI_H

#include <stddef.h>
#include <stdint.h>

#include "../core/types.h"

#define X86_OFF(s, f, o) BUILD_BUG_ON(offsetof(struct s, f) != (o))
#define X86_SIZE(s, n) BUILD_BUG_ON(sizeof(struct s) != (n))

/* ---- open(2) flags (arch/x86 uses asm-generic/fcntl.h defaults; arm64 overrides four) ---- */
#define X86_O_ACCMODE 00000003
#define X86_O_CREAT 00000100
#define X86_O_EXCL 00000200
#define X86_O_NOCTTY 00000400
#define X86_O_TRUNC 00001000
#define X86_O_APPEND 00002000
#define X86_O_NONBLOCK 00004000
#define X86_O_DSYNC 00010000
#define X86_FASYNC 00020000
#define X86_O_DIRECT 00040000
#define X86_O_LARGEFILE 00100000
#define X86_O_DIRECTORY 00200000
#define X86_O_NOFOLLOW 00400000
#define X86_O_NOATIME 01000000
#define X86_O_CLOEXEC 02000000
#define X86___O_SYNC 04000000
#define X86_O_PATH 010000000
#define X86___O_TMPFILE 020000000

/* ---- fcntl commands (asm-generic/fcntl.h, 64-bit) ---- */
#define X86_F_DUPFD 0
#define X86_F_GETFD 1
#define X86_F_SETFD 2
#define X86_F_GETFL 3
#define X86_F_SETFL 4
#define X86_F_GETLK 5
#define X86_F_SETLK 6
#define X86_F_SETLKW 7
#define X86_F_SETOWN 8
#define X86_F_GETOWN 9
#define X86_F_SETSIG 10
#define X86_F_GETSIG 11
#define X86_F_SETOWN_EX 15
#define X86_F_GETOWN_EX 16
#define X86_F_OFD_GETLK 36
#define X86_F_OFD_SETLK 37
#define X86_F_OFD_SETLKW 38
#define X86_F_SETLEASE 1024
#define X86_F_GETLEASE 1025
#define X86_F_NOTIFY 1026
#define X86_F_DUPFD_CLOEXEC 1030
#define X86_F_SETPIPE_SZ 1031
#define X86_F_GETPIPE_SZ 1032
#define X86_F_ADD_SEALS 1033
#define X86_F_GET_SEALS 1034
#define X86_F_GET_RW_HINT 1035
#define X86_F_SET_RW_HINT 1036

struct x86_flock {
	int16_t l_type;
	int16_t l_whence;
	int64_t l_start;
	int64_t l_len;
	int32_t l_pid;
};
X86_SIZE(x86_flock, 32);
X86_OFF(x86_flock, l_start, 8);
X86_OFF(x86_flock, l_pid, 24);

/* ---- struct stat (arch/x86/include/uapi/asm/stat.h, __x86_64__): 144 bytes ---- */
struct x86_stat {
	uint64_t st_dev;
	uint64_t st_ino;
	uint64_t st_nlink;
	uint32_t st_mode;
	uint32_t st_uid;
	uint32_t st_gid;
	uint32_t __pad0;
	uint64_t st_rdev;
	int64_t st_size;
	int64_t st_blksize;
	int64_t st_blocks;
	uint64_t st_atime_sec;
	uint64_t st_atime_nsec;
	uint64_t st_mtime_sec;
	uint64_t st_mtime_nsec;
	uint64_t st_ctime_sec;
	uint64_t st_ctime_nsec;
	int64_t st_unused[3];
};
X86_SIZE(x86_stat, 144);
X86_OFF(x86_stat, st_nlink, 16);
X86_OFF(x86_stat, st_mode, 24);
X86_OFF(x86_stat, st_rdev, 40);
X86_OFF(x86_stat, st_size, 48);
X86_OFF(x86_stat, st_blocks, 64);
X86_OFF(x86_stat, st_atime_sec, 72);
X86_OFF(x86_stat, st_mtime_sec, 88);
X86_OFF(x86_stat, st_ctime_nsec, 112);

/* ---- struct statfs (asm-generic/statfs.h with 64-bit __statfs_word): 120 bytes ---- */
struct x86_statfs {
	int64_t f_type;
	int64_t f_bsize;
	uint64_t f_blocks;
	uint64_t f_bfree;
	uint64_t f_bavail;
	uint64_t f_files;
	uint64_t f_ffree;
	int32_t f_fsid[2];
	int64_t f_namelen;
	int64_t f_frsize;
	int64_t f_flags;
	int64_t f_spare[4];
};
X86_SIZE(x86_statfs, 120);
X86_OFF(x86_statfs, f_fsid, 56);
X86_OFF(x86_statfs, f_flags, 80);

/* ---- epoll (include/uapi/linux/eventpoll.h: packed on x86_64 only): 12 bytes ---- */
struct x86_epoll_event {
	uint32_t events;
	uint64_t data;
} __attribute__((packed));
X86_SIZE(x86_epoll_event, 12);
X86_OFF(x86_epoll_event, data, 4);

/* ---- signals (arch/x86/include/uapi/asm/signal.h; kernel's struct sigaction) ---- */
#define X86_NSIG 64
#define X86_SIGHUP 1
#define X86_SIGINT 2
#define X86_SIGQUIT 3
#define X86_SIGILL 4
#define X86_SIGTRAP 5
#define X86_SIGABRT 6
#define X86_SIGBUS 7
#define X86_SIGFPE 8
#define X86_SIGKILL 9
#define X86_SIGUSR1 10
#define X86_SIGSEGV 11
#define X86_SIGUSR2 12
#define X86_SIGPIPE 13
#define X86_SIGALRM 14
#define X86_SIGTERM 15
#define X86_SIGSTKFLT 16
#define X86_SIGCHLD 17
#define X86_SIGCONT 18
#define X86_SIGSTOP 19
#define X86_SIGTSTP 20
#define X86_SIGTTIN 21
#define X86_SIGTTOU 22
#define X86_SIGURG 23
#define X86_SIGXCPU 24
#define X86_SIGXFSZ 25
#define X86_SIGVTALRM 26
#define X86_SIGPROF 27
#define X86_SIGWINCH 28
#define X86_SIGIO 29
#define X86_SIGPWR 30
#define X86_SIGSYS 31

#define X86_SA_NOCLDSTOP 0x00000001u
#define X86_SA_NOCLDWAIT 0x00000002u
#define X86_SA_SIGINFO 0x00000004u
#define X86_SA_UNSUPPORTED 0x00000400u
#define X86_SA_EXPOSE_TAGBITS 0x00000800u
#define X86_SA_RESTORER 0x04000000u
#define X86_SA_ONSTACK 0x08000000u
#define X86_SA_RESTART 0x10000000u
#define X86_SA_NODEFER 0x40000000u
#define X86_SA_RESETHAND 0x80000000u
#define X86_SIG_DFL 0
#define X86_SIG_IGN 1

#define X86_SIG_BLOCK 0
#define X86_SIG_UNBLOCK 1
#define X86_SIG_SETMASK 2

struct x86_sigaction {
	uint64_t handler;
	uint64_t flags;
	uint64_t restorer;
	uint64_t mask;
};
X86_SIZE(x86_sigaction, 32);

#define X86_SS_ONSTACK 1
#define X86_SS_DISABLE 2
#define X86_SS_AUTODISARM (1u << 31)
#define X86_MINSIGSTKSZ 2048
struct x86_stack {
	uint64_t ss_sp;
	int32_t ss_flags;
	uint64_t ss_size;
};
X86_SIZE(x86_stack, 24);

/* ---- mmap (asm-generic/mman-common.h + arch/x86/include/uapi/asm/mman.h) ---- */
#define X86_PROT_READ 0x1
#define X86_PROT_WRITE 0x2
#define X86_PROT_EXEC 0x4
#define X86_PROT_SEM 0x8
#define X86_PROT_GROWSDOWN 0x01000000
#define X86_PROT_GROWSUP 0x02000000
#define X86_MAP_SHARED 0x01
#define X86_MAP_PRIVATE 0x02
#define X86_MAP_SHARED_VALIDATE 0x03
#define X86_MAP_TYPE 0x0f
#define X86_MAP_FIXED 0x10
#define X86_MAP_ANONYMOUS 0x20
#define X86_MAP_32BIT 0x40
#define X86_MAP_GROWSDOWN 0x0100
#define X86_MAP_DENYWRITE 0x0800
#define X86_MAP_EXECUTABLE 0x1000
#define X86_MAP_LOCKED 0x2000
#define X86_MAP_NORESERVE 0x4000
#define X86_MAP_POPULATE 0x8000
#define X86_MAP_NONBLOCK 0x10000
#define X86_MAP_STACK 0x20000
#define X86_MAP_HUGETLB 0x40000
#define X86_MAP_SYNC 0x80000
#define X86_MAP_FIXED_NOREPLACE 0x100000
#define X86_MAP_UNINITIALIZED 0x4000000
#define X86_MAP_HUGE_SHIFT 26
#define X86_MAP_HUGE_MASK 0x3f
#define X86_MREMAP_MAYMOVE 1
#define X86_MREMAP_FIXED 2
#define X86_MREMAP_DONTUNMAP 4

/* ---- arch_prctl (arch/x86/include/uapi/asm/prctl.h) ---- */
#define X86_ARCH_SET_GS 0x1001
#define X86_ARCH_SET_FS 0x1002
#define X86_ARCH_GET_FS 0x1003
#define X86_ARCH_GET_GS 0x1004
#define X86_ARCH_GET_CPUID 0x1011
#define X86_ARCH_SET_CPUID 0x1012

/* ---- clone (include/uapi/linux/sched.h; x86_64 argument order: flags, sp, ptid, ctid, tls) ---- */
#define X86_CSIGNAL 0x000000ff
#define X86_CLONE_VM 0x00000100
#define X86_CLONE_FS 0x00000200
#define X86_CLONE_FILES 0x00000400
#define X86_CLONE_SIGHAND 0x00000800
#define X86_CLONE_PIDFD 0x00001000
#define X86_CLONE_PTRACE 0x00002000
#define X86_CLONE_VFORK 0x00004000
#define X86_CLONE_PARENT 0x00008000
#define X86_CLONE_THREAD 0x00010000
#define X86_CLONE_NEWNS 0x00020000
#define X86_CLONE_SYSVSEM 0x00040000
#define X86_CLONE_SETTLS 0x00080000
#define X86_CLONE_PARENT_SETTID 0x00100000
#define X86_CLONE_CHILD_CLEARTID 0x00200000
#define X86_CLONE_DETACHED 0x00400000
#define X86_CLONE_UNTRACED 0x00800000
#define X86_CLONE_CHILD_SETTID 0x01000000

/* ---- wait options (include/uapi/linux/wait.h) ---- */
#define X86_WNOHANG 0x00000001
#define X86_WUNTRACED 0x00000002
#define X86_WEXITED 0x00000004
#define X86_WCONTINUED 0x00000008
#define X86_WNOWAIT 0x01000000
#define X86___WNOTHREAD 0x20000000
#define X86___WALL 0x40000000
#define X86___WCLONE 0x80000000u

/* ---- AT_* flags for *at calls (include/uapi/linux/fcntl.h) ---- */
#define X86_AT_FDCWD (-100)
#define X86_AT_SYMLINK_NOFOLLOW 0x100
#define X86_AT_REMOVEDIR 0x200
#define X86_AT_EACCESS 0x200
#define X86_AT_SYMLINK_FOLLOW 0x400
#define X86_AT_NO_AUTOMOUNT 0x800
#define X86_AT_EMPTY_PATH 0x1000
#define X86_AT_STATX_SYNC_TYPE 0x6000

/* ---- termios (asm-generic/termbits.h, used by x86 and arm64 alike) ---- */
#define X86_NCCS 19
struct x86_termios {
	uint32_t c_iflag;
	uint32_t c_oflag;
	uint32_t c_cflag;
	uint32_t c_lflag;
	uint8_t c_line;
	uint8_t c_cc[X86_NCCS];
};
X86_SIZE(x86_termios, 36);
struct x86_termios2 {
	uint32_t c_iflag;
	uint32_t c_oflag;
	uint32_t c_cflag;
	uint32_t c_lflag;
	uint8_t c_line;
	uint8_t c_cc[X86_NCCS];
	uint32_t c_ispeed;
	uint32_t c_ospeed;
};
X86_SIZE(x86_termios2, 44);
struct x86_winsize {
	uint16_t ws_row, ws_col, ws_xpixel, ws_ypixel;
};
X86_SIZE(x86_winsize, 8);

/* ioctl numbers (asm-generic/ioctls.h, used by x86) */
#define X86_TCGETS 0x5401
#define X86_TCSETS 0x5402
#define X86_TCSETSW 0x5403
#define X86_TCSETSF 0x5404
#define X86_TCSBRK 0x5409
#define X86_TCXONC 0x540A
#define X86_TCFLSH 0x540B
#define X86_TIOCEXCL 0x540C
#define X86_TIOCNXCL 0x540D
#define X86_TIOCSCTTY 0x540E
#define X86_TIOCGPGRP 0x540F
#define X86_TIOCSPGRP 0x5410
#define X86_TIOCOUTQ 0x5411
#define X86_TIOCGWINSZ 0x5413
#define X86_TIOCSWINSZ 0x5414
#define X86_FIONREAD 0x541B
#define X86_TIOCNOTTY 0x5422
#define X86_TIOCGSID 0x5429
#define X86_TCGETS2 0x802c542a
#define X86_TCSETS2 0x402c542b
#define X86_TCSETSW2 0x402c542c
#define X86_TCSETSF2 0x402c542d
#define X86_TIOCGPTN 0x80045430
#define X86_TIOCSPTLCK 0x40045431
#define X86_FIONCLEX 0x5450
#define X86_FIOCLEX 0x5451
#define X86_FIOASYNC 0x5452
#define X86_FIONBIO 0x5421
#define X86_FIOGETOWN 0x8903
#define X86_TIOCGPTPEER 0x5441
#define X86_FICLONE 0x40049409
#define X86_FS_IOC_GETFLAGS 0x80086601
#define X86_FS_IOC_SETFLAGS 0x40086602

/* ---- structs whose layout is the same on every 64-bit Linux (host side asserted in abi.c) ---- */
struct x86_timespec {
	int64_t tv_sec;
	int64_t tv_nsec;
};
X86_SIZE(x86_timespec, 16);
struct x86_timeval {
	int64_t tv_sec;
	int64_t tv_usec;
};
X86_SIZE(x86_timeval, 16);

#endif
