// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Unsigned 32-bit division by zero raises #DE: the process dies by SIGFPE (exit
 * status 136 under the harness), after the first line and before the second.
 */
#include <string.h>
#include <unistd.h>

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

int main(void)
{
	volatile unsigned int n = 1234, d = 0;
	volatile unsigned int q;

	say("dividing by zero\n");
	q = n / d;
	say("not reached\n");
	return (int)q;
}
