// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The optional kernel module, from xbt's side. Without it (or with
 * XBT_KMOD=off) every feature has a userspace path and the guest sees the same
 * behaviour; XBT_KMOD=require makes a missing module an error.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../core/log.h"
#include "kmod.h"

struct kmod_state kmod = { .fd = -1 };

int kmod_parse(const char *v)
{
	if (!v || !*v || !strcmp(v, "auto"))
		return KMOD_AUTO;
	if (!strcmp(v, "off"))
		return KMOD_OFF;
	if (!strcmp(v, "require"))
		return KMOD_REQUIRE;
	return -1;
}

int kmod_init(enum kmod_mode mode)
{
	struct xbt_query q;
	void *page;
	int fd, r;

	if (mode == KMOD_OFF)
		return 0;
	fd = open(XBT_DEV_PATH, O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		r = -errno;
		goto unusable;
	}
	if (ioctl(fd, XBT_IOC_QUERY, &q) || q.version != XBT_UAPI_VERSION) {
		r = -EPROTO;
		close(fd);
		goto unusable;
	}
	page = mmap(NULL, XBT_PAGE_BYTES, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (page == MAP_FAILED) {
		r = -errno;
		close(fd);
		goto unusable;
	}
	kmod.fd = fd;
	kmod.features = q.features;
	kmod.slots = page;
	log_info(LOG_SYS, "kmod: %s version %u, features %#x", XBT_DEV_PATH, q.version, q.features);
	return 0;

unusable:
	if (mode == KMOD_REQUIRE) {
		xbt_msg("XBT_KMOD=require but %s is unusable: %s", XBT_DEV_PATH,
			r == -EPROTO ? "interface version mismatch" : strerror(-r));
		return r;
	}
	log_debug(LOG_SYS, "kmod: not used (%d)", r);
	return 0;
}

void kmod_set_identity(const char *start, const char *end)
{
	struct xbt_identity id = { (unsigned long)start, (unsigned long)end };

	if (kmod.fd < 0 || !(kmod.features & XBT_FEAT_IDENTITY))
		return;
	/* ENOENT: this process was not started by exec of an x86_64 file (e.g. `xbt prog`). */
	if (ioctl(kmod.fd, XBT_IOC_SET_IDENTITY, &id) && errno != ENOENT)
		log_warn(LOG_SYS, "kmod: identity not installed: %s", strerror(errno));
}
