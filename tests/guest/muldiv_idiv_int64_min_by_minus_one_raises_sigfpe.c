// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * INT64_MIN / -1 does not fit in 64 bits: idiv raises #DE (SIGFPE, status 136),
 * and must do so without taking xbt down on hosts whose own division would trap.
 * A fitting idiv first shows that ordinary signed division still works.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

int main(void)
{
	volatile int64_t n = INT64_MIN, d = -1, ok = 7;
	char buf[64];
	int64_t q;

	q = n / ok;
	snprintf(buf, sizeof(buf), "%lld %lld\n", (long long)q, (long long)(n % ok));
	say(buf);
	say("dividing INT64_MIN by -1\n");
	q = n / d;
	say("not reached\n");
	return (int)q;
}
