/* Clocks, sleeps, getrandom/getentropy, getcpu: results and errors. */
#define _GNU_SOURCE 1
#include "check.h"
#include <errno.h>
#include <sched.h>
#include <sys/random.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>

static long long ns(const struct timespec *t)
{
	return t->tv_sec * 1000000000LL + t->tv_nsec;
}

int main(void)
{
	struct timespec a, b, r;
	CHECK_EQ(sizeof(time_t), 8);
	CHECK_EQ(sizeof(struct timespec), 16);
	CHECK_EQ(sizeof(struct timeval), 16);

	/* monotonic never goes back, realtime agrees with time() */
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	for (int i = 0; i < 100000; i++) {
		CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
		CHECK(ns(&b) >= ns(&a));
		CHECK(b.tv_nsec >= 0 && b.tv_nsec < 1000000000);
		a = b;
	}
	CHECK_EQ(clock_gettime(CLOCK_REALTIME, &a), 0);
	time_t t1 = 0, t0 = time(&t1);
	CHECK_EQ(t0, t1);
	CHECK(t0 >= a.tv_sec - 1 && t0 <= a.tv_sec + 1);
	CHECK(t0 > 1700000000); /* after 2023 */
	CHECK_EQ(time(NULL) >= t0, 1);
	struct timeval tv;
	CHECK_EQ(gettimeofday(&tv, NULL), 0);
	CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	CHECK(tv.tv_sec >= a.tv_sec - 1 && tv.tv_sec <= a.tv_sec + 1);
	struct timezone tz;
	CHECK_EQ(gettimeofday(&tv, &tz), 0);
	CHECK_EQ(clock_gettime(CLOCK_REALTIME_COARSE, &a), 0);
	CHECK_EQ(clock_gettime(CLOCK_BOOTTIME, &a), 0);
	CHECK_EQ(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a), 0);
	CHECK_EQ(timespec_get(&a, TIME_UTC), TIME_UTC);
	CHECK_EQ(timespec_get(&a, 0), 0);

	/* resolutions; NULL res allowed */
	CHECK_EQ(clock_getres(CLOCK_MONOTONIC, &r), 0);
	CHECK(r.tv_sec == 0 && r.tv_nsec > 0 && r.tv_nsec <= 1000000);
	CHECK_EQ(clock_getres(CLOCK_REALTIME, NULL), 0);

	/* bad clocks and bad times */
	CHECK_ERR(clock_gettime(12345, &a), EINVAL);
	CHECK_ERR(clock_getres(-77, &r), EINVAL);
	struct timespec bad = { 0, 1000000000 };
	CHECK_ERR(nanosleep(&bad, NULL), EINVAL);
	bad.tv_nsec = -1;
	CHECK_ERR(nanosleep(&bad, NULL), EINVAL);
	CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL), EINVAL);
	CHECK_EQ(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &a, NULL), EINVAL);
#if !(defined(__i386__) && defined(AGAINST_GLIBC))
	/* glibc on i386 copies the request first and faults on NULL */
	CHECK_ERR(nanosleep(NULL, NULL), EFAULT);
	CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, NULL, NULL), EFAULT);
#endif
#if !defined(__i386__)
	CHECK_ERR(nanosleep((void *)8, NULL), EFAULT);
#endif
	bad.tv_nsec = 2000000000;
	CHECK_ERR(clock_settime(CLOCK_REALTIME, &bad), EINVAL);

	/* sleeping takes at least as long as asked */
	struct timespec d = { 0, 20 * 1000000 };
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	CHECK_EQ(nanosleep(&d, NULL), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	CHECK(ns(&b) - ns(&a) >= 20 * 1000000);
	CHECK_EQ(usleep(5000), 0);
	CHECK_EQ(sleep(0), 0u);
	/* an absolute deadline in the past returns at once */
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	a.tv_sec -= 1;
	CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, NULL), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	a.tv_nsec = (a.tv_nsec + 10000000) % 1000000000;
	if (a.tv_nsec < 10000000)
		a.tv_sec++;
	CHECK_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, NULL), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	CHECK(ns(&b) >= ns(&a));

	/* CPU time grows with work */
	clock_t c0 = clock();
	CHECK(c0 >= 0);
	volatile unsigned long x = 0;
	for (unsigned long i = 0; i < 30000000UL; i++)
		x += i;
	CHECK(clock() > c0);
	struct tms tm;
	CHECK(times(&tm) != (clock_t)-1);
	CHECK(tm.tms_utime + tm.tms_stime >= 0);

	/* random bytes */
	unsigned char r1[64], r2[64];
	CHECK_EQ(getrandom(r1, sizeof r1, 0), 64);
	CHECK_EQ(getrandom(r2, sizeof r2, GRND_NONBLOCK), 64);
	CHECK(memcmp(r1, r2, sizeof r1) != 0);
	CHECK_EQ(getrandom(r1, 0, 0), 0);
	CHECK_EQ(getrandom(r1, 16, GRND_INSECURE), 16);
	CHECK_ERR(getrandom(r1, 16, 0x1000), EINVAL);
#if !defined(__x86_64__) || defined(AGAINST_GLIBC)
	/* Only where the system call serves it: on x86_64 the vDSO's
	 * vgetrandom fills the buffer from user space, so a bad pointer
	 * faults there, exactly as with glibc 2.41+ on the same kernel. */
	CHECK_ERR(getrandom((void *)1, 16, 0), EFAULT);
#endif
	static unsigned char big[300];
	CHECK_EQ(getentropy(big, 256), 0);
	CHECK_ERR(getentropy(big, 257), EIO);
	int nz = 0;
	for (int i = 0; i < 256; i++)
		nz += big[i] != 0;
	CHECK(nz > 200);

	/* which CPU */
	unsigned cpu = 999999, node = 999999;
	CHECK_EQ(getcpu(&cpu, &node), 0);
	CHECK(cpu < 4096 && node < 4096);
	int c = sched_getcpu();
	CHECK(c >= 0 && c < 4096);
	CHECK_EQ(sched_yield(), 0);
	return 0;
}
