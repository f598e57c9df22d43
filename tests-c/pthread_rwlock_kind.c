/* GNU rwlock kinds: with PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP a
 * reader waits while a writer does; the default (reader preference) lets
 * it in. setkind_np's EINVAL, getkind_np. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static pthread_rwlock_t rw;
static volatile int got;

static void *writer(void *a)
{
	(void)a;
	CHECK_EQ(pthread_rwlock_wrlock(&rw), 0);
	got = 1;
	CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
	return NULL;
}

static int try_with_writer_waiting(int kind)
{
	pthread_rwlockattr_t a;
	CHECK_EQ(pthread_rwlockattr_init(&a), 0);
	CHECK_EQ(pthread_rwlockattr_setkind_np(&a, kind), 0);
	int k = -1;
	CHECK_EQ(pthread_rwlockattr_getkind_np(&a, &k), 0);
	CHECK_EQ(k, kind);
	CHECK_EQ(pthread_rwlock_init(&rw, &a), 0);
	pthread_rwlockattr_destroy(&a);
	got = 0;
	CHECK_EQ(pthread_rwlock_rdlock(&rw), 0);
	pthread_t t;
	CHECK_EQ(pthread_create(&t, NULL, writer, NULL), 0);
	/* let the writer block */
	struct timespec d = {0, 50000000};
	nanosleep(&d, NULL);
	CHECK_EQ(got, 0);
	int r = pthread_rwlock_tryrdlock(&rw);
	if (r == 0)
		CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
	CHECK_EQ(pthread_rwlock_unlock(&rw), 0);
	CHECK_EQ(pthread_join(t, NULL), 0);
	CHECK_EQ(got, 1);
	CHECK_EQ(pthread_rwlock_destroy(&rw), 0);
	return r;
}

int main(void)
{
	pthread_rwlockattr_t a;
	CHECK_EQ(pthread_rwlockattr_init(&a), 0);
	int k = -1;
	CHECK_EQ(pthread_rwlockattr_getkind_np(&a, &k), 0);
	CHECK_EQ(k, PTHREAD_RWLOCK_DEFAULT_NP);
	CHECK_EQ(PTHREAD_RWLOCK_DEFAULT_NP, PTHREAD_RWLOCK_PREFER_READER_NP);
	CHECK_EQ(pthread_rwlockattr_setkind_np(&a, 3), EINVAL);
	CHECK_EQ(pthread_rwlockattr_setkind_np(&a, -1), EINVAL);
	pthread_rwlockattr_destroy(&a);

	CHECK_EQ(try_with_writer_waiting(PTHREAD_RWLOCK_PREFER_READER_NP), 0);
	CHECK_EQ(try_with_writer_waiting(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP), EBUSY);
	return 0;
}
