// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A SIGSEGV in a hot loop that adds into an XMM register every iteration reports
 * the sum as it is at the faulting load. In compiled code XMM registers are
 * written in place, and after a fault xbt runs the guest again from the last
 * checkpoint: an add that read its register since that checkpoint must have
 * forced a new one, or the run again adds twice (jit/llvm_emit_state.c).
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
 * acc_loop(src): xmm1 = 0, xmm2 = {1, 3}; each iteration adds xmm2 to xmm1, then
 * loads (src) into r8 and adds it to rax, and advances src by 8; until it faults.
 */
__asm__(".text\n"
	".globl acc_loop\n"
	"acc_loop:\n"
	"	pxor %xmm1, %xmm1\n"
	"	mov $1, %eax\n movq %rax, %xmm2\n"
	"	mov $3, %eax\n movq %rax, %xmm3\n punpcklqdq %xmm3, %xmm2\n"
	"	xor %eax, %eax\n"
	"1:	paddq %xmm2, %xmm1\n"
	"	mov (%rdi), %r8\n"
	"	add %r8, %rax\n"
	"	add $8, %rdi\n"
	"	jmp 1b\n");
void acc_loop(const uint64_t *src);

#define WORDS 4096
static sigjmp_buf jb;
static uint64_t *src, *guard;
static int bad, faults;

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	uint64_t lanes[2], i = WORDS + 1; /* the iteration that faults */

	(void)sig;
	memcpy(lanes, &uc->uc_mcontext.fpregs->_xmm[1], 16);
	faults++;
	if ((si->si_addr != guard || lanes[0] != i || lanes[1] != 3 * i) && bad++ < 10)
		printf("fault %d: addr %p (want %p), xmm1 = {%llu, %llu}, want {%llu, %llu}\n", faults,
		       si->si_addr, (void *)guard, (unsigned long long)lanes[0],
		       (unsigned long long)lanes[1], (unsigned long long)i, (unsigned long long)3 * i);
	siglongjmp(jb, 1);
}

int main(void)
{
	char *map = mmap(NULL, WORDS * 8 + 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sigaction sa;
	int rounds;

	if (map == MAP_FAILED)
		return 1;
	src = (uint64_t *)map;
	guard = src + WORDS;
	mprotect(guard, 4096, PROT_NONE);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);
	/* about 10^6 iterations: the loop is compiled after the first rounds */
	for (rounds = 0; rounds < 300; rounds++)
		if (!sigsetjmp(jb, 1))
			acc_loop(src);
	printf("%d rounds, %d faults, %d wrong\n", rounds, faults, bad);
	return bad || faults != rounds;
}
