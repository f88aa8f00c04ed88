// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest address-space bookkeeping: a sorted array of non-overlapping page ranges
 * that the guest owns (program, interpreter, stack, brk and the guest's mmaps).
 * Anything else mapped in the process is xbt's own and is off limits to the guest.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../core/log.h"
#include "mm.h"

struct mm_region {
	uint64_t start, end;
	int prot;
};

static struct mm_region *regs;
static size_t nregs, capregs;

/* First region with end > addr. */
static size_t find(uint64_t addr)
{
	size_t lo = 0, hi = nregs;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (regs[mid].end <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void insert_at(size_t i, struct mm_region r)
{
	if (nregs == capregs) {
		size_t nc = capregs ? capregs * 2 : 64;
		struct mm_region *n = realloc(regs, nc * sizeof(*n));

		BUG_ON(!n);
		regs = n;
		capregs = nc;
	}
	memmove(&regs[i + 1], &regs[i], (nregs - i) * sizeof(*regs));
	regs[i] = r;
	nregs++;
}

static void erase(size_t i, size_t n)
{
	memmove(&regs[i], &regs[i + n], (nregs - i - n) * sizeof(*regs));
	nregs -= n;
}

void mm_remove(gaddr_t start, uint64_t len)
{
	uint64_t end = start + len;
	size_t i;

	if (!len)
		return;
	i = find(start);
	while (i < nregs && regs[i].start < end) {
		struct mm_region *r = &regs[i];

		if (r->start < start && r->end > end) {
			/* Split in two. */
			struct mm_region tail = { end, r->end, r->prot };

			r->end = start;
			insert_at(i + 1, tail);
			return;
		}
		if (r->start < start) {
			r->end = start;
			i++;
		} else if (r->end > end) {
			r->start = end;
			return;
		} else {
			erase(i, 1);
		}
	}
}

void mm_add(gaddr_t start, uint64_t len, int prot)
{
	size_t i;

	if (!len)
		return;
	mm_remove(start, len);
	i = find(start);
	insert_at(i, (struct mm_region){ start, start + len, prot });
	/* Merge with equal neighbours so the array stays small. */
	if (i + 1 < nregs && regs[i + 1].start == regs[i].end && regs[i + 1].prot == prot) {
		regs[i].end = regs[i + 1].end;
		erase(i + 1, 1);
	}
	if (i > 0 && regs[i - 1].end == regs[i].start && regs[i - 1].prot == prot) {
		regs[i - 1].end = regs[i].end;
		erase(i, 1);
	}
}

void mm_set_prot(gaddr_t start, uint64_t len, int prot)
{
	if (mm_is_guest(start, len))
		mm_add(start, len, prot);
}

bool mm_is_guest(gaddr_t start, uint64_t len)
{
	uint64_t end = start + len, at = start;
	size_t i = find(start);

	if (end < start)
		return false;
	for (; at < end; i++) {
		if (i >= nregs || regs[i].start > at)
			return false;
		at = regs[i].end;
	}
	return true;
}

bool mm_has_exec(gaddr_t start, uint64_t len)
{
	uint64_t end = start + len;

	for (size_t i = find(start); i < nregs && regs[i].start < end; i++)
		if (regs[i].prot & PROT_EXEC)
			return true;
	return false;
}

/*
 * Reserve a hole [start, end) if nothing is mapped there on the host (NOREPLACE fails
 * with EEXIST otherwise). One call per hole, whatever its size.
 */
static bool claim_hole(uint64_t start, uint64_t end)
{
	void *r = mmap((void *)(uintptr_t)start, end - start, PROT_NONE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);

	if (r == MAP_FAILED)
		return false;
	if (r != (void *)(uintptr_t)start) { /* kernels before 4.17 treat it as a hint */
		munmap(r, end - start);
		return false;
	}
	return true;
}

bool mm_fixed_ok(gaddr_t start, uint64_t len)
{
	uint64_t end = start + len, at = start;
	uint64_t claimed[64][2];
	size_t i = find(start), nc = 0;

	if (end < start)
		return false;
	while (at < end) {
		if (i < nregs && regs[i].start <= at) {
			at = regs[i].end;
			i++;
			continue;
		}
		/* A hole in guest memory: it must be unmapped on the host too. */
		uint64_t stop = i < nregs && regs[i].start < end ? regs[i].start : end;

		if (nc == ARRAY_SIZE(claimed) || !claim_hole(at, stop))
			goto undo;
		claimed[nc][0] = at;
		claimed[nc++][1] = stop;
		at = stop;
	}
	/* The holes stay reserved (PROT_NONE); the caller's MAP_FIXED replaces them. */
	return true;
undo:
	while (nc--)
		munmap((void *)(uintptr_t)claimed[nc][0], claimed[nc][1] - claimed[nc][0]);
	return false;
}

void mm_take_host_prot(gaddr_t start, uint64_t len)
{
	FILE *f = fopen("/proc/self/maps", "r");
	unsigned long lo, hi;
	char perm[5];

	if (!f)
		return; /* the recorded protection stays the caller's */
	while (fscanf(f, "%lx-%lx %4s%*[^\n]", &lo, &hi, perm) == 3) {
		int prot = (perm[0] == 'r' ? PROT_READ : 0) | (perm[1] == 'w' ? PROT_WRITE : 0) |
			   (perm[2] == 'x' ? PROT_EXEC : 0);

		if (lo < start)
			lo = start;
		if (hi > start + len)
			hi = start + len;
		if (lo < hi)
			mm_set_prot(lo, hi - lo, prot);
	}
	fclose(f);
}

int mm_prot(gaddr_t addr)
{
	size_t i = find(addr);

	return i < nregs && regs[i].start <= addr ? regs[i].prot : -1;
}

size_t mm_count(void)
{
	return nregs;
}
