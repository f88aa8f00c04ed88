// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The initial guest stack, laid out as the x86_64 kernel does it
 * (linux/fs/binfmt_elf.c create_elf_tables): strings and AT_RANDOM bytes at the
 * top, then auxv, envp, argv and argc, with rsp 16-byte aligned at argc.
 */
#include <elf.h>
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>

#include "loader.h"

/* Values of the x86_64 ABI, independent of the host's headers. */
#define X86_AT_MINSIGSTKSZ 51
#define X86_MINSIGSTKSZ 2048
#define X86_STACK_GUARD (64 * 1024)

static uint64_t push_bytes(uint64_t *sp, const void *data, size_t n)
{
	*sp -= n;
	memcpy((void *)(uintptr_t)*sp, data, n);
	return *sp;
}

int64_t loader_build_stack(struct loader_image *img, const struct loader_stack_args *a,
			   uint64_t *auxv_start, uint64_t *auxv_len)
{
	uint64_t size = a->stack_size ? a->stack_size : 8 << 20;
	int prot = PROT_READ | PROT_WRITE | (img->exec_stack ? PROT_EXEC : 0);
	void *mem = mmap(NULL, size + X86_STACK_GUARD, prot,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
	uint64_t top, sp, execfn, platform, random, *vec;
	int envc = 0, n, k = 0;
	uint8_t rnd[16];
	uint64_t aux[2 * 24];

	if (mem == MAP_FAILED)
		return -errno;
	mprotect(mem, X86_STACK_GUARD, PROT_NONE);
	top = (uint64_t)(uintptr_t)mem + size + X86_STACK_GUARD;
	img->stack_lo = (uint64_t)(uintptr_t)mem;
	img->stack_hi = top;
	sp = top - 8; /* the kernel leaves an 8-byte zero word at the very top */
	memset((void *)(uintptr_t)sp, 0, 8);

	execfn = push_bytes(&sp, a->execfn, strlen(a->execfn) + 1);
	while (a->envp && a->envp[envc])
		envc++;
	uint64_t envs[envc + 1], args[a->argc + 1];

	for (int i = envc - 1; i >= 0; i--)
		envs[i] = push_bytes(&sp, a->envp[i], strlen(a->envp[i]) + 1);
	for (int i = a->argc - 1; i >= 0; i--)
		args[i] = push_bytes(&sp, a->argv[i], strlen(a->argv[i]) + 1);
	platform = push_bytes(&sp, "x86_64", 7);
	if (getrandom(rnd, sizeof(rnd), 0) != sizeof(rnd))
		memset(rnd, 0x5a, sizeof(rnd));
	sp &= ~15ULL;
	random = push_bytes(&sp, rnd, sizeof(rnd));

#define AUX(t, v) (aux[k++] = (t), aux[k++] = (v))
	AUX(AT_SYSINFO_EHDR, 0); /* replaced below: no vDSO yet */
	k -= 2;
	AUX(X86_AT_MINSIGSTKSZ, X86_MINSIGSTKSZ);
	AUX(AT_HWCAP, a->hwcap);
	AUX(AT_PAGESZ, X86_PAGE_SIZE);
	AUX(AT_CLKTCK, 100);
	AUX(AT_PHDR, img->phdr);
	AUX(AT_PHENT, img->phent);
	AUX(AT_PHNUM, img->phnum);
	AUX(AT_BASE, img->interp_base);
	AUX(AT_FLAGS, 0);
	AUX(AT_ENTRY, img->prog_entry);
	AUX(AT_UID, getuid());
	AUX(AT_EUID, geteuid());
	AUX(AT_GID, getgid());
	AUX(AT_EGID, getegid());
	AUX(AT_SECURE, a->secure);
	AUX(AT_RANDOM, random);
	AUX(AT_HWCAP2, a->hwcap2);
	AUX(AT_EXECFN, execfn);
	AUX(AT_PLATFORM, platform);
	AUX(AT_NULL, 0);
#undef AUX

	n = 1 + a->argc + 1 + envc + 1 + k;
	sp -= n * 8;
	sp &= ~15ULL;
	vec = (uint64_t *)(uintptr_t)sp;
	*vec++ = a->argc;
	for (int i = 0; i < a->argc; i++)
		*vec++ = args[i];
	*vec++ = 0;
	for (int i = 0; i < envc; i++)
		*vec++ = envs[i];
	*vec++ = 0;
	*auxv_start = (uint64_t)(uintptr_t)vec;
	*auxv_len = k * 8;
	memcpy(vec, aux, k * 8);
	return (int64_t)sp;
}
