// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * An x87 division by zero with ZE unmasked is reported at the next waiting x87
 * instruction (#MF): the process dies by SIGFPE (exit status 136 under the
 * harness) after the first line; the division itself completes without a trap.
 */
#include <string.h>
#include <unistd.h>

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

int main(void)
{
	unsigned short cw = 0x37b; /* ZE unmasked */
	unsigned short sw;

	__asm__ volatile("fninit; fldcw %0" : : "m"(cw));
	__asm__ volatile("fld1; fldz; fdivrp; fnstsw %0" : "=m"(sw));
	say(sw == 0x3884 ? "pending: ZE ES B set\n" : "unexpected status word\n");
	__asm__ volatile("fwait");
	say("not reached\n");
	return 0;
}
