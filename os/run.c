// SPDX-License-Identifier: GPL-2.0-or-later
/* The run loop (QEMU's cpu_loop shape): run guest code, handle each exit reason. */
#include "../core/log.h"
#include "../jit/jit.h"
#include "os.h"

static void guest_fault(struct os_thread *t)
{
	struct x86_cpu *cpu = &t->cpu;

	/* Signal handlers arrive with the signals issue; until then default action. */
	log_info(LOG_SIG, "guest signal %d (code %d) at rip=0x%lx addr=0x%lx", cpu->exit_sig,
		 cpu->exit_code, (unsigned long)cpu->rip, (unsigned long)cpu->exit_addr);
	os_die_by_signal(cpu->exit_sig);
}

void os_run(struct os_thread *t)
{
	for (;;) {
		switch (jit_run(&t->cpu)) {
		case JIT_EXIT_SYSCALL:
			syscall_dispatch(t);
			break;
		case JIT_EXIT_FAULT:
			guest_fault(t);
			break;
		case JIT_EXIT_SIGNAL:
			t->cpu.pending = 0;
			break;
		}
	}
}
