/* pthread_getattr_default_np / pthread_setattr_default_np (GNU) and
 * pthread_getconcurrency / pthread_setconcurrency (XSI). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include "check.h"

static size_t seen_stack, seen_guard;
static int seen_detach;

static void *probe(void *arg)
{
	pthread_attr_t a;
	CHECK_EQ(pthread_getattr_np(pthread_self(), &a), 0);
	CHECK_EQ(pthread_attr_getstacksize(&a, &seen_stack), 0);
	CHECK_EQ(pthread_attr_getguardsize(&a, &seen_guard), 0);
	CHECK_EQ(pthread_attr_getdetachstate(&a, &seen_detach), 0);
	pthread_attr_destroy(&a);
	*(int *)arg = 1;
	return NULL;
}

int main(void)
{
	pthread_attr_t a;
	size_t s, g;
	int d;
	CHECK_EQ(pthread_getattr_default_np(&a), 0);
	CHECK_EQ(pthread_attr_getstacksize(&a, &s), 0);
	CHECK_EQ(pthread_attr_getguardsize(&a, &g), 0);
	CHECK_EQ(pthread_attr_getdetachstate(&a, &d), 0);
	CHECK(s >= PTHREAD_STACK_MIN);
	CHECK(g > 0);
	CHECK_EQ(d, PTHREAD_CREATE_JOINABLE);
	pthread_attr_destroy(&a);

	/* new defaults: stack, guard */
	pthread_attr_t b;
	pthread_attr_init(&b);
	CHECK_EQ(pthread_attr_setstacksize(&b, 1 << 20), 0);
	CHECK_EQ(pthread_attr_setguardsize(&b, 8192), 0);
	CHECK_EQ(pthread_setattr_default_np(&b), 0);
	CHECK_EQ(pthread_getattr_default_np(&a), 0);
	pthread_attr_getstacksize(&a, &s);
	pthread_attr_getguardsize(&a, &g);
	CHECK_EQ(s, (size_t)1 << 20);
	CHECK_EQ(g, 8192);
	/* a fresh attribute object reports the default stack size */
	pthread_attr_t e;
	pthread_attr_init(&e);
	pthread_attr_getstacksize(&e, &s);
	CHECK_EQ(s, (size_t)1 << 20);
	/* and a thread created without attributes gets them */
	pthread_t t;
	int ran = 0;
	CHECK_EQ(pthread_create(&t, NULL, probe, &ran), 0);
	CHECK_EQ(pthread_join(t, NULL), 0);
	CHECK(ran);
	CHECK(seen_stack >= ((size_t)1 << 20) && seen_stack < ((size_t)1 << 20) + 65536 * 4);
	CHECK_EQ(seen_detach, PTHREAD_CREATE_JOINABLE);

	/* a stack size of 0 keeps the default; a stack address is EINVAL */
	pthread_attr_t c;
	pthread_attr_init(&c);
	CHECK_EQ(pthread_setattr_default_np(&c), 0);
	CHECK_EQ(pthread_getattr_default_np(&a), 0);
	pthread_attr_getstacksize(&a, &s);
	CHECK_EQ(s, (size_t)1 << 20);
	static char stk[1 << 17];
	CHECK_EQ(pthread_attr_setstack(&c, stk, sizeof stk), 0);
	CHECK_EQ(pthread_setattr_default_np(&c), EINVAL);

	/* detached by default: joining fails */
	pthread_attr_t dd;
	pthread_attr_init(&dd);
	pthread_attr_setdetachstate(&dd, PTHREAD_CREATE_DETACHED);
	CHECK_EQ(pthread_setattr_default_np(&dd), 0);
	ran = 0;
	CHECK_EQ(pthread_create(&t, NULL, probe, &ran), 0);
	while (!__atomic_load_n(&ran, __ATOMIC_ACQUIRE))
		sched_yield();
	CHECK_EQ(seen_detach, PTHREAD_CREATE_DETACHED);

	/* concurrency: a recorded hint */
	CHECK_EQ(pthread_getconcurrency(), 0);
	CHECK_EQ(pthread_setconcurrency(5), 0);
	CHECK_EQ(pthread_getconcurrency(), 5);
	CHECK_EQ(pthread_setconcurrency(-1), EINVAL);
	CHECK_EQ(pthread_getconcurrency(), 5);
	CHECK_EQ(pthread_setconcurrency(0), 0);
	CHECK_EQ(pthread_getconcurrency(), 0);
	return 0;
}
