// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ioctl: a table of the x86_64 requests xbt understands, each with how its argument
 * is handled. x86_64 and arm64 both use asm-generic/ioctls.h and termbits.h, so the
 * numbers and termios bits agree; struct termios is still converted field by field
 * from the x86_64 layout (x86_abi.h) to the host kernel's. Unknown requests get
 * -ENOTTY (and one log line) rather than an unchecked pass-through.
 */
#include <asm/ioctls.h>
#include <asm/termbits.h>
#include <linux/fs.h>
#include <string.h>

#include "../core/log.h"
#include "sys.h"

BUILD_BUG_ON(X86_TCGETS != TCGETS || X86_TCSETSF != TCSETSF || X86_TIOCGWINSZ != TIOCGWINSZ ||
	     X86_FIONREAD != FIONREAD || X86_TIOCGPTN != TIOCGPTN || X86_TCGETS2 != TCGETS2 ||
	     X86_FIOCLEX != FIOCLEX || X86_FIONBIO != FIONBIO || X86_FICLONE != FICLONE);
BUILD_BUG_ON(NCCS != X86_NCCS || ECHO != 0000010 || ICANON != 0000002 || ISIG != 0000001 ||
	     CSIZE != 0000060 || OPOST != 0000001 || ICRNL != 0000400 || VMIN != 6 || VTIME != 5);

enum ioc_kind {
	IOC_NONE,     /* no argument or an integer value */
	IOC_PTR,      /* pointer to data whose layout is the same on both (int, winsize, ...) */
	IOC_TERMIOS,  /* struct termios in (set) or out (get) */
	IOC_TERMIOS2,
};

struct ioc_row {
	uint32_t x86, host;
	enum ioc_kind kind;
	bool out; /* termios: kernel writes the struct */
};

static const struct ioc_row ioctls[] = {
	{ X86_TCGETS, TCGETS, IOC_TERMIOS, true },
	{ X86_TCSETS, TCSETS, IOC_TERMIOS, false },
	{ X86_TCSETSW, TCSETSW, IOC_TERMIOS, false },
	{ X86_TCSETSF, TCSETSF, IOC_TERMIOS, false },
	{ X86_TCGETS2, TCGETS2, IOC_TERMIOS2, true },
	{ X86_TCSETS2, TCSETS2, IOC_TERMIOS2, false },
	{ X86_TCSETSW2, TCSETSW2, IOC_TERMIOS2, false },
	{ X86_TCSETSF2, TCSETSF2, IOC_TERMIOS2, false },
	{ X86_TCSBRK, TCSBRK, IOC_NONE },
	{ X86_TCXONC, TCXONC, IOC_NONE },
	{ X86_TCFLSH, TCFLSH, IOC_NONE },
	{ X86_TIOCEXCL, TIOCEXCL, IOC_NONE },
	{ X86_TIOCNXCL, TIOCNXCL, IOC_NONE },
	{ X86_TIOCSCTTY, TIOCSCTTY, IOC_NONE },
	{ X86_TIOCNOTTY, TIOCNOTTY, IOC_NONE },
	{ X86_TIOCGPGRP, TIOCGPGRP, IOC_PTR },
	{ X86_TIOCSPGRP, TIOCSPGRP, IOC_PTR },
	{ X86_TIOCOUTQ, TIOCOUTQ, IOC_PTR },
	{ X86_TIOCGWINSZ, TIOCGWINSZ, IOC_PTR },
	{ X86_TIOCSWINSZ, TIOCSWINSZ, IOC_PTR },
	{ X86_FIONREAD, FIONREAD, IOC_PTR },
	{ X86_TIOCGSID, TIOCGSID, IOC_PTR },
	{ X86_TIOCGPTN, TIOCGPTN, IOC_PTR },
	{ X86_TIOCSPTLCK, TIOCSPTLCK, IOC_PTR },
	{ X86_TIOCGPTPEER, TIOCGPTPEER, IOC_NONE },
	{ X86_FIONCLEX, FIONCLEX, IOC_NONE },
	{ X86_FIOCLEX, FIOCLEX, IOC_NONE },
	{ X86_FIOASYNC, FIOASYNC, IOC_PTR },
	{ X86_FIONBIO, FIONBIO, IOC_PTR },
	{ X86_FICLONE, FICLONE, IOC_NONE },
	{ X86_FS_IOC_GETFLAGS, FS_IOC_GETFLAGS, IOC_PTR },
	{ X86_FS_IOC_SETFLAGS, FS_IOC_SETFLAGS, IOC_PTR },
};

static long ioctl_termios(int fd, const struct ioc_row *r, gaddr_t g)
{
	struct x86_termios2 x;
	struct termios2 h;
	size_t xs = r->kind == IOC_TERMIOS ? sizeof(struct x86_termios) : sizeof(x);
	long ret;

	memset(&x, 0, sizeof(x));
	memset(&h, 0, sizeof(h));
	if (!r->out) {
		if (copy_from_guest(&x, g, xs))
			return -EFAULT;
		h.c_iflag = x.c_iflag;
		h.c_oflag = x.c_oflag;
		h.c_cflag = x.c_cflag;
		h.c_lflag = x.c_lflag;
		h.c_line = x.c_line;
		memcpy(h.c_cc, x.c_cc, X86_NCCS);
		h.c_ispeed = x.c_ispeed;
		h.c_ospeed = x.c_ospeed;
		return HOST(ioctl, fd, r->host, &h);
	}
	ret = HOST(ioctl, fd, r->host, &h);
	if (ret < 0)
		return ret;
	x.c_iflag = h.c_iflag;
	x.c_oflag = h.c_oflag;
	x.c_cflag = h.c_cflag;
	x.c_lflag = h.c_lflag;
	x.c_line = h.c_line;
	memcpy(x.c_cc, h.c_cc, X86_NCCS);
	x.c_ispeed = h.c_ispeed;
	x.c_ospeed = h.c_ospeed;
	return copy_to_guest(g, &x, xs) ? -EFAULT : ret;
}

long sys_ioctl(struct os_thread *t, const uint64_t *a)
{
	int fd = sys_fd(a[0]);
	uint32_t req = (uint32_t)a[1];

	for (size_t i = 0; i < ARRAY_SIZE(ioctls); i++) {
		const struct ioc_row *r = &ioctls[i];

		if (r->x86 != req)
			continue;
		switch (r->kind) {
		case IOC_TERMIOS:
		case IOC_TERMIOS2:
			return ioctl_termios(fd, r, a[2]);
		default:
			return HOST(ioctl, fd, r->host, a[2]);
		}
	}
	log_warn(LOG_SYS, "ioctl %#x on fd %d not translated -> ENOTTY", req, fd);
	return -ENOTTY;
}
