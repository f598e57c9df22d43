// STDOUT: ok\n
/* timerfd_create timerfd_settime timerfd_gettime: a one-shot timer read
 * once (count 1, then EAGAIN), an interval timer's expirations counted,
 * the time left and the interval from timerfd_gettime, the old setting
 * from timerfd_settime, disarming, TFD_TIMER_ABSTIME (future: a blocking
 * read waits for it; past: fires at once), TFD_TIMER_CANCEL_ON_SET
 * accepted with an absolute CLOCK_REALTIME time, an absolute time past
 * 2038 (64-bit time_t on every arch), TFD_NONBLOCK and TFD_CLOEXEC, and
 * the errors (EINVAL: bad clock, settime flags, tv_nsec, short buffer, not a
 * timerfd; EBADF). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

_Static_assert(TFD_TIMER_ABSTIME == 1 && TFD_TIMER_CANCEL_ON_SET == 2, "settime flags");
_Static_assert(TFD_CLOEXEC == O_CLOEXEC && TFD_NONBLOCK == O_NONBLOCK, "create flags");
_Static_assert(sizeof(struct itimerspec) == 32, "itimerspec");

#define MS 1000000L

static long long ns_now(clockid_t c)
{
	struct timespec t;
	clock_gettime(c, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long long ns(const struct timespec *t)
{
	return t->tv_sec * 1000000000LL + t->tv_nsec;
}

int main(void)
{
	uint64_t n = 0;
	struct itimerspec it = {{0, 0}, {0, 0}}, old, cur;

	int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	CHECK_ERR(read(fd, &n, 8), EAGAIN);
	CHECK_EQ(timerfd_gettime(fd, &cur), 0);
	CHECK(ns(&cur.it_value) == 0 && ns(&cur.it_interval) == 0);

	/* one-shot, 20 ms */
	it.it_value.tv_nsec = 20 * MS;
	long long t0 = ns_now(CLOCK_MONOTONIC);
	CHECK_EQ(timerfd_settime(fd, 0, &it, NULL), 0);
	CHECK_EQ(timerfd_gettime(fd, &cur), 0);
	CHECK(ns(&cur.it_value) > 0 && ns(&cur.it_value) <= 20 * MS);
	CHECK_EQ(ns(&cur.it_interval), 0);
	struct pollfd pf = {fd, POLLIN, 0};
	CHECK_EQ(poll(&pf, 1, 5000), 1);
	CHECK(ns_now(CLOCK_MONOTONIC) - t0 >= 19 * MS);
	char small[4];
	CHECK_ERR(read(fd, small, 4), EINVAL);
	CHECK_EQ(read(fd, &n, 8), 8);
	CHECK_EQ(n, 1);
	CHECK_ERR(read(fd, &n, 8), EAGAIN);
	/* expired and not rearmed: nothing left */
	CHECK_EQ(timerfd_gettime(fd, &cur), 0);
	CHECK_EQ(ns(&cur.it_value), 0);

	/* an interval timer: 10 ms, then every 10 ms; expirations add up */
	it.it_value.tv_nsec = 10 * MS;
	it.it_interval.tv_nsec = 10 * MS;
	CHECK_EQ(timerfd_settime(fd, 0, &it, &old), 0);
	CHECK(ns(&old.it_value) == 0 && ns(&old.it_interval) == 0);
	struct timespec d = {0, 55 * MS};
	nanosleep(&d, NULL);
	CHECK_EQ(read(fd, &n, 8), 8);
	CHECK(n >= 4);
	CHECK_EQ(timerfd_gettime(fd, &cur), 0);
	CHECK_EQ(ns(&cur.it_interval), 10 * MS);
	CHECK(ns(&cur.it_value) > 0 && ns(&cur.it_value) <= 10 * MS);
	/* the next expiry counts from 1 again */
	CHECK_EQ(poll(&pf, 1, 5000), 1);
	CHECK_EQ(read(fd, &n, 8), 8);
	CHECK(n >= 1);
	/* replacing it hands back the running setting; zero disarms */
	struct itimerspec zero = {{0, 0}, {0, 0}};
	CHECK_EQ(timerfd_settime(fd, 0, &zero, &old), 0);
	CHECK_EQ(ns(&old.it_interval), 10 * MS);
	CHECK(ns(&old.it_value) > 0 && ns(&old.it_value) <= 10 * MS);
	CHECK_EQ(timerfd_gettime(fd, &cur), 0);
	CHECK(ns(&cur.it_value) == 0 && ns(&cur.it_interval) == 0);
	nanosleep(&d, NULL);
	CHECK_ERR(read(fd, &n, 8), EAGAIN);
	close(fd);

	/* TFD_TIMER_ABSTIME on a blocking descriptor */
	fd = timerfd_create(CLOCK_MONOTONIC, 0);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, 0);
	t0 = ns_now(CLOCK_MONOTONIC);
	long long at = t0 + 25 * MS;
	it.it_interval.tv_sec = it.it_interval.tv_nsec = 0;
	it.it_value.tv_sec = at / 1000000000LL;
	it.it_value.tv_nsec = at % 1000000000LL;
	CHECK_EQ(timerfd_settime(fd, TFD_TIMER_ABSTIME, &it, NULL), 0);
	/* gettime gives the time left, not the absolute time */
	CHECK_EQ(timerfd_gettime(fd, &cur), 0);
	CHECK(ns(&cur.it_value) > 0 && ns(&cur.it_value) <= 25 * MS);
	CHECK_EQ(read(fd, &n, 8), 8);
	CHECK_EQ(n, 1);
	CHECK(ns_now(CLOCK_MONOTONIC) >= at);
	/* an absolute time already past fires at once */
	it.it_value.tv_sec = 0;
	it.it_value.tv_nsec = 1;
	CHECK_EQ(timerfd_settime(fd, TFD_TIMER_ABSTIME, &it, NULL), 0);
	CHECK_EQ(read(fd, &n, 8), 8);
	CHECK_EQ(n, 1);
	close(fd);

	/* CLOCK_REALTIME: cancel-on-set accepted; a time past 2038 kept whole */
	fd = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK);
	CHECK(fd >= 0);
	it.it_value.tv_sec = 4102444800LL; /* 2100-01-01 */
	it.it_value.tv_nsec = 0;
	CHECK_EQ(timerfd_settime(fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &it, NULL), 0);
	CHECK_EQ(timerfd_gettime(fd, &cur), 0);
	long long left = 4102444800LL - ns_now(CLOCK_REALTIME) / 1000000000LL;
	CHECK(cur.it_value.tv_sec > 2147483647LL - 1767225600LL);
	CHECK(cur.it_value.tv_sec >= left - 2 && cur.it_value.tv_sec <= left + 2);
	CHECK_ERR(read(fd, &n, 8), EAGAIN);
	close(fd);
	fd = timerfd_create(CLOCK_BOOTTIME, 0);
	CHECK(fd >= 0);
	close(fd);

	/* errors */
	CHECK_ERR(timerfd_create(99, 0), EINVAL);
	/* (unknown creation flags are EINVAL from the kernel, but qemu-user
	 * drops them before the call: not checked) */
	fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
	CHECK(fd >= 0);
	it.it_value.tv_sec = 0;
	it.it_value.tv_nsec = 1000000000L;
	CHECK_ERR(timerfd_settime(fd, 0, &it, NULL), EINVAL);
	it.it_value.tv_nsec = -1;
	CHECK_ERR(timerfd_settime(fd, 0, &it, NULL), EINVAL);
	it.it_value.tv_nsec = 10 * MS;
	CHECK_ERR(timerfd_settime(fd, 4, &it, NULL), EINVAL);
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_ERR(timerfd_settime(p[0], 0, &it, NULL), EINVAL);
	CHECK_ERR(timerfd_gettime(p[0], &cur), EINVAL);
	CHECK_ERR(timerfd_settime(-1, 0, &it, NULL), EBADF);
	CHECK_ERR(timerfd_gettime(-1, &cur), EBADF);
	close(fd);
	puts("ok");
	return 0;
}
