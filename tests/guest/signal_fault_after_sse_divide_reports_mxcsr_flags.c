// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A SIGSEGV in a hot loop right after an SSE division by zero (the loop's only
 * inexact or exceptional operation): the signal frame's MXCSR has ZE, and nothing
 * else, set. The loop runs long enough to be compiled;
 * on an x86_64 host compiled SSE arithmetic leaves its flags in the host's MXCSR
 * until the code exits, and a fault in between takes them from the signal context.
 * Each round clears the flags (ldmxcsr, outside the loop) and faults once.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

/*
 * div_loop(dst, n): n times: xmm1 = 1.0 / 2.0 (exact: no flag), except 1.0 / 0.0
 * (ZE) the last time; stored to (dst), dst += 8. The last store faults.
 */
__asm__(".text\n"
	".globl div_loop\n"
	"div_loop:\n"
	"	mov $0x3ff0000000000000, %rax\n"
	"	mov $0x4000000000000000, %rcx\n"
	"	xor %edx, %edx\n"
	"1:	movq %rax, %xmm1\n"
	"	mov %rcx, %r8\n"
	"	cmp $1, %rsi\n"
	"	cmove %rdx, %r8\n"
	"	movq %r8, %xmm2\n"
	"	divsd %xmm2, %xmm1\n"
	"	movsd %xmm1, (%rdi)\n"
	"	add $8, %rdi\n"
	"	sub $1, %rsi\n"
	"	jnz 1b\n"
	"	ret\n");
void div_loop(double *dst, uint64_t n);

#define WORDS 4096
static sigjmp_buf jb;
static volatile int faults, bad;
static volatile unsigned last;

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	unsigned mx = uc->uc_mcontext.fpregs->mxcsr;

	(void)sig, (void)si;
	faults++;
	if ((mx & 0x3f) != 0x04) {
		bad++;
		last = mx;
	}
	siglongjmp(jb, 1);
}

int main(void)
{
	char *m = mmap(NULL, WORDS * 8 + 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);
	struct sigaction sa;
	int rounds;

	if (m == MAP_FAILED || mprotect(m + WORDS * 8, 4096, PROT_NONE))
		return 2;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);
	/* 150 rounds of 4096 iterations: well past the tier's threshold */
	for (rounds = 0; rounds < 150; rounds++) {
		unsigned clean = 0x1f80;

		__asm__ volatile("ldmxcsr %0" : : "m"(clean));
		if (!sigsetjmp(jb, 1))
			div_loop((double *)m, WORDS + 1);
	}
	printf("%d rounds, %d faults, %d without exactly ZE", rounds, faults, bad);
	if (bad)
		printf(" (last MXCSR %#x)", last);
	printf("\n");
	return bad || faults != rounds;
}
