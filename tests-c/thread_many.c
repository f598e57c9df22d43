/* 10,000 threads created and joined one after another, 2,000 detached
 * ones, and 100 at once, each with malloc'd memory: stacks, TLS and
 * allocator caches come back (the address space would run out on i386
 * otherwise: 10,000 default stacks are 80 GiB). */
#define _GNU_SOURCE
#include "check.h"
#include <pthread.h>
#include <stdlib.h>
// STDOUT: ok\n

static __thread long tls = 5;
static long done;

static void *work(void *arg)
{
	char *p = malloc(64);
	CHECK(p != 0);
	p[0] = (char)tls;
	tls += (long)arg;
	free(p);
	__atomic_add_fetch(&done, 1, __ATOMIC_SEQ_CST);
	return (void *)tls;
}

int main(void)
{
	for (long i = 0; i < 10000; i++) {
		pthread_t t;
		void *r;
		CHECK_EQ(pthread_create(&t, 0, work, (void *)i), 0);
		CHECK_EQ(pthread_join(t, &r), 0);
		CHECK_EQ((long)r, 5 + i);
	}
	pthread_attr_t a;
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	for (long i = 0; i < 2000; i++) {
		pthread_t t;
		CHECK_EQ(pthread_create(&t, &a, work, 0), 0);
	}
	pthread_t ts[100];
	for (long i = 0; i < 100; i++)
		CHECK_EQ(pthread_create(&ts[i], 0, work, (void *)1), 0);
	for (long i = 0; i < 100; i++)
		CHECK_EQ(pthread_join(ts[i], 0), 0);
	while (__atomic_load_n(&done, __ATOMIC_SEQ_CST) < 12100)
		sched_yield();
	t_puts(1, "ok\n");
	return 0;
}
