// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The rep movs / rep stos host loops (jit/helpers_sys_string.c): results equal a
 * naive element-by-element x86 loop for random overlaps, sizes and directions,
 * and a fault leaves rsi/rdi/rcx exactly at the faulting element, resumable.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/gmem.h"
#include "jit/helpers_sys.h"
#include "os/os.h"

struct os_options os_opts; /* referenced by os/ objects; defined by os/main.c in xbt */

static int failures, checks;
static uint64_t rng = 0x2545f4914f6cdd1dULL;
static struct x86_cpu cpu;

#define CHECK(cond, ...)                                                   \
	do {                                                               \
		checks++;                                                  \
		if (!(cond)) {                                             \
			failures++;                                        \
			printf("FAIL line %d: ", __LINE__);                \
			printf(__VA_ARGS__);                               \
			printf("\n");                                      \
		}                                                          \
	} while (0)

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	gmem_fault_recover(sig, si->si_code, (uint64_t)(uintptr_t)si->si_addr);
	abort(); /* a fault outside a guarded call */
}

/* Run a helper with the recovery point armed; returns 1 if it faulted. */
static int run(const struct ir_helper *h, uint64_t a, uint64_t b)
{
	sigjmp_buf jb;

	if (sigsetjmp(jb, 0))
		return 1;
	gmem_recover_point = &jb;
	h->fn(&cpu, a, b, 0, 0);
	gmem_recover_point = NULL;
	return 0;
}

/* Reference: x86 rep movs, one element at a time. */
static void ref_movs(uint8_t *mem, uint64_t si, uint64_t di, uint64_t n, unsigned size, int df)
{
	for (uint64_t k = 0; k < n; k++) {
		uint8_t tmp[8];

		memcpy(tmp, mem + si, size);
		memcpy(mem + di, tmp, size);
		si += df * (int64_t)size;
		di += df * (int64_t)size;
	}
}

static void set_regs(uint64_t si, uint64_t di, uint64_t cx, int df)
{
	cpu.regs[X86_RSI] = si;
	cpu.regs[X86_RDI] = di;
	cpu.regs[X86_RCX] = cx;
	cpu.df = df;
}

/* Random overlapping copies inside one buffer against the reference. */
static void test_movs_random(void)
{
	enum { LEN = 3 * 4096 };
	static uint8_t a[LEN], r[LEN];
	static const unsigned sizes[] = { 1, 2, 4, 8 };

	for (int it = 0; it < 3000; it++) {
		unsigned size = sizes[rnd() % 4];
		int df = rnd() % 4 == 0 ? -1 : 1;
		uint64_t n = rnd() % (it % 10 == 0 ? 1200 : 40) + (rnd() % 8 == 0 ? 0 : 1);
		uint64_t span = n * size, si, di;

		if (span + 16 > LEN / 2)
			continue;
		/* source and destination close together most of the time */
		si = rnd() % (LEN - span - 16);
		di = rnd() % 2 ? rnd() % (LEN - span - 16)
			       : (uint64_t)((int64_t)si + (int64_t)(rnd() % 33) - 16);
		if (di > LEN - span - 16)
			di = si;
		if (df < 0) { /* registers point at the last element */
			si += span - size;
			di += span - size;
		}
		for (int k = 0; k < LEN; k++)
			a[k] = r[k] = (uint8_t)rnd();
		ref_movs(r, si, di, n, size, df);
		set_regs((uint64_t)(uintptr_t)a + si, (uint64_t)(uintptr_t)a + di, n, df);
		CHECK(!run(&h_rep_movs, rep_args(size, 8), 0), "unexpected fault");
		CHECK(!memcmp(a, r, LEN), "movs%u df=%d n=%lu si=%lu di=%lu: memory differs", size,
		      df, (unsigned long)n, (unsigned long)si, (unsigned long)di);
		CHECK(cpu.regs[X86_RCX] == 0, "rcx");
		CHECK(cpu.regs[X86_RSI] == (uint64_t)(uintptr_t)a + si + df * (int64_t)(n * size),
		      "rsi");
		CHECK(cpu.regs[X86_RDI] == (uint64_t)(uintptr_t)a + di + df * (int64_t)(n * size),
		      "rdi");
	}
}

/*
 * A copy running into a PROT_NONE page (as destination or source): the state
 * names the first element touching it; elements before it are done; after
 * mprotect, running again finishes exactly like the reference.
 */
static void test_fault(uint8_t *map, size_t pg, bool stos, bool bad_src, unsigned size, int df,
		       uint64_t start_off)
{
	uint8_t *bad = map + 2 * pg; /* pages 0, 1: data; 2: guard; 3: data */
	size_t total = 4 * pg;
	static uint8_t ref[4 * 65536];
	uint64_t n = 600, si, di, k_fault = n;
	uint64_t stos_val = 0x8877665544332211ULL;

	mprotect(bad, pg, PROT_READ | PROT_WRITE);
	for (size_t k = 0; k < total; k++)
		map[k] = (uint8_t)rnd();
	/* The moving pointer crosses into the guard page; the other one stays in page 0/3. */
	if (df > 0) {
		uint64_t p = 2 * pg - start_off, q = 16;

		si = bad_src ? p : q;
		di = bad_src ? q : p;
	} else {
		uint64_t p = 3 * pg + start_off, q = 2 * pg - 8;

		si = bad_src ? p : q;
		di = bad_src ? q : p;
	}
	if (stos)
		si = 0;
	memcpy(ref, map, total);
	for (uint64_t k = 0; k < n; k++) {
		uint64_t s = si + df * (int64_t)(k * size), d = di + df * (int64_t)(k * size);
		bool hit = (!stos && s + size > 2 * pg && s < 3 * pg) || (d + size > 2 * pg && d < 3 * pg);

		if (hit) {
			k_fault = k;
			break;
		}
		if (stos)
			memcpy(ref + d, &stos_val, size);
		else
			memmove(ref + d, ref + s, size);
	}
	CHECK(k_fault < n, "setup: no element hits the guard page");
	mprotect(bad, pg, PROT_NONE);
	set_regs((uint64_t)(uintptr_t)map + si, (uint64_t)(uintptr_t)map + di, n, df);
	CHECK(run(stos ? &h_rep_stos : &h_rep_movs, rep_args(size, 8),
		  stos ? stos_val : 0) == 1, "no fault");
	CHECK(gmem_last_fault.addr >= (uint64_t)(uintptr_t)bad &&
	      gmem_last_fault.addr < (uint64_t)(uintptr_t)bad + pg, "fault address %lx",
	      (unsigned long)gmem_last_fault.addr);
	CHECK(cpu.regs[X86_RCX] == n - k_fault, "%s%u df=%d src=%d off=%lu: rcx %lu, want %lu",
	      stos ? "stos" : "movs", size, df, bad_src, (unsigned long)start_off,
	      (unsigned long)cpu.regs[X86_RCX], (unsigned long)(n - k_fault));
	if (!stos)
		CHECK(cpu.regs[X86_RSI] ==
		      (uint64_t)(uintptr_t)map + si + df * (int64_t)(k_fault * size), "rsi");
	CHECK(cpu.regs[X86_RDI] == (uint64_t)(uintptr_t)map + di + df * (int64_t)(k_fault * size),
	      "rdi");
	/* Memory outside the guard page is exactly the reference's at that point. */
	CHECK(!memcmp(map, ref, 2 * pg) && !memcmp(map + 3 * pg, ref + 3 * pg, pg),
	      "memory at the fault");
	/* Resume with the page made accessible. */
	mprotect(bad, pg, PROT_READ | PROT_WRITE);
	memcpy(ref, map, total);
	if (stos) {
		for (uint64_t k = k_fault; k < n; k++)
			memcpy(ref + di + df * (int64_t)(k * size), &stos_val, size);
	} else {
		ref_movs(ref, si + df * (int64_t)(k_fault * size),
			 di + df * (int64_t)(k_fault * size), n - k_fault, size, df);
	}
	CHECK(!run(stos ? &h_rep_stos : &h_rep_movs, rep_args(size, 8), stos ? stos_val : 0),
	      "fault on resume");
	CHECK(cpu.regs[X86_RCX] == 0, "rcx after resume");
	CHECK(!memcmp(map, ref, total), "memory after resume");
}

int main(void)
{
	struct sigaction sa = { .sa_sigaction = on_fault, .sa_flags = SA_SIGINFO | SA_NODEFER };
	size_t pg = (size_t)sysconf(_SC_PAGESIZE);
	uint8_t *map;
	static const unsigned sizes[] = { 1, 2, 4, 8 };

	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	test_movs_random();
	if (pg > 65536)
		pg = 65536;
	map = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(map != MAP_FAILED, "mmap");
	for (int st = 0; st < 2; st++)
		for (int bs = 0; bs < 2; bs++)
			for (unsigned z = 0; z < 4; z++)
				for (int df = -1; df <= 1; df += 2)
					for (uint64_t off = 1; off <= 64; off += 21) {
						if (st && bs)
							continue;
						test_fault(map, pg, st, bs, sizes[z], df, off);
					}
	printf("%d checks, %d failures\n", checks, failures);
	return failures != 0;
}
