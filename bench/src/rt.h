/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A minimal runtime for the benchmark workloads: _start, write, exit and number
 * printing, without libc, so that a workload needs nothing from xbt's syscall
 * layer beyond write and exit. Builds for x86_64 (the guest) and aarch64 (native
 * reference for bench-aarch64).
 */
#ifndef BENCH_RT_H
#define BENCH_RT_H

typedef unsigned long u64;
typedef unsigned int u32;
typedef unsigned char u8;

static long sys3(long nr, long a, long b, long c)
{
	long r;
#if defined(__x86_64__)
	__asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b), "d"(c)
			 : "rcx", "r11", "memory");
#elif defined(__aarch64__)
	register long x8 __asm__("x8") = nr, x0 __asm__("x0") = a, x1 __asm__("x1") = b,
		      x2 __asm__("x2") = c;
	__asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
	r = x0;
#endif
	return r;
}

#if defined(__x86_64__)
#define NR_WRITE 1
#define NR_EXIT 60
#else
#define NR_WRITE 64
#define NR_EXIT 93
#endif

static void put(const char *s)
{
	long n = 0;

	while (s[n])
		n++;
	sys3(NR_WRITE, 1, (long)s, n);
}

static void put_u64(const char *label, u64 v)
{
	char buf[24];
	int i = sizeof(buf) - 1;

	buf[i] = 0;
	do
		buf[--i] = (char)('0' + v % 10);
	while (v /= 10);
	put(label);
	put(&buf[i]);
	put("\n");
}

static u64 bench_main(void);

__attribute__((noreturn, used)) static void start_c(void)
{
	put_u64("result ", bench_main());
	sys3(NR_EXIT, 0, 0, 0);
	__builtin_unreachable();
}

#if defined(__x86_64__)
__asm__(".globl _start\n_start:\n\tand $-16, %rsp\n\tcall start_c\n");
#else
__asm__(".globl _start\n_start:\n\tbl start_c\n");
#endif

/* Compilers may emit calls to these even with -ffreestanding. */
void *memset(void *d, int c, unsigned long n)
{
	volatile u8 *p = d;

	while (n--)
		*p++ = (u8)c;
	return d;
}

void *memcpy(void *d, const void *s, unsigned long n)
{
	volatile u8 *p = d;
	const u8 *q = s;

	while (n--)
		*p++ = *q++;
	return d;
}

#endif
