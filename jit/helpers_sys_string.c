// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * rep movs / rep stos as host loops: the exact element-by-element x86 semantics,
 * at memmove/memset speed where those are equivalent, with precise guest faults.
 */
#include <string.h>

#include "helpers_sys.h"

/*
 * Work is cut into chunks that never cross a 4 KiB boundary of the source or the
 * destination (4 KiB divides every host page size). A chunk's first element is
 * copied on its own, before anything else of the chunk: if any access of the chunk
 * can fault, that one does, and then rsi/rdi/rcx (committed after every chunk)
 * hold exactly what the CPU would show at the faulting iteration.
 */
#define CHUNK_ALIGN 4096u

/* Elements at addr, addr + step, ... (step = +-size) inside addr's 4 KiB block; >= 1. */
static uint64_t elems_in_block(uint64_t addr, int64_t step, unsigned size)
{
	uint64_t off = addr & (CHUNK_ALIGN - 1);

	if (off + size > CHUNK_ALIGN)
		return 1; /* the element straddles two blocks: it goes alone */
	return step > 0 ? (CHUNK_ALIGN - off) / size : off / size + 1;
}

static inline uint64_t load_elem(uint64_t src, unsigned size)
{
	const void *p = (const void *)(uintptr_t)src;

	switch (size) {
	case 1: return *(const volatile uint8_t *)p;
	case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
	case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
	default: { uint64_t v; memcpy(&v, p, 8); return v; }
	}
}

static inline void store_elem(uint64_t dst, uint64_t v, unsigned size)
{
	void *p = (void *)(uintptr_t)dst;

	switch (size) {
	case 1: *(volatile uint8_t *)p = (uint8_t)v; break;
	case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
	case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
	default: memcpy(p, &v, 8); break;
	}
}

/*
 * An element store that straddles two 4 KiB blocks: x86 writes nothing if either
 * page faults, a host (AArch64) may write part of it. Probe both ends for write
 * access first with an atomic "or 0", which changes nothing.
 */
static inline void store_first(uint64_t dst, uint64_t v, unsigned size)
{
	if ((dst & (CHUNK_ALIGN - 1)) + size > CHUNK_ALIGN) {
		__atomic_fetch_or((uint8_t *)(uintptr_t)dst, 0, __ATOMIC_RELAXED);
		__atomic_fetch_or((uint8_t *)(uintptr_t)(dst + size - 1), 0, __ATOMIC_RELAXED);
	}
	store_elem(dst, v, size);
}

static inline uint64_t min64(uint64_t a, uint64_t b)
{
	return a < b ? a : b;
}

DEFINE_HELPER(h_rep_movs, HF_MEM | HF_STATE)
{
	unsigned size = a & 0xff, asz = (a >> 8) & 0xff;
	uint64_t amask = asz == 4 ? 0xffffffffULL : ~0ULL;
	int64_t step = cpu->df * (int64_t)size;
	uint64_t cnt = cpu->regs[X86_RCX] & amask;

	while (cnt) {
		uint64_t si = cpu->regs[X86_RSI] & amask, di = cpu->regs[X86_RDI] & amask;
		uint64_t src = b + si, dst = di, n;

		n = min64(cnt, min64(elems_in_block(src, step, size), elems_in_block(dst, step, size)));
		if (asz == 4)
			n = 1; /* 32-bit addresses may wrap: element by element */
		store_first(dst, load_elem(src, size), size);
		if (n > 1) {
			uint64_t len = n * size, rest = len - size;
			/* Lowest bytes of the chunk's source and destination. */
			uint64_t s0 = step > 0 ? src : src - rest, d0 = step > 0 ? dst : dst - rest;
			/*
			 * memmove equals the sequential copy unless an element reads bytes
			 * an earlier element wrote: forward with dst just above src,
			 * backward with dst just below.
			 */
			bool conflict = step > 0 ? (src < dst && dst < src + len)
						 : (dst < src && src < dst + len);

			if (!conflict) {
				if (step > 0)
					memmove((void *)(uintptr_t)(d0 + size),
						(const void *)(uintptr_t)(s0 + size), rest);
				else
					memmove((void *)(uintptr_t)d0, (const void *)(uintptr_t)s0, rest);
			} else {
				for (uint64_t k = 1; k < n; k++)
					store_elem(dst + k * step, load_elem(src + k * step, size), size);
			}
		}
		cnt -= n;
		cpu->regs[X86_RSI] = (si + n * step) & amask;
		cpu->regs[X86_RDI] = (di + n * step) & amask;
		cpu->regs[X86_RCX] = cnt;
		if (cnt && x86_cpu_poll(cpu))
			return 1;
	}
	cpu->regs[X86_RCX] &= amask; /* ecx is written even for a zero count */
	return 0;
}

DEFINE_HELPER(h_rep_stos, HF_MEM | HF_STATE)
{
	unsigned size = a & 0xff, asz = (a >> 8) & 0xff;
	uint64_t amask = asz == 4 ? 0xffffffffULL : ~0ULL;
	int64_t step = cpu->df * (int64_t)size;
	uint64_t cnt = cpu->regs[X86_RCX] & amask;
	uint64_t pattern = 0x0101010101010101ULL * (b & 0xff);
	bool bytewise = (b & ((size >= 8) ? ~0ULL : (1ULL << (size * 8)) - 1)) ==
			(pattern & ((size >= 8) ? ~0ULL : (1ULL << (size * 8)) - 1));

	while (cnt) {
		uint64_t di = cpu->regs[X86_RDI] & amask, dst = di, n;

		n = min64(cnt, elems_in_block(dst, step, size));
		if (asz == 4)
			n = 1;
		store_first(dst, b, size);
		if (n > 1) {
			uint64_t rest = (n - 1) * size;
			uint64_t lo = step > 0 ? dst + size : dst - rest;

			if (bytewise) {
				memset((void *)(uintptr_t)lo, (int)(b & 0xff), rest);
			} else {
				for (uint64_t k = 0; k < n - 1; k++)
					store_elem(lo + k * size, b, size);
			}
		}
		cnt -= n;
		cpu->regs[X86_RDI] = (di + n * step) & amask;
		cpu->regs[X86_RCX] = cnt;
		if (cnt && x86_cpu_poll(cpu))
			return 1;
	}
	cpu->regs[X86_RCX] &= amask;
	return 0;
}
