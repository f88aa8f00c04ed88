// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * div r32 with edx >= divisor: the quotient does not fit in 32 bits, so the
 * divide raises #DE (SIGFPE, status 136) and leaves eax/edx alone.
 */
#include <string.h>
#include <unistd.h>

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

int main(void)
{
	unsigned int lo = 0, hi = 5, d = 5;

	say("dividing 5:0 by 5\n");
	__asm__ volatile("divl %2" : "+a"(lo), "+d"(hi) : "r"(d));
	say("not reached\n");
	return (int)lo;
}
