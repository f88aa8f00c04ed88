// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Precise guest state for faults in compiled code, from LLVM stack maps.
 *
 * Each inline guest load or store is an anyregcc llvm.experimental.patchpoint with
 * no target (llvm_emit.c): its id is the guest rip and the access kind, its
 * operands the address and value, then a constant mask of the state slots whose
 * copy in struct x86_cpu may be stale, then those slots' SSA values. LLVM emits
 * LLVM_SMAP_BYTES of nops and records in the object's .llvm_stackmaps section
 * where each operand lives there (a register, a stack slot or a constant). Guest
 * state therefore stays in host registers across accesses.
 *
 * The object transform hook parses that section, and the symbol table for the
 * functions' names and sizes, before ORC links the object, and writes each access
 * over its nops in the registers LLVM chose. llvm_compile binds the functions to
 * their addresses and registers the set. A host fault at pc inside a patched
 * access (llvm_smap_fault.c) reads the stale slots from the signal's registers and
 * the function's stack frame; jit.c's host_fault writes them to struct x86_cpu.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>

#include "../core/log.h"
#include "jit.h"
#include "llvm_smap.h"

struct llvm_smap *smap_registry;
/* error-checking: the fault path must not deadlock on a lock its own thread holds */
pthread_mutex_t smap_registry_lock = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static struct llvm_smap *parsed;    /* the last object's, until llvm_smap_take */

/* ---- the object: ELF relocatable, before linking ---- */

struct obj {
	const uint8_t *p;
	size_t len;
	const Elf64_Shdr *sh;
	unsigned nsh;
};

static const void *at(const struct obj *o, uint64_t off, uint64_t n)
{
	return off <= o->len && n <= o->len - off ? o->p + off : NULL;
}

static const Elf64_Shdr *section(const struct obj *o, uint32_t type, uint32_t info,
				 const char *name)
{
	const Elf64_Shdr *names = &o->sh[((const Elf64_Ehdr *)o->p)->e_shstrndx];

	for (unsigned k = 0; k < o->nsh; k++) {
		const Elf64_Shdr *s = &o->sh[k];
		const char *n = at(o, names->sh_offset + s->sh_name, 1);

		if (s->sh_type != type || (info != ~0u && s->sh_info != info))
			continue;
		if (!name || (n && !strncmp(n, name, names->sh_size - s->sh_name)))
			return s;
	}
	return NULL;
}

/* The function symbol the relocation at r_offset off of the section refers to. */
static const Elf64_Sym *reloc_fn(const struct obj *o, const Elf64_Shdr *rela,
				 const Elf64_Shdr *symtab, uint64_t off)
{
	const Elf64_Rela *r = at(o, rela->sh_offset, rela->sh_size);
	const Elf64_Sym *sym = at(o, symtab->sh_offset, symtab->sh_size);
	size_t nr = r ? rela->sh_size / sizeof(*r) : 0, ns = sym ? symtab->sh_size / sizeof(*sym) : 0;

	for (size_t k = 0; k < nr; k++) {
		const Elf64_Sym *s;

		if (r[k].r_offset != off || ELF64_R_SYM(r[k].r_info) >= ns)
			continue;
		s = &sym[ELF64_R_SYM(r[k].r_info)];
		if (ELF64_ST_TYPE(s->st_info) != STT_SECTION)
			return r[k].r_addend ? NULL : s;
		for (size_t j = 0; j < ns; j++) /* section + addend: the function there */
			if (ELF64_ST_TYPE(sym[j].st_info) == STT_FUNC &&
			    sym[j].st_shndx == s->st_shndx && sym[j].st_value == (uint64_t)r[k].r_addend)
				return &sym[j];
		return NULL;
	}
	return NULL;
}

static uint64_t rd(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;

	memcpy(&v, p, n); /* little-endian hosts */
	return v;
}

/*
 * One StkMapRecord at q into rec: the patchpoint's two register operands (the
 * loaded value and the address, or the address and the stored value), the slot
 * mask constant, then one location per slot. The next record, or NULL.
 */
static const uint8_t *parse_rec(struct llvm_smap *m, struct smap_rec *rec, const uint8_t *p,
				const uint8_t *q, const uint8_t *end, uint32_t nconst)
{
	uint16_t reg[2];
	unsigned nl;

	if (q + 16 > end)
		return NULL;
	rec->rip = rd(q, 8) & ((1ull << LLVM_SMAP_KIND_SHIFT) - 1);
	rec->kind = (uint8_t)(rd(q, 8) >> LLVM_SMAP_KIND_SHIFT);
	rec->off = (uint32_t)rd(q + 8, 4);
	nl = (unsigned)rd(q + 14, 2);
	q += 16;
	if (q + 12ull * nl > end || nl < 3 || nl > LLVM_NSLOT + 3)
		return NULL;
	rec->loc = m->nloc;
	for (unsigned l = 0; l < nl; l++, q += 12) {
		struct smap_loc *loc = &m->loc[m->nloc];
		int32_t v = (int32_t)rd(q + 8, 4);

		loc->kind = q[0];
		loc->reg = (uint16_t)rd(q + 4, 2);
		loc->val = v;
		if (loc->kind == LOC_CONST_INDEX) {
			if (v < 0 || (uint32_t)v >= nconst)
				return NULL;
			loc->kind = LOC_CONST;
			loc->val = (int64_t)rd(p + 16 + 24 * m->nfn + 8 * (uint32_t)v, 8);
		}
		if (l < 2) { /* anyregcc: registers */
			if (loc->kind != LOC_REG)
				return NULL;
			reg[l] = loc->reg;
		} else if (l == 2) {
			if (loc->kind != LOC_CONST)
				return NULL;
			rec->mask = (uint32_t)loc->val;
		} else {
			m->nloc++;
		}
	}
	rec->areg = rec->kind & LLVM_SMAP_ST ? reg[0] : reg[1];
	rec->vreg = rec->kind & LLVM_SMAP_ST ? reg[1] : reg[0];
	if ((unsigned)__builtin_popcount(rec->mask) != nl - 3 || !(rec->kind & (LLVM_SMAP_LD | LLVM_SMAP_ST)))
		return NULL;
	q = p + ((q - p + 7) & ~7ul) + 2; /* padding, then NumLiveOuts */
	if (q + 2 > end)
		return NULL;
	q += 2 + 4 * rd(q, 2);
	return p + ((q - p + 7) & ~7ul);
}

/* The sizes of o's functions (XBT_PERFMAP): profilers need them. */
static void read_syms(const struct obj *o, struct llvm_smap *m)
{
	const Elf64_Shdr *symtab = section(o, SHT_SYMTAB, ~0u, NULL);
	const Elf64_Sym *s = symtab ? at(o, symtab->sh_offset, symtab->sh_size) : NULL;
	size_t ns = s ? symtab->sh_size / sizeof(*s) : 0;

	if (!s || symtab->sh_link >= o->nsh)
		return;
	m->sym = calloc(ns + 1, sizeof(*m->sym));
	BUG_ON(!m->sym);
	for (size_t k = 0; k < ns; k++) {
		const char *name = at(o, o->sh[symtab->sh_link].sh_offset + s[k].st_name, 1);

		if (ELF64_ST_TYPE(s[k].st_info) != STT_FUNC || !name || !s[k].st_size)
			continue;
		snprintf(m->sym[m->nsym].name, sizeof(m->sym->name), "%s", name);
		m->sym[m->nsym++].size = s[k].st_size;
	}
}

/* The .llvm_stackmaps section (version 3) of o into m; 0 or -1. */
static int parse_maps(const struct obj *o, struct llvm_smap *m)
{
	const Elf64_Shdr *sm = section(o, SHT_PROGBITS, ~0u, ".llvm_stackmaps"), *rela, *symtab, *str;
	const uint8_t *p, *q, *end;
	uint32_t nconst;

	if (!sm)
		return 0; /* no guest accesses in this object */
	rela = section(o, SHT_RELA, (uint32_t)(sm - o->sh), NULL);
	symtab = section(o, SHT_SYMTAB, ~0u, NULL);
	p = at(o, sm->sh_offset, sm->sh_size);
	if (!rela || !symtab || symtab->sh_link >= o->nsh || !p || sm->sh_size < 16 || p[0] != 3)
		return -1;
	str = &o->sh[symtab->sh_link];
	end = p + sm->sh_size;
	m->nfn = (uint32_t)rd(p + 4, 4);
	nconst = (uint32_t)rd(p + 8, 4);
	m->nrec = (uint32_t)rd(p + 12, 4);
	q = p + 16 + 24ull * m->nfn + 8ull * nconst;
	if (q > end)
		return -1;
	m->fn = calloc(m->nfn + 1, sizeof(*m->fn));
	m->rec = calloc(m->nrec + 1, sizeof(*m->rec));
	m->loc = calloc((size_t)m->nrec * (LLVM_NSLOT + 3) + 1, sizeof(*m->loc));
	BUG_ON(!m->fn || !m->rec || !m->loc);
	for (unsigned f = 0, r = 0; f < m->nfn; f++) {
		const uint8_t *fr = p + 16 + 24 * f;
		const Elf64_Sym *s = reloc_fn(o, rela, symtab, (uint64_t)(fr - p));
		const char *name = s ? at(o, str->sh_offset + s->st_name, 1) : NULL;
		uint64_t cnt = rd(fr + 16, 8);

		if (!name || cnt > m->nrec - r)
			return -1;
		snprintf(m->fn[f].name, sizeof(m->fn[f].name), "%s", name);
		m->fn[f].size = s->st_size;
		m->fn[f].rec = r;
		m->fn[f].nrec = (uint32_t)cnt;
		if (s->st_shndx >= o->nsh || s->st_value + s->st_size > o->sh[s->st_shndx].sh_size)
			return -1;
		m->fn[f].obj_off = o->sh[s->st_shndx].sh_offset + s->st_value;
		for (uint64_t k = 0; k < cnt; k++, r++)
			if (!(q = parse_rec(m, &m->rec[r], p, q, end, nconst)) ||
			    (k && m->rec[r].off < m->rec[r - 1].off))
				return -1; /* the fault path searches them by offset */
	}
	return 0;
}

/* ---- the accesses: machine code in place of the patchpoints' nops ---- */

#ifdef __x86_64__
/*
 * mov/movzx of size bytes from [a] into v, or mov of v's low bytes to [a]; for 16
 * bytes movdqu with xmm v. a and v are DWARF numbers (xmm0 is 17).
 */
static int encode(uint8_t *p, unsigned kind, unsigned a, unsigned v)
{
	static const uint8_t hw[16] = { 0, 2, 1, 3, 6, 7, 5, 4, 8, 9, 10, 11, 12, 13, 14, 15 };
	unsigned size = kind & LLVM_SMAP_SIZE, st = kind & LLVM_SMAP_ST, rex;
	uint8_t *q = p;

	if (size == 16 && v >= 17 && v < 33)
		v -= 17;
	else if (v < 16)
		v = hw[v];
	else
		return -1;
	if (a >= 16 || (size & (size - 1)) || size > 16 || p[0] != 0x0f || p[1] != 0x1f)
		return -1; /* not a GPR, or not LLVM's 8-byte nop */
	a = hw[a];
	rex = 0x40 | (size == 8 ? 8 : 0) | (v >= 8 ? 4 : 0) | (a >= 8 ? 1 : 0);
	if (st && size == 2)
		*q++ = 0x66;
	if (size == 16)
		*q++ = 0xf3;
	if (rex != 0x40 || (st && size == 1)) /* REX: sil/dil/spl/bpl, not dh/bh/ah/ch */
		*q++ = (uint8_t)rex;
	if (size == 16) {
		*q++ = 0x0f;
		*q++ = st ? 0x7f : 0x6f; /* movdqu */
	} else if (st) {
		*q++ = size == 1 ? 0x88 : 0x89;
	} else if (size >= 4) {
		*q++ = 0x8b; /* a 32-bit mov zero-extends */
	} else {
		*q++ = 0x0f;
		*q++ = size == 1 ? 0xb6 : 0xb7; /* movzbl, movzwl */
	}
	if ((a & 7) == 5) { /* rbp, r13: [base + disp8 0] */
		*q++ = (uint8_t)(0x40 | (v & 7) << 3 | 5);
		*q++ = 0;
	} else if ((a & 7) == 4) { /* rsp, r12: SIB, no index */
		*q++ = (uint8_t)((v & 7) << 3 | 4);
		*q++ = 0x24;
	} else {
		*q++ = (uint8_t)((v & 7) << 3 | (a & 7));
	}
	{ /* one nop for the rest: the access takes 2 to 6 bytes */
		static const uint8_t nops[6][6] = {
			{ 0x90 }, { 0x66, 0x90 }, { 0x0f, 0x1f, 0x00 }, { 0x0f, 0x1f, 0x40, 0x00 },
			{ 0x0f, 0x1f, 0x44, 0x00, 0x00 }, { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
		};
		long n = p + LLVM_SMAP_BYTES - q;

		BUILD_BUG_ON(LLVM_SMAP_BYTES != 8);
		if (n > 0)
			memcpy(q, nops[n - 1], (size_t)n);
	}
	return 0;
}
#elif defined(__aarch64__)
/*
 * ldrb/ldrh/ldr (zero-extending) or strb/strh/str with base a, no offset; for 16
 * bytes ldr/str of q register v. a and v are DWARF numbers (v0 is 64). A value
 * register 31 is xzr (a stored constant 0); a base 31 would be sp, and is refused
 * (llvm_emit.c keeps the address out of xzr).
 */
static int encode(uint8_t *p, unsigned kind, unsigned a, unsigned v)
{
	unsigned size = kind & LLVM_SMAP_SIZE, lg = size == 8 ? 3 : size == 4 ? 2 : size == 2 ? 1 : 0;
	uint32_t insn, nop;

	memcpy(&nop, p, 4);
	if (nop != 0xd503201f || a >= 31)
		return -1;
	if (size == 16) {
		if (v < 64 || v >= 96)
			return -1;
		insn = (kind & LLVM_SMAP_ST ? 0x3d800000u : 0x3dc00000u) | a << 5 | (v - 64);
		memcpy(p, &insn, 4);
		return 0;
	}
	if (v > 31 || (1u << lg) != size)
		return -1;
	insn = 0x39000000u | lg << 30 | (kind & LLVM_SMAP_ST ? 0 : 1u << 22) | a << 5 | v;
	memcpy(p, &insn, 4);
	return 0;
}
#endif

/* Every record's nops in the object (in place, before linking) become its access. */
static int patch(const struct obj *o, struct llvm_smap *m)
{
	for (unsigned f = 0; f < m->nfn; f++)
		for (unsigned k = 0; k < m->fn[f].nrec; k++) {
			const struct smap_rec *r = &m->rec[m->fn[f].rec + k];
			uint64_t pos = m->fn[f].obj_off + r->off;

			if (r->off + LLVM_SMAP_BYTES > m->fn[f].size || pos + LLVM_SMAP_BYTES > o->len ||
			    encode((uint8_t *)o->p + pos, r->kind, r->areg, r->vreg))
				return -1;
		}
	return 0;
}

static void smap_free(struct llvm_smap *m)
{
	if (!m)
		return;
	free(m->sym);
	free(m->fn);
	free(m->rec);
	free(m->loc);
	free(m);
}

static LLVMErrorRef transform(void *ctx, LLVMMemoryBufferRef *buf)
{
	const Elf64_Ehdr *eh = (const void *)LLVMGetBufferStart(*buf);
	struct obj o = { (const uint8_t *)eh, LLVMGetBufferSize(*buf), NULL, 0 };
	struct llvm_smap *m = calloc(1, sizeof(*m));

	BUG_ON(!m);
	if (o.len >= sizeof(*eh) && !memcmp(eh->e_ident, ELFMAG, SELFMAG) &&
	    eh->e_ident[EI_CLASS] == ELFCLASS64 && eh->e_shentsize == sizeof(Elf64_Shdr) &&
	    eh->e_shstrndx < eh->e_shnum) {
		o.sh = at(&o, eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr));
		o.nsh = eh->e_shnum;
	}
	smap_free(parsed);
	parsed = NULL;
	if (o.sh && jit_opts.perfmap)
		read_syms(&o, m);
	if (!o.sh || parse_maps(&o, m) || patch(&o, m)) {
		/* the accesses are missing: the object is refused, its blocks stay with
		 * the interpreter */
		smap_free(m);
		LLVMDisposeMemoryBuffer(*buf);
		*buf = NULL;
		return LLVMCreateStringError("unreadable stack maps in a compiled object");
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
	smap_registry_lock = (pthread_mutex_t)PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
}

void llvm_smap_init(LLVMOrcLLJITRef jit)
{
	pthread_atfork(NULL, NULL, fork_child);
	LLVMOrcObjectTransformLayerSetTransform(LLVMOrcLLJITGetObjTransformLayer(jit), transform,
						NULL);
}

struct llvm_smap *llvm_smap_take(void)
{
	struct llvm_smap *m = parsed;

	parsed = NULL;
	return m;
}

/*
 * XBT_PERFMAP=1: /tmp/perf-PID.map names compiled code for perf ("START SIZE name",
 * hex), so `perf report` shows xbt_<guest pc>_<seq> instead of bare addresses.
 */
static void perfmap_add(const struct llvm_smap *m, const char *name, uint64_t addr)
{
	static int fd = -1;
	char line[96];
	int n;

	for (unsigned k = 0; k < m->nsym; k++) {
		if (strcmp(m->sym[k].name, name))
			continue;
		if (fd < 0) {
			snprintf(line, sizeof(line), "/tmp/perf-%d.map", (int)getpid());
			fd = open(line, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
			if (fd < 0) {
				log_warn(LOG_JIT, "perf map: cannot open %s: no more entries", line);
				jit_opts.perfmap = 0; /* read_syms stops too */
				return;
			}
		}
		n = snprintf(line, sizeof(line), "%llx %llx %s\n", (unsigned long long)addr,
			     (unsigned long long)m->sym[k].size, name);
		if (write(fd, line, (size_t)n) != n)
			log_warn(LOG_JIT, "perf map: short write");
		return;
	}
}

void llvm_smap_bind(struct llvm_smap *m, const char *name, uint64_t addr)
{
	if (m && m->sym)
		perfmap_add(m, name, addr);
	for (unsigned f = 0; m && f < m->nfn; f++)
		if (!strcmp(m->fn[f].name, name))
			m->fn[f].start = addr;
}

void llvm_smap_register(struct llvm_smap *m)
{
	if (!m)
		return;
	pthread_mutex_lock(&smap_registry_lock);
	m->next = smap_registry;
	smap_registry = m;
	pthread_mutex_unlock(&smap_registry_lock);
}

void llvm_smap_unregister(struct llvm_smap *m)
{
	struct llvm_smap **pp;

	if (!m)
		return;
	pthread_mutex_lock(&smap_registry_lock);
	for (pp = &smap_registry; *pp && *pp != m; pp = &(*pp)->next)
		;
	if (*pp)
		*pp = m->next;
	pthread_mutex_unlock(&smap_registry_lock);
	smap_free(m);
}

