// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Handlers that edit the interrupted context, and ways out of handlers:
 *  - SIGFPE from idiv by zero: the handler checks RIP points at the idiv,
 *    skips it (RIP += its length) and sets RAX/RDX;
 *  - SIGSEGV from a load: the handler skips it, sets RAX, callee-saved
 *    registers and CF in EFLAGS, and xmm0/MXCSR in the fpstate;
 *  - stack overflow in several threads at once, each with its own sigaltstack:
 *    the SIGSEGV handler runs on that thread's alternate stack and leaves with
 *    siglongjmp (the mask saved by sigsetjmp comes back);
 *  - SS_AUTODISARM: the alternate stack reads as disabled inside the handler
 *    and is armed again after it;
 *  - siglongjmp out of a handler nested inside another handler.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31) /* linux/signal.h; glibc does not define it */
#endif

static int failures;

#define CHECK(cond, ...)                                    \
	do {                                                \
		if (!(cond)) {                              \
			failures++;                         \
			printf("FAIL line %d: ", __LINE__); \
			printf(__VA_ARGS__);                \
			printf("\n");                       \
		}                                           \
	} while (0)

static void install(int sig, void (*fn)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO | flags;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

static int blocked(int sig)
{
	sigset_t s;

	pthread_sigmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, sig);
}

/* ---- SIGFPE: skip the idiv ---- */

static int fpe_at_idiv;

static void on_fpe(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	uint8_t *rip = (uint8_t *)uc->uc_mcontext.gregs[REG_RIP];

	fpe_at_idiv = si->si_code == FPE_INTDIV && rip[0] == 0x48 && rip[1] == 0xf7 &&
		      rip[2] == 0xf9; /* idiv %rcx */
	uc->uc_mcontext.gregs[REG_RIP] += 3;
	uc->uc_mcontext.gregs[REG_RAX] = -1;
	uc->uc_mcontext.gregs[REG_RDX] = 7;
}

static void skip_idiv(void)
{
	long rax = 100, rdx = 0, rcx = 0;

	install(SIGFPE, on_fpe, 0);
	__asm__ volatile(".byte 0x48, 0xf7, 0xf9" /* idiv %rcx */
			 : "+a"(rax), "+d"(rdx)
			 : "c"(rcx));
	printf("SIGFPE skipped: at idiv %d, rax %ld rdx %ld\n", fpe_at_idiv, rax, rdx);
	CHECK(fpe_at_idiv && rax == -1 && rdx == 7, "skip idiv");
}

/* ---- SIGSEGV: skip the load, edit GPRs, flags and the FP state ---- */

static int segv_at_load;

static void on_segv_edit(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	uint8_t *rip = (uint8_t *)uc->uc_mcontext.gregs[REG_RIP];

	segv_at_load = si->si_addr == (void *)8 && rip[0] == 0x48 && rip[1] == 0x8b &&
		       rip[2] == 0x03; /* mov (%rbx), %rax */
	uc->uc_mcontext.gregs[REG_RIP] += 3;
	uc->uc_mcontext.gregs[REG_RAX] = 0x1234;
	uc->uc_mcontext.gregs[REG_R12] = 12;
	uc->uc_mcontext.gregs[REG_R15] = 15;
	uc->uc_mcontext.gregs[REG_EFL] |= 1; /* CF */
	uc->uc_mcontext.fpregs->_xmm[0].element[0] = 0xabcdef01;
	uc->uc_mcontext.fpregs->mxcsr = (uc->uc_mcontext.fpregs->mxcsr & ~0x6000u) | 0x6000u;
}

static void skip_load(void)
{
	uint64_t rax = 0, r12, r15;
	uint32_t xmm0, mxcsr, mxcsr_before;
	uint8_t cf;

	install(SIGSEGV, on_segv_edit, 0);
	__asm__ volatile("stmxcsr %0" : "=m"(mxcsr_before));
	__asm__ volatile("mov $8, %%rbx\n"
			 "xor %%r12, %%r12\n"
			 "xor %%r15, %%r15\n"
			 "pxor %%xmm0, %%xmm0\n"
			 "clc\n"
			 ".byte 0x48, 0x8b, 0x03\n" /* mov (%rbx), %rax */
			 "setc %[cf]\n"
			 "mov %%r12, %[r12]\n"
			 "mov %%r15, %[r15]\n"
			 "movd %%xmm0, %[xmm0]\n"
			 "stmxcsr %[mxcsr]\n"
			 : "+a"(rax), [cf] "=m"(cf), [r12] "=m"(r12), [r15] "=m"(r15),
			   [xmm0] "=m"(xmm0), [mxcsr] "=m"(mxcsr)
			 :
			 : "rbx", "r12", "r15", "xmm0", "cc", "memory");
	__asm__ volatile("ldmxcsr %0" : : "m"(mxcsr_before));
	printf("SIGSEGV skipped: at load %d, rax %#lx r12 %lu r15 %lu cf %d xmm0 %#x rc %u\n",
	       segv_at_load, (unsigned long)rax, (unsigned long)r12, (unsigned long)r15, cf, xmm0,
	       (mxcsr >> 13) & 3);
	CHECK(segv_at_load && rax == 0x1234 && r12 == 12 && r15 == 15 && cf == 1 &&
		      xmm0 == 0xabcdef01 && ((mxcsr >> 13) & 3) == 3,
	      "context edits");
}

/* ---- stack overflow per thread, on each thread's alternate stack ---- */

#define NT 3
static __thread sigjmp_buf overflow_jb;
static __thread char *alt_lo, *alt_hi;
static __thread volatile int on_alt;

static void on_overflow(int sig, siginfo_t *si, void *ucv)
{
	char here;

	on_alt = &here >= alt_lo && &here < alt_hi;
	siglongjmp(overflow_jb, 1);
}

static int __attribute__((noinline)) recurse(volatile char *p, int depth)
{
	volatile char pad[512];

	pad[0] = (char)depth;
	pad[511] = p ? p[0] : 0;
	return recurse(pad, depth + 1) + pad[3];
}

struct ov_result {
	int recovered, on_alt, mask_back, again;
};

static void *overflow_thread(void *arg)
{
	struct ov_result *r = arg;
	static char stacks[NT][65536];
	static int next;
	int me = __atomic_fetch_add(&next, 1, __ATOMIC_RELAXED);
	stack_t ss = { .ss_sp = stacks[me], .ss_size = sizeof(stacks[me]) };

	alt_lo = stacks[me];
	alt_hi = stacks[me] + sizeof(stacks[me]);
	sigaltstack(&ss, NULL);
	for (int round = 0; round < 2; round++) {
		if (!sigsetjmp(overflow_jb, 1)) {
			recurse(NULL, 0);
		} else {
			r->recovered++;
			r->on_alt += on_alt;
			r->mask_back += !blocked(SIGSEGV);
		}
	}
	return NULL;
}

static void overflows(void)
{
	pthread_t t[NT];
	pthread_attr_t a;
	struct ov_result r[NT];

	memset(r, 0, sizeof(r));
	install(SIGSEGV, on_overflow, SA_ONSTACK);
	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 256 * 1024);
	for (int i = 0; i < NT; i++)
		pthread_create(&t[i], &a, overflow_thread, &r[i]);
	for (int i = 0; i < NT; i++) {
		pthread_join(t[i], NULL);
		printf("thread %d: stack overflows recovered %d, on its altstack %d, SIGSEGV "
		       "unblocked after siglongjmp %d\n",
		       i, r[i].recovered, r[i].on_alt, r[i].mask_back);
		CHECK(r[i].recovered == 2 && r[i].on_alt == 2 && r[i].mask_back == 2, "overflow");
	}
}

/* ---- SS_AUTODISARM ---- */

static int inside_disabled;

static void on_autodisarm(int sig, siginfo_t *si, void *ucv)
{
	stack_t cur;

	sigaltstack(NULL, &cur);
	inside_disabled = cur.ss_flags == SS_DISABLE;
}

static void autodisarm(void)
{
	static char st[65536];
	stack_t ss = { .ss_sp = st, .ss_size = sizeof(st), .ss_flags = SS_AUTODISARM }, after;
	int r = sigaltstack(&ss, NULL);

	install(SIGUSR1, on_autodisarm, SA_ONSTACK);
	raise(SIGUSR1);
	sigaltstack(NULL, &after);
	printf("SS_AUTODISARM: set %d, disabled inside %d, armed after %d\n", r == 0,
	       inside_disabled, after.ss_sp == st && !(after.ss_flags & SS_DISABLE));
	CHECK(r == 0 && inside_disabled && after.ss_sp == st, "autodisarm");
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
}

/* ---- siglongjmp out of a nested handler ---- */

static sigjmp_buf nest_jb;
static int depth_seen;

static void on_inner(int sig, siginfo_t *si, void *uc)
{
	depth_seen = blocked(SIGUSR1) * 10 + blocked(SIGUSR2);
	siglongjmp(nest_jb, 2);
}

static void on_outer(int sig, siginfo_t *si, void *uc)
{
	raise(SIGUSR2); /* runs its handler now, nested */
	depth_seen = -1; /* not reached */
}

static void nested(void)
{
	int r;

	install(SIGUSR1, on_outer, 0);
	install(SIGUSR2, on_inner, 0);
	r = sigsetjmp(nest_jb, 1);
	if (!r)
		raise(SIGUSR1);
	printf("siglongjmp from a nested handler: returned %d, masks inside %d, after: usr1 %d "
	       "usr2 %d\n",
	       r, depth_seen, blocked(SIGUSR1), blocked(SIGUSR2));
	CHECK(r == 2 && depth_seen == 11 && !blocked(SIGUSR1) && !blocked(SIGUSR2), "nested");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	skip_idiv();
	skip_load();
	overflows();
	autodisarm();
	nested();
	printf("%s\n", failures ? "FAIL" : "PASS");
	return failures != 0;
}
