/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Basic types and helpers shared by every layer of xbt. */
#ifndef XBT_CORE_TYPES_H
#define XBT_CORE_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* A guest virtual address. User mode uses identity mapping: guest == host. */
typedef uint64_t gaddr_t;

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define ALIGN_UP(x, a) (((x) + (a) - 1) & ~((__typeof__(x))(a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((__typeof__(x))(a) - 1))
#define BUILD_BUG_ON(c) _Static_assert(!(c), #c)
#define __unused __attribute__((unused))
#define __noreturn __attribute__((noreturn))

/* Guest pages are always 4 KiB, whatever the host page size. */
#define X86_PAGE_SIZE 4096UL

void xbt_bug(const char *file, int line, const char *cond) __noreturn;
/* For programmer errors only, never for guest input. */
#define BUG_ON(c)                                             \
	do {                                                  \
		if (unlikely(c))                              \
			xbt_bug(__FILE__, __LINE__, #c);      \
	} while (0)

#endif
