// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * pthreads under contention: atomic and mutex-protected counters, a condition
 * variable ping-pong, barrier rounds, thread-local storage, join results and
 * cancellation of a thread blocked in pthread_cond_wait. Output is
 * deterministic (only totals and per-thread results are printed).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NTHREADS 4
#define ITERS 20000

static long atomic_counter, locked_counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static __thread long tls_value;
static pthread_barrier_t barrier;
static int barrier_sum[NTHREADS];

static void *worker(void *arg)
{
	long id = (long)(intptr_t)arg;

	tls_value = id * 100;
	for (int i = 0; i < ITERS; i++) {
		__atomic_fetch_add(&atomic_counter, 1, __ATOMIC_SEQ_CST);
		pthread_mutex_lock(&lock);
		locked_counter++;
		pthread_mutex_unlock(&lock);
	}
	for (int r = 0; r < 50; r++) {
		barrier_sum[id] += r;
		pthread_barrier_wait(&barrier);
	}
	return (void *)(intptr_t)(tls_value + id); /* TLS kept its own value */
}

static pthread_mutex_t pp_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pp_cond = PTHREAD_COND_INITIALIZER;
static int turn, rounds_done;

static void *ping(void *arg)
{
	int me = (int)(intptr_t)arg;

	for (int i = 0; i < 500; i++) {
		pthread_mutex_lock(&pp_lock);
		while (turn != me)
			pthread_cond_wait(&pp_cond, &pp_lock);
		turn = 1 - me;
		rounds_done++;
		pthread_cond_broadcast(&pp_cond);
		pthread_mutex_unlock(&pp_lock);
	}
	return NULL;
}

static pthread_mutex_t never_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never_cond = PTHREAD_COND_INITIALIZER;
static volatile int waiting;

static void unlock_cleanup(void *m)
{
	pthread_mutex_unlock(m);
}

static void *waiter(void *arg)
{
	pthread_mutex_lock(&never_lock);
	pthread_cleanup_push(unlock_cleanup, &never_lock);
	waiting = 1;
	for (;;)
		pthread_cond_wait(&never_cond, &never_lock);
	pthread_cleanup_pop(1);
	return NULL;
}

int main(void)
{
	pthread_t t[NTHREADS], a, b, w;
	void *ret;
	long sum = 0;

	pthread_barrier_init(&barrier, NULL, NTHREADS);
	for (long i = 0; i < NTHREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
	for (int i = 0; i < NTHREADS; i++) {
		pthread_join(t[i], &ret);
		printf("thread %d returned %ld, barrier sum %d\n", i, (long)(intptr_t)ret,
		       barrier_sum[i]);
	}
	printf("atomic counter %ld, locked counter %ld (want %d)\n", atomic_counter, locked_counter,
	       NTHREADS * ITERS);

	pthread_create(&a, NULL, ping, (void *)0);
	pthread_create(&b, NULL, ping, (void *)1);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	printf("ping-pong rounds %d\n", rounds_done);

	pthread_create(&w, NULL, waiter, NULL);
	while (!waiting)
		usleep(1000);
	pthread_mutex_lock(&never_lock); /* the waiter sits in cond_wait */
	pthread_mutex_unlock(&never_lock);
	pthread_cancel(w);
	pthread_join(w, &ret);
	printf("cancelled: %d\n", ret == PTHREAD_CANCELED);
	for (int i = 0; i < NTHREADS; i++)
		sum += barrier_sum[i];
	printf("main tls %ld, sum %ld\n", tls_value, sum);
	return 0;
}
