/* SPDX-License-Identifier: GPL-2.0 */
/* Internal declarations of the xbt kernel module. */
#ifndef XBT_KMOD_XBT_H
#define XBT_KMOD_XBT_H

#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/task_work.h>
#include <linux/types.h>

#include "uapi.h"

struct xbt_ctx;

/* A queued kick: runs in the target thread before the kernel decides on a restart. */
struct xbt_kick {
	struct callback_head work;
	struct xbt_ctx *ctx;
	unsigned int slot;
	atomic_t queued;
};

/* One open of /dev/xbt: a process's doorbell page and its registered threads. */
struct xbt_ctx {
	struct kref ref;
	struct mutex lock;            /* registration */
	struct hlist_node node;       /* in the tgid hash, RCU */
	bool hashed;
	pid_t tgid;
	struct page *page;
	struct xbt_slot *slots;       /* kernel mapping of page */
	struct task_struct *tasks[XBT_NSLOTS];
	struct xbt_kick kicks[XBT_NSLOTS];
	u64 stub_start, stub_syscall, stub_resume;
	struct rcu_head rcu;
};

void xbt_ctx_put(struct xbt_ctx *ctx);

int xbt_doorbell_init(void);
void xbt_doorbell_exit(void);
void xbt_doorbell_publish(struct xbt_ctx *ctx);
void xbt_doorbell_unpublish(struct xbt_ctx *ctx);
long xbt_doorbell_retarget(struct xbt_ctx *ctx, u64 mask);

int xbt_identity_init(void);
void xbt_identity_exit(void);
long xbt_identity_set(const struct xbt_identity *id);

#endif
