// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Where compiled functions are, for the fault path and for profilers.
 *
 * The object transform hook reads each object's symbol table (function names and
 * sizes) before ORC links it; llvm_compile binds the functions to their addresses
 * and registers the set. A host SIGSEGV/SIGBUS whose pc lies in a registered
 * function is a fault of a guest access in compiled code: struct x86_cpu then
 * holds the guest state at the function's last checkpoint (llvm_emit.c), and
 * jit.c re-runs the guest from there in the interpreter, which faults precisely.
 */
#include <elf.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>

#include "../core/log.h"
#include "jit.h"
#include "llvm_int.h"
#include "ssefp.h"

struct fn {
	char name[48];
	uint64_t start, size; /* start: 0 until bound */
	bool host_fp;         /* the host's MXCSR flags belong to the guest there */
};

struct llvm_fnmap {
	struct fn *fn;
	unsigned nfn;
	struct llvm_fnmap *next;
};

static struct llvm_fnmap *registry;
/* error-checking: the fault path must not deadlock on a lock its own thread holds */
static pthread_mutex_t registry_lock = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static struct llvm_fnmap *parsed; /* the last object's, until llvm_fnmap_take */

/* ---- the object: ELF relocatable, before linking ---- */

static const void *at(const uint8_t *p, size_t len, uint64_t off, uint64_t n)
{
	return off <= len && n <= len - off ? p + off : NULL;
}

/* The functions of the object p[0, len) into m; 0 or -1. */
static int read_syms(const uint8_t *p, size_t len, struct llvm_fnmap *m)
{
	const Elf64_Ehdr *eh = (const void *)p;
	const Elf64_Shdr *sh, *symtab = NULL;
	const Elf64_Sym *s;
	size_t ns;

	if (len < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_shentsize != sizeof(Elf64_Shdr))
		return -1;
	sh = at(p, len, eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(*sh));
	for (unsigned k = 0; sh && k < eh->e_shnum; k++)
		if (sh[k].sh_type == SHT_SYMTAB)
			symtab = &sh[k];
	if (!symtab || symtab->sh_link >= eh->e_shnum)
		return -1;
	s = at(p, len, symtab->sh_offset, symtab->sh_size);
	ns = s ? symtab->sh_size / sizeof(*s) : 0;
	m->fn = calloc(ns + 1, sizeof(*m->fn));
	BUG_ON(!m->fn);
	for (size_t k = 0; k < ns; k++) {
		const char *name = at(p, len, sh[symtab->sh_link].sh_offset + s[k].st_name, 1);

		if (ELF64_ST_TYPE(s[k].st_info) != STT_FUNC || !name || !s[k].st_size)
			continue;
		snprintf(m->fn[m->nfn].name, sizeof(m->fn->name), "%s", name);
		m->fn[m->nfn++].size = s[k].st_size;
	}
	return 0;
}

static void fnmap_free(struct llvm_fnmap *m)
{
	if (m)
		free(m->fn);
	free(m);
}

static LLVMErrorRef transform(void *ctx, LLVMMemoryBufferRef *buf)
{
	struct llvm_fnmap *m = calloc(1, sizeof(*m));

	BUG_ON(!m);
	fnmap_free(parsed);
	parsed = NULL;
	if (read_syms((const uint8_t *)LLVMGetBufferStart(*buf), LLVMGetBufferSize(*buf), m)) {
		/* a fault in its code could not be told from a bug in xbt: refused, its
		 * blocks stay with the interpreter */
		fnmap_free(m);
		LLVMDisposeMemoryBuffer(*buf);
		*buf = NULL;
		return LLVMCreateStringError("no symbol table in a compiled object");
	}
	parsed = m;
	return NULL;
}

/*
 * The child of a fork has one thread: if another one held the lock (a fault being
 * recovered), it is free again. The list is whole: its writers hold tier.c's LLVM
 * lock, which tier.c's fork handler takes. Not taken in a prepare handler: that
 * one would run before tier.c's and wait for a compile holding the LLVM lock.
 */
static void fork_child(void)
{
	registry_lock = (pthread_mutex_t)PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
}

void llvm_fnmap_init(LLVMOrcLLJITRef jit)
{
	pthread_atfork(NULL, NULL, fork_child);
	LLVMOrcObjectTransformLayerSetTransform(LLVMOrcLLJITGetObjTransformLayer(jit), transform,
						NULL);
}

struct llvm_fnmap *llvm_fnmap_take(void)
{
	struct llvm_fnmap *m = parsed;

	parsed = NULL;
	return m;
}

/*
 * XBT_PERFMAP=1: /tmp/perf-PID.map names compiled code for perf ("START SIZE name",
 * hex), so `perf report` shows xbt_<guest pc>_<seq> instead of bare addresses.
 */
static void perfmap_add(const struct fn *f)
{
	static int fd = -1;
	char line[96];
	int n;

	if (fd < 0) {
		snprintf(line, sizeof(line), "/tmp/perf-%d.map", (int)getpid());
		fd = open(line, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (fd < 0) {
			log_warn(LOG_JIT, "perf map: cannot open %s: no more entries", line);
			jit_opts.perfmap = 0;
			return;
		}
	}
	n = snprintf(line, sizeof(line), "%llx %llx %s\n", (unsigned long long)f->start,
		     (unsigned long long)f->size, f->name);
	if (write(fd, line, (size_t)n) != n)
		log_warn(LOG_JIT, "perf map: short write");
}

void llvm_fnmap_bind(struct llvm_fnmap *m, const char *name, uint64_t addr, bool host_fp)
{
	for (unsigned f = 0; m && f < m->nfn; f++) {
		if (strcmp(m->fn[f].name, name))
			continue;
		m->fn[f].start = addr;
		m->fn[f].host_fp = host_fp;
		if (jit_opts.perfmap)
			perfmap_add(&m->fn[f]);
		return;
	}
}

void llvm_fnmap_register(struct llvm_fnmap *m)
{
	if (!m)
		return;
	pthread_mutex_lock(&registry_lock);
	m->next = registry;
	registry = m;
	pthread_mutex_unlock(&registry_lock);
}

void llvm_fnmap_unregister(struct llvm_fnmap *m)
{
	struct llvm_fnmap **pp;

	if (!m)
		return;
	pthread_mutex_lock(&registry_lock);
	for (pp = &registry; *pp && *pp != m; pp = &(*pp)->next)
		;
	if (*pp)
		*pp = m->next;
	pthread_mutex_unlock(&registry_lock);
	fnmap_free(m);
}

/* ---- the fault side ---- */

/* A fault on this thread, from jit_fault_context (signal handler) to llvm_fault_replay. */
static __thread struct {
	bool valid;
	uint32_t mxcsr_flags; /* a host-fp function: the host's flags are the guest's */
} fix;

static const struct fn *find_fn(uint64_t pc)
{
	for (const struct llvm_fnmap *m = registry; m; m = m->next)
		for (unsigned k = 0; k < m->nfn; k++)
			if (m->fn[k].start && pc - m->fn[k].start < m->fn[k].size)
				return &m->fn[k];
	return NULL;
}

void jit_fault_context(const void *ucv)
{
	const ucontext_t *uc = ucv;
	const struct fn *f;
#ifdef __x86_64__
	uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
#else
	uint64_t pc = uc->uc_mcontext.pc;
#endif

	fix.valid = false;
	if (pthread_mutex_lock(&registry_lock))
		return; /* held by this thread: the fault is not in guest code */
	f = find_fn(pc);
	if (f) {
		fix.valid = true;
		fix.mxcsr_flags = 0;
#ifdef __x86_64__
		if (f->host_fp && uc->uc_mcontext.fpregs)
			fix.mxcsr_flags = uc->uc_mcontext.fpregs->mxcsr & MXCSR_FLAGS;
#endif
	}
	pthread_mutex_unlock(&registry_lock);
}

bool llvm_fault_replay(struct x86_cpu *cpu)
{
	if (!fix.valid)
		return false;
	fix.valid = false;
	cpu->mxcsr |= fix.mxcsr_flags;
	return true;
}
