// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * x86_64 <-> host conversions: open flags (the four that differ on arm64), mmap
 * flags, struct stat/statfs field placement, and the guest address-space manager.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "os/abi.h"
#include "os/mm.h"
#include "os/os.h"

struct os_options os_opts; /* referenced by os/ objects; defined by os/main.c in xbt */

static int fails;

#define EXPECT(c, ...)                                  \
	do {                                            \
		if (!(c)) {                             \
			printf("FAIL: " __VA_ARGS__);   \
			printf("\n");                   \
			fails++;                        \
		}                                       \
	} while (0)

static void test_open_flags(void)
{
	/* x86_64 octal values, written independently of x86_abi.h */
	EXPECT(abi_open_flags_to_host(0200000) == O_DIRECTORY, "O_DIRECTORY");
	EXPECT(abi_open_flags_to_host(0400000) == O_NOFOLLOW, "O_NOFOLLOW");
	EXPECT(abi_open_flags_to_host(040000) == O_DIRECT, "O_DIRECT");
	EXPECT(abi_open_flags_to_host(02000000) == O_CLOEXEC, "O_CLOEXEC");
	EXPECT(abi_open_flags_to_host(0101 | 01000) == (O_WRONLY | O_CREAT | O_TRUNC), "creat");
	EXPECT(abi_open_flags_to_host(020200000) == O_TMPFILE, "O_TMPFILE");
	EXPECT(abi_open_flags_to_host(010000000) == O_PATH, "O_PATH");
	EXPECT(abi_open_flags_to_host(04010000) == O_SYNC, "O_SYNC");
#if defined(__aarch64__)
	EXPECT(abi_open_flags_to_host(0100000) == 0400000, "O_LARGEFILE to arm64");
	EXPECT(abi_open_flags_to_x86(0400000 | 02) == (0100000 | 02), "O_LARGEFILE from arm64");
	EXPECT(abi_open_flags_to_x86(040000) == 0200000, "arm64 O_DIRECTORY");
#else
	EXPECT(abi_open_flags_to_host(0100000) == 0100000, "O_LARGEFILE");
#endif
	/* Round trip of every single x86 bit and a combination. */
	for (int b = 0; b < 32; b++) {
		uint64_t x = 1ULL << b;

		EXPECT(abi_open_flags_to_x86(abi_open_flags_to_host(x)) == x, "round trip bit %d", b);
	}
	uint64_t all = 02 | 0100 | 0200 | 02000 | 04000 | 040000 | 0100000 | 0200000 | 0400000 | 02000000;
	EXPECT(abi_open_flags_to_x86(abi_open_flags_to_host(all)) == all, "round trip mix");
}

static void test_mmap_flags(void)
{
	EXPECT(abi_mmap_flags_to_host(0x22) == (MAP_PRIVATE | MAP_ANONYMOUS), "private anon");
	EXPECT(abi_mmap_flags_to_host(0x100012) == (MAP_PRIVATE | MAP_FIXED | MAP_FIXED_NOREPLACE),
	       "fixed noreplace");
	EXPECT(abi_mmap_flags_to_host(0x20022) == (MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK), "stack");
	EXPECT(abi_mmap_flags_to_host(0x4022) == (MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE), "noreserve");
	EXPECT(abi_mmap_flags_to_host(0x40 | 0x22) == (MAP_PRIVATE | MAP_ANONYMOUS), "MAP_32BIT handled by caller");
	EXPECT(abi_mmap_flags_to_host(0x03 | 0x800000) < 0, "SHARED_VALIDATE unknown flag");
}

static void test_stat(void)
{
	struct stat s;
	struct x86_stat x;
	unsigned char *raw = (unsigned char *)&x;
	uint64_t v;

	memset(&s, 0, sizeof(s));
	s.st_dev = 0x0102;
	s.st_ino = 0x1122334455ULL;
	s.st_nlink = 3;
	s.st_mode = 0100644;
	s.st_uid = 1000;
	s.st_gid = 100;
	s.st_rdev = 0x0803;
	s.st_size = 123456789;
	s.st_blksize = 4096;
	s.st_blocks = 242;
	s.st_atim.tv_sec = 1000;
	s.st_atim.tv_nsec = 1;
	s.st_mtim.tv_sec = 2000;
	s.st_mtim.tv_nsec = 2;
	s.st_ctim.tv_sec = 3000;
	s.st_ctim.tv_nsec = 3;
	abi_stat_to_x86(&x, &s);
	/* Offsets from the x86_64 ABI, not from the struct definition. */
	memcpy(&v, raw + 8, 8);
	EXPECT(v == 0x1122334455ULL, "st_ino at 8");
	memcpy(&v, raw + 16, 8);
	EXPECT(v == 3, "st_nlink at 16");
	EXPECT(*(uint32_t *)(raw + 24) == 0100644, "st_mode at 24");
	EXPECT(*(uint32_t *)(raw + 28) == 1000 && *(uint32_t *)(raw + 32) == 100, "uid/gid");
	memcpy(&v, raw + 48, 8);
	EXPECT(v == 123456789, "st_size at 48");
	memcpy(&v, raw + 56, 8);
	EXPECT(v == 4096, "st_blksize at 56");
	memcpy(&v, raw + 64, 8);
	EXPECT(v == 242, "st_blocks at 64");
	memcpy(&v, raw + 88, 8);
	EXPECT(v == 2000, "st_mtime at 88");
	memcpy(&v, raw + 112, 8);
	EXPECT(v == 3, "st_ctime_nsec at 112");
	for (int i = 120; i < 144; i++)
		EXPECT(raw[i] == 0, "unused byte %d zero", i);

	struct statfs f;
	struct x86_statfs xf;

	memset(&f, 0, sizeof(f));
	f.f_type = 0xEF53;
	f.f_bsize = 4096;
	f.f_namelen = 255;
	f.f_frsize = 4096;
	abi_statfs_to_x86(&xf, &f);
	raw = (unsigned char *)&xf;
	memcpy(&v, raw + 0, 8);
	EXPECT(v == 0xEF53, "f_type");
	memcpy(&v, raw + 64, 8);
	EXPECT(v == 255, "f_namelen at 64");
}

static void test_mm(void)
{
	size_t base = mm_count();
	char *m = mmap(NULL, 16 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t a = (uint64_t)(uintptr_t)m;
	static char xbt_own[3 * 4096] __attribute__((aligned(4096)));

	mm_add(a, 8 * 4096, 3);
	EXPECT(mm_is_guest(a, 8 * 4096) && !mm_is_guest(a, 9 * 4096), "is_guest");
	mm_add(a + 8 * 4096, 4096, 3);
	EXPECT(mm_count() == base + 1, "adjacent equal regions merge");
	mm_set_prot(a + 4096, 4096, 7);
	EXPECT(mm_count() == base + 3, "prot change splits");
	EXPECT(mm_has_exec(a, 4 * 4096) && !mm_has_exec(a + 2 * 4096, 4096), "has_exec");
	mm_remove(a + 2 * 4096, 2 * 4096);
	EXPECT(!mm_is_guest(a, 8 * 4096) && mm_is_guest(a + 4 * 4096, 4096), "remove middle");
	/* MAP_FIXED over the hole left by munmap is fine; over xbt's memory it is not. */
	munmap(m + 2 * 4096, 2 * 4096);
	EXPECT(mm_fixed_ok(a, 8 * 4096), "fixed over guest + free hole");
	EXPECT(!mm_fixed_ok((uint64_t)(uintptr_t)xbt_own, sizeof(xbt_own)), "fixed over xbt memory");
	mm_remove(a, 16 * 4096);
	EXPECT(mm_count() == base, "all removed");
	munmap(m, 16 * 4096);
}

int main(void)
{
	test_open_flags();
	test_mmap_flags();
	test_stat();
	test_mm();
	printf("%s\n", fails ? "FAILED" : "ok");
	return fails != 0;
}
