// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Host SIGSEGV/SIGBUS: a fault on a guest access (armed recovery point) becomes a
 * guest fault or -EFAULT; anything else is a bug in xbt and is reported as such.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/gmem.h"
#include "../core/log.h"
#include "../jit/jit.h"
#include "os.h"
#include "gsignal.h"

static void host_fault(int sig, siginfo_t *si, void *uc)
{
	if (si->si_code <= 0) {
		/* Sent (kill, tgkill, sigqueue), not caused: an asynchronous guest signal. */
		if (signal_action(sig)->handler > X86_SIG_IGN) {
			signal_host_async(sig, si, uc);
			return;
		}
		os_die_by_signal(sig);
	}
	if (gmem_recover_point)
		jit_fault_context(uc);
	gmem_fault_recover(sig, si->si_code, (uint64_t)(uintptr_t)si->si_addr);
	/* Not a guest access: xbt itself is broken. */
	xbt_msg("internal error: signal %d at address %p", sig, si->si_addr);
	signal(sig, SIG_DFL);
	raise(sig);
	_exit(128 + sig);
}

int fault_init(void)
{
	static char altstack[64 * 1024];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = host_fault;
	/* NODEFER: the recovery jump leaves no signal blocked. */
	sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	if (sigaltstack(&ss, NULL) || sigaction(SIGSEGV, &sa, NULL) || sigaction(SIGBUS, &sa, NULL))
		return -1;
	return 0;
}

void os_die_by_signal(int sig)
{
	sigset_t set;

	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	/* Ignored or blocked by nature (cannot happen for fault signals): exit like a shell. */
	_exit(128 + sig);
}
