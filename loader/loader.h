/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Loading x86_64 ELF programs into the guest address space. */
#ifndef XBT_LOADER_LOADER_H
#define XBT_LOADER_LOADER_H

#include <limits.h>
#include "../core/types.h"

struct loader_image {
	uint64_t entry;      /* first guest instruction: the interpreter's entry, or the program's */
	uint64_t prog_entry; /* AT_ENTRY */
	uint64_t phdr;       /* AT_PHDR */
	uint64_t phent, phnum;
	uint64_t load_bias;  /* program load bias (0 for ET_EXEC) */
	uint64_t interp_base; /* AT_BASE (0 without PT_INTERP) */
	uint64_t brk_start;  /* page-aligned end of the program's highest segment */
	uint64_t lo, hi;     /* program's mapped range */
	uint64_t interp_lo, interp_hi; /* interpreter's mapped range (0, 0 without one) */
	uint64_t stack_lo, stack_hi;   /* the initial stack mapping incl. its guard */
	bool exec_stack;     /* PT_GNU_STACK asks for an executable stack */
	char interp[PATH_MAX]; /* PT_INTERP as written in the file ("" if none) */
};

/*
 * Map program `path` (already open as fd) and its interpreter (looked up under
 * rootfs). On failure returns -errno and writes a one-line reason into err:
 * -ENOEXEC for files that are not loadable x86_64 ELF, -ENOENT for a missing
 * interpreter.
 */
int loader_load(int fd, const char *rootfs, struct loader_image *img, char *err, size_t errlen);

struct loader_stack_args {
	int argc;
	char *const *argv;
	char *const *envp;
	const char *execfn; /* AT_EXECFN */
	uint64_t hwcap, hwcap2;
	bool secure;
	uint64_t stack_size;
};

/* Allocate the guest stack and build argc/argv/envp/auxv on it; returns rsp or -errno. */
int64_t loader_build_stack(struct loader_image *img, const struct loader_stack_args *a,
			   uint64_t *auxv_start, uint64_t *auxv_len);

#endif
