/* pthread_create/join/detach/exit/self/equal, tryjoin_np, timedjoin_np,
 * join return values, errno and TLS (with initialisers and 64- and
 * 4096-byte alignment) distinct per thread, 64 threads incrementing under
 * a mutex, detached threads, join errors. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <time.h>
// LIBS: -lpthread
// STDOUT: ok\n

static __thread int tls_init = 42;
static __thread char tls_big[64] __attribute__((aligned(64))) = "tls";
static __thread int tls_page __attribute__((aligned(4096)));
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *add(void *arg)
{
	for (int i = 0; i < 1000; i++) {
		CHECK_EQ(pthread_mutex_lock(&mu), 0);
		counter++;
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
	}
	return arg;
}

static void *tls_check(void *arg)
{
	intptr_t id = (intptr_t)arg;
	CHECK_EQ(tls_init, 42);
	CHECK(strcmp(tls_big, "tls") == 0);
	CHECK_EQ(((uintptr_t)tls_big) % 64, 0);
	CHECK_EQ(((uintptr_t)&tls_page) % 4096, 0);
	CHECK_EQ(tls_page, 0);
	tls_init = (int)id;
	tls_page = (int)id * 3;
	errno = (int)id + 100;
	for (int i = 0; i < 1000; i++)
		sched_yield();
	CHECK_EQ(tls_init, id);
	CHECK_EQ(tls_page, id * 3);
	CHECK_EQ(errno, id + 100);
	return (void *)&tls_init;
}

static volatile int detached_done;
static void *detached(void *arg)
{
	(void)arg;
	__atomic_add_fetch(&detached_done, 1, __ATOMIC_SEQ_CST);
	return 0;
}

static void *exits(void *arg)
{
	pthread_exit((char *)arg + 1);
	return 0;
}

static volatile int release_sleeper;
static void *sleeper(void *arg)
{
	while (!__atomic_load_n(&release_sleeper, __ATOMIC_SEQ_CST)) {
		struct timespec ts = {0, 1000 * 1000};
		nanosleep(&ts, 0);
	}
	return arg;
}

static pthread_t main_self, selfie_t;
static void *selfie(void *arg)
{
	CHECK(!pthread_equal(pthread_self(), main_self));
	CHECK(pthread_equal(pthread_self(), *(volatile pthread_t *)arg));
	CHECK_EQ(pthread_join(pthread_self(), 0), EDEADLK);
	return 0;
}

int main(void)
{
	main_self = pthread_self();
	CHECK(pthread_equal(main_self, pthread_self()));

	enum { N = 64 };
	pthread_t t[N];
	for (int i = 0; i < N; i++)
		CHECK_EQ(pthread_create(&t[i], 0, add, (void *)(intptr_t)i), 0);
	for (int i = 0; i < N; i++) {
		void *r;
		CHECK_EQ(pthread_join(t[i], &r), 0);
		CHECK_EQ((intptr_t)r, i);
	}
	CHECK_EQ(counter, N * 1000);

	void *addrs[8];
	for (int i = 0; i < 8; i++)
		CHECK_EQ(pthread_create(&t[i], 0, tls_check, (void *)(intptr_t)(i + 1)), 0);
	for (int i = 0; i < 8; i++)
		CHECK_EQ(pthread_join(t[i], &addrs[i]), 0);
	for (int i = 0; i < 8; i++)
		for (int j = 0; j < i; j++)
			CHECK(addrs[i] != addrs[j]);
	CHECK_EQ(tls_init, 42);
	CHECK(addrs[0] != (void *)&tls_init);

	static char buf[4];
	void *r;
	CHECK_EQ(pthread_create(&t[0], 0, exits, buf), 0);
	CHECK_EQ(pthread_join(t[0], &r), 0);
	CHECK(r == buf + 1);

	CHECK_EQ(pthread_create(&selfie_t, 0, selfie, &selfie_t), 0);
	CHECK_EQ(pthread_join(selfie_t, 0), 0);

	/* detached: by attribute and by pthread_detach */
	pthread_attr_t a;
	CHECK_EQ(pthread_attr_init(&a), 0);
	CHECK_EQ(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED), 0);
	int ds;
	CHECK_EQ(pthread_attr_getdetachstate(&a, &ds), 0);
	CHECK_EQ(ds, PTHREAD_CREATE_DETACHED);
	for (int i = 0; i < 16; i++)
		CHECK_EQ(pthread_create(&t[i], &a, detached, 0), 0);
	pthread_attr_destroy(&a);
	for (int i = 0; i < 16; i++) {
		CHECK_EQ(pthread_create(&t[i], 0, detached, 0), 0);
		CHECK_EQ(pthread_detach(t[i]), 0);
	}
	while (__atomic_load_n(&detached_done, __ATOMIC_SEQ_CST) < 32)
		sched_yield();

	/* tryjoin / timedjoin */
	CHECK_EQ(pthread_create(&t[0], 0, sleeper, (void *)7), 0);
	CHECK_EQ(pthread_tryjoin_np(t[0], &r), EBUSY);
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 10 * 1000 * 1000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	CHECK_EQ(pthread_timedjoin_np(t[0], &r, &ts), ETIMEDOUT);
	__atomic_store_n(&release_sleeper, 1, __ATOMIC_SEQ_CST);
	ts.tv_sec += 30;
	CHECK_EQ(pthread_timedjoin_np(t[0], &r, &ts), 0);
	CHECK_EQ((intptr_t)r, 7);

	/* many short-lived threads: stacks are reclaimed */
	for (int i = 0; i < 500; i++) {
		CHECK_EQ(pthread_create(&t[0], 0, exits, buf), 0);
		CHECK_EQ(pthread_join(t[0], 0), 0);
	}
	t_puts(1, "ok\n");
	return 0;
}
