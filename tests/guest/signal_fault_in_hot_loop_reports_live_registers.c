// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A SIGSEGV raised by a load or a store inside a hot loop reports the registers
 * the loop holds at that instruction: every GPR, the arithmetic flags, xmm0 and
 * RIP. The loop runs long enough to be compiled by the LLVM tier, where the
 * guest registers live in host registers and are recovered from stack maps; the
 * first rounds are interpreted. The handler checks the context and leaves with
 * siglongjmp; the next round faults again.
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

/*
 * hot_loop(src, dst, n): iteration i (from 1) sets rax=i, rbx=2i+3, rcx=rbx+5,
 * rdx=7i, rsi=i^0x5a5a, rdi=~i, rbp=i<<4, r10=i+r11, r11=n-i, r12=3i, xmm0=i,
 * flags from cmp rbx,rax (CF, SF), then loads (src) into r8, adds it to r9 (sum),
 * stores r9 to (dst), and advances src and dst by 8 (r15, r13); r14 counts down.
 */
extern const char load_insn[], store_insn[];
__asm__(".text\n"
	".globl hot_loop\n"
	"hot_loop:\n"
	"	push %rbx\n push %rbp\n push %r12\n push %r13\n push %r14\n push %r15\n"
	"	mov %rdi, %r15\n mov %rsi, %r13\n mov %rdx, %r14\n"
	"	xor %eax, %eax\n xor %r9d, %r9d\n xor %r10d, %r10d\n mov %rdx, %r11\n"
	"1:	add $1, %rax\n"
	"	lea 3(%rax,%rax), %rbx\n"
	"	lea 5(%rbx), %rcx\n"
	"	imul $7, %rax, %rdx\n"
	"	mov %rax, %rsi\n xor $0x5a5a, %rsi\n"
	"	mov %rax, %rdi\n not %rdi\n"
	"	mov %rax, %rbp\n shl $4, %rbp\n"
	"	sub $1, %r11\n"
	"	lea (%rax,%r11), %r10\n"
	"	lea (%rax,%rax,2), %r12\n"
	"	movq %rax, %xmm0\n"
	"	cmp %rbx, %rax\n"
	"	.globl load_insn\n"
	"load_insn:\n"
	"	mov (%r15), %r8\n"
	"	lea (%r9,%r8), %r9\n"
	"	.globl store_insn\n"
	"store_insn:\n"
	"	mov %r9, (%r13)\n"
	"	add $8, %r15\n add $8, %r13\n"
	"	sub $1, %r14\n"
	"	jnz 1b\n"
	"	mov %r9, %rax\n"
	"	pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rbp\n pop %rbx\n"
	"	ret\n");
uint64_t hot_loop(const uint64_t *src, uint64_t *dst, uint64_t n);

#define WORDS 4096 /* 8 pages before the guard page */
static sigjmp_buf jb;
static uint64_t *src, *dst, *guard, n_arg;
static const char *want_rip;
static int bad, faults;

static void check(const char *what, uint64_t got, uint64_t want)
{
	if (got != want && bad++ < 10)
		printf("fault %d: %s = %#llx, want %#llx\n", faults, what, (unsigned long long)got,
		       (unsigned long long)want);
}

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
	greg_t *g = ((ucontext_t *)ucv)->uc_mcontext.gregs;
	uint64_t i = (uint64_t)g[REG_RAX], sum = 0, xmm0;

	memcpy(&xmm0, &((ucontext_t *)ucv)->uc_mcontext.fpregs->_xmm[0], 8);
	faults++;
	for (uint64_t k = 0; k + 1 < i && k < WORDS; k++)
		sum += src[k];
	check("rip", (uint64_t)g[REG_RIP], (uint64_t)(uintptr_t)want_rip);
	check("si_addr", (uint64_t)(uintptr_t)si->si_addr, (uint64_t)(uintptr_t)guard);
	check("rbx", (uint64_t)g[REG_RBX], 2 * i + 3);
	check("rcx", (uint64_t)g[REG_RCX], 2 * i + 8);
	check("rdx", (uint64_t)g[REG_RDX], 7 * i);
	check("rsi", (uint64_t)g[REG_RSI], i ^ 0x5a5a);
	check("rdi", (uint64_t)g[REG_RDI], ~i);
	check("rbp", (uint64_t)g[REG_RBP], i << 4);
	check("r10", (uint64_t)g[REG_R10], n_arg);
	check("r11", (uint64_t)g[REG_R11], n_arg - i);
	check("r12", (uint64_t)g[REG_R12], 3 * i);
	check("r14", (uint64_t)g[REG_R14], n_arg - i + 1);
	check("r9", (uint64_t)g[REG_R9], want_rip == store_insn ? sum + src[i - 1] : sum);
	check("xmm0", xmm0, i);
	check("CF|ZF|SF", (uint64_t)g[REG_EFL] & 0xc1, 0x81);
	siglongjmp(jb, 1);
}

/*
 * One round: the source runs into its guard page at iteration WORDS + 1, or the
 * destination, one word ahead, into its own at iteration WORDS.
 */
static void round_trip(int store)
{
	want_rip = store ? store_insn : load_insn;
	guard = store ? dst + WORDS : src + WORDS;
	if (!sigsetjmp(jb, 1))
		hot_loop(src, store ? dst + 1 : dst, n_arg);
}

int main(void)
{
	char *map = mmap(NULL, 3 * (WORDS * 8 + 4096), PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sigaction sa;
	int rounds = 0;

	if (map == MAP_FAILED)
		return 1;
	/* [src words][guard][dst words][guard] */
	src = (uint64_t *)map;
	guard = src + WORDS;
	dst = (uint64_t *)(map + WORDS * 8 + 4096);
	mprotect(guard, 4096, PROT_NONE);
	mprotect(dst + WORDS, 4096, PROT_NONE);
	for (unsigned k = 0; k < WORDS; k++)
		src[k] = k * 2654435761u;
	n_arg = 3 * WORDS; /* never reached: the guard page stops the loop */
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);

	/* about 10^7 loop iterations: well past the tier's threshold and warm-up */
	for (; rounds < 300; rounds++) {
		round_trip(0);
		round_trip(1);
	}
	printf("%d rounds, %d faults, %d wrong values\n", rounds, faults, bad);
	return bad || faults != 2 * rounds;
}
