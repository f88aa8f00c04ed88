// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Asynchronous preemption as Go does it: a thread spins in a tight loop with
 * live registers and flags; another thread sends it SIGURG with tgkill; the
 * handler, when the interrupted RIP is inside the loop, pushes that RIP on the
 * interrupted stack and sets RIP to a trampoline (rewriting RSP and RIP in the
 * ucontext). The trampoline saves everything, calls a C function and returns
 * into the loop. The loop's registers and flags must come through every
 * injected call unchanged (the loop checks an invariant at its end).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#define WANT 40

extern char spin_loop_start[], spin_loop_end[], inject_trampoline[];
static volatile int stop;
static volatile int injected, outside;
static volatile pid_t spinner_tid;

void injected_call(void);
void injected_call(void)
{
	volatile double d = 1.0;

	d = d * 3.0 + injected; /* touches xmm registers: the trampoline saves them */
	if (++injected == WANT)
		stop = 1;
}

/*
 * The trampoline runs on the interrupted stack, whose top holds the return
 * RIP (the spinner is not a leaf function, so it keeps nothing in a red zone).
 * It saves flags, the GPRs a call may clobber and the SSE state (fxsave), and
 * aligns the stack for the call.
 */
__asm__(".text\n"
	".globl inject_trampoline\n"
	"inject_trampoline:\n"
	"	pushfq\n"
	"	push %rax\n push %rcx\n push %rdx\n push %rsi\n push %rdi\n"
	"	push %r8\n push %r9\n push %r10\n push %r11\n push %rbp\n"
	"	mov %rsp, %rbp\n"
	"	sub $1024, %rsp\n"
	"	and $-64, %rsp\n"
	"	fxsave64 (%rsp)\n"
	"	call injected_call\n"
	"	fxrstor64 (%rsp)\n"
	"	mov %rbp, %rsp\n"
	"	pop %rbp\n pop %r11\n pop %r10\n pop %r9\n pop %r8\n"
	"	pop %rdi\n pop %rsi\n pop %rdx\n pop %rcx\n pop %rax\n"
	"	popfq\n"
	"	ret\n");

static void on_urg(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	greg_t rip = uc->uc_mcontext.gregs[REG_RIP];

	if (rip < (greg_t)spin_loop_start || rip >= (greg_t)spin_loop_end) {
		outside++; /* not an injection point (Go: not an async safe point) */
		return;
	}
	uc->uc_mcontext.gregs[REG_RSP] -= 8;
	*(greg_t *)uc->uc_mcontext.gregs[REG_RSP] = rip;
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)inject_trampoline;
}

struct spin_result {
	uint64_t n, sum, x;
	int flags_ok;
};

static void *spinner(void *arg)
{
	struct spin_result *r = arg;
	uint64_t n = 0, sum = 0, x = 0x9e3779b97f4a7c15ULL;
	uint64_t bad = 0;

	spinner_tid = (pid_t)syscall(SYS_gettid);
	/*
	 * n counts, sum accumulates n, x is an xorshift, bad counts flag mismatches:
	 * "cmp" sets ZF/CF and the jumps right after must see them.
	 */
	__asm__ volatile(".globl spin_loop_start, spin_loop_end\n"
			 "spin_loop_start:\n"
			 "1:	add $1, %[n]\n"
			 "	add %[n], %[sum]\n"
			 "	mov %[x], %%rdx\n"
			 "	shl $13, %%rdx\n"
			 "	xor %%rdx, %[x]\n"
			 "	mov %[x], %%rdx\n"
			 "	shr $7, %%rdx\n"
			 "	xor %%rdx, %[x]\n"
			 "	cmp %[n], %[sum]\n" /* sum >= n: never below */
			 "	jae 2f\n"
			 "	add $1, %[bad]\n"
			 "2:	stc\n"
			 "	jc 3f\n"
			 "	add $1, %[bad]\n"
			 "3:	cmpl $0, %[stop]\n"
			 "	je 1b\n"
			 "spin_loop_end:\n"
			 : [n] "+r"(n), [sum] "+r"(sum), [x] "+r"(x), [bad] "+r"(bad)
			 : [stop] "m"(stop)
			 : "rdx", "cc", "memory");
	r->n = n;
	r->sum = sum;
	r->x = x;
	r->flags_ok = bad == 0;
	return NULL;
}

int main(void)
{
	struct sigaction sa;
	struct spin_result r;
	pthread_t t;
	uint64_t x = 0x9e3779b97f4a7c15ULL;
	static char altstack[65536];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };

	setvbuf(stdout, NULL, _IONBF, 0);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_urg;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART; /* Go's flags */
	sigfillset(&sa.sa_mask);
	sigaction(SIGURG, &sa, NULL);
	sigaltstack(&ss, NULL); /* the main thread's; the spinner has none: its own stack */

	pthread_create(&t, NULL, spinner, &r);
	while (!spinner_tid)
		usleep(100);
	while (!stop) {
		syscall(SYS_tgkill, getpid(), spinner_tid, SIGURG);
		usleep(500);
	}
	pthread_join(t, NULL);

	for (uint64_t i = 0; i < r.n; i++) {
		x ^= x << 13;
		x ^= x >> 7;
	}
	printf("injected calls: %d\n", injected);
	printf("loop state intact: sum %s, xorshift %s, flags %s\n",
	       r.sum == r.n * (r.n + 1) / 2 ? "ok" : "BAD", r.x == x ? "ok" : "BAD",
	       r.flags_ok ? "ok" : "BAD");
	if (injected == WANT && r.sum == r.n * (r.n + 1) / 2 && r.x == x && r.flags_ok) {
		printf("PASS\n");
		return 0;
	}
	printf("FAIL\n");
	return 1;
}
