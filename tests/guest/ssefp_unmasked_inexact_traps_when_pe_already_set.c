// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * With PE already set in MXCSR but the precision exception unmasked, an inexact
 * SSE result still raises #XM: SIGFPE with si_code FPE_FLTRES at the divsd, and
 * an exact one does not.
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s)
{
	(void)!write(1, s, strlen(s));
}

static void on_fpe(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	say(si->si_code == FPE_FLTRES ? "SIGFPE FPE_FLTRES\n" : "SIGFPE, other si_code\n");
	_exit(0);
}

int main(void)
{
	struct sigaction sa;
	unsigned int mxcsr = 0x0fa0; /* PE set, PM clear, other exceptions masked */
	volatile double one = 1.0, three = 3.0, two = 2.0, r;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fpe;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGFPE, &sa, NULL);
	__asm__ volatile("ldmxcsr %0" : : "m"(mxcsr));
	r = one / two; /* exact: no trap */
	say(r == 0.5 ? "exact division: no trap\n" : "wrong exact result\n");
	r = one / three;
	say("inexact division did not trap\n");
	return 1;
}
