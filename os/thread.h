/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Guest threads: one host thread per guest thread. */
#ifndef XBT_OS_THREAD_H
#define XBT_OS_THREAD_H

#include "os.h"

/* clone() with CLONE_VM|CLONE_THREAD: start a guest thread; its tid or -errno. */
long thread_clone(struct os_thread *parent, uint64_t flags, uint64_t newsp, uint64_t ptid,
		  uint64_t ctid, uint64_t tls);
/* exit(): end this guest thread (the process ends with the last one). */
void thread_exit(struct os_thread *t, int code) __noreturn;
/* Guest threads alive in this process. */
int thread_count(void);

#endif
