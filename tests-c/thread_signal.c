/* Signals and threads: pthread_kill reaches the named thread's handler
 * (and only it), pthread_sigmask is per thread, a signal blocked in every
 * thread but one goes to that one, pthread_kill errors. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
// STDOUT: ok\n

static volatile pid_t handled_in;
static volatile int ready, stop;
static void handler(int sig)
{
	(void)sig;
	handled_in = gettid();
}

static void *target(void *arg)
{
	*(pid_t *)arg = gettid();
	__atomic_store_n(&ready, 1, __ATOMIC_SEQ_CST);
	while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST)) {
		struct timespec ts = {0, 1000000};
		nanosleep(&ts, 0);
	}
	return 0;
}

static void *unblocked_waiter(void *arg)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	CHECK_EQ(pthread_sigmask(SIG_UNBLOCK, &s, 0), 0);
	*(pid_t *)arg = gettid();
	__atomic_store_n(&ready, 2, __ATOMIC_SEQ_CST);
	while (!handled_in) {
		struct timespec ts = {0, 1000000};
		nanosleep(&ts, 0);
	}
	return 0;
}

static void *mask_check(void *arg)
{
	sigset_t cur;
	(void)arg;
	CHECK_EQ(pthread_sigmask(SIG_BLOCK, 0, &cur), 0);
	/* inherited from the creator */
	CHECK(sigismember(&cur, SIGUSR2));
	CHECK(!sigismember(&cur, SIGUSR1));
	return 0;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	CHECK_EQ(sigaction(SIGUSR1, &sa, 0), 0);
	CHECK_EQ(sigaction(SIGUSR2, &sa, 0), 0);

	/* to self (first: qemu-i386 7.2 keeps one GDT for all threads, so
	 * once threads exist a thread other than the newest that returns
	 * from a handler reloads %gs with the newest thread's TLS entry; each
	 * signal below goes to the newest thread) */
	CHECK_EQ(pthread_kill(pthread_self(), SIGUSR1), 0);
	CHECK_EQ(handled_in, getpid());
	handled_in = 0;

	pid_t tid = 0;
	pthread_t t;
	CHECK_EQ(pthread_create(&t, 0, target, &tid), 0);
	while (!__atomic_load_n(&ready, __ATOMIC_SEQ_CST))
		sched_yield();
	CHECK_EQ(pthread_kill(t, 0), 0);
	CHECK_EQ(pthread_kill(t, 12345), EINVAL);
	CHECK_EQ(pthread_kill(t, SIGUSR1), 0);
	while (!handled_in)
		sched_yield();
	CHECK_EQ(handled_in, tid);
	__atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
	CHECK_EQ(pthread_join(t, 0), 0);

	/* a process-directed signal blocked here goes to the thread that
	 * accepts it */
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	CHECK_EQ(pthread_sigmask(SIG_BLOCK, &s, 0), 0);
	CHECK_EQ(pthread_create(&t, 0, mask_check, 0), 0);
	CHECK_EQ(pthread_join(t, 0), 0);
	handled_in = 0;
	ready = 0;
	CHECK_EQ(pthread_create(&t, 0, unblocked_waiter, &tid), 0);
	while (__atomic_load_n(&ready, __ATOMIC_SEQ_CST) != 2)
		sched_yield();
	CHECK_EQ(kill(getpid(), SIGUSR2), 0);
	CHECK_EQ(pthread_join(t, 0), 0);
	CHECK_EQ(handled_in, tid);
	CHECK_EQ(pthread_sigmask(SIG_UNBLOCK, &s, 0), 0);
	t_puts(1, "ok\n");
	return 0;
}
