// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest code is replaced (munmap/mmap, mprotect, rewrite) by several threads
 * while others keep running hot code: each thread generates small functions
 * into its own executable pages, calls them, rewrites them and checks every
 * result, and a shared hot function runs all the while. Under xbt this drives
 * invalidations that free translated and compiled code other threads may have
 * been running (jit/reclaim.c).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#define NTHREADS 4
#define ROUNDS 300

static volatile int stop;
static long shared_sum[NTHREADS];

/* mov eax, imm32; add eax, edi; ret */
static void gen_add(uint8_t *p, uint32_t imm)
{
	p[0] = 0xb8;
	memcpy(p + 1, &imm, 4);
	p[5] = 0x01; p[6] = 0xf8; /* add eax, edi */
	p[7] = 0xc3;
}

static __attribute__((noinline)) long hot(long x)
{
	long s = 0;

	for (int i = 0; i < 64; i++)
		s += (x ^ i) * 3;
	return s;
}

static void *writer(void *arg)
{
	long id = (long)arg, bad = 0;

	for (int r = 0; r < ROUNDS; r++) {
		uint8_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
				  -1, 0);
		uint32_t k = (uint32_t)(id * 100000 + r);
		int (*f)(int) = (int (*)(int))(void *)p;

		if (p == MAP_FAILED)
			return (void *)1;
		gen_add(p, k);
		mprotect(p, 4096, PROT_READ | PROT_EXEC);
		for (int i = 0; i < 20; i++)
			bad += f(i) != (int)(k + i);
		/* rewrite in place: make it writable, change the constant, back to RX */
		mprotect(p, 4096, PROT_READ | PROT_WRITE);
		gen_add(p, k + 7);
		mprotect(p, 4096, PROT_READ | PROT_EXEC);
		for (int i = 0; i < 20; i++)
			bad += f(i) != (int)(k + 7 + i);
		munmap(p, 4096);
		shared_sum[id] += hot(r);
	}
	return (void *)bad;
}

static void *runner(void *arg)
{
	long n = 0;

	(void)arg;
	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED))
		n += hot(n) & 1;
	return (void *)(n >= 0 ? 0L : 1L);
}

int main(void)
{
	pthread_t w[NTHREADS], run[2];
	long bad = 0;
	void *rv;

	for (long i = 0; i < 2; i++)
		pthread_create(&run[i], NULL, runner, NULL);
	for (long i = 0; i < NTHREADS; i++)
		pthread_create(&w[i], NULL, writer, (void *)i);
	for (int i = 0; i < NTHREADS; i++) {
		pthread_join(w[i], &rv);
		bad += (long)rv;
	}
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	for (int i = 0; i < 2; i++) {
		pthread_join(run[i], &rv);
		bad += (long)rv;
	}
	for (int i = 0; i < NTHREADS; i++)
		if (shared_sum[i] != shared_sum[0])
			bad++;
	printf("%s: %d threads x %d rounds of generated code, %ld wrong results\n",
	       bad ? "FAIL" : "PASS", NTHREADS, ROUNDS, bad);
	return bad != 0;
}
