/* settimeofday, adjtime, adjtimex/ntp_adjtime/clock_adjtime, ftime,
 * futimesat, clock_getcpuclockid, sched_rr_get_interval, unshare/setns.
 * Nothing here changes the clock: the calls that would are made with bad
 * arguments or by an unprivileged child. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/timeb.h>
#include <sys/timex.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

_Static_assert(sizeof(struct timex) == 208, "timex size");
_Static_assert(offsetof(struct timex, offset) == 8, "offset");
_Static_assert(offsetof(struct timex, status) == 40, "status");
_Static_assert(offsetof(struct timex, constant) == 48, "constant");
_Static_assert(offsetof(struct timex, time) == 72, "time");
_Static_assert(offsetof(struct timex, tick) == 88, "tick");
_Static_assert(offsetof(struct timex, shift) == 112, "shift");
_Static_assert(offsetof(struct timex, stabil) == 120, "stabil");
_Static_assert(offsetof(struct timex, stbcnt) == 152, "stbcnt");
_Static_assert(offsetof(struct timex, tai) == 160, "tai");
_Static_assert(sizeof(((struct timex *)0)->offset) == 8, "64-bit fields");
_Static_assert(offsetof(struct timeb, millitm) == 8, "millitm");
_Static_assert(offsetof(struct timeb, timezone) == 10, "timezone");
_Static_assert(offsetof(struct timeb, dstflag) == 12, "dstflag");
_Static_assert(sizeof(struct timeb) == 16, "timeb");

static int as_nobody(void (*f)(void))
{
	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0) {
		if (geteuid() == 0 && setuid(65534) != 0)
			_exit(99);
		f();
		_exit(0);
	}
	int st;
	CHECK(waitpid(p, &st, 0) == p);
	CHECK(WIFEXITED(st));
	return WEXITSTATUS(st);
}

static void unprivileged(void)
{
	struct timeval tv;
	CHECK(gettimeofday(&tv, NULL) == 0);
	errno = 0;
	CHECK_EQ(settimeofday(&tv, NULL), -1);
	CHECK_EQ(errno, EPERM);
	struct timeval d = {0, 1000};
	errno = 0;
	CHECK_EQ(adjtime(&d, NULL), -1);
	CHECK_EQ(errno, EPERM);
	struct timex tx = {0};
	tx.modes = ADJ_OFFSET_SINGLESHOT;
	tx.offset = 1000;
	errno = 0;
	CHECK_EQ(adjtimex(&tx), -1);
	CHECK_EQ(errno, EPERM);
	/* reading needs no privilege */
	memset(&tx, 0, sizeof tx);
	CHECK(adjtimex(&tx) >= TIME_OK);
	struct timeval old;
	CHECK_EQ(adjtime(NULL, &old), 0);
}

int main(void)
{
	/* settimeofday: bad microseconds and both arguments are EINVAL */
	struct timeval tv = {0, 2000000};
	errno = 0;
	CHECK_EQ(settimeofday(&tv, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	tv.tv_usec = -1;
	errno = 0;
	CHECK_EQ(settimeofday(&tv, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	struct timezone tz = {0, 0};
	tv.tv_usec = 0;
	errno = 0;
	CHECK_EQ(settimeofday(&tv, &tz), -1);
	CHECK_EQ(errno, EINVAL);

	/* adjtime: out of range is EINVAL; reading the pending slew works */
	struct timeval d = {3000, 0}, old = {7, 7};
	errno = 0;
	CHECK_EQ(adjtime(&d, &old), -1);
	CHECK_EQ(errno, EINVAL);
	d.tv_sec = -3000;
	errno = 0;
	CHECK_EQ(adjtime(&d, &old), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(adjtime(NULL, &old), 0);
	CHECK(old.tv_usec > -1000000 && old.tv_usec < 1000000);
	CHECK(old.tv_sec < 2200 && old.tv_sec > -2200);
	CHECK_EQ(adjtime(NULL, NULL), 0);

	/* adjtimex: modes 0 reads the state */
	struct timex tx;
	memset(&tx, 0, sizeof tx);
	int st = adjtimex(&tx);
	CHECK(st >= TIME_OK && st <= TIME_ERROR);
	CHECK(tx.tick > 900 && tx.tick < 1000001);
	CHECK(tx.time.tv_usec >= 0 && tx.time.tv_usec < 1000000000);
	struct timeval now;
	gettimeofday(&now, NULL);
	CHECK(tx.time.tv_sec > now.tv_sec - 5 && tx.time.tv_sec <= now.tv_sec + 1);
	memset(&tx, 0, sizeof tx);
	CHECK(ntp_adjtime(&tx) >= TIME_OK);
	memset(&tx, 0, sizeof tx);
	CHECK(clock_adjtime(CLOCK_REALTIME, &tx) >= TIME_OK);
	CHECK(tx.tick > 900);
	memset(&tx, 0, sizeof tx);
	errno = 0;
	CHECK_EQ(clock_adjtime(CLOCK_MONOTONIC, &tx), -1);
	CHECK_EQ(errno, EOPNOTSUPP);

	CHECK_EQ(as_nobody(unprivileged), 0);

	/* ftime (glibc's i386 ftime was never given a 64-bit-time form: with
	 * _TIME_BITS=64 it fills a 32-bit time into the 64-bit struct, so the
	 * check is ferrolibc's only there) */
#if !(defined(AGAINST_GLIBC) && defined(TEST_ARCH_I386))
	struct timeb tb;
	memset(&tb, 0x55, sizeof tb);
	time_t t0 = time(NULL);
	CHECK_EQ(ftime(&tb), 0);
	CHECK(tb.time >= t0 && tb.time <= t0 + 1);
	CHECK(tb.millitm < 1000);
	CHECK_EQ(tb.timezone, 0);
	CHECK_EQ(tb.dstflag, 0);
#else
	time_t t0 = time(NULL);
#endif

	/* futimesat */
	char dir[64], name[80];
	snprintf(dir, sizeof dir, "/tmp/futimesat.%d", (int)getpid());
	CHECK(mkdir(dir, 0755) == 0);
	snprintf(name, sizeof name, "%s/f", dir);
	int fd = open(name, O_CREAT | O_WRONLY, 0644);
	CHECK(fd >= 0);
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	struct timeval tt[2] = {{1000000000, 250000}, {1200000000, 500000}};
	CHECK_EQ(futimesat(dfd, "f", tt), 0);
	struct stat sb;
	CHECK(stat(name, &sb) == 0);
	CHECK_EQ(sb.st_atim.tv_sec, 1000000000);
	CHECK_EQ(sb.st_atim.tv_nsec, 250000000);
	CHECK_EQ(sb.st_mtim.tv_sec, 1200000000);
	CHECK_EQ(sb.st_mtim.tv_nsec, 500000000);
	tt[1].tv_sec = 1300000000;
	CHECK_EQ(futimesat(fd, NULL, tt), 0);
	CHECK(stat(name, &sb) == 0);
	CHECK_EQ(sb.st_mtim.tv_sec, 1300000000);
	CHECK_EQ(futimesat(AT_FDCWD, name, NULL), 0);
	CHECK(stat(name, &sb) == 0);
	CHECK(sb.st_mtim.tv_sec >= t0);
	errno = 0;
	CHECK_EQ(futimesat(dfd, "missing", tt), -1);
	CHECK_EQ(errno, ENOENT);
	tt[0].tv_usec = 1000000;
	errno = 0;
	CHECK_EQ(futimesat(dfd, "f", tt), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(futimesat(-1, "f", NULL), -1);
	CHECK_EQ(errno, EBADF);
	close(fd);
	close(dfd);
	unlink(name);
	rmdir(dir);

	/* clock_getcpuclockid */
	clockid_t c = 12345;
	CHECK_EQ(clock_getcpuclockid(0, &c), 0);
	CHECK_EQ(c, -6);
	CHECK_EQ(clock_getcpuclockid(getpid(), &c), 0);
	CHECK_EQ(c, (clockid_t)((~getpid() << 3) | 2));
	struct timespec ts;
	CHECK_EQ(clock_gettime(c, &ts), 0);
	pid_t child = fork();
	CHECK(child >= 0);
	if (child == 0)
		_exit(0);
	CHECK(waitpid(child, NULL, 0) == child);
	errno = 0;
	c = 777;
	CHECK_EQ(clock_getcpuclockid(child, &c), ESRCH);
	CHECK_EQ(c, 777);
	CHECK_EQ(errno, 0);

	/* sched_rr_get_interval */
	ts.tv_sec = -1;
	CHECK_EQ(sched_rr_get_interval(0, &ts), 0);
	CHECK(ts.tv_sec >= 0 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
	errno = 0;
	CHECK_EQ(sched_rr_get_interval(-1, &ts), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(sched_rr_get_interval(child, &ts), -1);
	CHECK_EQ(errno, ESRCH);

	/* unshare / setns */
	CHECK_EQ(unshare(0), 0);
	errno = 0;
	CHECK_EQ(unshare(-1), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(setns(-1, 0), -1);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	fd = open("/dev/null", O_RDONLY);
	CHECK_EQ(setns(fd, 0), -1);
	CHECK_EQ(errno, EINVAL);
	close(fd);
	child = fork();
	CHECK(child >= 0);
	if (child == 0) {
		/* a private UTS namespace: its host name is ours alone */
		if (unshare(CLONE_NEWUTS) != 0)
			_exit(errno == EPERM ? 0 : 1);
		if (sethostname("ferro-ns", 8) != 0)
			_exit(2);
		char h[64];
		gethostname(h, sizeof h);
		if (strcmp(h, "ferro-ns"))
			_exit(3);
		int ns = open("/proc/self/ns/uts", O_RDONLY);
		if (ns < 0 || setns(ns, CLONE_NEWUTS) != 0)
			_exit(4);
		errno = 0;
		if (setns(ns, CLONE_NEWNET) != -1 || errno != EINVAL)
			_exit(5);
		_exit(0);
	}
	int ws;
	CHECK(waitpid(child, &ws, 0) == child);
	CHECK(WIFEXITED(ws));
	CHECK_EQ(WEXITSTATUS(ws), 0);
	char h[64];
	CHECK(gethostname(h, sizeof h) == 0);
	CHECK(strcmp(h, "ferro-ns") != 0);
	return 0;
}
