/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xbt's use of the optional /dev/xbt kernel module (XBT_KMOD=auto|off|require). */
#ifndef XBT_OS_KMOD_H
#define XBT_OS_KMOD_H

#include <stdbool.h>
#include <stdint.h>

#include "../kmod/uapi.h"

enum kmod_mode { KMOD_AUTO, KMOD_OFF, KMOD_REQUIRE };

struct kmod_state {
	int fd;                       /* /dev/xbt, or -1 */
	unsigned features;            /* XBT_FEAT_* */
	volatile struct xbt_slot *slots; /* the doorbell page */
};

extern struct kmod_state kmod;

/* Parse XBT_KMOD; -1 on a bad value. */
int kmod_parse(const char *v);
/* Open and map /dev/xbt per mode; 0, or -errno when mode is REQUIRE and it is unusable. */
int kmod_init(enum kmod_mode mode);
/* Show the guest in /proc/self/exe and cmdline ([start, end) of xbt's own argv
 * strings holding the guest's argv); quietly nothing without the module. */
void kmod_set_identity(const char *start, const char *end);
/* The doorbell, ring and kick are usable: guest signals take the module path. */
bool kmod_signals(void);
/* Register the calling thread for the blocking-syscall stub; its slot, or NULL. */
volatile struct xbt_slot *kmod_register(void);
void kmod_unregister(void);
/* The calling thread stopped taking mask: ring another one for process-directed ones. */
void kmod_retarget(uint64_t mask);
/* In a forked child: a doorbell of its own (same address), or the module path
 * off for this process (false). */
bool kmod_after_fork(void);

#endif
