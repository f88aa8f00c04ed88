// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * fxrstor of an image whose MXCSR sets reserved bits (outside MXCSR_MASK) raises
 * #GP: the process dies by SIGSEGV (exit status 139 under the harness) after the
 * second line; a valid image restores the state.
 */
#include <string.h>
#include <unistd.h>

static char img[512] __attribute__((aligned(16)));

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

int main(void)
{
	unsigned short cw;

	__asm__ volatile("fninit; fxsave %0" : "=m"(img));
	*(unsigned short *)img = 0x27f; /* FCW: 53-bit precision */
	__asm__ volatile("fxrstor %1; fnstcw %0" : "=m"(cw) : "m"(img));
	say(cw == 0x27f ? "fxrstor loaded fcw 0x27f\n" : "fxrstor: wrong fcw\n");
	say("fxrstor with MXCSR bit 16 set\n");
	*(unsigned *)(img + 24) |= 1u << 16;
	__asm__ volatile("fxrstor %0" : : "m"(img));
	say("not reached\n");
	return 0;
}
