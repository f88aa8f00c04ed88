// SPDX-License-Identifier: GPL-2.0-or-later
/* Calls and returns: naive recursive Fibonacci (indirect branch fast path). */
#include "rt.h"

__attribute__((noinline)) static u64 fib(u64 n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static u64 bench_main(void)
{
	return fib(39);
}
