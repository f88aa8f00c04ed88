// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * ELF64 x86_64 loading: validation, PT_LOAD mapping (ET_EXEC at fixed addresses,
 * ET_DYN at a host-chosen base), bss, PT_INTERP and PT_GNU_STACK.
 * Mirrors linux/fs/binfmt_elf.c in what it accepts.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../core/log.h"
#include "loader.h"

#define MAX_PHDRS 64

struct elf_file {
	Elf64_Ehdr eh;
	Elf64_Phdr ph[MAX_PHDRS];
};

static int read_full(int fd, void *buf, size_t n, off_t off)
{
	size_t done = 0;

	while (done < n) {
		ssize_t r = pread(fd, (char *)buf + done, n - done, off + done);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		done += r;
	}
	return 0;
}

static int elf_read(int fd, struct elf_file *f, char *err, size_t errlen)
{
	struct stat_size { off_t size; } st = { lseek(fd, 0, SEEK_END) };

	if (read_full(fd, &f->eh, sizeof(f->eh), 0) ||
	    memcmp(f->eh.e_ident, ELFMAG, SELFMAG)) {
		snprintf(err, errlen, "not an ELF file");
		return -ENOEXEC;
	}
	if (f->eh.e_ident[EI_CLASS] != ELFCLASS64 || f->eh.e_ident[EI_DATA] != ELFDATA2LSB ||
	    f->eh.e_machine != EM_X86_64) {
		snprintf(err, errlen, "not an x86_64 ELF (machine %u, class %u)", f->eh.e_machine,
			 f->eh.e_ident[EI_CLASS]);
		return -ENOEXEC;
	}
	if (f->eh.e_type != ET_EXEC && f->eh.e_type != ET_DYN) {
		snprintf(err, errlen, "not an executable ELF (type %u)", f->eh.e_type);
		return -ENOEXEC;
	}
	if (f->eh.e_phentsize != sizeof(Elf64_Phdr) || !f->eh.e_phnum ||
	    f->eh.e_phnum > MAX_PHDRS) {
		snprintf(err, errlen, "bad program header table (%u entries of %u bytes)",
			 f->eh.e_phnum, f->eh.e_phentsize);
		return -ENOEXEC;
	}
	if ((uint64_t)f->eh.e_phoff + f->eh.e_phnum * sizeof(Elf64_Phdr) > (uint64_t)st.size ||
	    read_full(fd, f->ph, f->eh.e_phnum * sizeof(Elf64_Phdr), f->eh.e_phoff)) {
		snprintf(err, errlen, "truncated program header table");
		return -ENOEXEC;
	}
	for (unsigned i = 0; i < f->eh.e_phnum; i++) {
		const Elf64_Phdr *p = &f->ph[i];

		if (p->p_type != PT_LOAD)
			continue;
		if (p->p_filesz > p->p_memsz || p->p_offset + p->p_filesz < p->p_offset ||
		    p->p_offset + p->p_filesz > (uint64_t)st.size ||
		    p->p_vaddr + p->p_memsz < p->p_vaddr ||
		    (p->p_vaddr - p->p_offset) % X86_PAGE_SIZE) {
			snprintf(err, errlen, "bad or truncated PT_LOAD segment %u", i);
			return -ENOEXEC;
		}
	}
	return 0;
}

static int prot_of(uint32_t flags)
{
	return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) |
	       (flags & PF_X ? PROT_EXEC : 0);
}

/* Map all PT_LOAD segments; *bias receives the load bias. */
/*
 * Where x86_64 Linux puts a position-independent main program (ELF_ET_DYN_BASE for a
 * 47-bit address space): far from the mmap area, so that brk can grow after it.
 */
#define X86_ET_DYN_BASE 0x555555554000ULL

static int map_segments(int fd, const struct elf_file *f, uint64_t *bias, uint64_t *lo_out,
			uint64_t *hi_out, uint64_t dyn_base, char *err, size_t errlen)
{
	uint64_t lo = ~0ULL, hi = 0, b = 0;
	int fixed = f->eh.e_type == ET_EXEC;

	for (unsigned i = 0; i < f->eh.e_phnum; i++) {
		const Elf64_Phdr *p = &f->ph[i];

		if (p->p_type != PT_LOAD)
			continue;
		if (ALIGN_DOWN(p->p_vaddr, X86_PAGE_SIZE) < lo)
			lo = ALIGN_DOWN(p->p_vaddr, X86_PAGE_SIZE);
		if (ALIGN_UP(p->p_vaddr + p->p_memsz, X86_PAGE_SIZE) > hi)
			hi = ALIGN_UP(p->p_vaddr + p->p_memsz, X86_PAGE_SIZE);
	}
	if (lo >= hi) {
		snprintf(err, errlen, "no loadable segments");
		return -ENOEXEC;
	}
	/* Reserve the whole span first, so segments never land on xbt's own memory. */
	{
		void *want = fixed ? (void *)(uintptr_t)lo : NULL;
		void *r = MAP_FAILED;

		if (!fixed && dyn_base) {
			/* Preferred base for PIE programs; anywhere else if it is taken. */
			r = mmap((void *)(uintptr_t)dyn_base, hi - lo, PROT_NONE,
				 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE,
				 -1, 0);
			if (r != MAP_FAILED && r != (void *)(uintptr_t)dyn_base) {
				munmap(r, hi - lo);
				r = MAP_FAILED;
			}
		}
		if (r == MAP_FAILED)
			r = mmap(want, hi - lo, PROT_NONE,
				 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
					 (fixed ? MAP_FIXED_NOREPLACE : 0),
				 -1, 0);

		if (r == MAP_FAILED || (fixed && r != want)) {
			snprintf(err, errlen, "cannot map %#lx-%#lx: %s", (unsigned long)lo,
				 (unsigned long)hi, strerror(r == MAP_FAILED ? errno : EEXIST));
			if (r != MAP_FAILED)
				munmap(r, hi - lo);
			return -ENOEXEC;
		}
		b = fixed ? 0 : (uint64_t)(uintptr_t)r - lo;
	}
	for (unsigned i = 0; i < f->eh.e_phnum; i++) {
		const Elf64_Phdr *p = &f->ph[i];
		uint64_t start, fend, mend, off;
		int prot;

		if (p->p_type != PT_LOAD || !p->p_memsz)
			continue;
		prot = prot_of(p->p_flags);
		start = ALIGN_DOWN(b + p->p_vaddr, X86_PAGE_SIZE);
		off = ALIGN_DOWN(p->p_offset, X86_PAGE_SIZE);
		fend = b + p->p_vaddr + p->p_filesz;
		mend = ALIGN_UP(b + p->p_vaddr + p->p_memsz, X86_PAGE_SIZE);
		if (p->p_filesz) {
			void *r = mmap((void *)(uintptr_t)start, ALIGN_UP(fend, X86_PAGE_SIZE) - start,
				       prot | PROT_WRITE * (p->p_memsz > p->p_filesz),
				       MAP_PRIVATE | MAP_FIXED, fd, off);

			if (r == MAP_FAILED) {
				snprintf(err, errlen, "cannot map segment %u: %s", i, strerror(errno));
				return -ENOEXEC;
			}
			/* Zero the tail of the last file page (bss start). */
			if (p->p_memsz > p->p_filesz && (fend & (X86_PAGE_SIZE - 1)))
				memset((void *)(uintptr_t)fend, 0,
				       X86_PAGE_SIZE - (fend & (X86_PAGE_SIZE - 1)));
			if (p->p_memsz > p->p_filesz && !(prot & PROT_WRITE))
				mprotect((void *)(uintptr_t)start, ALIGN_UP(fend, X86_PAGE_SIZE) - start, prot);
			start = ALIGN_UP(fend, X86_PAGE_SIZE);
		}
		if (mend > start) {
			void *r = mmap((void *)(uintptr_t)start, mend - start, prot,
				       MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, -1, 0);

			if (r == MAP_FAILED) {
				snprintf(err, errlen, "cannot map bss of segment %u: %s", i,
					 strerror(errno));
				return -ENOEXEC;
			}
		}
	}
	*bias = b;
	*lo_out = b + lo;
	*hi_out = b + hi;
	return 0;
}

static uint64_t find_phdr_vaddr(const struct elf_file *f)
{
	for (unsigned i = 0; i < f->eh.e_phnum; i++)
		if (f->ph[i].p_type == PT_PHDR)
			return f->ph[i].p_vaddr;
	/* No PT_PHDR: the table is in the segment that maps file offset e_phoff. */
	for (unsigned i = 0; i < f->eh.e_phnum; i++) {
		const Elf64_Phdr *p = &f->ph[i];

		if (p->p_type == PT_LOAD && f->eh.e_phoff >= p->p_offset &&
		    f->eh.e_phoff < p->p_offset + p->p_filesz)
			return p->p_vaddr + (f->eh.e_phoff - p->p_offset);
	}
	return 0;
}

static int load_interp(const char *rootfs, struct loader_image *img, char *err, size_t errlen)
{
	char path[PATH_MAX * 2];
	struct elf_file f;
	uint64_t bias, lo, hi;
	int fd, r;

	snprintf(path, sizeof(path), "%s%s", strcmp(rootfs, "/") ? rootfs : "", img->interp);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen,
			 "program interpreter %s not found (install libc6:amd64, or point "
			 "--rootfs/XBT_ROOTFS at an x86_64 root)",
			 path);
		return -ENOENT;
	}
	r = elf_read(fd, &f, err, errlen);
	if (!r && f.eh.e_type != ET_DYN) {
		snprintf(err, errlen, "program interpreter %s is not ET_DYN", path);
		r = -ENOEXEC;
	}
	if (!r)
		r = map_segments(fd, &f, &bias, &lo, &hi, 0, err, errlen);
	close(fd);
	if (r)
		return r;
	img->interp_base = bias;
	img->interp_lo = lo;
	img->interp_hi = hi;
	img->entry = bias + f.eh.e_entry;
	return 0;
}

int loader_load(int fd, const char *rootfs, struct loader_image *img, char *err, size_t errlen)
{
	struct elf_file f;
	int r;

	memset(img, 0, sizeof(*img));
	r = elf_read(fd, &f, err, errlen);
	if (r)
		return r;
	for (unsigned i = 0; i < f.eh.e_phnum; i++) {
		const Elf64_Phdr *p = &f.ph[i];

		if (p->p_type == PT_INTERP) {
			if (p->p_filesz < 2 || p->p_filesz >= sizeof(img->interp) ||
			    read_full(fd, img->interp, p->p_filesz, p->p_offset) ||
			    img->interp[p->p_filesz - 1]) {
				snprintf(err, errlen, "bad PT_INTERP");
				return -ENOEXEC;
			}
		} else if (p->p_type == PT_GNU_STACK) {
			img->exec_stack = (p->p_flags & PF_X) != 0;
		}
	}
	r = map_segments(fd, &f, &img->load_bias, &img->lo, &img->hi, X86_ET_DYN_BASE, err, errlen);
	if (r)
		return r;
	img->prog_entry = img->load_bias + f.eh.e_entry;
	img->entry = img->prog_entry;
	img->phdr = img->load_bias + find_phdr_vaddr(&f);
	img->phent = sizeof(Elf64_Phdr);
	img->phnum = f.eh.e_phnum;
	img->brk_start = img->hi;
	if (img->interp[0]) {
		r = load_interp(rootfs, img, err, errlen);
		if (r)
			return r;
	}
	log_debug(LOG_LOADER, "loaded: entry=%lx bias=%lx interp_base=%lx brk=%lx",
		  (unsigned long)img->entry, (unsigned long)img->load_bias,
		  (unsigned long)img->interp_base, (unsigned long)img->brk_start);
	return 0;
}
