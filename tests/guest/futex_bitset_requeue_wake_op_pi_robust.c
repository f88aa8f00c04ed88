// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The futex operations glibc and Go use, called directly and through pthreads:
 * FUTEX_WAIT (EAGAIN, relative timeout), FUTEX_WAIT_BITSET with absolute
 * CLOCK_MONOTONIC and CLOCK_REALTIME timeouts, bitset-selective wakes,
 * FUTEX_REQUEUE and FUTEX_CMP_REQUEUE, FUTEX_WAKE_OP, priority-inheritance
 * locks (FUTEX_LOCK_PI/TRYLOCK_PI/UNLOCK_PI directly and PTHREAD_PRIO_INHERIT
 * mutexes under contention), and robust mutexes whose owner exits while
 * holding them (EOWNERDEAD, also for a waiter blocked at that moment).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int failures;

#define CHECK(cond, ...)                                 \
	do {                                             \
		if (!(cond)) {                           \
			failures++;                      \
			printf("FAIL line %d: ", __LINE__); \
			printf(__VA_ARGS__);             \
			printf("\n");                    \
		}                                        \
	} while (0)

static long futex(uint32_t *uaddr, int op, uint32_t val, const void *ts_or_val2, uint32_t *uaddr2,
		  uint32_t val3)
{
	return syscall(SYS_futex, uaddr, op, val, ts_or_val2, uaddr2, val3);
}

static int64_t ns_now(clockid_t clk)
{
	struct timespec ts;

	clock_gettime(clk, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static struct timespec abs_in(clockid_t clk, long ms)
{
	int64_t t = ns_now(clk) + ms * 1000000LL;

	return (struct timespec){ t / 1000000000LL, t % 1000000000LL };
}

static pid_t gettid_(void)
{
	return (pid_t)syscall(SYS_gettid);
}

/*
 * Until thread tid sits in a syscall whose first argument is addr (a futex
 * call on that word): /proc/self/task/TID/syscall. Gives up after 5 s so that
 * an unexpected /proc cannot hang the test (the checks then tell).
 */
static void wait_blocked_on(pid_t tid, const void *addr)
{
	char path[64], buf[256];

	int64_t give_up = ns_now(CLOCK_MONOTONIC) + 5000000000LL;

	snprintf(path, sizeof(path), "/proc/self/task/%d/syscall", tid);
	while (ns_now(CLOCK_MONOTONIC) < give_up) {
		FILE *f = fopen(path, "r");
		unsigned long nr, a0;
		int n = 0;

		if (f) {
			if (fgets(buf, sizeof(buf), f))
				n = sscanf(buf, "%lu %lx", &nr, &a0);
			fclose(f);
		}
		if (n == 2 && a0 == (unsigned long)(uintptr_t)addr)
			return;
		usleep(1000);
	}
}

/* ---- timeouts ---- */

static void timeouts(void)
{
	uint32_t w = 5;
	struct timespec rel = { 0, 20 * 1000000 }, ts;
	int64_t t0;
	long r;

	errno = 0;
	r = futex(&w, FUTEX_WAIT_PRIVATE, 6, NULL, NULL, 0);
	CHECK(r == -1 && errno == EAGAIN, "WAIT on a changed value: %ld errno %d", r, errno);

	t0 = ns_now(CLOCK_MONOTONIC);
	r = futex(&w, FUTEX_WAIT_PRIVATE, 5, &rel, NULL, 0);
	CHECK(r == -1 && errno == ETIMEDOUT, "WAIT relative timeout: %ld errno %d", r, errno);
	CHECK(ns_now(CLOCK_MONOTONIC) - t0 >= 20000000, "relative timeout returned early");

	ts = abs_in(CLOCK_MONOTONIC, 20);
	r = futex(&w, FUTEX_WAIT_BITSET_PRIVATE, 5, &ts, NULL, FUTEX_BITSET_MATCH_ANY);
	CHECK(r == -1 && errno == ETIMEDOUT, "WAIT_BITSET monotonic: %ld errno %d", r, errno);
	CHECK(ns_now(CLOCK_MONOTONIC) >= ts.tv_sec * 1000000000LL + ts.tv_nsec,
	      "absolute monotonic timeout returned early");

	ts = abs_in(CLOCK_REALTIME, 20);
	r = futex(&w, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, 5, &ts, NULL,
		  FUTEX_BITSET_MATCH_ANY);
	CHECK(r == -1 && errno == ETIMEDOUT, "WAIT_BITSET realtime: %ld errno %d", r, errno);
	CHECK(ns_now(CLOCK_REALTIME) >= ts.tv_sec * 1000000000LL + ts.tv_nsec,
	      "absolute realtime timeout returned early");

	/* an absolute time already past: immediate ETIMEDOUT */
	ts = (struct timespec){ 1, 0 };
	r = futex(&w, FUTEX_WAIT_BITSET_PRIVATE, 5, &ts, NULL, FUTEX_BITSET_MATCH_ANY);
	CHECK(r == -1 && errno == ETIMEDOUT, "WAIT_BITSET in the past: %ld errno %d", r, errno);
	errno = 0;
	r = futex(&w, FUTEX_WAIT_BITSET_PRIVATE, 5, NULL, NULL, 0);
	CHECK(r == -1 && errno == EINVAL, "WAIT_BITSET with bitset 0: %ld errno %d", r, errno);
	printf("timeouts: relative, absolute monotonic, absolute realtime, past, EAGAIN, EINVAL\n");
}

/* ---- waiters parked on futex words ---- */

struct waiter {
	uint32_t *word;
	uint32_t bitset, val;
	int op;
	volatile pid_t tid;
	long ret;
	int err;
	volatile int started, done;
};

static void *wait_thread(void *arg)
{
	struct waiter *w = arg;
	struct timespec ts = abs_in(CLOCK_MONOTONIC, 10000);

	w->tid = gettid_();
	w->started = 1;
	w->ret = futex(w->word, w->op, w->val, &ts, NULL, w->bitset);
	w->err = errno;
	__atomic_store_n(&w->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

/* Start n waiters on word and let them reach the kernel. */
static void park(pthread_t *t, struct waiter *w, int n, uint32_t *word, uint32_t bitset)
{
	for (int i = 0; i < n; i++) {
		w[i] = (struct waiter){ .word = word, .bitset = bitset, .val = *word,
					.op = FUTEX_WAIT_BITSET_PRIVATE };
		pthread_create(&t[i], NULL, wait_thread, &w[i]);
	}
	for (int i = 0; i < n; i++) {
		while (!w[i].started)
			usleep(1000);
		wait_blocked_on(w[i].tid, word);
	}
}

static int count_done(struct waiter *w, int n)
{
	int c = 0;

	for (int i = 0; i < n; i++)
		c += __atomic_load_n(&w[i].done, __ATOMIC_ACQUIRE);
	return c;
}

/* Wake until every waiter has left (a waiter that was not asleep yet is woken later). */
static int wake_rest(uint32_t *word, struct waiter *w, int n)
{
	int woken = 0;

	while (count_done(w, n) < n) {
		woken += (int)futex(word, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
		usleep(1000);
	}
	return woken;
}

static void bitsets(void)
{
	static uint32_t word;
	pthread_t t[2];
	struct waiter w[2];
	long r1, r2;

	park(t, w, 1, &word, 0x1);
	park(t + 1, w + 1, 1, &word, 0x6);
	r1 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, 10, NULL, NULL, 0x8); /* matches neither */
	r2 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, 10, NULL, NULL, 0x4); /* the second only */
	while (!__atomic_load_n(&w[1].done, __ATOMIC_ACQUIRE))
		usleep(1000);
	CHECK(r1 == 0 && r2 == 1, "bitset wakes: %ld %ld", r1, r2);
	CHECK(w[1].ret == 0 && !w[0].done, "bitset 0x4 woke waiter 1 only");
	r1 = futex(&word, FUTEX_WAKE_BITSET_PRIVATE, 10, NULL, NULL, 0x1);
	pthread_join(t[0], NULL);
	pthread_join(t[1], NULL);
	CHECK(r1 == 1 && w[0].ret == 0, "bitset 0x1 woke waiter 0: %ld %ld", r1, w[0].ret);
	printf("bitsets: a wake reaches only waiters whose bitset intersects\n");
}

static void requeue(void)
{
	static uint32_t a, b;
	pthread_t t[4];
	struct waiter w[4];
	long r;
	int woken_b;

	park(t, w, 4, &a, FUTEX_BITSET_MATCH_ANY);
	errno = 0;
	r = futex(&a, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)3L, &b, 7 /* a is 0 */);
	CHECK(r == -1 && errno == EAGAIN, "CMP_REQUEUE with a stale value: %ld errno %d", r, errno);
	/* wake 1, move up to 2 to b, one stays on a */
	r = futex(&a, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)2L, &b, 0);
	CHECK(r == 3, "CMP_REQUEUE returns woken + requeued: %ld", r);
	while (count_done(w, 4) < 1)
		usleep(1000);
	usleep(20000);
	CHECK(count_done(w, 4) == 1, "one woken by CMP_REQUEUE: %d", count_done(w, 4));
	r = futex(&a, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0);
	CHECK(r == 1, "one left on a: %ld", r);
	woken_b = (int)futex(&b, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0);
	CHECK(woken_b == 2, "two requeued to b: %d", woken_b);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);

	/* plain FUTEX_REQUEUE (no compare): wake 0, move all */
	park(t, w, 3, &a, FUTEX_BITSET_MATCH_ANY);
	r = futex(&a, FUTEX_REQUEUE_PRIVATE, 0, (void *)10L, &b, 0);
	CHECK(r == 3, "REQUEUE moved 3: %ld", r);
	r = futex(&a, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0);
	CHECK(r == 0, "nothing left on a: %ld", r);
	woken_b = wake_rest(&b, w, 3);
	CHECK(woken_b == 3, "three woken on b: %d", woken_b);
	for (int i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	printf("requeue: CMP_REQUEUE (stale value, wake+move), REQUEUE (move all)\n");
}

static void wake_op(void)
{
	static uint32_t a, b = 10;
	pthread_t t[2];
	struct waiter w[2];
	long r;

	park(t, w, 1, &a, FUTEX_BITSET_MATCH_ANY);
	park(t + 1, w + 1, 1, &b, FUTEX_BITSET_MATCH_ANY);
	/* b += 5 (old value 10); wake one on a; wake one on b if old b == 10 */
	r = futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b,
		  FUTEX_OP(FUTEX_OP_ADD, 5, FUTEX_OP_CMP_EQ, 10));
	pthread_join(t[0], NULL);
	pthread_join(t[1], NULL);
	CHECK(r == 2 && b == 15, "WAKE_OP add/cmp_eq: %ld b=%u", r, b);
	/* b = b | 0x100 (old 15); compare old > 20 fails: no wake on b */
	r = futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b,
		  FUTEX_OP(FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT, 8, FUTEX_OP_CMP_GT, 20));
	CHECK(r == 0 && b == 0x10f, "WAKE_OP or with shifted oparg: %ld b=%#x", r, b);
	printf("wake_op: add, or with OPARG_SHIFT, compare decides the second wake\n");
}

/* ---- priority inheritance ---- */

static uint32_t pi_word;
static volatile int pi_holder_ready, pi_release;
static long pi_counter;

static void *pi_holder(void *arg)
{
	long r = futex(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);

	pi_holder_ready = r == 0 && (pi_word & FUTEX_TID_MASK) == (uint32_t)gettid_();
	while (!pi_release)
		usleep(1000);
	pi_counter++;
	futex(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	return NULL;
}

static pthread_mutex_t pi_mutex;

static void *pi_contender(void *arg)
{
	for (int i = 0; i < 3000; i++) {
		pthread_mutex_lock(&pi_mutex);
		pi_counter++;
		pthread_mutex_unlock(&pi_mutex);
	}
	return NULL;
}

static void priority_inheritance(void)
{
	pthread_t h, c[4];
	pthread_mutexattr_t ma;
	long r;
	int proto = -1;

	pthread_create(&h, NULL, pi_holder, NULL);
	while (!pi_holder_ready)
		usleep(1000);
	errno = 0;
	r = futex(&pi_word, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	CHECK(r == -1 && errno == EWOULDBLOCK, "TRYLOCK_PI on a held lock: %ld errno %d", r, errno);
	pi_release = 1;
	/* blocks in the kernel until the holder's UNLOCK_PI hands the lock over */
	r = futex(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	CHECK(r == 0 && (pi_word & FUTEX_TID_MASK) == (uint32_t)gettid_() && pi_counter == 1,
	      "LOCK_PI after the holder: %ld word %#x", r, pi_word);
	errno = 0;
	r = futex(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	CHECK(r == -1 && errno == EDEADLK, "LOCK_PI when already owner: %ld errno %d", r, errno);
	r = futex(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	CHECK(r == 0 && pi_word == 0, "UNLOCK_PI: %ld word %#x", r, pi_word);
	pthread_join(h, NULL);

	pthread_mutexattr_init(&ma);
	pthread_mutexattr_setprotocol(&ma, PTHREAD_PRIO_INHERIT);
	pthread_mutexattr_getprotocol(&ma, &proto);
	pthread_mutex_init(&pi_mutex, &ma);
	pi_counter = 0;
	for (int i = 0; i < 4; i++)
		pthread_create(&c[i], NULL, pi_contender, NULL);
	for (int i = 0; i < 4; i++)
		pthread_join(c[i], NULL);
	CHECK(proto == PTHREAD_PRIO_INHERIT && pi_counter == 12000, "PI mutex counter %ld", pi_counter);
	printf("priority inheritance: LOCK/TRYLOCK/UNLOCK_PI, EDEADLK, contended PI mutex %ld\n",
	       pi_counter);
}

/* ---- robust mutexes ---- */

static pthread_mutex_t robust;
static volatile int owner_locked, owner_may_exit;
static pid_t main_tid;

static void *robust_owner(void *arg)
{
	pthread_mutex_lock(&robust);
	owner_locked = 1;
	while (!owner_may_exit)
		usleep(1000);
	if (owner_may_exit == 2)
		wait_blocked_on(main_tid, &robust); /* main sleeps in the lock */
	return NULL; /* exits holding the mutex */
}

static void robust_round(int pi, int wait_while_owner_exits)
{
	pthread_mutexattr_t ma;
	pthread_t t;
	int r;

	pthread_mutexattr_init(&ma);
	pthread_mutexattr_setrobust(&ma, PTHREAD_MUTEX_ROBUST);
	if (pi)
		pthread_mutexattr_setprotocol(&ma, PTHREAD_PRIO_INHERIT);
	pthread_mutex_init(&robust, &ma);
	owner_locked = owner_may_exit = 0;
	pthread_create(&t, NULL, robust_owner, NULL);
	while (!owner_locked)
		usleep(1000);
	if (wait_while_owner_exits) {
		owner_may_exit = 2; /* the owner exits while this thread sleeps in the lock */
		r = pthread_mutex_lock(&robust);
	} else {
		owner_may_exit = 1;
		pthread_join(t, NULL);
		r = pthread_mutex_lock(&robust);
	}
	CHECK(r == EOWNERDEAD, "robust%s%s lock: %s", pi ? " PI" : "",
	      wait_while_owner_exits ? " (waiting)" : "", strerror(r));
	pthread_mutex_consistent(&robust);
	pthread_mutex_unlock(&robust);
	r = pthread_mutex_lock(&robust);
	CHECK(r == 0, "robust lock after consistent: %s", strerror(r));
	pthread_mutex_unlock(&robust);
	if (wait_while_owner_exits)
		pthread_join(t, NULL);
	pthread_mutex_destroy(&robust);
	printf("robust%s, %s: EOWNERDEAD, then usable after pthread_mutex_consistent\n",
	       pi ? " PI" : "", wait_while_owner_exits ? "waiter blocked as the owner exits" :
							 "owner gone before the lock");
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	main_tid = gettid_();
	timeouts();
	bitsets();
	requeue();
	wake_op();
	priority_inheritance();
	robust_round(0, 0);
	robust_round(0, 1);
	robust_round(1, 0);
	robust_round(1, 1);
	printf("%s\n", failures ? "FAIL" : "PASS");
	return failures != 0;
}
