// STDOUT: ok\n
/* <aio.h> notifications and lio_listio: SIGEV_SIGNAL (si_code SI_ASYNCIO,
 * si_value, the request already complete when the signal comes),
 * SIGEV_THREAD (the function in another thread with the value),
 * SIGEV_NONE; lio_listio LIO_WAIT (all done on return; LIO_NOP and null
 * entries skipped; EIO when an operation failed), LIO_NOWAIT with the
 * list's signal and thread notifications (also for a list with nothing
 * to do), the requests' own notifications inside a list, and EINVAL for
 * a bad mode (and an unknown sigev_notify, which glibc ignores). */
#define _GNU_SOURCE
#include "check.h"
#include <aio.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void setup(struct aiocb *cb, int fd, int op, void *buf, size_t n, off_t off)
{
	memset(cb, 0, sizeof *cb);
	cb->aio_fildes = fd;
	cb->aio_lio_opcode = op;
	cb->aio_buf = buf;
	cb->aio_nbytes = n;
	cb->aio_offset = off;
	cb->aio_sigevent.sigev_notify = SIGEV_NONE;
}

static void wait_one(const struct aiocb *cb)
{
	const struct aiocb *l[1] = {cb};
	while (aio_error(cb) == EINPROGRESS)
		CHECK(aio_suspend(l, 1, NULL) == 0 || errno == EINTR);
}

/* Wait (up to 5 s) for the blocked signal sig; its siginfo into *si. */
static void take_signal(int sig, siginfo_t *si)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	struct timespec ts = {5, 0};
	CHECK_EQ(sigtimedwait(&s, si, &ts), sig);
}

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int calls;
static int last_value;
static pthread_t caller;

static int sig;

/* The notification function: it blocks sig first thing (glibc runs it
 * with every signal unblocked, and sig must stay pending for main's
 * sigtimedwait, not kill the process in this thread). */
static void on_done(union sigval v)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	pthread_sigmask(SIG_BLOCK, &s, NULL);
	pthread_mutex_lock(&mu);
	calls++;
	last_value = v.sival_int;
	caller = pthread_self();
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&mu);
}

/* Wait (up to 5 s) until on_done has run n times in all. */
static void wait_calls(int n)
{
	struct timespec dl;
	clock_gettime(CLOCK_REALTIME, &dl);
	dl.tv_sec += 5;
	pthread_mutex_lock(&mu);
	while (calls < n)
		CHECK(pthread_cond_timedwait(&cv, &mu, &dl) == 0);
	pthread_mutex_unlock(&mu);
}

int main(void)
{
	char path[] = "/tmp/aio_notify_XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	unlink(path);
	sig = SIGRTMIN + 2;
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &s, NULL), 0);

	/* SIGEV_SIGNAL */
	struct aiocb cb;
	siginfo_t si;
	static char data[] = "0123456789";
	setup(&cb, fd, 0, data, 10, 0);
	cb.aio_sigevent.sigev_notify = SIGEV_SIGNAL;
	cb.aio_sigevent.sigev_signo = sig;
	cb.aio_sigevent.sigev_value.sival_int = 4242;
	CHECK_EQ(aio_write(&cb), 0);
	memset(&si, 0, sizeof si);
	take_signal(sig, &si);
	CHECK_EQ(si.si_signo, sig);
	CHECK_EQ(si.si_code, SI_ASYNCIO);
	CHECK_EQ(si.si_value.sival_int, 4242);
	CHECK_EQ(si.si_pid, getpid());
	CHECK_EQ(aio_error(&cb), 0);
	CHECK_EQ(aio_return(&cb), 10);

	/* SIGEV_THREAD: another thread, the value */
	char buf[16];
	setup(&cb, fd, 0, buf, 4, 2);
	cb.aio_sigevent.sigev_notify = SIGEV_THREAD;
	cb.aio_sigevent.sigev_notify_function = on_done;
	cb.aio_sigevent.sigev_value.sival_int = 77;
	CHECK_EQ(aio_read(&cb), 0);
	wait_calls(1);
	CHECK_EQ(last_value, 77);
	CHECK(!pthread_equal(caller, pthread_self()));
	CHECK_EQ(aio_error(&cb), 0);
	CHECK_EQ(aio_return(&cb), 4);
	CHECK(memcmp(buf, "2345", 4) == 0);

	/* lio_listio LIO_WAIT: everything done on return */
	struct aiocb w1, w2, nop, r1;
	char rb[8] = {0};
	setup(&w1, fd, LIO_WRITE, "ab", 2, 20);
	setup(&w2, fd, LIO_WRITE, "cd", 2, 22);
	setup(&nop, fd, LIO_NOP, NULL, 0, 0);
	struct aiocb *list[5] = {&w1, NULL, &w2, &nop, NULL};
	CHECK_EQ(lio_listio(LIO_WAIT, list, 5, NULL), 0);
	CHECK_EQ(aio_error(&w1), 0);
	CHECK_EQ(aio_return(&w1), 2);
	CHECK_EQ(aio_error(&w2), 0);
	CHECK_EQ(aio_return(&w2), 2);
	setup(&r1, fd, LIO_READ, rb, 4, 20);
	struct aiocb *rl[1] = {&r1};
	CHECK_EQ(lio_listio(LIO_WAIT, rl, 1, NULL), 0);
	CHECK_EQ(aio_return(&r1), 4);
	CHECK(memcmp(rb, "abcd", 4) == 0);
	/* an operation that fails: EIO, its own error in its aiocb */
	setup(&w1, fd, LIO_WRITE, "ab", 2, 0);
	setup(&w2, 999, LIO_WRITE, "cd", 2, 0);
	struct aiocb *bad[2] = {&w1, &w2};
	CHECK_ERR(lio_listio(LIO_WAIT, bad, 2, NULL), EIO);
	CHECK_EQ(aio_error(&w1), 0);
	CHECK_EQ(aio_return(&w1), 2);
	CHECK_EQ(aio_error(&w2), EBADF);
	CHECK_EQ(aio_return(&w2), -1);
	/* a bad mode */
	CHECK_ERR(lio_listio(7, list, 1, NULL), EINVAL);
	/* an empty list */
	CHECK_EQ(lio_listio(LIO_WAIT, list, 0, NULL), 0);

	/* LIO_NOWAIT with a list signal: it comes once all are done; each
	   request's own signal comes too */
	struct sigevent ls;
	memset(&ls, 0, sizeof ls);
	ls.sigev_notify = SIGEV_SIGNAL;
	ls.sigev_signo = sig;
	ls.sigev_value.sival_int = 9;
	setup(&w1, fd, LIO_WRITE, "ef", 2, 30);
	setup(&w2, fd, LIO_WRITE, "gh", 2, 32);
	w2.aio_sigevent.sigev_notify = SIGEV_SIGNAL;
	w2.aio_sigevent.sigev_signo = sig;
	w2.aio_sigevent.sigev_value.sival_int = 5;
	struct aiocb *nl[2] = {&w1, &w2};
	CHECK_EQ(lio_listio(LIO_NOWAIT, nl, 2, &ls), 0);
	int seen9 = 0, seen5 = 0;
	for (int i = 0; i < 2; i++) {
		take_signal(sig, &si);
		CHECK_EQ(si.si_code, SI_ASYNCIO);
		if (si.si_value.sival_int == 9) {
			seen9++;
			CHECK_EQ(aio_error(&w1), 0);
			CHECK_EQ(aio_error(&w2), 0);
		} else {
			CHECK_EQ(si.si_value.sival_int, 5);
			seen5++;
		}
	}
	CHECK_EQ(seen9, 1);
	CHECK_EQ(seen5, 1);
	CHECK_EQ(aio_return(&w1), 2);
	CHECK_EQ(aio_return(&w2), 2);
	CHECK_EQ(pread(fd, rb, 4, 30), 4);
	CHECK(memcmp(rb, "efgh", 4) == 0);

	/* LIO_NOWAIT with a list thread notification */
	struct sigevent lt;
	memset(&lt, 0, sizeof lt);
	lt.sigev_notify = SIGEV_THREAD;
	lt.sigev_notify_function = on_done;
	lt.sigev_value.sival_int = 123;
	setup(&w1, fd, LIO_WRITE, "ij", 2, 40);
	setup(&r1, fd, LIO_READ, rb, 2, 30);
	struct aiocb *tl[2] = {&w1, &r1};
	CHECK_EQ(lio_listio(LIO_NOWAIT, tl, 2, &lt), 0);
	wait_calls(2);
	CHECK_EQ(last_value, 123);
	CHECK_EQ(aio_error(&w1), 0);
	CHECK_EQ(aio_error(&r1), 0);
	CHECK_EQ(aio_return(&w1), 2);
	CHECK_EQ(aio_return(&r1), 2);

	/* LIO_NOWAIT with nothing to do: the list signal still comes */
	setup(&nop, fd, LIO_NOP, NULL, 0, 0);
	struct aiocb *nn[2] = {&nop, NULL};
	ls.sigev_value.sival_int = 10;
	CHECK_EQ(lio_listio(LIO_NOWAIT, nn, 2, &ls), 0);
	take_signal(sig, &si);
	CHECK_EQ(si.si_code, SI_ASYNCIO);
	CHECK_EQ(si.si_value.sival_int, 10);
	/* LIO_NOWAIT without a sigevent, and with SIGEV_NONE */
	setup(&w1, fd, LIO_WRITE, "kl", 2, 50);
	CHECK_EQ(lio_listio(LIO_NOWAIT, nl, 1, NULL), 0);
	wait_one(&w1);
	CHECK_EQ(aio_return(&w1), 2);
	ls.sigev_notify = SIGEV_NONE;
	setup(&w1, fd, LIO_WRITE, "mn", 2, 52);
	CHECK_EQ(lio_listio(LIO_NOWAIT, nl, 1, &ls), 0);
	wait_one(&w1);
	CHECK_EQ(aio_return(&w1), 2);

	/* no stray signal is left */
	struct timespec zero = {0, 0};
	CHECK_ERR(sigtimedwait(&s, &si, &zero), EAGAIN);

	/* an unknown sigev_notify: refused at once (ferrolibc), or the
	   request is done without a notification (glibc) */
	setup(&cb, fd, 0, buf, 1, 0);
	cb.aio_sigevent.sigev_notify = 1234;
	int r = aio_read(&cb);
	if (r == 0) {
		wait_one(&cb);
		CHECK_EQ(aio_error(&cb), 0);
	} else {
		CHECK_EQ(r, -1);
		CHECK_EQ(errno, EINVAL);
	}
	close(fd);
	puts("ok");
	return 0;
}
