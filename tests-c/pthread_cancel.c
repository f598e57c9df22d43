/* pthread_cancel, setcancelstate, setcanceltype, testcancel: deferred
 * cancellation of threads blocked in read, nanosleep, pthread_cond_wait
 * (the mutex is held again when the cleanup handlers run), pthread_join,
 * sem_wait, poll, sigwait; a request kept while disabled and acted on at
 * the next cancellation point after enabling; a deferred request not acted
 * on outside cancellation points; asynchronous cancellation of a busy
 * loop; self-cancellation; a detached thread; a cancelled pthread_once
 * routine leaving the object to run again; a thread that has ended but is
 * not joined; EINVAL for bad states and types. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <time.h>
// LIBS: -lpthread
// STDOUT: ok\n

static int pfd[2];
static volatile int cleaned;

static void note(void *arg)
{
	cleaned = (int)(long)arg;
}

static void *in_read(void *arg)
{
	char c;
	(void)arg;
	pthread_cleanup_push(note, (void *)1);
	(void)!read(pfd[0], &c, 1);
	pthread_cleanup_pop(0);
	return (void *)2;
}

static void *in_sleep(void *arg)
{
	struct timespec ts = { 30, 0 };
	(void)arg;
	pthread_cleanup_push(note, (void *)3);
	nanosleep(&ts, 0);
	pthread_cleanup_pop(0);
	return 0;
}

static void *in_poll(void *arg)
{
	struct pollfd p = { pfd[0], POLLIN, 0 };
	(void)arg;
	pthread_cleanup_push(note, (void *)4);
	poll(&p, 1, 30000);
	pthread_cleanup_pop(0);
	return 0;
}

static pthread_mutex_t mu;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static volatile int mutex_held;

static void unlock_mu(void *arg)
{
	(void)arg;
	/* An error-checking mutex: unlocking succeeds only for its owner. */
	mutex_held = pthread_mutex_unlock(&mu) == 0;
}

static void *in_cond(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	ready = 1;
	pthread_cleanup_push(unlock_mu, 0);
	for (;;)
		pthread_cond_wait(&cv, &mu);
	pthread_cleanup_pop(0);
	return 0;
}

static pthread_t victim;

static void *in_join(void *arg)
{
	(void)arg;
	pthread_cleanup_push(note, (void *)5);
	pthread_join(victim, 0);
	pthread_cleanup_pop(0);
	return 0;
}

static sem_t sem;

static void *in_sem(void *arg)
{
	(void)arg;
	pthread_cleanup_push(note, (void *)6);
	sem_wait(&sem);
	pthread_cleanup_pop(0);
	return 0;
}

static void *in_sigwait(void *arg)
{
	sigset_t s;
	int sig;
	(void)arg;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &s, 0);
	pthread_cleanup_push(note, (void *)7);
	sigwait(&s, &sig);
	pthread_cleanup_pop(0);
	return 0;
}

static volatile int go, survived, stage;

static void *disabled(void *arg)
{
	int old = -1;
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	(void)arg;
	CHECK_EQ(pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old), 0);
	CHECK_EQ(old, PTHREAD_CANCEL_ENABLE);
	stage = 1;
	while (!go)
		;
	/* Requested, but disabled: the sleep is not cut short. */
	CHECK_EQ(nanosleep(&ts, 0), 0);
	pthread_testcancel();
	survived = 1;
	CHECK_EQ(pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old), 0);
	CHECK_EQ(old, PTHREAD_CANCEL_DISABLE);
	/* Deferred: enabling does not act by itself. */
	survived = 2;
	pthread_testcancel();
	survived = 3;
	return 0;
}

static void *deferred_busy(void *arg)
{
	(void)arg;
	stage = 1;
	while (!go)
		;
	survived = 1;
	pthread_testcancel();
	survived = 2;
	return 0;
}

static volatile unsigned long spins;

static void *async_busy(void *arg)
{
	int old = -1;
	(void)arg;
	CHECK_EQ(pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old), 0);
	CHECK_EQ(old, PTHREAD_CANCEL_DEFERRED);
	for (;;)
		spins++;
	return 0;
}

static void *self_cancel(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_cancel(pthread_self()), 0);
	survived = 1;
	pthread_testcancel();
	survived = 2;
	return 0;
}

static void *async_after_request(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_cancel(pthread_self()), 0);
	survived = 1;
	/* A pending request and the asynchronous type: acted on at once. */
	pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, 0);
	survived = 2;
	return 0;
}

static void post(void *arg)
{
	sem_post((sem_t *)arg);
}

static sem_t done;

static void *detached(void *arg)
{
	char c;
	(void)arg;
	pthread_cleanup_push(post, &done);
	(void)!read(pfd[0], &c, 1);
	pthread_cleanup_pop(0);
	return 0;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static volatile int inits;

static void init_blocks(void)
{
	char c;
	inits++;
	(void)!read(pfd[0], &c, 1);
}

static void init_plain(void)
{
	inits += 10;
}

static void *run_once(void *arg)
{
	(void)arg;
	pthread_once(&once, init_blocks);
	return 0;
}

static void *quick(void *arg)
{
	return arg;
}

static void wait_blocked(void)
{
	/* Let the thread reach its blocking call (not needed for
	 * correctness: a request made earlier is acted on at the call). */
	struct timespec ts = { 0, 5 * 1000 * 1000 };
	nanosleep(&ts, 0);
}

static void cancel_and_join(void *(*fn)(void *), int cleanup)
{
	pthread_t t;
	void *res = 0;
	cleaned = 0;
	CHECK_EQ(pthread_create(&t, 0, fn, 0), 0);
	wait_blocked();
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(cleaned, cleanup);
}

int main(void)
{
	pthread_t t;
	void *res;
	pthread_mutexattr_t ma;
	int old;

	CHECK_EQ(pipe(pfd), 0);

	/* Cancelled at once if the request comes first, or in the call. */
	cancel_and_join(in_read, 1);
	cleaned = 0;
	CHECK_EQ(pthread_create(&t, 0, in_read, 0), 0);
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	cancel_and_join(in_sleep, 3);
	cancel_and_join(in_poll, 4);
	CHECK_EQ(sem_init(&sem, 0, 0), 0);
	cancel_and_join(in_sem, 6);
	/* The semaphore still works for the next waiter. */
	CHECK_EQ(sem_post(&sem), 0);
	CHECK_EQ(sem_wait(&sem), 0);
	cancel_and_join(in_sigwait, 7);

	/* The condition wait holds the mutex again for the handlers. */
	CHECK_EQ(pthread_mutexattr_init(&ma), 0);
	CHECK_EQ(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK), 0);
	CHECK_EQ(pthread_mutex_init(&mu, &ma), 0);
	CHECK_EQ(pthread_create(&t, 0, in_cond, 0), 0);
	for (;;) {
		CHECK_EQ(pthread_mutex_lock(&mu), 0);
		int r = ready;
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
		if (r)
			break;
		wait_blocked();
	}
	wait_blocked();
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(mutex_held, 1);
	CHECK_EQ(pthread_mutex_trylock(&mu), 0);
	CHECK_EQ(pthread_mutex_unlock(&mu), 0);
	/* The condition variable works after a cancelled waiter. */
	CHECK_EQ(pthread_cond_signal(&cv), 0);

	/* Cancelled in pthread_join: the joined thread stays joinable. */
	CHECK_EQ(pthread_create(&victim, 0, in_read, 0), 0);
	cancel_and_join(in_join, 5);
	CHECK_EQ(pthread_cancel(victim), 0);
	CHECK_EQ(pthread_join(victim, &res), 0);
	CHECK(res == PTHREAD_CANCELED);

	/* Disabled: the request waits for enabling and a cancellation point. */
	go = stage = survived = 0;
	CHECK_EQ(pthread_create(&t, 0, disabled, 0), 0);
	while (!stage)
		;
	CHECK_EQ(pthread_cancel(t), 0);
	go = 1;
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(survived, 2);

	/* Deferred: nothing happens outside a cancellation point. */
	go = stage = survived = 0;
	CHECK_EQ(pthread_create(&t, 0, deferred_busy, 0), 0);
	while (!stage)
		;
	CHECK_EQ(pthread_cancel(t), 0);
	wait_blocked();
	go = 1;
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(survived, 1);

	/* Asynchronous: a busy loop is stopped. */
	CHECK_EQ(pthread_create(&t, 0, async_busy, 0), 0);
	while (spins < 1000)
		;
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);

	/* Self-cancellation, deferred and then asynchronous. */
	survived = 0;
	CHECK_EQ(pthread_create(&t, 0, self_cancel, 0), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(survived, 1);
	survived = 0;
	CHECK_EQ(pthread_create(&t, 0, async_after_request, 0), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(survived, 1);

	/* A detached thread runs its handlers too. */
	CHECK_EQ(sem_init(&done, 0, 0), 0);
	pthread_attr_t a;
	CHECK_EQ(pthread_attr_init(&a), 0);
	CHECK_EQ(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED), 0);
	CHECK_EQ(pthread_create(&t, &a, detached, 0), 0);
	wait_blocked();
	CHECK_EQ(pthread_cancel(t), 0);
	while (sem_wait(&done) != 0)
		CHECK_EQ(errno, EINTR);

	/* A cancelled once routine: the object is as if never run. */
	CHECK_EQ(pthread_create(&t, 0, run_once, 0), 0);
	wait_blocked();
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(inits, 1);
	CHECK_EQ(pthread_once(&once, init_plain), 0);
	CHECK_EQ(inits, 11);

	/* A thread that has ended and is not joined: no error. */
	CHECK_EQ(pthread_create(&t, 0, quick, (void *)9), 0);
	wait_blocked();
	wait_blocked();
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == (void *)9);

	/* Bad values; a NULL old value is allowed (as glibc). */
	CHECK_EQ(pthread_setcancelstate(2, &old), EINVAL);
	CHECK_EQ(pthread_setcanceltype(2, &old), EINVAL);
	CHECK_EQ(pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, 0), 0);
	CHECK_EQ(pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, 0), 0);

	t_puts(1, "ok\n");
	return 0;
}
