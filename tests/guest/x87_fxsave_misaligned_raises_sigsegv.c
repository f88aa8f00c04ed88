// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fxsave needs a 16-byte aligned operand: an aligned one works, a misaligned one
 * raises #GP and the process dies by SIGSEGV (exit status 139 under the harness)
 * after the second line.
 */
#include <string.h>
#include <unistd.h>

static char buf[512 + 32] __attribute__((aligned(16)));

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

int main(void)
{
	__asm__ volatile("fninit; fxsave %0" : "=m"(*(char(*)[512])(buf + 16)));
	say(*(unsigned short *)(buf + 16) == 0x37f ? "aligned fxsave stored fcw 0x37f\n"
						   : "aligned fxsave: wrong fcw\n");
	say("misaligned fxsave\n");
	__asm__ volatile("fxsave %0" : "=m"(*(char(*)[512])(buf + 8)));
	say("not reached\n");
	return 0;
}
