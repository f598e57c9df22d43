/* Priority-inheriting mutexes (PTHREAD_PRIO_INHERIT through the kernel's
 * PI futexes): the protocol attribute, counting under contention from 4
 * threads, trylock EBUSY, timedlock and monotonic clocklock ETIMEDOUT,
 * recursive and
 * error-checking kinds, a condition variable over one. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <sys/auxv.h>
#include <time.h>
// STDOUT: ok\n

static pthread_mutex_t m, rm;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static long count;
static int flag, checked;

static void *worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < 2000; i++) {
		CHECK_EQ(pthread_mutex_lock(&m), 0);
		count++;
		if (i % 100 == 0)
			sched_yield();
		CHECK_EQ(pthread_mutex_unlock(&m), 0);
	}
	return 0;
}

static void *contender(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_mutex_trylock(&m), EBUSY);
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	CHECK_EQ(pthread_mutex_timedlock(&m, &ts), ETIMEDOUT);
	/* A monotonic deadline: FUTEX_LOCK_PI2, or, where the kernel lacks
	 * it (qemu-user 7.2), the realtime deadline as far ahead. glibc says
	 * EINVAL there instead. */
	struct timespec t0, t1, mt;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	mt = t0;
	mt.tv_nsec += 30000000;
	if (mt.tv_nsec >= 1000000000) {
		mt.tv_sec++;
		mt.tv_nsec -= 1000000000;
	}
	int r = pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &mt);
#ifdef AGAINST_GLIBC
	CHECK(r == ETIMEDOUT || (r == EINVAL && getauxval(AT_SYSINFO_EHDR) == 0));
#else
	CHECK_EQ(r, ETIMEDOUT);
#endif
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (r == ETIMEDOUT)
		CHECK((t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec) >= 29000000L);
	struct timespec past = {0, 0};
	CHECK_EQ(pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &past),
		 r == EINVAL ? EINVAL : ETIMEDOUT);
	CHECK_EQ(pthread_mutex_unlock(&rm), EPERM);
	__atomic_store_n(&checked, 1, __ATOMIC_SEQ_CST);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	flag = 1;
	CHECK_EQ(pthread_cond_signal(&cv), 0);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	return 0;
}

int main(void)
{
	pthread_mutexattr_t a;
	int p;
	CHECK_EQ(pthread_mutexattr_init(&a), 0);
	CHECK_EQ(pthread_mutexattr_getprotocol(&a, &p), 0);
	CHECK_EQ(p, PTHREAD_PRIO_NONE);
	CHECK_EQ(pthread_mutexattr_setprotocol(&a, 42), EINVAL);
	CHECK_EQ(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), 0);
	CHECK_EQ(pthread_mutexattr_getprotocol(&a, &p), 0);
	CHECK_EQ(p, PTHREAD_PRIO_INHERIT);
	CHECK_EQ(pthread_mutex_init(&m, &a), 0);
	CHECK_EQ(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE), 0);
	CHECK_EQ(pthread_mutex_init(&rm, &a), 0);
	pthread_mutexattr_destroy(&a);

	pthread_t t[4];
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_create(&t[i], 0, worker, 0), 0);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	CHECK_EQ(count, 8000);

	CHECK_EQ(pthread_mutex_lock(&rm), 0);
	CHECK_EQ(pthread_mutex_lock(&rm), 0);
	CHECK_EQ(pthread_mutex_lock(&m), 0);
	CHECK_EQ(pthread_create(&t[0], 0, contender, 0), 0);
	while (!__atomic_load_n(&checked, __ATOMIC_SEQ_CST))
		sched_yield();
	while (!flag)
		CHECK_EQ(pthread_cond_wait(&cv, &m), 0);
	CHECK_EQ(pthread_mutex_unlock(&m), 0);
	CHECK_EQ(pthread_join(t[0], 0), 0);
	CHECK_EQ(pthread_mutex_unlock(&rm), 0);
	CHECK_EQ(pthread_mutex_unlock(&rm), 0);
	CHECK_EQ(pthread_mutex_unlock(&rm), EPERM);
	CHECK_EQ(pthread_mutex_destroy(&m), 0);
	CHECK_EQ(pthread_mutex_destroy(&rm), 0);
	t_puts(1, "ok\n");
	return 0;
}
