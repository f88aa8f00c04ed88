// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The CPU model xbt presents: an honest x86-64-v2 (SSE..SSE4.2, POPCNT, CX16,
 * LAHF/SAHF), no AVX. glibc picks its string and memory routines from this, so
 * it must name only what the lifter implements.
 *
 * The vendor is "GenuineIntel": glibc reads leaf 1 (and so finds even SSE2) only
 * for vendors it knows, and an unknown one makes every dynamic program fail with
 * "CPU ISA level is lower than required". Leaves 2 and 4 describe caches (glibc
 * sizes its memcpy strategies from them). xbt identifies itself the way
 * hypervisors do: CPUID.1:ECX bit 31 and the signature "XbtXbtXbtXbt" in leaf
 * 0x40000000 (tests use it to tell xbt from a real CPU).
 */
#include <string.h>

#include "jit.h"

/* Leaf 1 feature bits. */
#define EDX_FPU (1u << 0)
#define EDX_TSC (1u << 4)
#define EDX_CX8 (1u << 8)
#define EDX_CMOV (1u << 15)
#define EDX_CLFSH (1u << 19)
#define EDX_MMX (1u << 23)
#define EDX_FXSR (1u << 24)
#define EDX_SSE (1u << 25)
#define EDX_SSE2 (1u << 26)
#define ECX_SSE3 (1u << 0)
#define ECX_SSSE3 (1u << 9)
#define ECX_CX16 (1u << 13)
#define ECX_SSE41 (1u << 19)
#define ECX_SSE42 (1u << 20)
#define ECX_MOVBE (1u << 22)
#define ECX_POPCNT (1u << 23)
#define ECX_HYPERVISOR (1u << 31)
/* Leaf 0x80000001 */
#define ECX_LAHF (1u << 0)
#define ECX_ABM (1u << 5) /* lzcnt */
#define EDX_SYSCALL (1u << 11)
#define EDX_NX (1u << 20)
#define EDX_LM (1u << 29)
#define EDX_RDTSCP (1u << 27)

static const uint32_t leaf1_edx = EDX_FPU | EDX_TSC | EDX_CX8 | EDX_CMOV | EDX_CLFSH | EDX_MMX |
				  EDX_FXSR | EDX_SSE | EDX_SSE2;
static const uint32_t leaf1_ecx = ECX_SSE3 | ECX_SSSE3 | ECX_CX16 | ECX_SSE41 | ECX_SSE42 |
				  ECX_MOVBE | ECX_POPCNT | ECX_HYPERVISOR;

/* Leaf 4: deterministic cache parameters (type, level, ways, line, sets, sharing). */
struct cache_desc {
	unsigned type, level, ways, sets, sharing;
};
static const struct cache_desc caches[] = {
	{ 1, 1, 8, 64, 1 },     /* L1d 32 KiB */
	{ 2, 1, 8, 64, 1 },     /* L1i 32 KiB */
	{ 3, 2, 16, 1024, 1 },  /* L2 1 MiB */
	{ 3, 3, 16, 16384, 16 }, /* L3 16 MiB, shared by 16 threads */
};

static void leaf4(uint32_t sub, uint32_t out[4])
{
	const struct cache_desc *d;

	if (sub >= ARRAY_SIZE(caches))
		return; /* type 0: no more caches */
	d = &caches[sub];
	out[0] = d->type | d->level << 5 | 1u << 8 /* self-initialising */ |
		 (d->sharing - 1) << 14;
	out[1] = (d->ways - 1) << 22 | (64 - 1); /* one partition, 64-byte lines */
	out[2] = d->sets - 1;
}

void x86_cpuid(uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	static const char vendor[12] = "GenuineIntel";
	static const char signature[12] = "XbtXbtXbtXbt";
	static const char brand[48] = "xbt x86-64-v2 translator";

	memset(out, 0, 4 * sizeof(uint32_t));
	switch (leaf) {
	case 0:
		out[0] = 7;
		memcpy(&out[1], vendor, 4);
		memcpy(&out[3], vendor + 4, 4);
		memcpy(&out[2], vendor + 8, 4);
		break;
	case 1:
		out[0] = 0x000806f0;  /* family 6 */
		out[1] = 0x00000800;  /* clflush line size 64 */
		out[2] = leaf1_ecx;
		out[3] = leaf1_edx;
		break;
	case 2:
		out[0] = 0x0000ff01; /* one round; descriptor 0xff: see leaf 4 */
		break;
	case 4:
		leaf4(sub, out);
		break;
	case 7:
		(void)sub; /* no extended features (no BMI, AVX, ERMS) */
		break;
	case 0x40000000:
		out[0] = 0x40000000;
		memcpy(&out[1], signature, 4);
		memcpy(&out[2], signature + 4, 4);
		memcpy(&out[3], signature + 8, 4);
		break;
	case 0x80000000:
		out[0] = 0x80000004;
		break;
	case 0x80000001:
		out[2] = ECX_LAHF | ECX_ABM;
		out[3] = EDX_SYSCALL | EDX_NX | EDX_LM | EDX_RDTSCP;
		break;
	case 0x80000002:
	case 0x80000003:
	case 0x80000004:
		memcpy(out, brand + 16 * (leaf - 0x80000002), 16);
		break;
	default:
		break;
	}
}

uint64_t x86_hwcap(void)
{
	return leaf1_edx; /* x86_64 AT_HWCAP is CPUID.1:EDX */
}

uint64_t x86_hwcap2(void)
{
	return 0; /* bit 1 (FSGSBASE) not offered */
}
