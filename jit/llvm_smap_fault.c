// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The fault side of jit/llvm_smap.c: a host SIGSEGV/SIGBUS at a patched guest
 * access in compiled code. Its record gives the guest rip and, for every slot whose
 * copy in struct x86_cpu may be stale, where the value is at that instruction: a
 * host register of the signal context, a stack slot of the function's frame, or a
 * constant. jit_fault_context reads them in the signal handler; host_fault (jit.c)
 * applies them after the recovery jump.
 */
#include <signal.h>
#include <string.h>
#include <ucontext.h>

#include "jit.h"
#include "llvm_smap.h"

/* A fault on this thread, from jit_fault_context (signal handler) to host_fault. */
static __thread struct {
	bool valid;
	uint32_t mask;
	uint32_t mxcsr_flags; /* a host-fp function: the host's flags are the guest's */
	uint64_t rip;
	uint64_t val[LLVM_NSLOT];
} fix;

/* DWARF register r in the signal's context. */
static bool reg_value(const ucontext_t *uc, unsigned r, uint64_t *v)
{
#ifdef __x86_64__
	static const unsigned char greg[17] = {
		REG_RAX, REG_RDX, REG_RCX, REG_RBX, REG_RSI, REG_RDI, REG_RBP, REG_RSP,
		REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15, REG_RIP,
	};

	if (r < 17) {
		*v = (uint64_t)uc->uc_mcontext.gregs[greg[r]];
		return true;
	}
	if (r >= 17 && r < 33 && uc->uc_mcontext.fpregs) {
		memcpy(v, &uc->uc_mcontext.fpregs->_xmm[r - 17], 8);
		return true;
	}
#elif defined(__aarch64__)
	if (r < 31) {
		*v = uc->uc_mcontext.regs[r];
		return true;
	}
	if (r == 31) {
		*v = uc->uc_mcontext.sp;
		return true;
	}
	if (r >= 64 && r < 96) { /* v0-v31: the FPSIMD record in __reserved */
		const uint8_t *p = uc->uc_mcontext.__reserved;
		const uint8_t *end = p + sizeof(uc->uc_mcontext.__reserved);

		while (p + 8 <= end) {
			uint32_t magic, size;

			memcpy(&magic, p, 4);
			memcpy(&size, p + 4, 4);
			if (!magic || size < 8 || size > (size_t)(end - p))
				break;
			if (magic == 0x46508001 && size >= 16 + 32 * 16) { /* FPSIMD_MAGIC */
				memcpy(v, p + 16 + 16 * (r - 64), 8);
				return true;
			}
			p += size;
		}
	}
#endif
	return false;
}

static bool loc_value(const ucontext_t *uc, const struct smap_loc *l, uint64_t *v)
{
	uint64_t base;

	if (l->kind == LOC_CONST) {
		*v = (uint64_t)l->val;
		return true;
	}
	if (!reg_value(uc, l->reg, &base))
		return false;
	switch (l->kind) {
	case LOC_REG: *v = base; return true;
	case LOC_DIRECT: *v = base + (uint64_t)l->val; return true;
	case LOC_INDIRECT: memcpy(v, (const void *)(uintptr_t)(base + (uint64_t)l->val), 8); return true;
	default: return false;
	}
}

/* The record of the access at offset off of f (records ascend by offset). */
static const struct smap_rec *find_rec(const struct llvm_smap *m, const struct smap_fn *f,
				       uint64_t off)
{
	unsigned lo = 0, hi = f->nrec; /* the answer is lo - 1 */

	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;

		if (m->rec[f->rec + mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || off - m->rec[f->rec + lo - 1].off >= LLVM_SMAP_BYTES)
		return NULL; /* not a guest access: a bug, reported with the stored state */
	return &m->rec[f->rec + lo - 1];
}

static void capture(const ucontext_t *uc, uint64_t pc)
{
	for (const struct llvm_smap *m = smap_registry; m; m = m->next)
		for (unsigned k = 0; k < m->nfn; k++) {
			const struct smap_fn *f = &m->fn[k];
			const struct smap_rec *r;
			unsigned l;

			if (!f->start || pc - f->start >= f->size)
				continue;
			r = find_rec(m, f, pc - f->start);
			if (!r)
				return;
			l = r->loc;
			for (unsigned s = 0; s < LLVM_NSLOT; s++)
				if ((r->mask & (1u << s)) && !loc_value(uc, &m->loc[l++], &fix.val[s]))
					return;
			fix.mask = r->mask;
			fix.rip = r->rip;
			fix.mxcsr_flags = 0;
#ifdef __x86_64__
			if ((r->kind & LLVM_SMAP_HOSTFP) && uc->uc_mcontext.fpregs)
				fix.mxcsr_flags = uc->uc_mcontext.fpregs->mxcsr & 0x3f;
#endif
			fix.valid = true;
			return;
		}
}

void jit_fault_context(const void *ucv)
{
	const ucontext_t *uc = ucv;
#ifdef __x86_64__
	uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
#else
	uint64_t pc = uc->uc_mcontext.pc;
#endif

	fix.valid = false;
	if (pthread_mutex_lock(&smap_registry_lock))
		return; /* held by this thread: the fault is not in guest code */
	capture(uc, pc);
	pthread_mutex_unlock(&smap_registry_lock);
}

void llvm_smap_apply(struct x86_cpu *cpu)
{
	if (!fix.valid)
		return;
	fix.valid = false;
	for (unsigned s = 0; s < LLVM_NSLOT; s++)
		if (fix.mask & (1u << s))
			memcpy((char *)cpu + 8 * s, &fix.val[s], 8);
	cpu->insn_rip = fix.rip;
	cpu->mxcsr |= fix.mxcsr_flags;
}
