/* Mutex types and their errnos (EDEADLK, EPERM, EBUSY), timedlock and
 * clocklock ETIMEDOUT, condition variables (producer/consumer, broadcast,
 * timedwait on both clocks), rwlocks, barriers, spin locks, once. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <time.h>
// STDOUT: ok\n

static struct timespec after_ms(clockid_t c, long ms)
{
	struct timespec ts;
	clock_gettime(c, &ts);
	ts.tv_nsec += ms * 1000000L;
	while (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	return ts;
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t rec = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static pthread_mutex_t ec = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;

static void *other_thread(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_mutex_trylock(&held), EBUSY);
	struct timespec ts = after_ms(CLOCK_REALTIME, 20);
	CHECK_EQ(pthread_mutex_timedlock(&held, &ts), ETIMEDOUT);
	ts = after_ms(CLOCK_MONOTONIC, 20);
	CHECK_EQ(pthread_mutex_clocklock(&held, CLOCK_MONOTONIC, &ts), ETIMEDOUT);
	CHECK_EQ(pthread_mutex_unlock(&rec), EPERM);
	CHECK_EQ(pthread_mutex_unlock(&ec), EPERM);
	CHECK_EQ(pthread_mutex_trylock(&rec), EBUSY);
	return 0;
}

enum { QN = 4, ITEMS = 2000 };
static int queue[QN], qhead, qcount;
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;

static void *producer(void *arg)
{
	(void)arg;
	for (int i = 1; i <= ITEMS; i++) {
		pthread_mutex_lock(&qm);
		while (qcount == QN)
			pthread_cond_wait(&not_full, &qm);
		queue[(qhead + qcount++) % QN] = i;
		pthread_cond_signal(&not_empty);
		pthread_mutex_unlock(&qm);
	}
	return 0;
}

static void *consumer(void *arg)
{
	long sum = 0;
	(void)arg;
	for (int i = 0; i < ITEMS; i++) {
		pthread_mutex_lock(&qm);
		while (qcount == 0)
			pthread_cond_wait(&not_empty, &qm);
		sum += queue[qhead];
		qhead = (qhead + 1) % QN;
		qcount--;
		pthread_cond_signal(&not_full);
		pthread_mutex_unlock(&qm);
	}
	return (void *)sum;
}

static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate = PTHREAD_COND_INITIALIZER;
static int open_gate, waiting;
static void *gate_waiter(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&gm);
	waiting++;
	while (!open_gate)
		pthread_cond_wait(&gate, &gm);
	pthread_mutex_unlock(&gm);
	return 0;
}

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long shared_a, shared_b;
static void *rw_worker(void *arg)
{
	long id = (long)arg;
	for (int i = 0; i < 2000; i++) {
		if (i % 10 == (int)id % 10) {
			CHECK_EQ(pthread_rwlock_wrlock(&rw), 0);
			shared_a++;
			shared_b++;
			CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
		} else {
			CHECK_EQ(pthread_rwlock_rdlock(&rw), 0);
			CHECK_EQ(shared_a, shared_b);
			CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
		}
	}
	return 0;
}

static void *rw_blocked(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_rwlock_trywrlock(&rw), EBUSY);
	struct timespec ts = after_ms(CLOCK_REALTIME, 20);
	CHECK_EQ(pthread_rwlock_timedwrlock(&rw, &ts), ETIMEDOUT);
	/* readers still get in: the lock is only read-held */
	CHECK_EQ(pthread_rwlock_tryrdlock(&rw), 0);
	CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
	return 0;
}

enum { BN = 6, ROUNDS = 50 };
static pthread_barrier_t bar;
static int round_count[ROUNDS];
static int serials;
static void *bar_worker(void *arg)
{
	(void)arg;
	for (int r = 0; r < ROUNDS; r++) {
		__atomic_add_fetch(&round_count[r], 1, __ATOMIC_SEQ_CST);
		int s = pthread_barrier_wait(&bar);
		CHECK(s == 0 || s == PTHREAD_BARRIER_SERIAL_THREAD);
		if (s == PTHREAD_BARRIER_SERIAL_THREAD)
			__atomic_add_fetch(&serials, 1, __ATOMIC_SEQ_CST);
		CHECK_EQ(__atomic_load_n(&round_count[r], __ATOMIC_SEQ_CST), BN);
		pthread_barrier_wait(&bar);
	}
	return 0;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;
static void once_fn(void)
{
	struct timespec ts = {0, 5000000};
	nanosleep(&ts, 0);
	once_runs++;
}
static void *once_worker(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_once(&once, once_fn), 0);
	CHECK_EQ(once_runs, 1);
	return 0;
}

static pthread_spinlock_t spin;
static long spin_count;
static void *spin_worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < 10000; i++) {
		pthread_spin_lock(&spin);
		spin_count++;
		pthread_spin_unlock(&spin);
	}
	return 0;
}

int main(void)
{
	pthread_t t[8];
	void *r;

	/* mutex kinds, single thread */
	pthread_mutexattr_t ma;
	int ty;
	CHECK_EQ(pthread_mutexattr_init(&ma), 0);
	CHECK_EQ(pthread_mutexattr_gettype(&ma, &ty), 0);
	CHECK_EQ(ty, PTHREAD_MUTEX_DEFAULT);
	CHECK_EQ(pthread_mutexattr_settype(&ma, 99), EINVAL);
	CHECK_EQ(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK), 0);
	CHECK_EQ(pthread_mutexattr_gettype(&ma, &ty), 0);
	CHECK_EQ(ty, PTHREAD_MUTEX_ERRORCHECK);
	int ps;
	CHECK_EQ(pthread_mutexattr_getpshared(&ma, &ps), 0);
	CHECK_EQ(ps, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_mutexattr_setpshared(&ma, 7), EINVAL);
	pthread_mutex_t m2;
	CHECK_EQ(pthread_mutex_init(&m2, &ma), 0);
	CHECK_EQ(pthread_mutex_unlock(&m2), EPERM);
	CHECK_EQ(pthread_mutex_lock(&m2), 0);
	CHECK_EQ(pthread_mutex_lock(&m2), EDEADLK);
	CHECK_EQ(pthread_mutex_trylock(&m2), EBUSY);
	CHECK_EQ(pthread_mutex_unlock(&m2), 0);
	CHECK_EQ(pthread_mutex_destroy(&m2), 0);
	pthread_mutexattr_destroy(&ma);

	CHECK_EQ(pthread_mutex_lock(&rec), 0);
	CHECK_EQ(pthread_mutex_lock(&rec), 0);
	CHECK_EQ(pthread_mutex_trylock(&rec), 0);
	CHECK_EQ(pthread_mutex_unlock(&rec), 0);
	CHECK_EQ(pthread_mutex_unlock(&rec), 0);
	/* still held once */
	CHECK_EQ(pthread_mutex_lock(&held), 0);
	CHECK_EQ(pthread_mutex_lock(&ec), 0);
	CHECK_EQ(pthread_create(&t[0], 0, other_thread, 0), 0);
	CHECK_EQ(pthread_join(t[0], 0), 0);
	CHECK_EQ(pthread_mutex_unlock(&rec), 0);
	CHECK_EQ(pthread_mutex_unlock(&rec), EPERM);
	CHECK_EQ(pthread_mutex_unlock(&ec), 0);
	CHECK_EQ(pthread_mutex_unlock(&held), 0);
	struct timespec bad = {0, 1000000000L};
	CHECK_EQ(pthread_mutex_lock(&held), 0);
	CHECK_EQ(pthread_mutex_timedlock(&held, &bad), EINVAL);
	CHECK_EQ(pthread_mutex_unlock(&held), 0);
	struct timespec ok_ts = after_ms(CLOCK_REALTIME, 1000);
	CHECK_EQ(pthread_mutex_timedlock(&held, &ok_ts), 0);
	CHECK_EQ(pthread_mutex_unlock(&held), 0);

	/* producer / consumer */
	CHECK_EQ(pthread_create(&t[0], 0, producer, 0), 0);
	CHECK_EQ(pthread_create(&t[1], 0, consumer, 0), 0);
	CHECK_EQ(pthread_join(t[0], 0), 0);
	CHECK_EQ(pthread_join(t[1], &r), 0);
	CHECK_EQ((long)r, (long)ITEMS * (ITEMS + 1) / 2);

	/* broadcast wakes everyone */
	for (int i = 0; i < 5; i++)
		CHECK_EQ(pthread_create(&t[i], 0, gate_waiter, 0), 0);
	for (;;) {
		pthread_mutex_lock(&gm);
		int w = waiting;
		pthread_mutex_unlock(&gm);
		if (w == 5)
			break;
		sched_yield();
	}
	pthread_mutex_lock(&gm);
	open_gate = 1;
	pthread_cond_broadcast(&gate);
	pthread_mutex_unlock(&gm);
	for (int i = 0; i < 5; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);

	/* timedwait on each clock */
	pthread_condattr_t ca;
	clockid_t clk;
	CHECK_EQ(pthread_condattr_init(&ca), 0);
	CHECK_EQ(pthread_condattr_getclock(&ca, &clk), 0);
	CHECK_EQ(clk, CLOCK_REALTIME);
	CHECK_EQ(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC), 0);
	CHECK_EQ(pthread_condattr_getclock(&ca, &clk), 0);
	CHECK_EQ(clk, CLOCK_MONOTONIC);
	CHECK_EQ(pthread_condattr_getpshared(&ca, &ps), 0);
	CHECK_EQ(ps, PTHREAD_PROCESS_PRIVATE);
	pthread_cond_t cm;
	CHECK_EQ(pthread_cond_init(&cm, &ca), 0);
	pthread_condattr_destroy(&ca);
	pthread_mutex_lock(&gm);
	struct timespec ts = after_ms(CLOCK_MONOTONIC, 30);
	CHECK_EQ(pthread_cond_timedwait(&cm, &gm, &ts), ETIMEDOUT);
	ts = after_ms(CLOCK_REALTIME, 30);
	CHECK_EQ(pthread_cond_clockwait(&cm, &gm, CLOCK_REALTIME, &ts), ETIMEDOUT);
	CHECK_EQ(pthread_mutex_trylock(&gm), EBUSY); /* held again */
	pthread_mutex_unlock(&gm);
	CHECK_EQ(pthread_cond_destroy(&cm), 0);

	/* rwlock */
	for (int i = 0; i < 6; i++)
		CHECK_EQ(pthread_create(&t[i], 0, rw_worker, (void *)(long)i), 0);
	for (int i = 0; i < 6; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	CHECK_EQ(shared_a, 6 * 200);
	CHECK_EQ(pthread_rwlock_rdlock(&rw), 0);
	CHECK_EQ(pthread_rwlock_rdlock(&rw), 0);
	CHECK_EQ(pthread_create(&t[0], 0, rw_blocked, 0), 0);
	CHECK_EQ(pthread_join(t[0], 0), 0);
	CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
	CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
	CHECK_EQ(pthread_rwlock_wrlock(&rw), 0);
	CHECK_EQ(pthread_rwlock_wrlock(&rw), EDEADLK);
	CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
	pthread_rwlockattr_t ra;
	CHECK_EQ(pthread_rwlockattr_init(&ra), 0);
	CHECK_EQ(pthread_rwlockattr_getpshared(&ra, &ps), 0);
	CHECK_EQ(ps, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_rwlockattr_setpshared(&ra, 9), EINVAL);
	pthread_rwlock_t rw2;
	CHECK_EQ(pthread_rwlock_init(&rw2, &ra), 0);
	CHECK_EQ(pthread_rwlock_trywrlock(&rw2), 0);
	CHECK_EQ(pthread_rwlock_unlock(&rw2), 0);
	CHECK_EQ(pthread_rwlock_destroy(&rw2), 0);

	/* barrier */
	pthread_barrierattr_t ba;
	CHECK_EQ(pthread_barrierattr_init(&ba), 0);
	CHECK_EQ(pthread_barrierattr_getpshared(&ba, &ps), 0);
	CHECK_EQ(ps, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_barrier_init(&bar, &ba, 0), EINVAL);
	CHECK_EQ(pthread_barrier_init(&bar, &ba, BN), 0);
	pthread_barrierattr_destroy(&ba);
	for (int i = 0; i < BN; i++)
		CHECK_EQ(pthread_create(&t[i], 0, bar_worker, 0), 0);
	for (int i = 0; i < BN; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	CHECK_EQ(serials, ROUNDS);
	CHECK_EQ(pthread_barrier_destroy(&bar), 0);

	/* once */
	for (int i = 0; i < 6; i++)
		CHECK_EQ(pthread_create(&t[i], 0, once_worker, 0), 0);
	for (int i = 0; i < 6; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	CHECK_EQ(once_runs, 1);

	/* spin */
	CHECK_EQ(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE), 0);
	CHECK_EQ(pthread_spin_trylock(&spin), 0);
	CHECK_EQ(pthread_spin_trylock(&spin), EBUSY);
	CHECK_EQ(pthread_spin_unlock(&spin), 0);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_create(&t[i], 0, spin_worker, 0), 0);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	CHECK_EQ(spin_count, 40000);
	CHECK_EQ(pthread_spin_destroy(&spin), 0);
	t_puts(1, "ok\n");
	return 0;
}
