// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Guest memory syscalls: mmap, munmap, mprotect, mremap, madvise, brk and friends.
 * Every change goes through the guest address-space manager (mm.c) so the guest can
 * never unmap or remap xbt's own memory, and translated code of unmapped or no longer
 * executable pages is dropped (jit_invalidate).
 */
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/shm.h>

#include "../core/log.h"
#include "../jit/jit.h"
#include "mm.h"
#include "smc.h"
#include "sys.h"

#define PAGE_MASK_X86 (X86_PAGE_SIZE - 1)
#define X86_PROT_KNOWN (X86_PROT_READ | X86_PROT_WRITE | X86_PROT_EXEC | X86_PROT_SEM)
#define LOW_2G (1ULL << 31)

/* PROT_* bits are generic; PROT_SEM is a no-op and PROT_GROWS* need a VMA flag we keep. */
static int prot_to_host(uint64_t p)
{
	return (int)(p & (X86_PROT_READ | X86_PROT_WRITE | X86_PROT_EXEC)) |
	       (p & X86_PROT_GROWSDOWN ? PROT_GROWSDOWN : 0) |
	       (p & X86_PROT_GROWSUP ? PROT_GROWSUP : 0);
}

static long do_mmap(struct os_thread *t, const uint64_t *a)
{
	uint64_t addr = a[0], len = a[1], prot = a[2], flags = a[3], off = a[5];
	int fd = sys_fd(a[4]);
	long hflags = abi_mmap_flags_to_host(flags);
	void *r;

	if (hflags < 0)
		return -EOPNOTSUPP;
	if (!len)
		return -EINVAL;
	if (off & PAGE_MASK_X86)
		return -EINVAL;
	len = ALIGN_UP(len, X86_PAGE_SIZE);
	if (!len || prot & ~(uint64_t)(X86_PROT_KNOWN | X86_PROT_GROWSDOWN | X86_PROT_GROWSUP))
		return -EINVAL;
	if (flags & (X86_MAP_FIXED | X86_MAP_FIXED_NOREPLACE)) {
		if (addr & PAGE_MASK_X86)
			return -EINVAL;
		/* Linux would replace xbt's memory; refuse instead of crashing. */
		if ((flags & X86_MAP_FIXED) && !(flags & X86_MAP_FIXED_NOREPLACE) &&
		    !mm_fixed_ok(addr, len)) {
			log_warn(LOG_SYS, "guest MAP_FIXED over xbt memory at %lx+%lx refused",
				 (unsigned long)addr, (unsigned long)len);
			return -ENOMEM;
		}
	} else if ((flags & X86_MAP_32BIT) && !addr) {
		addr = 0x40000000; /* where x86_64 Linux places MAP_32BIT mappings */
	}
	r = mmap((void *)(uintptr_t)addr, len, prot_to_host(prot), (int)hflags,
		 flags & X86_MAP_ANONYMOUS ? -1 : fd, (off_t)off);
	if (r == MAP_FAILED)
		return -errno;
	if ((flags & X86_MAP_32BIT) && !(flags & X86_MAP_FIXED) &&
	    (uint64_t)(uintptr_t)r + len > LOW_2G) {
		munmap(r, len);
		return -ENOMEM;
	}
	jit_invalidate((uint64_t)(uintptr_t)r, len);
	mm_add((uint64_t)(uintptr_t)r, len, (int)(prot & 7));
	return (long)(uintptr_t)r;
}

static long do_munmap(struct os_thread *t, const uint64_t *a)
{
	uint64_t addr = a[0], len = ALIGN_UP(a[1], X86_PAGE_SIZE);

	if ((addr & PAGE_MASK_X86) || !len || addr + len < addr)
		return -EINVAL;
	/* Only guest pages are unmapped; xbt's own memory looks unmapped to the guest. */
	if (!mm_is_guest(addr, len)) {
		uint64_t end = addr + len;

		for (uint64_t p = addr; p < end; p += X86_PAGE_SIZE) {
			uint64_t q = p;

			while (q < end && mm_is_guest(q, X86_PAGE_SIZE))
				q += X86_PAGE_SIZE;
			if (q > p) {
				munmap((void *)(uintptr_t)p, q - p);
				jit_invalidate(p, q - p);
				smc_forget(p, q - p);
				mm_remove(p, q - p);
				p = q;
			}
		}
		return 0;
	}
	if (munmap((void *)(uintptr_t)addr, len))
		return -errno;
	jit_invalidate(addr, len);
	smc_forget(addr, len);
	mm_remove(addr, len);
	return 0;
}

static long do_mprotect(struct os_thread *t, const uint64_t *a)
{
	uint64_t addr = a[0], len = ALIGN_UP(a[1], X86_PAGE_SIZE), prot = a[2];
	bool had_exec;

	if (addr & PAGE_MASK_X86)
		return -EINVAL;
	if (prot & ~(uint64_t)(X86_PROT_KNOWN | X86_PROT_GROWSDOWN | X86_PROT_GROWSUP))
		return -EINVAL;
	if (!len)
		return 0;
	if (!mm_is_guest(addr, len))
		return -ENOMEM; /* what Linux says for unmapped pages */
	had_exec = mm_has_exec(addr, len);
	if (mprotect((void *)(uintptr_t)addr, len, prot_to_host(prot)))
		return -errno;
	/* Translations of pages that stop being executable, or become writable
	 * (the host protection smc.c set is gone), are dropped. */
	smc_forget(addr, len);
	if (had_exec && (!(prot & X86_PROT_EXEC) || (prot & X86_PROT_WRITE)))
		jit_invalidate(addr, len);
	mm_set_prot(addr, len, (int)(prot & 7));
	return 0;
}

static long do_mremap(struct os_thread *t, const uint64_t *a)
{
	uint64_t old = a[0], olen = ALIGN_UP(a[1], X86_PAGE_SIZE), nlen = ALIGN_UP(a[2], X86_PAGE_SIZE);
	uint64_t flags = a[3], naddr = a[4];
	int hflags = 0;
	void *r;

	if (old & PAGE_MASK_X86 || !nlen)
		return -EINVAL;
	if (flags & ~(uint64_t)(X86_MREMAP_MAYMOVE | X86_MREMAP_FIXED | X86_MREMAP_DONTUNMAP))
		return -EINVAL;
	if (!mm_is_guest(old, olen ? olen : X86_PAGE_SIZE))
		return -EFAULT; /* Linux: no VMA at old address */
	hflags |= flags & X86_MREMAP_MAYMOVE ? MREMAP_MAYMOVE : 0;
	hflags |= flags & X86_MREMAP_FIXED ? MREMAP_FIXED : 0;
	hflags |= flags & X86_MREMAP_DONTUNMAP ? MREMAP_DONTUNMAP : 0;
	if ((flags & X86_MREMAP_FIXED) && (naddr & PAGE_MASK_X86))
		return -EINVAL;
	if ((flags & X86_MREMAP_FIXED) && !mm_fixed_ok(naddr, nlen))
		return -ENOMEM;
	/* Growing in place must not swallow xbt memory: the kernel only grows into free space. */
	r = mremap((void *)(uintptr_t)old, olen, nlen, hflags, (void *)(uintptr_t)naddr);
	if (r == MAP_FAILED)
		return -errno;
	int prot = mm_has_exec(old, olen) ? 7 : 3;
	/* Keep the recorded protection of the first page for the moved range. */
	jit_invalidate(old, olen);
	smc_forget(old, olen);
	if (!(flags & X86_MREMAP_DONTUNMAP) || !olen) {
		if ((uint64_t)(uintptr_t)r != old || nlen < olen)
			mm_remove(old, olen);
	}
	jit_invalidate((uint64_t)(uintptr_t)r, nlen);
	if (!mm_is_guest((uint64_t)(uintptr_t)r, nlen))
		mm_add((uint64_t)(uintptr_t)r, nlen, prot);
	return (long)(uintptr_t)r;
}

static long do_madvise(struct os_thread *t, const uint64_t *a)
{
	uint64_t len = ALIGN_UP(a[1], X86_PAGE_SIZE);

	if (a[0] & PAGE_MASK_X86)
		return -EINVAL;
	if (len && !mm_is_guest(a[0], len))
		return -ENOMEM;
	/* MADV_* values are generic. */
	return HOST(madvise, a[0], len, (int)a[2]);
}

long sys_msync(struct os_thread *t, const uint64_t *a)
{
	return HOST(msync, a[0], a[1], (int)a[2]);
}

long sys_mincore(struct os_thread *t, const uint64_t *a)
{
	return HOST(mincore, a[0], a[1], a[2]);
}

long sys_mlock(struct os_thread *t, const uint64_t *a)
{
	return HOST(mlock, a[0], a[1]);
}

long sys_munlock(struct os_thread *t, const uint64_t *a)
{
	return HOST(munlock, a[0], a[1]);
}

long sys_mlock2(struct os_thread *t, const uint64_t *a)
{
	return HOST(mlock2, a[0], a[1], (int)a[2]);
}

long sys_mlockall(struct os_thread *t, const uint64_t *a)
{
	return HOST(mlockall, (int)a[0]);
}

long sys_munlockall(struct os_thread *t, const uint64_t *a)
{
	return HOST(munlockall);
}

long sys_membarrier(struct os_thread *t, const uint64_t *a)
{
	return HOST(membarrier, (int)a[0], (unsigned)a[1], (int)a[2]);
}

/*
 * brk: the heap grows page by page after the program's last segment. Like Linux, a
 * request that would collide with another mapping fails by returning the old break.
 */
static long do_brk(struct os_thread *t, const uint64_t *a)
{
	struct os_process *p = t->proc;
	uint64_t want = a[0], cur_top = ALIGN_UP(p->brk_cur, X86_PAGE_SIZE);
	uint64_t new_top = ALIGN_UP(want, X86_PAGE_SIZE);

	if (want < p->brk_start)
		return (long)p->brk_cur;
	if (new_top > cur_top) {
		void *r = mmap((void *)(uintptr_t)cur_top, new_top - cur_top,
			       PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

		if (r == MAP_FAILED)
			return (long)p->brk_cur;
		if (r != (void *)(uintptr_t)cur_top) {
			munmap(r, new_top - cur_top);
			return (long)p->brk_cur;
		}
		mm_add(cur_top, new_top - cur_top, X86_PROT_READ | X86_PROT_WRITE);
	} else if (new_top < cur_top) {
		munmap((void *)(uintptr_t)new_top, cur_top - new_top);
		jit_invalidate(new_top, cur_top - new_top);
		smc_forget(new_top, cur_top - new_top);
		mm_remove(new_top, cur_top - new_top);
	}
	p->brk_cur = want;
	return (long)want;
}

/* System V shared memory: IPC_* and SHM_* values and struct shmid_ds are generic on 64-bit. */
long sys_shmget(struct os_thread *t, const uint64_t *a)
{
	return HOST(shmget, (int)a[0], a[1], (int)a[2]);
}

long sys_shmctl(struct os_thread *t, const uint64_t *a)
{
	return HOST(shmctl, (int)a[0], (int)a[1], a[2]);
}

static long do_shmat(struct os_thread *t, const uint64_t *a)
{
	struct shmid_ds ds;
	long r;

	if (shmctl((int)a[0], IPC_STAT, &ds))
		return -errno;
	if (a[1] && !mm_fixed_ok(ALIGN_DOWN(a[1], X86_PAGE_SIZE),
				 ALIGN_UP(ds.shm_segsz, X86_PAGE_SIZE)))
		return -EINVAL;
	r = HOST(shmat, (int)a[0], a[1], (int)a[2]);
	if (r >= 0)
		mm_add((uint64_t)r, ALIGN_UP(ds.shm_segsz, X86_PAGE_SIZE),
		       (int)a[2] & SHM_RDONLY ? X86_PROT_READ : X86_PROT_READ | X86_PROT_WRITE);
	return r;
}

static long do_shmdt(struct os_thread *t, const uint64_t *a)
{
	long r;

	if (!mm_is_guest(a[0], X86_PAGE_SIZE))
		return -EINVAL;
	r = HOST(shmdt, a[0]);
	/* The segment size is not known here; shmdt of a guest segment drops its first region. */
	if (!r)
		jit_invalidate(a[0], X86_PAGE_SIZE);
	return r;
}

/*
 * For other guest threads, each of these is one step: the host call and the
 * bookkeeping (mm.c, jit_invalidate) happen under one lock. Otherwise thread A's
 * munmap could drop the record of the mapping thread B just got at the same
 * address, and the region array would be changed concurrently.
 */
static pthread_mutex_t mm_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t mm_once = PTHREAD_ONCE_INIT;

static void mm_fork_prepare(void)
{
	pthread_mutex_lock(&mm_mutex);
}

static void mm_fork_parent(void)
{
	pthread_mutex_unlock(&mm_mutex);
}

static void mm_fork_child(void)
{
	pthread_mutex_init(&mm_mutex, NULL);
}

static void mm_atfork(void)
{
	pthread_atfork(mm_fork_prepare, mm_fork_parent, mm_fork_child);
}

void mm_lock(void)
{
	pthread_once(&mm_once, mm_atfork);
	pthread_mutex_lock(&mm_mutex);
}

void mm_unlock(void)
{
	pthread_mutex_unlock(&mm_mutex);
}

#define MM_LOCKED(name)                                                      \
	long sys_##name(struct os_thread *t, const uint64_t *a)              \
	{                                                                    \
		long r;                                                      \
									     \
		mm_lock();                                                   \
		r = do_##name(t, a);                                         \
		mm_unlock();                                                 \
		return r;                                                    \
	}

MM_LOCKED(mmap)
MM_LOCKED(munmap)
MM_LOCKED(mprotect)
MM_LOCKED(mremap)
MM_LOCKED(madvise)
MM_LOCKED(brk)
MM_LOCKED(shmat)
MM_LOCKED(shmdt)
