// SPDX-License-Identifier: GPL-2.0-or-later
/* Fault-safe guest memory copies (see gmem.h). */
#include <errno.h>
#include <string.h>

#include "gmem.h"

__thread sigjmp_buf *gmem_recover_point;
__thread struct gmem_fault gmem_last_fault;

void gmem_fault_recover(int sig, int code, uint64_t addr)
{
	sigjmp_buf *jb = gmem_recover_point;

	if (jb) {
		gmem_last_fault.sig = sig;
		gmem_last_fault.code = code;
		gmem_last_fault.addr = addr;
		gmem_recover_point = NULL;
		siglongjmp(*jb, 1);
	}
}

/* Kept out of line so the compiler cannot move guest accesses outside the window. */
static __attribute__((noinline)) void raw_copy(void *d, const void *s, size_t n)
{
	volatile unsigned char *vd = d;
	const volatile unsigned char *vs = s;

	if (n >= 64) {
		memcpy(d, s, n);
		return;
	}
	while (n--)
		*vd++ = *vs++;
}

/*
 * Copy n bytes (or clear them when src is NULL) with a recovery point armed:
 * a host fault on either side gives -EFAULT. guest is the guest-side address,
 * only checked for wrap-around.
 */
static int guarded_copy(void *dst, const void *src, size_t n, gaddr_t guest)
{
	sigjmp_buf jb, *prev = gmem_recover_point;

	if (!n)
		return 0;
	if (guest + n < guest)
		return -EFAULT;
	if (sigsetjmp(jb, 0)) {
		gmem_recover_point = prev;
		return -EFAULT;
	}
	gmem_recover_point = &jb;
	if (src)
		raw_copy(dst, src, n);
	else
		memset(dst, 0, n);
	gmem_recover_point = prev;
	return 0;
}

int copy_from_guest(void *dst, gaddr_t src, size_t n)
{
	return guarded_copy(dst, (const void *)(uintptr_t)src, n, src);
}

int copy_to_guest(gaddr_t dst, const void *src, size_t n)
{
	return guarded_copy((void *)(uintptr_t)dst, src, n, dst);
}

int clear_guest(gaddr_t dst, size_t n)
{
	return guarded_copy((void *)(uintptr_t)dst, NULL, n, dst);
}

long strncpy_from_guest(char *dst, gaddr_t src, size_t size)
{
	sigjmp_buf jb;
	const volatile char *s = (const volatile char *)(uintptr_t)src;
	size_t i;

	if (!size)
		return -ENAMETOOLONG;
	sigjmp_buf *prev = gmem_recover_point;

	if (sigsetjmp(jb, 0)) {
		gmem_recover_point = prev;
		return -EFAULT;
	}
	gmem_recover_point = &jb;
	for (i = 0; i < size; i++) {
		dst[i] = s[i];
		if (!dst[i]) {
			gmem_recover_point = prev;
			return (long)i;
		}
	}
	gmem_recover_point = prev;
	dst[size - 1] = 0;
	return -ENAMETOOLONG;
}
