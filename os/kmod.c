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
#include "safe_syscall.h"

/* What xbt uses of the module; XBT_KMOD=require wants all of it. */
#define KMOD_SIGNAL_FEATURES (XBT_FEAT_DOORBELL | XBT_FEAT_KICK | XBT_FEAT_RING)
#define KMOD_ALL_FEATURES (KMOD_SIGNAL_FEATURES | XBT_FEAT_IDENTITY)

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
	if (mode == KMOD_REQUIRE && (q.features & KMOD_ALL_FEATURES) != KMOD_ALL_FEATURES) {
		xbt_msg("XBT_KMOD=require but %s lacks features %#x", XBT_DEV_PATH,
			KMOD_ALL_FEATURES & ~q.features);
		munmap(page, XBT_PAGE_BYTES);
		close(fd);
		return -EPROTO;
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

bool kmod_signals(void)
{
	return kmod.fd >= 0 && (kmod.features & KMOD_SIGNAL_FEATURES) == KMOD_SIGNAL_FEATURES;
}

volatile struct xbt_slot *kmod_register(void)
{
	struct xbt_register r = {
		.stub_start = (uintptr_t)xbt_safe_syscall_start,
		.stub_syscall = (uintptr_t)xbt_safe_syscall_insn,
		.stub_resume = (uintptr_t)xbt_safe_syscall_resume,
	};

	if (!kmod_signals())
		return NULL;
	if (ioctl(kmod.fd, XBT_IOC_REGISTER, &r)) {
		/* ENOSPC: more threads than slots; this one keeps the userspace path. */
		log_warn(LOG_SIG, "kmod: thread not registered (%s): host signal handlers for it",
			 strerror(errno));
		return NULL;
	}
	return &kmod.slots[r.slot];
}

void kmod_unregister(void)
{
	if (kmod_signals())
		ioctl(kmod.fd, XBT_IOC_UNREGISTER);
}

void kmod_retarget(uint64_t mask)
{
	__u64 m = mask;

	if (kmod_signals() && ioctl(kmod.fd, XBT_IOC_RETARGET, &m))
		log_warn(LOG_SIG, "kmod: retarget: %s", strerror(errno));
}

bool kmod_after_fork(void)
{
	void *page = (void *)kmod.slots;
	struct xbt_query q;
	int fd;

	if (kmod.fd < 0)
		return false;
	/* The inherited descriptor and page belong to the parent. */
	close(kmod.fd);
	kmod.fd = -1;
	fd = open(XBT_DEV_PATH, O_RDWR | O_CLOEXEC);
	if (fd >= 0 && !ioctl(fd, XBT_IOC_QUERY, &q) && q.version == XBT_UAPI_VERSION &&
	    mmap(page, XBT_PAGE_BYTES, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) ==
		    page) {
		kmod.fd = fd;
		kmod.features = q.features;
		return kmod_signals();
	}
	/* Never write the parent's page again: an anonymous one takes its place. */
	mmap(page, XBT_PAGE_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
	     -1, 0);
	if (fd >= 0)
		close(fd);
	kmod.features = 0;
	log_warn(LOG_SIG, "kmod: the forked child cannot open %s: userspace signal path", XBT_DEV_PATH);
	return false;
}
