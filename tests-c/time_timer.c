// STDOUT: ok\n
// LIBS: -lrt -lpthread
/* timer_create/settime/gettime/getoverrun/delete: SIGEV_SIGNAL with the
 * value in si_value and SI_TIMER, a periodic timer and its overrun count,
 * TIMER_ABSTIME, the NULL sigevent (SIGALRM, the timer's id as value),
 * SIGEV_NONE read by timer_gettime, SIGEV_THREAD (the function runs in
 * another thread, repeatedly, with the value; nothing after delete), and
 * the errors: EINVAL for a bad clock or value. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t hits, code, val;
static void on_sig(int s, siginfo_t *si, void *c)
{
	(void)s, (void)c;
	hits++;
	code = si->si_code;
	val = si->si_value.sival_int;
}

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int tcalls, tval, other_thread;
static pthread_t main_thread;
static void on_expiry(union sigval v)
{
	pthread_mutex_lock(&m);
	tcalls++;
	tval = v.sival_int;
	other_thread = !pthread_equal(pthread_self(), main_thread);
	pthread_mutex_unlock(&m);
}

static void sleep_ms(int ms)
{
	struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&t, &t) != 0 && errno == EINTR)
		;
}

int main(void)
{
	main_thread = pthread_self();
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sig;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	CHECK_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
	CHECK_EQ(sigaction(SIGALRM, &sa, NULL), 0);

	struct sigevent sev;
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 31337;
	timer_t t;
	CHECK_EQ(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
	struct itimerspec its = {{0, 0}, {0, 20000000}}, old, cur;
	CHECK_EQ(timer_settime(t, 0, &its, &old), 0);
	CHECK(old.it_value.tv_sec == 0 && old.it_value.tv_nsec == 0);
	CHECK_EQ(timer_gettime(t, &cur), 0);
	CHECK(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec > 0 && cur.it_value.tv_nsec <= 20000000);
	for (int i = 0; i < 100 && !hits; i++)
		sleep_ms(10);
	CHECK_EQ(hits, 1);
	CHECK_EQ(code, SI_TIMER);
	CHECK_EQ(val, 31337);
	CHECK_EQ(timer_gettime(t, &cur), 0);
	CHECK(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);

	/* Periodic, with expiries missed while the signal is blocked. */
	sigset_t blk;
	sigemptyset(&blk);
	sigaddset(&blk, SIGUSR1);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &blk, NULL), 0);
	hits = 0;
	struct itimerspec per = {{0, 5000000}, {0, 5000000}};
	CHECK_EQ(timer_settime(t, 0, &per, NULL), 0);
	sleep_ms(60);
	CHECK_EQ(sigprocmask(SIG_UNBLOCK, &blk, NULL), 0);
	for (int i = 0; i < 100 && !hits; i++)
		sleep_ms(5);
	CHECK(hits >= 1);
	int over = timer_getoverrun(t);
	CHECK(over >= 1);
	struct itimerspec off = {{0, 0}, {0, 0}};
	CHECK_EQ(timer_settime(t, 0, &off, &old), 0);
	CHECK(old.it_interval.tv_nsec == 5000000);

	/* Absolute time, in the past: fires at once. */
	hits = 0;
	struct itimerspec abs = {{0, 0}, {1, 0}};
	CHECK_EQ(timer_settime(t, TIMER_ABSTIME, &abs, NULL), 0);
	for (int i = 0; i < 100 && !hits; i++)
		sleep_ms(5);
	CHECK_EQ(hits, 1);
	struct itimerspec bad = {{0, 0}, {0, 1000000000L}};
	CHECK_ERR(timer_settime(t, 0, &bad, NULL), EINVAL);
	CHECK_EQ(timer_delete(t), 0);

	/* NULL sigevent: SIGALRM, the value is the timer's id. */
	hits = 0;
	CHECK_EQ(timer_create(CLOCK_REALTIME, NULL, &t), 0);
	CHECK_EQ(timer_settime(t, 0, &its, NULL), 0);
	for (int i = 0; i < 100 && !hits; i++)
		sleep_ms(10);
	CHECK_EQ(hits, 1);
	CHECK_EQ(code, SI_TIMER);
	CHECK_EQ(timer_delete(t), 0);

	/* SIGEV_NONE: nothing delivered, the timer still runs. */
	sev.sigev_notify = SIGEV_NONE;
	CHECK_EQ(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
	struct itimerspec lng = {{0, 0}, {10, 0}};
	CHECK_EQ(timer_settime(t, 0, &lng, NULL), 0);
	CHECK_EQ(timer_gettime(t, &cur), 0);
	CHECK(cur.it_value.tv_sec >= 9 && cur.it_value.tv_sec <= 10);
	CHECK_EQ(timer_delete(t), 0);

	/* SIGEV_THREAD. */
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_notify_function = on_expiry;
	sev.sigev_value.sival_int = 777;
	CHECK_EQ(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
	struct itimerspec rep = {{0, 10000000}, {0, 10000000}};
	CHECK_EQ(timer_settime(t, 0, &rep, NULL), 0);
	for (int i = 0; i < 200; i++) {
		pthread_mutex_lock(&m);
		int n = tcalls;
		pthread_mutex_unlock(&m);
		if (n >= 3)
			break;
		sleep_ms(10);
	}
	pthread_mutex_lock(&m);
	CHECK(tcalls >= 3);
	CHECK_EQ(tval, 777);
	CHECK(other_thread);
	pthread_mutex_unlock(&m);
	CHECK_EQ(timer_delete(t), 0);
	sleep_ms(30);
	pthread_mutex_lock(&m);
	int after = tcalls;
	pthread_mutex_unlock(&m);
	sleep_ms(50);
	CHECK_EQ(tcalls, after);

	CHECK_ERR(timer_create(12345, NULL, &t), EINVAL);
	printf("ok\n");
	return 0;
}
