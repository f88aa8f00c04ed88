// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Synchronous signals reach guest handlers with the right siginfo and context:
 * a SIGSEGV handler fixes the cause (mprotect) and returns, the access is
 * retried; SIGFPE from a division by zero leaves through siglongjmp; SIGILL
 * from ud2 is skipped by editing RIP in the ucontext (and RAX is changed);
 * int3 reports SIGTRAP with RIP after the instruction.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

static char *volatile page; /* read by the handler: stored before the fault */
static sigjmp_buf jb;
static volatile int segv_count;

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	segv_count++;
	printf("SIGSEGV: code=%d addr_is_target=%d trapno=%lld err_user=%lld\n", si->si_code,
	       si->si_addr == page + 10, (long long)uc->uc_mcontext.gregs[REG_TRAPNO],
	       (long long)(uc->uc_mcontext.gregs[REG_ERR] & 4));
	mprotect(page, 4096, PROT_READ | PROT_WRITE);
}

static void on_fpe(int sig, siginfo_t *si, void *ucv)
{
	printf("SIGFPE: code=%d\n", si->si_code);
	siglongjmp(jb, 1);
}

static void on_ill(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	printf("SIGILL: code=%d at_ud2=%d\n", si->si_code,
	       *(uint16_t *)uc->uc_mcontext.gregs[REG_RIP] == 0x0b0f);
	uc->uc_mcontext.gregs[REG_RIP] += 2;
	uc->uc_mcontext.gregs[REG_RAX] = 4242;
}

static void on_trap(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	printf("SIGTRAP: code=%d after_int3=%d\n", si->si_code,
	       ((uint8_t *)uc->uc_mcontext.gregs[REG_RIP])[-1] == 0xcc);
}

static void handle(int sig, void (*fn)(int, siginfo_t *, void *))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO;
	sigaction(sig, &sa, NULL);
}

int main(void)
{
	volatile int zero = 0, r = 0;
	long rax;

	setvbuf(stdout, NULL, _IONBF, 0);
	handle(SIGSEGV, on_segv);
	handle(SIGFPE, on_fpe);
	handle(SIGILL, on_ill);
	handle(SIGTRAP, on_trap);

	page = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	((volatile char *)page)[10] = 42; /* faults once; the handler opens the page; retried */
	printf("after SIGSEGV: value=%d handler_runs=%d\n", page[10], segv_count);

	if (!sigsetjmp(jb, 1))
		r = 10 / zero;
	printf("after SIGFPE: r=%d, SIGFPE blocked after siglongjmp: %d\n", r, ({
		sigset_t s;
		sigprocmask(SIG_BLOCK, NULL, &s);
		sigismember(&s, SIGFPE);
	}));

	__asm__ volatile("mov $1, %%eax\n\tud2\n\tmov %%rax, %0" : "=r"(rax) : : "rax");
	printf("after SIGILL: rax=%ld\n", rax);

	__asm__ volatile("int3");
	printf("after SIGTRAP\n");
	return 0;
}
