// SPDX-License-Identifier: GPL-2.0-or-later
/* The run loop (QEMU's cpu_loop shape): run guest code, handle each exit reason. */
#include "../jit/jit.h"
#include "os.h"
#include "gsignal.h"

void os_run(struct os_thread *t)
{
	signal_thread_start(t);
	for (;;) {
		switch (jit_run(&t->cpu)) {
		case JIT_EXIT_SYSCALL:
			syscall_dispatch(t);
			if (x86_cpu_poll(&t->cpu))
				signal_deliver(t, true);
			break;
		case JIT_EXIT_FAULT:
			signal_fault(t);
			break;
		case JIT_EXIT_SIGNAL:
			signal_deliver(t, false);
			break;
		}
	}
}
