/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Guest signals. The host handler never runs guest code: it queues the signal on
 * the thread that received it and raises cpu->pending; the run loop delivers at
 * the next safe point by building an x86_64 rt_sigframe. Translator threads keep
 * the host mask equal to the guest mask, so the kernel routes process-directed
 * signals to a thread that accepts them.
 */
#ifndef XBT_OS_GSIGNAL_H
#define XBT_OS_GSIGNAL_H

#include <signal.h>

#include "os.h"
#include "x86_abi.h"

/* Per-thread set-up (allocates the queue, binds the thread for host handlers). */
int signal_thread_init(struct os_thread *t);
/* The thread is about to run guest code: with /dev/xbt, register it for the
 * doorbell and keep asynchronous host signals blocked (os/run.c). */
void signal_thread_start(struct os_thread *t);
/* The thread ends: unregister, hand process-directed signals to another. */
void signal_thread_exit(struct os_thread *t);
/* Around a guest execve: the new program inherits the guest's mask as the host
 * mask (before = true); a failed execve restores the module-mode mask. */
void signal_exec_mask(struct os_thread *t, bool before);
/* The guest's action for sig (x86 numbering, 1..64). */
const struct x86_sigaction *signal_action(int sig);
/* rt_sigaction: install the guest action and the matching host disposition. */
void signal_set_action(int sig, const struct x86_sigaction *act);
/* The guest mask changed: mirror it on the host and re-check what is deliverable. */
void signal_mask_changed(struct os_thread *t);
/* After a mask change: xbt's queue takes the host's pending signals the guest now
 * accepts, and gives back those it blocks, where sigpending, sigtimedwait and
 * signalfd see them (os/sys_signal.c). Host signals blocked. */
void signal_queue_sync(struct os_thread *t);
/* Deliver pending signals at a safe point; after_syscall: rax holds the result
 * of the syscall just handled (SA_RESTART decides on -EINTR). */
void signal_deliver(struct os_thread *t, bool after_syscall);
/* A guest exception reported by the JIT (JIT_EXIT_FAULT). */
void signal_fault(struct os_thread *t);
/* rt_sigreturn; returns the restored rax. */
long signal_sigreturn(struct os_thread *t);
/* The host handler's entry for an asynchronous signal (also from os/fault.c for
 * a SIGSEGV/SIGBUS that was sent, not caused). */
void signal_host_async(int sig, siginfo_t *si, void *uc);
/* A host syscall that may block, through the stub: a guest signal that arrives
 * before it blocks makes it return -EINTR instead of being lost. */
long host_blocking(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
/* Syscalls that are never restarted after a handler (poll, epoll_wait, nanosleep,
 * sigsuspend, ...: signal(7)). */
bool signal_syscall_restartable(long x86_nr);

#endif
