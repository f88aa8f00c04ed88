/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * /dev/xbt: the interface between xbt and its optional kernel module. The only
 * header shared between the module and userspace: fixed-width types, versioned
 * ioctls, a feature query.
 */
#ifndef XBT_KMOD_UAPI_H
#define XBT_KMOD_UAPI_H

#ifdef __KERNEL__
#include <linux/ioctl.h>
#include <linux/types.h>
#else
#include <linux/ioctl.h>
#include <linux/types.h>
#endif

#define XBT_DEV_PATH "/dev/xbt"
#define XBT_UAPI_VERSION 1
#define XBT_IOC_MAGIC 0xB8

/* Features reported by XBT_IOC_QUERY. */
#define XBT_FEAT_DOORBELL (1u << 0) /* signal_generate probe sets slot pending bits */
#define XBT_FEAT_KICK (1u << 1)     /* blocked-syscall kick + stub fix-up to -EINTR */
#define XBT_FEAT_IDENTITY (1u << 2) /* /proc/PID/exe and cmdline show the guest */
#define XBT_FEAT_RING (1u << 3)     /* slot ring word, one thread per group signal, RETARGET */

/*
 * The doorbell page (mmap offset 0, XBT_PAGE_BYTES): XBT_NSLOTS slots of 64 bytes.
 * Slot 0 collects process-directed signals; slots 1.. belong to registered threads.
 * The kernel sets bit (sig - 1) of `pending` with an atomic OR when a signal is
 * generated for the slot's owner; userspace clears bits it has consumed.
 * When the signal is also in the slot's wake_mask (the signals the owner takes
 * now), the kernel then sets `ring` to 1: one word a translator can poll at its
 * safe points. A process-directed signal sets its bit in slot 0 and rings one
 * registered thread whose wake_mask has it (the addressed thread first, then one
 * not blocked in the stub, then one that is, which is kicked).
 */
struct xbt_slot {
	__u64 pending;    /* kernel: atomic OR; user: atomic AND-NOT after consuming */
	__u64 wake_mask;  /* user: signals that must interrupt the blocking-syscall stub */
	__u32 in_syscall; /* user: 1 from the stub's check until after its syscall */
	__u32 tid;        /* kernel: owner thread id (0 = free) */
	__u64 notified;   /* kernel: signals recorded (statistics) */
	__u64 kicks;      /* kernel: kicks queued (statistics) */
	__u64 fixups;     /* kernel: stub returns rewritten to -EINTR (statistics) */
	__u32 ring;       /* kernel: 1 after a signal in wake_mask; user: 0 before consuming */
	__u32 reserved32;
	__u64 reserved;
};

#define XBT_SLOT_BYTES 64
#define XBT_PAGE_BYTES 4096
#define XBT_NSLOTS (XBT_PAGE_BYTES / XBT_SLOT_BYTES)

struct xbt_query {
	__u32 version;  /* XBT_UAPI_VERSION */
	__u32 features; /* XBT_FEAT_* */
	__u32 nslots;
	__u32 slot_bytes;
	__u64 reserved[4];
};

/*
 * Register the calling thread. All threads of a process share the stub: its
 * code from stub_start up to and including the syscall instruction at
 * stub_syscall is the window in which a kick rewrites the return to -EINTR;
 * stub_resume is the first instruction after the syscall instruction.
 */
struct xbt_register {
	__u64 stub_start;
	__u64 stub_syscall;
	__u64 stub_resume;
	__u32 slot;     /* out: the thread's slot index */
	__u32 reserved;
};

/*
 * Show the guest to other processes: install the x86_64 program recorded when
 * this process exec'ed as /proc/self/exe (once), and narrow /proc/self/cmdline
 * to [arg_start, arg_end) (shrink only).
 */
struct xbt_identity {
	__u64 arg_start;
	__u64 arg_end;
};

#define XBT_IOC_QUERY _IOR(XBT_IOC_MAGIC, 0x01, struct xbt_query)
#define XBT_IOC_REGISTER _IOWR(XBT_IOC_MAGIC, 0x02, struct xbt_register)
#define XBT_IOC_UNREGISTER _IO(XBT_IOC_MAGIC, 0x03)
#define XBT_IOC_SET_IDENTITY _IOW(XBT_IOC_MAGIC, 0x04, struct xbt_identity)
/*
 * The calling thread stopped taking the signals in *(__u64 *)arg (it blocked
 * them or is exiting): for each whose slot 0 bit is set, ring (and kick, if it
 * sleeps in the stub) another registered thread whose wake_mask has it, as the
 * kernel retargets shared pending signals. XBT_FEAT_RING.
 */
#define XBT_IOC_RETARGET _IOW(XBT_IOC_MAGIC, 0x05, __u64)

#endif
