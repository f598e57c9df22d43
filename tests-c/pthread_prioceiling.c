/* Priority-protected mutexes (PTHREAD_PRIO_PROTECT): the attribute's and
 * the mutex's ceiling (SCHED_FIFO's lowest by default; EINVAL outside
 * SCHED_FIFO's range, and for a mutex of another protocol), the old
 * ceiling back from pthread_mutex_setprioceiling; a SCHED_OTHER thread
 * cannot take one (its priority cannot be raised: EINVAL, as glibc); a
 * SCHED_FIFO thread runs at the highest ceiling of the mutexes it holds
 * and at its own priority again after, and gets EINVAL for a mutex whose
 * ceiling is below its priority; EPERM unlocking an error-checking one
 * not held. (The SCHED_FIFO part needs the right to
 * set it: skipped with a note on stderr when pthread_setschedparam says
 * EPERM.) */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <sched.h>
// LIBS: -lpthread
// STDOUT: ok\n

static pthread_mutex_t lo, mid, hi, low5;

/* The kernel's priority of the calling thread (glibc's
 * pthread_getschedparam reports the one set, not the raised one). */
static int prio(void)
{
	struct sched_param sp;
	CHECK_EQ(sched_getparam(0, &sp), 0);
	return sp.sched_priority;
}

static void mk(pthread_mutex_t *m, int ceiling, int type)
{
	pthread_mutexattr_t a;
	CHECK_EQ(pthread_mutexattr_init(&a), 0);
	CHECK_EQ(pthread_mutexattr_settype(&a, type), 0);
	CHECK_EQ(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_PROTECT), 0);
	CHECK_EQ(pthread_mutexattr_setprioceiling(&a, ceiling), 0);
	CHECK_EQ(pthread_mutex_init(m, &a), 0);
}

static void *other(void *arg)
{
	(void)arg;
	/* SCHED_OTHER has only priority 0: the raise fails. */
	CHECK_EQ(pthread_mutex_lock(&mid), EINVAL);
	return 0;
}

static void *fifo(void *arg)
{
	struct sched_param sp = { 10 };
	(void)arg;
	int r = pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp);
	if (r == EPERM) {
		t_puts(2, "SCHED_FIFO not permitted: ceilings not exercised\n");
		return 0;
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(prio(), 10);
	CHECK_EQ(pthread_mutex_lock(&mid), 0);
	CHECK_EQ(prio(), 60);
	CHECK_EQ(pthread_mutex_trylock(&hi), 0);
	CHECK_EQ(prio(), 70);
	CHECK_EQ(pthread_mutex_lock(&lo), 0);
	CHECK_EQ(prio(), 70);
	CHECK_EQ(pthread_mutex_unlock(&hi), 0);
	CHECK_EQ(prio(), 60);
	CHECK_EQ(pthread_mutex_unlock(&mid), 0);
	CHECK_EQ(prio(), 20);
	CHECK_EQ(pthread_mutex_unlock(&lo), 0);
	CHECK_EQ(prio(), 10);
	/* A ceiling below the caller's priority. */
	CHECK_EQ(pthread_mutex_lock(&low5), EINVAL);
	CHECK_EQ(prio(), 10);
	/* Recursive: each lock counts. */
	CHECK_EQ(pthread_mutex_lock(&lo), 0);
	CHECK_EQ(pthread_mutex_lock(&lo), 0);
	CHECK_EQ(prio(), 20);
	CHECK_EQ(pthread_mutex_unlock(&lo), 0);
	CHECK_EQ(prio(), 20);
	CHECK_EQ(pthread_mutex_unlock(&lo), 0);
	CHECK_EQ(prio(), 10);
	return 0;
}

int main(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t plain;
	pthread_t t;
	int v = -1, min = sched_get_priority_min(SCHED_FIFO), max = sched_get_priority_max(SCHED_FIFO);

	CHECK_EQ(pthread_mutexattr_init(&a), 0);
	CHECK_EQ(pthread_mutexattr_getprioceiling(&a, &v), 0);
	CHECK_EQ(v, min);
	CHECK_EQ(pthread_mutexattr_setprioceiling(&a, min - 1), EINVAL);
	CHECK_EQ(pthread_mutexattr_setprioceiling(&a, max + 1), EINVAL);
	CHECK_EQ(pthread_mutexattr_setprioceiling(&a, 50), 0);
	CHECK_EQ(pthread_mutexattr_getprioceiling(&a, &v), 0);
	CHECK_EQ(v, 50);
	CHECK_EQ(pthread_mutexattr_getprotocol(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PRIO_NONE);

	/* Another protocol: the mutex has no ceiling. */
	CHECK_EQ(pthread_mutex_init(&plain, &a), 0);
	CHECK_EQ(pthread_mutex_getprioceiling(&plain, &v), EINVAL);
	CHECK_EQ(pthread_mutex_setprioceiling(&plain, 10, &v), EINVAL);
	CHECK_EQ(pthread_mutex_lock(&plain), 0);
	CHECK_EQ(pthread_mutex_unlock(&plain), 0);

	CHECK_EQ(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_PROTECT), 0);
	CHECK_EQ(pthread_mutexattr_getprotocol(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_PRIO_PROTECT);
	CHECK_EQ(pthread_mutexattr_setprotocol(&a, 3), EINVAL);
	CHECK_EQ(pthread_mutex_init(&mid, &a), 0);
	CHECK_EQ(pthread_mutex_getprioceiling(&mid, &v), 0);
	CHECK_EQ(v, 50);
	v = -1;
	CHECK_EQ(pthread_mutex_setprioceiling(&mid, 60, &v), 0);
	CHECK_EQ(v, 50);
	CHECK_EQ(pthread_mutex_setprioceiling(&mid, min - 1, &v), EINVAL);
	CHECK_EQ(pthread_mutex_setprioceiling(&mid, max + 1, &v), EINVAL);
	CHECK_EQ(pthread_mutex_getprioceiling(&mid, &v), 0);
	CHECK_EQ(v, 60);

	mk(&hi, 70, PTHREAD_MUTEX_NORMAL);
	mk(&lo, 20, PTHREAD_MUTEX_RECURSIVE);
	mk(&low5, 5, PTHREAD_MUTEX_ERRORCHECK);
	/* Error-checking: not held, so not the caller's to unlock. */
	CHECK_EQ(pthread_mutex_unlock(&low5), EPERM);

	CHECK_EQ(pthread_create(&t, 0, other, 0), 0);
	CHECK_EQ(pthread_join(t, 0), 0);
	CHECK_EQ(pthread_create(&t, 0, fifo, 0), 0);
	CHECK_EQ(pthread_join(t, 0), 0);

	t_puts(1, "ok\n");
	return 0;
}
