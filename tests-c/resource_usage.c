// CFLAGS: -D_GNU_SOURCE
/* getrusage: user time grows over a busy loop (64-bit timevals converted
 * from the kernel's 32-bit ones on i386), fields are sane, RUSAGE_CHILDREN
 * and RUSAGE_THREAD work, an unknown `who` is EINVAL. */
#include "check.h"
#include <errno.h>
#include <sys/resource.h>

static long long usec(struct timeval tv)
{
	return (long long)tv.tv_sec * 1000000 + tv.tv_usec;
}

int main(void)
{
	struct rusage a, b, c;
	CHECK_EQ(sizeof(a.ru_utime.tv_sec), 8);
	memset(&a, 0x55, sizeof a);
	CHECK_EQ(getrusage(RUSAGE_SELF, &a), 0);
	CHECK(a.ru_utime.tv_usec >= 0 && a.ru_utime.tv_usec < 1000000);
	CHECK(a.ru_stime.tv_usec >= 0 && a.ru_stime.tv_usec < 1000000);
	CHECK(a.ru_utime.tv_sec >= 0 && a.ru_utime.tv_sec < 1000);
	CHECK(a.ru_maxrss > 0);
	CHECK(a.ru_minflt > 0);
	CHECK(a.ru_nivcsw >= 0 && a.ru_nvcsw >= 0);

	/* Spin until user time has visibly grown (bounded: ~20 s of work). */
	volatile unsigned long x = 0;
	int grew = 0;
	for (int round = 0; round < 2000 && !grew; round++) {
		for (unsigned long i = 0; i < 10000000; i++)
			x += i;
		CHECK_EQ(getrusage(RUSAGE_SELF, &b), 0);
		grew = usec(b.ru_utime) >= usec(a.ru_utime) + 20000;
	}
	CHECK(grew);
	CHECK(b.ru_utime.tv_usec >= 0 && b.ru_utime.tv_usec < 1000000);
	CHECK(b.ru_maxrss >= a.ru_maxrss);

	memset(&c, 0x55, sizeof c);
	CHECK_EQ(getrusage(RUSAGE_CHILDREN, &c), 0);
	CHECK_EQ(usec(c.ru_utime), 0);
	CHECK_EQ(usec(c.ru_stime), 0);
	CHECK_EQ(getrusage(RUSAGE_THREAD, &c), 0);
	CHECK(usec(c.ru_utime) >= usec(a.ru_utime));
	CHECK_ERR(getrusage(5, &c), EINVAL);
	return 0;
}
