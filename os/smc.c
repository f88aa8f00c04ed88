// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Code-page protection for self-modifying and cross-modifying guest code. When
 * the JIT translates code on a page the guest may write, the host page becomes
 * read-only (the guest's own protection is kept in mm.c). A guest write then
 * faults: the page gets its protection back, its translations are dropped, and
 * the writing instruction runs once from a translation that is not cached, so a
 * page that modifies itself makes progress. Later execution translates the new
 * bytes (and protects the page again). Everything here is under mm_lock.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "../core/log.h"
#include "../jit/jit.h"
#include "mm.h"
#include "smc.h"

#define SMC_BUCKETS 1024

struct smc_page {
	struct smc_page *next;
	uint64_t page;
};

static struct smc_page *buckets[SMC_BUCKETS];
static unsigned long nprotected;

static unsigned hash(uint64_t page)
{
	return (unsigned)((page / X86_PAGE_SIZE) * 0x9e3779b1u) % SMC_BUCKETS;
}

static struct smc_page **slot(uint64_t page)
{
	struct smc_page **pp = &buckets[hash(page)];

	while (*pp && (*pp)->page != page)
		pp = &(*pp)->next;
	return pp;
}

/* Give the page its guest protection back and forget it. */
static void restore(struct smc_page **pp)
{
	struct smc_page *n = *pp;
	int prot = mm_prot(n->page);

	if (prot >= 0 && mprotect((void *)(uintptr_t)n->page, X86_PAGE_SIZE, prot & 7))
		log_warn(LOG_SYS, "smc: mprotect %lx: %s", (unsigned long)n->page, strerror(errno));
	*pp = n->next;
	free(n);
	nprotected--;
}

void smc_code_translated(uint64_t start, uint64_t end)
{
	mm_lock();
	for (uint64_t p = ALIGN_DOWN(start, X86_PAGE_SIZE); p < end; p += X86_PAGE_SIZE) {
		int prot = mm_prot(p);
		struct smc_page **pp, *n;

		if (prot < 0 || !(prot & PROT_WRITE) || *(pp = slot(p)))
			continue;
		if (mprotect((void *)(uintptr_t)p, X86_PAGE_SIZE, prot & 7 & ~PROT_WRITE))
			continue;
		n = malloc(sizeof(*n));
		BUG_ON(!n);
		n->page = p;
		n->next = NULL;
		*pp = n;
		nprotected++;
	}
	mm_unlock();
}

bool smc_write_fault(const struct x86_cpu *cpu)
{
	uint64_t p = ALIGN_DOWN(cpu->exit_addr, X86_PAGE_SIZE);
	struct smc_page **pp;
	bool hit;

	if (cpu->exit_sig != JIT_SIGSEGV || cpu->exit_code != SEGV_ACCERR ||
	    !__atomic_load_n(&nprotected, __ATOMIC_RELAXED))
		return false;
	mm_lock();
	pp = slot(p);
	hit = *pp != NULL;
	if (hit) {
		restore(pp);
		jit_invalidate(p, X86_PAGE_SIZE);
	}
	mm_unlock();
	if (hit)
		log_debug(LOG_JIT, "smc: write to code page %lx at rip %lx", (unsigned long)p,
			  (unsigned long)cpu->rip);
	return hit;
}

bool smc_unprotect_all(void)
{
	bool any;

	if (!__atomic_load_n(&nprotected, __ATOMIC_RELAXED))
		return false;
	mm_lock();
	any = nprotected != 0;
	for (unsigned b = 0; b < SMC_BUCKETS; b++)
		while (buckets[b]) {
			uint64_t p = buckets[b]->page;

			restore(&buckets[b]);
			jit_invalidate(p, X86_PAGE_SIZE);
		}
	mm_unlock();
	return any;
}

void smc_forget(uint64_t start, uint64_t len)
{
	uint64_t end = start + len;

	if (!nprotected)
		return;
	/* the guest's call has set the host protection already: only forget */
	for (unsigned b = 0; b < SMC_BUCKETS; b++) {
		struct smc_page **pp = &buckets[b];

		while (*pp) {
			struct smc_page *n = *pp;

			if (n->page >= ALIGN_DOWN(start, X86_PAGE_SIZE) && n->page < end) {
				*pp = n->next;
				free(n);
				nprotected--;
				continue;
			}
			pp = &n->next;
		}
	}
}
