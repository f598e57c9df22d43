/* Unnamed semaphores: counting across threads, trywait EAGAIN,
 * timedwait/clockwait ETIMEDOUT, EINVAL for a bad value or clock,
 * getvalue, and C11 threads.h (thrd_*, mtx_*, cnd_*, tss_*, call_once). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <threads.h>
#include <time.h>
// STDOUT: ok\n

static sem_t items, slots;
static long total;

static void *producer(void *arg)
{
	(void)arg;
	for (int i = 1; i <= 1000; i++) {
		CHECK_EQ(sem_wait(&slots), 0);
		__atomic_add_fetch(&total, i, __ATOMIC_SEQ_CST);
		CHECK_EQ(sem_post(&items), 0);
	}
	return 0;
}

static mtx_t m;
static cnd_t c;
static int flag;
static tss_t key;
static int tss_dtor_calls;
static once_flag of = ONCE_FLAG_INIT;
static int once_calls;

static void tss_dtor(void *p)
{
	(void)p;
	__atomic_add_fetch(&tss_dtor_calls, 1, __ATOMIC_SEQ_CST);
}

static void once_fn(void)
{
	once_calls++;
}

static int c11_worker(void *arg)
{
	call_once(&of, once_fn);
	CHECK(tss_get(key) == 0);
	CHECK_EQ(tss_set(key, arg), thrd_success);
	CHECK(tss_get(key) == arg);
	CHECK_EQ(mtx_lock(&m), thrd_success);
	flag++;
	CHECK_EQ(cnd_signal(&c), thrd_success);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	return (int)(long)arg + 10;
}

static int c11_exit(void *arg)
{
	(void)arg;
	thrd_exit(77);
}

int main(void)
{
	struct timespec ts;
	int v;
	CHECK_EQ(sem_init(&items, 0, 0), 0);
	CHECK_EQ(sem_init(&slots, 0, 4), 0);
	CHECK_EQ(sem_getvalue(&slots, &v), 0);
	CHECK_EQ(v, 4);
	CHECK_ERR(sem_init(&slots, 0, (unsigned)INT_MAX + 1u), EINVAL);
	CHECK_ERR(sem_trywait(&items), EAGAIN);
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	CHECK_ERR(sem_timedwait(&items, &ts), ETIMEDOUT);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	CHECK_ERR(sem_clockwait(&items, CLOCK_MONOTONIC, &ts), ETIMEDOUT);
	struct timespec bad = {0, -1};
	CHECK_ERR(sem_timedwait(&items, &bad), EINVAL);

	pthread_t t[3];
	for (int i = 0; i < 3; i++)
		CHECK_EQ(pthread_create(&t[i], 0, producer, 0), 0);
	for (int i = 0; i < 3000; i++) {
		CHECK_EQ(sem_wait(&items), 0);
		CHECK_EQ(sem_post(&slots), 0);
	}
	for (int i = 0; i < 3; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	CHECK_EQ(total, 3L * 1000 * 1001 / 2);
	CHECK_EQ(sem_getvalue(&items, &v), 0);
	CHECK_EQ(v, 0);
	CHECK_EQ(sem_getvalue(&slots, &v), 0);
	CHECK_EQ(v, 4);
	CHECK_EQ(sem_destroy(&items), 0);
	CHECK_EQ(sem_destroy(&slots), 0);

	/* C11 */
	CHECK_EQ(mtx_init(&m, mtx_plain), thrd_success);
	CHECK_EQ(cnd_init(&c), thrd_success);
	CHECK_EQ(tss_create(&key, tss_dtor), thrd_success);
	thrd_t th[4];
	for (int i = 0; i < 4; i++)
		CHECK_EQ(thrd_create(&th[i], c11_worker, (void *)(long)(i + 1)), thrd_success);
	CHECK_EQ(mtx_lock(&m), thrd_success);
	while (flag < 4)
		CHECK_EQ(cnd_wait(&c, &m), thrd_success);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	for (int i = 0; i < 4; i++) {
		int res;
		CHECK_EQ(thrd_join(th[i], &res), thrd_success);
		CHECK_EQ(res, i + 11);
	}
	CHECK_EQ(once_calls, 1);
	CHECK_EQ(tss_dtor_calls, 4);
	thrd_t te;
	int res;
	CHECK_EQ(thrd_create(&te, c11_exit, 0), thrd_success);
	CHECK_EQ(thrd_join(te, &res), thrd_success);
	CHECK_EQ(res, 77);
	CHECK(thrd_equal(thrd_current(), thrd_current()));

	mtx_t rm;
	CHECK_EQ(mtx_init(&rm, mtx_timed | mtx_recursive), thrd_success);
	CHECK_EQ(mtx_lock(&rm), thrd_success);
	CHECK_EQ(mtx_trylock(&rm), thrd_success);
	CHECK_EQ(mtx_unlock(&rm), thrd_success);
	CHECK_EQ(mtx_unlock(&rm), thrd_success);
	mtx_destroy(&rm);
	CHECK_EQ(mtx_lock(&m), thrd_success);
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	CHECK_EQ(cnd_timedwait(&c, &m, &ts), thrd_timedout);
	CHECK_EQ(mtx_unlock(&m), thrd_success);
	struct timespec nap = {0, 1000000};
	CHECK_EQ(thrd_sleep(&nap, 0), 0);
	thrd_yield();
	tss_delete(key);
	cnd_destroy(&c);
	mtx_destroy(&m);
	t_puts(1, "ok\n");
	return 0;
}
