// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/xbt: optional kernel support for the xbt binary translator. Each open
 * owns a doorbell page (mmap) with per-thread signal slots; see uapi.h,
 * doorbell.c (signal_generate probe, kick, stub fix-up) and identity.c.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "xbt.h"

/*
 * Contexts and task references not yet freed (both are freed after RCU grace
 * periods): /sys/module/xbt/parameters/live_objects, for leak tests. MemAvailable
 * alone cannot tell a leak from a late grace period under an emulated CPU.
 */
static atomic_t live = ATOMIC_INIT(0);

static int live_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&live));
}

static const struct kernel_param_ops live_ops = { .get = live_get };
module_param_cb(live_objects, &live_ops, NULL, 0444);
MODULE_PARM_DESC(live_objects, "contexts and task references not yet freed");

/* After a grace period no probe can still hold a task or the ctx itself. */
static void ctx_free_rcu(struct rcu_head *rcu)
{
	struct xbt_ctx *ctx = container_of(rcu, struct xbt_ctx, rcu);
	unsigned int i;

	for (i = 0; i < XBT_NSLOTS; i++)
		if (ctx->tasks[i]) {
			put_task_struct(ctx->tasks[i]);
			atomic_dec(&live);
		}
	__free_page(ctx->page);
	kfree(ctx);
	atomic_dec(&live);
}

struct task_put {
	struct rcu_head rcu;
	struct task_struct *task;
};

static void task_put_rcu(struct rcu_head *rcu)
{
	struct task_put *tp = container_of(rcu, struct task_put, rcu);

	put_task_struct(tp->task);
	kfree(tp);
	atomic_dec(&live);
}

static void ctx_release(struct kref *ref)
{
	struct xbt_ctx *ctx = container_of(ref, struct xbt_ctx, ref);

	/* The probe may still be looking at it under RCU. */
	call_rcu(&ctx->rcu, ctx_free_rcu);
}

void xbt_ctx_put(struct xbt_ctx *ctx)
{
	kref_put(&ctx->ref, ctx_release);
}

static int xbt_open(struct inode *inode, struct file *f)
{
	struct xbt_ctx *ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);

	if (!ctx)
		return -ENOMEM;
	ctx->page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!ctx->page) {
		kfree(ctx);
		return -ENOMEM;
	}
	ctx->slots = page_address(ctx->page);
	atomic_inc(&live);
	kref_init(&ctx->ref);
	mutex_init(&ctx->lock);
	f->private_data = ctx;
	return 0;
}

static int xbt_release(struct inode *inode, struct file *f)
{
	struct xbt_ctx *ctx = f->private_data;

	/* Registered tasks are put after a grace period, with the ctx. */
	xbt_doorbell_unpublish(ctx);
	xbt_ctx_put(ctx);
	return 0;
}

static int xbt_mmap(struct file *f, struct vm_area_struct *vma)
{
	struct xbt_ctx *ctx = f->private_data;

	if (vma->vm_pgoff || vma->vm_end - vma->vm_start != PAGE_SIZE)
		return -EINVAL;
	if (vma->vm_flags & VM_EXEC)
		return -EPERM;
	vma->vm_flags &= ~VM_MAYEXEC;
	vma->vm_flags |= VM_DONTEXPAND | VM_DONTDUMP;
	return remap_pfn_range(vma, vma->vm_start, page_to_pfn(ctx->page), PAGE_SIZE,
			       vma->vm_page_prot);
}

static long do_register(struct xbt_ctx *ctx, struct xbt_register __user *arg)
{
	struct xbt_register r;
	unsigned int i;
	long ret = -ENOSPC;

	if (copy_from_user(&r, arg, sizeof(r)))
		return -EFAULT;
	if (r.reserved || r.stub_start > r.stub_syscall || r.stub_syscall >= r.stub_resume ||
	    r.stub_resume - r.stub_start > 4096)
		return -EINVAL;
	mutex_lock(&ctx->lock);
	if (ctx->tgid && ctx->tgid != current->tgid) {
		ret = -EPERM; /* a context belongs to one process */
		goto out;
	}
	if (ctx->tgid && (r.stub_start != ctx->stub_start || r.stub_syscall != ctx->stub_syscall ||
			  r.stub_resume != ctx->stub_resume)) {
		ret = -EINVAL; /* one stub per process */
		goto out;
	}
	for (i = 1; i < XBT_NSLOTS; i++) {
		if (ctx->tasks[i] == current) {
			ret = -EBUSY;
			goto out;
		}
	}
	for (i = 1; i < XBT_NSLOTS; i++) {
		if (ctx->tasks[i])
			continue;
		memset(&ctx->slots[i], 0, sizeof(ctx->slots[i]));
		WRITE_ONCE(ctx->slots[i].tid, current->pid);
		get_task_struct(current);
		atomic_inc(&live);
		ctx->kicks[i].ctx = ctx;
		ctx->kicks[i].slot = i;
		ctx->stub_start = r.stub_start;
		ctx->stub_syscall = r.stub_syscall;
		ctx->stub_resume = r.stub_resume;
		/* Publish the task last: the probe reads tasks[] without the mutex. */
		smp_store_release(&ctx->tasks[i], current);
		if (!ctx->tgid) {
			ctx->tgid = current->tgid;
			WRITE_ONCE(ctx->slots[0].tid, current->tgid);
			xbt_doorbell_publish(ctx);
		}
		r.slot = i;
		ret = copy_to_user(arg, &r, sizeof(r)) ? -EFAULT : 0;
		break;
	}
out:
	mutex_unlock(&ctx->lock);
	return ret;
}

static long do_unregister(struct xbt_ctx *ctx)
{
	struct task_put *tp = kmalloc(sizeof(*tp), GFP_KERNEL);
	unsigned int i;
	long ret = -ENOENT;

	if (!tp)
		return -ENOMEM;
	mutex_lock(&ctx->lock);
	for (i = 1; i < XBT_NSLOTS; i++) {
		if (ctx->tasks[i] != current)
			continue;
		WRITE_ONCE(ctx->tasks[i], NULL);
		WRITE_ONCE(ctx->slots[i].tid, 0);
		/* A probe may still be using the pointer: put it after a grace period. */
		tp->task = current;
		call_rcu(&tp->rcu, task_put_rcu);
		tp = NULL;
		ret = 0;
		break;
	}
	mutex_unlock(&ctx->lock);
	kfree(tp);
	return ret;
}

static long xbt_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	struct xbt_ctx *ctx = f->private_data;
	void __user *uarg = (void __user *)arg;

	switch (cmd) {
	case XBT_IOC_QUERY: {
		struct xbt_query q = {
			.version = XBT_UAPI_VERSION,
			.features = XBT_FEAT_DOORBELL | XBT_FEAT_KICK | XBT_FEAT_IDENTITY |
				    XBT_FEAT_RING,
			.nslots = XBT_NSLOTS,
			.slot_bytes = XBT_SLOT_BYTES,
		};

		return copy_to_user(uarg, &q, sizeof(q)) ? -EFAULT : 0;
	}
	case XBT_IOC_REGISTER:
		return do_register(ctx, uarg);
	case XBT_IOC_UNREGISTER:
		return do_unregister(ctx);
	case XBT_IOC_RETARGET: {
		u64 mask;

		if (get_user(mask, (u64 __user *)uarg))
			return -EFAULT;
		if (ctx->tgid != current->tgid)
			return -EPERM;
		return xbt_doorbell_retarget(ctx, mask);
	}
	case XBT_IOC_SET_IDENTITY: {
		struct xbt_identity id;

		if (copy_from_user(&id, uarg, sizeof(id)))
			return -EFAULT;
		return xbt_identity_set(&id);
	}
	default:
		return -ENOTTY;
	}
}

static const struct file_operations xbt_fops = {
	.owner = THIS_MODULE,
	.open = xbt_open,
	.release = xbt_release,
	.mmap = xbt_mmap,
	.unlocked_ioctl = xbt_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
};

static struct miscdevice xbt_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "xbt",
	.fops = &xbt_fops,
	.mode = 0666,
};

static int __init xbt_init(void)
{
	int ret;

	BUILD_BUG_ON(sizeof(struct xbt_slot) != XBT_SLOT_BYTES);
	BUILD_BUG_ON(XBT_PAGE_BYTES > PAGE_SIZE);
	ret = xbt_doorbell_init();
	if (ret)
		return ret;
	ret = xbt_identity_init();
	if (ret)
		goto undo_doorbell;
	ret = misc_register(&xbt_misc);
	if (ret)
		goto undo_identity;
	pr_info("xbt: /dev/xbt ready (uapi %d)\n", XBT_UAPI_VERSION);
	return 0;

undo_identity:
	xbt_identity_exit();
undo_doorbell:
	xbt_doorbell_exit();
	return ret;
}

static void __exit xbt_exit(void)
{
	misc_deregister(&xbt_misc);
	xbt_identity_exit();
	xbt_doorbell_exit();
	rcu_barrier(); /* pending ctx frees */
}

module_init(xbt_init);
module_exit(xbt_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("xbt: signal doorbell, syscall kick and guest identity for x86_64 translation");
