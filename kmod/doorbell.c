// SPDX-License-Identifier: GPL-2.0
/*
 * Signal doorbell and blocking-syscall kick.
 *
 * A probe on the signal_generate tracepoint sets the signal's bit in the
 * target's slot of the doorbell page, so that translator threads, which keep
 * asynchronous host signals blocked, notice it at their next safe point. If the
 * target sits in xbt's blocking-syscall stub (slot in_syscall set and the signal
 * in its wake mask), the probe queues a task_work with TWA_SIGNAL: that aborts
 * an interruptible sleep, and the work runs in the target from get_signal()
 * before the arch code decides on a syscall restart. It moves a thread that is
 * still inside the stub's window past the syscall instruction, or turns an
 * -ERESTART* result of the interrupted syscall into -EINTR. So no wake-up is
 * lost in the window between the stub's pending check and the syscall.
 */
#include <linux/errno.h>
#include <linux/hashtable.h>
#include <linux/module.h>
#include <linux/ptrace.h>
#include <linux/sched/signal.h>
#include <linux/sched/task_stack.h>
#include <linux/signal.h>
#include <linux/spinlock.h>
#include <linux/task_work.h>
#include <linux/tracepoint.h>
#include <trace/events/signal.h>

#include "xbt.h"

static DEFINE_HASHTABLE(ctx_hash, 6);
static DEFINE_SPINLOCK(ctx_hash_lock);
static atomic_t nctx = ATOMIC_INIT(0);
static struct tracepoint *tp_signal_generate;

void xbt_doorbell_publish(struct xbt_ctx *ctx)
{
	spin_lock(&ctx_hash_lock);
	hash_add_rcu(ctx_hash, &ctx->node, ctx->tgid);
	ctx->hashed = true;
	atomic_inc(&nctx);
	spin_unlock(&ctx_hash_lock);
}

void xbt_doorbell_unpublish(struct xbt_ctx *ctx)
{
	spin_lock(&ctx_hash_lock);
	if (ctx->hashed) {
		hash_del_rcu(&ctx->node);
		ctx->hashed = false;
		atomic_dec(&nctx);
	}
	spin_unlock(&ctx_hash_lock);
	/* A probe may still see ctx: it is freed after a grace period (ctx_release). */
}

static bool is_restart(long v)
{
	return v == -ERESTARTSYS || v == -ERESTARTNOINTR || v == -ERESTARTNOHAND ||
	       v == -ERESTART_RESTARTBLOCK;
}

/* Runs in the kicked thread, from task_work_run() at the top of get_signal(). */
static void kick_fixup(struct callback_head *cb)
{
	struct xbt_kick *k = container_of(cb, struct xbt_kick, work);
	struct xbt_ctx *ctx = k->ctx;
	struct pt_regs *regs = current_pt_regs();
	unsigned long pc = instruction_pointer(regs);
	bool fixed = false;

	atomic_set(&k->queued, 0);
	if (!(current->flags & PF_EXITING) && user_mode(regs)) {
#if defined(CONFIG_X86_64)
		if (pc >= ctx->stub_start && pc <= ctx->stub_syscall) {
			regs->ip = ctx->stub_resume; /* never enter the syscall */
			regs->ax = -EINTR;
			fixed = true;
		} else if (pc == ctx->stub_resume && is_restart((long)regs->ax)) {
			regs->ax = -EINTR; /* no restart of the interrupted syscall */
			fixed = true;
		}
#elif defined(CONFIG_ARM64)
		/* arm64 has already rewound a restartable syscall to its svc here. */
		if (pc >= ctx->stub_start && pc <= ctx->stub_syscall) {
			regs->pc = ctx->stub_resume;
			regs->regs[0] = -EINTR;
			fixed = true;
		} else if (pc == ctx->stub_resume && is_restart((long)regs->regs[0])) {
			regs->regs[0] = -EINTR;
			fixed = true;
		}
#endif
	}
	if (fixed)
		ctx->slots[k->slot].fixups++;
	xbt_ctx_put(ctx);
	module_put(THIS_MODULE);
}

static void kick(struct xbt_ctx *ctx, unsigned int i, struct task_struct *t)
{
	struct xbt_kick *k = &ctx->kicks[i];

	if (atomic_xchg(&k->queued, 1))
		return; /* one queued kick does the job */
	if (!kref_get_unless_zero(&ctx->ref)) {
		atomic_set(&k->queued, 0);
		return;
	}
	__module_get(THIS_MODULE);
	init_task_work(&k->work, kick_fixup);
	if (task_work_add(t, &k->work, TWA_SIGNAL)) {
		/* The task is exiting. */
		atomic_set(&k->queued, 0);
		xbt_ctx_put(ctx);
		module_put(THIS_MODULE);
		return;
	}
	ctx->slots[i].kicks++;
}

/*
 * Record the signal in slot i; if its owner takes it now (wake_mask), ring the
 * slot and kick the owner when it is blocked in the stub. True if it rang.
 */
static bool ring(struct xbt_ctx *ctx, unsigned int i, u64 bit, struct task_struct *t)
{
	struct xbt_slot *s = &ctx->slots[i];

	set_bit(__ffs64(bit), (unsigned long *)&s->pending);
	s->notified++;
	smp_mb(); /* pairs with the stub (in_syscall = 1; barrier; read pending) and
		   * with userspace (wake_mask = ...; barrier; read pending) */
	if (!t || !(READ_ONCE(s->wake_mask) & bit))
		return false;
	WRITE_ONCE(s->ring, 1);
	if (READ_ONCE(s->in_syscall))
		kick(ctx, i, t);
	return true;
}

/*
 * A process-directed signal (its bit in slot 0 is already set): ring one thread
 * that takes it, like complete_signal() picks one: the addressed thread, else
 * one running translated code (it notices at its next safe point), else one
 * blocked in the stub (kicked). Skips `except`.
 */
static void ring_group(struct xbt_ctx *ctx, u64 bit, struct task_struct *addressed,
		       struct task_struct *except)
{
	unsigned int i, sleeper = 0;

	for (i = 1; i < XBT_NSLOTS; i++) {
		struct task_struct *t = READ_ONCE(ctx->tasks[i]);

		if (t && t == addressed && t != except && (READ_ONCE(ctx->slots[i].wake_mask) & bit) &&
		    ring(ctx, i, bit, t))
			return;
	}
	for (i = 1; i < XBT_NSLOTS; i++) {
		struct task_struct *t = READ_ONCE(ctx->tasks[i]);

		if (!t || t == except || !(READ_ONCE(ctx->slots[i].wake_mask) & bit))
			continue;
		if (READ_ONCE(ctx->slots[i].in_syscall)) {
			if (!sleeper)
				sleeper = i;
			continue;
		}
		if (ring(ctx, i, bit, t))
			return;
	}
	if (sleeper)
		ring(ctx, sleeper, bit, READ_ONCE(ctx->tasks[sleeper]));
}

/* Faults are delivered through handlers; only asynchronous signals ring. */
static bool is_sync_fault(int sig, struct kernel_siginfo *info)
{
	if (info == SEND_SIG_NOINFO || info == SEND_SIG_PRIV)
		return false;
	switch (sig) {
	case SIGSEGV: case SIGBUS: case SIGILL: case SIGFPE: case SIGTRAP:
		return info->si_code > 0;
	default:
		return false;
	}
}

static void probe_signal_generate(void *data, int sig, struct kernel_siginfo *info,
				  struct task_struct *task, int group, int result)
{
	struct xbt_ctx *ctx;
	u64 bit;
	unsigned int i;

	if (!atomic_read(&nctx))
		return;
	/* Ignored and coalesced legacy signals are not new signals. */
	if (result == TRACE_SIGNAL_IGNORED || result == TRACE_SIGNAL_ALREADY_PENDING ||
	    result == TRACE_SIGNAL_OVERFLOW_FAIL)
		return;
	if (sig < 1 || sig > 64 || is_sync_fault(sig, info))
		return;
	bit = 1ULL << (sig - 1);
	rcu_read_lock();
	hash_for_each_possible_rcu(ctx_hash, ctx, node, task->tgid) {
		if (ctx->tgid != task->tgid)
			continue;
		if (group) {
			/* Slot 0 first: ring_group reads wake masks after its barrier. */
			ring(ctx, 0, bit, NULL);
			ring_group(ctx, bit, task, NULL);
		} else {
			for (i = 1; i < XBT_NSLOTS; i++) {
				if (READ_ONCE(ctx->tasks[i]) == task) {
					ring(ctx, i, bit, task);
					break;
				}
			}
		}
		break;
	}
	rcu_read_unlock();
}

long xbt_doorbell_retarget(struct xbt_ctx *ctx, u64 mask)
{
	unsigned int sig;

	smp_mb(); /* the caller's wake_mask store before our slot 0 read */
	mask &= READ_ONCE(ctx->slots[0].pending);
	rcu_read_lock();
	for (sig = 1; mask && sig <= 64; sig++) {
		u64 bit = 1ULL << (sig - 1);

		if (!(mask & bit))
			continue;
		mask &= ~bit;
		ring_group(ctx, bit, NULL, current);
	}
	rcu_read_unlock();
	return 0;
}

static void find_tp(struct tracepoint *tp, void *priv)
{
	if (!strcmp(tp->name, "signal_generate"))
		tp_signal_generate = tp;
}

int xbt_doorbell_init(void)
{
	/* The probe's prototype is checked against this kernel's own header. */
	check_trace_callback_type_signal_generate(probe_signal_generate);
	for_each_kernel_tracepoint(find_tp, NULL);
	if (!tp_signal_generate) {
		pr_err("xbt: tracepoint signal_generate not found\n");
		return -ENOENT;
	}
	return tracepoint_probe_register(tp_signal_generate, (void *)probe_signal_generate, NULL);
}

void xbt_doorbell_exit(void)
{
	tracepoint_probe_unregister(tp_signal_generate, (void *)probe_signal_generate, NULL);
	tracepoint_synchronize_unregister();
}
