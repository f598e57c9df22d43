/* Thread-specific data: values per thread, destructors at thread exit
 * (repeated while a destructor sets values again, up to
 * PTHREAD_DESTRUCTOR_ITERATIONS), none for NULL values or at
 * pthread_key_delete; a deleted and recreated key reads NULL. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
// STDOUT: ok\n

static pthread_key_t k1, k2, kagain;
static int dtor1_calls, dtor_again_calls;
static void *dtor1_last;

static void dtor1(void *v)
{
	__atomic_add_fetch(&dtor1_calls, 1, __ATOMIC_SEQ_CST);
	dtor1_last = v;
}

static void dtor_again(void *v)
{
	int n = __atomic_add_fetch(&dtor_again_calls, 1, __ATOMIC_SEQ_CST);
	(void)v;
	/* set it again: the destructors run another round */
	if (n < 100)
		pthread_setspecific(kagain, (void *)1);
}

static void *worker(void *arg)
{
	CHECK(pthread_getspecific(k1) == 0);
	CHECK_EQ(pthread_setspecific(k1, arg), 0);
	CHECK(pthread_getspecific(k1) == arg);
	CHECK_EQ(pthread_setspecific(k2, (char *)arg + 1), 0);
	sched_yield();
	CHECK(pthread_getspecific(k1) == arg);
	CHECK(pthread_getspecific(k2) == (char *)arg + 1);
	return 0;
}

static void *again_worker(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_setspecific(kagain, (void *)1), 0);
	return 0;
}

static void *null_worker(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_setspecific(k1, 0), 0);
	return 0;
}

int main(void)
{
	static char objs[8];
	pthread_t t[8];
	CHECK_EQ(pthread_key_create(&k1, dtor1), 0);
	CHECK_EQ(pthread_key_create(&k2, 0), 0);
	CHECK(k1 != k2);
	CHECK_EQ(pthread_setspecific(k1, objs), 0);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_create(&t[i], 0, worker, objs + 2 * i), 0);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	CHECK_EQ(dtor1_calls, 4);
	CHECK(pthread_getspecific(k1) == objs);

	/* a NULL value: no destructor call */
	CHECK_EQ(pthread_create(&t[0], 0, null_worker, 0), 0);
	CHECK_EQ(pthread_join(t[0], 0), 0);
	CHECK_EQ(dtor1_calls, 4);

	/* a destructor that sets the value again: bounded rounds */
	CHECK_EQ(pthread_key_create(&kagain, dtor_again), 0);
	CHECK_EQ(pthread_create(&t[0], 0, again_worker, 0), 0);
	CHECK_EQ(pthread_join(t[0], 0), 0);
	CHECK(dtor_again_calls >= 1);
	CHECK(dtor_again_calls <= PTHREAD_DESTRUCTOR_ITERATIONS);
	CHECK_EQ(PTHREAD_DESTRUCTOR_ITERATIONS, 4);

	/* delete: no destructors; recreated keys start NULL */
	CHECK_EQ(pthread_key_delete(k1), 0);
	pthread_key_t k3;
	CHECK_EQ(pthread_key_create(&k3, 0), 0);
	CHECK(pthread_getspecific(k3) == 0);
	CHECK_EQ(pthread_key_delete(k3), 0);
	CHECK_EQ(pthread_key_delete(k2), 0);
	CHECK_EQ(pthread_key_delete(kagain), 0);
	CHECK_EQ(dtor1_calls, 4);

	/* PTHREAD_KEYS_MAX keys, then EAGAIN */
	static pthread_key_t keys[PTHREAD_KEYS_MAX + 1];
	int n = 0;
	while (n <= PTHREAD_KEYS_MAX && pthread_key_create(&keys[n], 0) == 0)
		n++;
	CHECK(n <= PTHREAD_KEYS_MAX);
	CHECK(n >= PTHREAD_KEYS_MAX - 8);
	CHECK_EQ(pthread_key_create(&keys[n], 0), EAGAIN);
	for (int i = 0; i < n; i++)
		CHECK_EQ(pthread_key_delete(keys[i]), 0);
	t_puts(1, "ok\n");
	return 0;
}
