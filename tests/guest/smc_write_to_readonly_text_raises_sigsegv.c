// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A write to the program's own (read-only, executable) text is a SIGSEGV, also
 * once that text has been translated: the code-page protection (os/smc.c) must
 * not mistake it for a write to a writable code page and make the page writable.
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

static void on_segv(int sig)
{
	(void)sig;
	say("SIGSEGV on a write to text\n");
	_exit(0);
}

int main(void)
{
	volatile unsigned char *p = (volatile unsigned char *)(void *)main;

	signal(SIGSEGV, on_segv);
	p[0] = p[0];
	say("FAIL: the write to text succeeded\n");
	return 1;
}
