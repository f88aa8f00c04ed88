// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A thread spins on a flag that another thread sets later. The spinning loop only
 * loads (no store, no call), runs long enough to be compiled by the LLVM tier and
 * must still see the store: a compiler that keeps the load in a register, or hoists
 * it out of the loop, hangs here (the harness's timeout fails the run). Guest loads
 * are volatile in compiled code for this reason.
 */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static int flag;

static void *setter(void *arg)
{
	struct timespec ts = { 0, 300 * 1000 * 1000 };

	(void)arg;
	nanosleep(&ts, NULL);
	__atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
	return NULL;
}

int main(void)
{
	pthread_t t;
	unsigned long spins = 0;

	if (pthread_create(&t, NULL, setter, NULL))
		return 1;
	while (!__atomic_load_n(&flag, __ATOMIC_RELAXED)) /* a plain mov on x86 */
		spins++;
	pthread_join(t, NULL);
	printf("flag seen after %s spins\n", spins > 1000 ? "many" : "few");
	return 0;
}
