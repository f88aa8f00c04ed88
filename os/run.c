// SPDX-License-Identifier: GPL-2.0-or-later
/* The run loop (QEMU's cpu_loop shape): run guest code, handle each exit reason. */
#include "../jit/jit.h"
#include "os.h"
#include "gsignal.h"
#include "smc.h"

void os_run(struct os_thread *t)
{
	bool step = false; /* run one instruction uncached (after a code-page write) */

	signal_thread_start(t);
	for (;;) {
		int e = step ? jit_step_uncached(&t->cpu) : (int)jit_run(&t->cpu);

		step = false;
		switch (e) {
		case 0:
			break;
		case JIT_EXIT_SYSCALL:
			syscall_dispatch(t);
			if (x86_cpu_poll(&t->cpu))
				signal_deliver(t, true);
			break;
		case JIT_EXIT_FAULT:
			if (smc_write_fault(&t->cpu))
				step = true;
			else
				signal_fault(t);
			break;
		case JIT_EXIT_SIGNAL:
			signal_deliver(t, false);
			break;
		}
	}
}
