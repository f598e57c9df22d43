// STDOUT: ok\n
/* poll, ppoll, select, pselect on a pipe: nothing ready (timeout 0 and a
 * short wait), readable after a write, writable, POLLHUP after the writer
 * closes, POLLNVAL and EBADF for a closed descriptor, EINVAL for a bad
 * timeout, select's time left written back, pselect's timeout left alone,
 * and the signal mask ppoll/pselect hold while waiting (a blocked pending
 * signal is delivered inside the call: EINTR). FD_* and fd_set's size. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t hits;
static void on_usr1(int s)
{
	(void)s;
	hits++;
}

static long long ms_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
	int p[2];
	CHECK_EQ(pipe(p), 0);

	/* poll */
	struct pollfd f[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
	CHECK_EQ(poll(f, 1, 0), 0);
	CHECK_EQ(f[0].revents, 0);
	long long t0 = ms_now();
	CHECK_EQ(poll(f, 1, 50), 0);
	CHECK(ms_now() - t0 >= 40);
	CHECK_EQ(poll(f, 2, 0), 1);
	CHECK_EQ(f[1].revents, POLLOUT);
	CHECK_EQ(write(p[1], "x", 1), 1);
	CHECK_EQ(poll(f, 2, -1), 2);
	CHECK_EQ(f[0].revents, POLLIN);

	/* select */
	CHECK_EQ(FD_SETSIZE, 1024);
	CHECK_EQ(sizeof(fd_set), 128);
	fd_set r, w;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_SET(1000, &r);
	CHECK(FD_ISSET(1000, &r));
	FD_CLR(1000, &r);
	CHECK(!FD_ISSET(1000, &r));
	CHECK(FD_ISSET(p[0], &r));
	struct timeval tv = {0, 0};
	CHECK_EQ(select(p[0] + 1, &r, NULL, NULL, &tv), 1);
	CHECK(FD_ISSET(p[0], &r));
	char c;
	CHECK_EQ(read(p[0], &c, 1), 1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	tv.tv_sec = 0;
	tv.tv_usec = 30000;
	t0 = ms_now();
	CHECK_EQ(select(p[0] + 1, &r, NULL, NULL, &tv), 0);
	CHECK(ms_now() - t0 >= 20);
	CHECK(!FD_ISSET(p[0], &r));
	CHECK_EQ(tv.tv_sec, 0);
	CHECK_EQ(tv.tv_usec, 0);
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	CHECK_EQ(select(p[1] + 1, NULL, &w, NULL, NULL), 1);
	tv.tv_usec = -1;
	CHECK_ERR(select(p[1] + 1, NULL, &w, NULL, &tv), EINVAL);

	/* pselect: the timeout is const */
	struct timespec ts = {0, 20000000};
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	CHECK_EQ(pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL), 0);
	CHECK_EQ(ts.tv_nsec, 20000000);
	ts.tv_nsec = 1000000000;
	CHECK_ERR(pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL), EINVAL);
	ts.tv_nsec = 20000000;

	/* ppoll: the timeout is const too */
	CHECK_EQ(ppoll(f, 1, &ts, NULL), 0);
	CHECK_EQ(ts.tv_nsec, 20000000);

	/* The mask held while waiting: SIGUSR1 blocked and pending is taken
	 * inside the call, which ends with EINTR. */
	struct sigaction sa = {0};
	sa.sa_handler = on_usr1;
	CHECK_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
	sigset_t block, empty;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&empty);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &block, NULL), 0);
	raise(SIGUSR1);
	CHECK_EQ(hits, 0);
	ts.tv_sec = 5;
	CHECK_ERR(ppoll(f, 1, &ts, &empty), EINTR);
	CHECK_EQ(hits, 1);
	raise(SIGUSR1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	CHECK_ERR(pselect(p[0] + 1, &r, NULL, NULL, &ts, &empty), EINTR);
	CHECK_EQ(hits, 2);
	/* and the old mask is back */
	sigset_t now;
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &now), 0);
	CHECK(sigismember(&now, SIGUSR1));

	/* hang-up, a closed descriptor */
	CHECK_EQ(close(p[1]), 0);
	f[0].revents = 0;
	CHECK_EQ(poll(f, 1, 0), 1);
	CHECK(f[0].revents & POLLHUP);
	struct pollfd bad = {p[1], POLLIN, 0};
	CHECK_EQ(poll(&bad, 1, 0), 1);
	CHECK_EQ(bad.revents, POLLNVAL);
	FD_ZERO(&r);
	FD_SET(p[1], &r);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	CHECK_ERR(select(p[1] + 1, &r, NULL, NULL, &tv), EBADF);
	t_puts(1, "ok\n");
	return 0;
}
