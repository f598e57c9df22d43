// STDOUT: ok\n
/* gmtime/gmtime_r/timegm: every day from 1900 to 2100 checked against a
 * day-by-day count and round-tripped, the ends of a 32-bit time_t, the
 * largest year a 64-bit time_t can give in an int (EOVERFLOW past it),
 * timegm's normalisation of out-of-range fields; asctime, asctime_r,
 * ctime, ctime_r, difftime. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int mdays(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d[m] + (m == 1 && leap);
}

static int fits(long long t)
{
	return sizeof(time_t) == 8 || (t >= INT32_MIN && t <= INT32_MAX);
}

int main(void)
{
	long long day = -25567; /* 1900-01-01 */
	int wday = 1;		/* a Monday */
	for (int y = 1900; y <= 2100; y++) {
		int yday = 0;
		for (int m = 0; m < 12; m++)
			for (int d = 1; d <= mdays(y, m); d++, day++, yday++, wday = (wday + 1) % 7) {
				long long secs = (day * 7919) % 86400;
				if (secs < 0)
					secs += 86400;
				long long t = day * 86400 + secs;
				if (!fits(t))
					continue;
				time_t tt = (time_t)t;
				struct tm tm;
				CHECK(gmtime_r(&tt, &tm) == &tm);
				CHECK_EQ(tm.tm_year, y - 1900);
				CHECK_EQ(tm.tm_mon, m);
				CHECK_EQ(tm.tm_mday, d);
				CHECK_EQ(tm.tm_wday, wday);
				CHECK_EQ(tm.tm_yday, yday);
				CHECK_EQ(tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec, secs);
				CHECK_EQ(tm.tm_isdst, 0);
				CHECK_EQ(tm.tm_gmtoff, 0);
				CHECK(!strcmp(tm.tm_zone, "GMT"));
				tm.tm_wday = tm.tm_yday = -1;
				CHECK_EQ((long long)timegm(&tm), t);
				CHECK_EQ(tm.tm_wday, wday);
				CHECK_EQ(tm.tm_yday, yday);
			}
	}

	/* The ends of a 32-bit time_t. */
	time_t t = (time_t)INT32_MAX;
	struct tm tm;
	CHECK(gmtime_r(&t, &tm) != NULL);
	CHECK(!strcmp(asctime(&tm), "Tue Jan 19 03:14:07 2038\n"));
	CHECK_EQ((long long)timegm(&tm), INT32_MAX);
	t = (time_t)INT32_MIN;
	CHECK(gmtime_r(&t, &tm) != NULL);
	CHECK(!strcmp(asctime(&tm), "Fri Dec 13 20:45:52 1901\n"));
	CHECK_EQ((long long)timegm(&tm), INT32_MIN);

	if (sizeof(time_t) == 8) {
		/* The last second whose year fits an int, and the one after. */
		struct tm last = {0};
		last.tm_year = INT_MAX;
		last.tm_mon = 11;
		last.tm_mday = 31;
		last.tm_hour = 23;
		last.tm_min = 59;
		last.tm_sec = 59;
		long long lt = (long long)timegm(&last);
		CHECK_EQ(lt, 67768036191676799LL);
		time_t x = (time_t)lt;
		CHECK(gmtime_r(&x, &tm) != NULL);
		CHECK_EQ(tm.tm_year, INT_MAX);
		x = (time_t)(lt + 1);
		errno = 0;
		CHECK(gmtime(&x) == NULL);
		CHECK_EQ(errno, EOVERFLOW);
		x = (time_t)INT64_MAX;
		CHECK(gmtime_r(&x, &tm) == NULL);
		x = (time_t)INT64_MIN;
		CHECK(gmtime_r(&x, &tm) == NULL);
		last.tm_sec = 60;
		errno = 0;
		CHECK_EQ((long long)timegm(&last), -1);
		CHECK_EQ(errno, EOVERFLOW);
	}

	/* timegm normalises every field. */
	struct tm n = {0};
	n.tm_year = 100;
	n.tm_mon = -1; /* December 1999 */
	n.tm_mday = 32; /* 1 January 2000 */
	n.tm_hour = -1; /* 23:00 on 31 December */
	n.tm_min = 61;
	n.tm_sec = -1;
	CHECK_EQ((long long)timegm(&n), 946684800LL - 3600 + 3660 - 1);
	CHECK_EQ(n.tm_year, 100);
	CHECK_EQ(n.tm_mon, 0);
	CHECK_EQ(n.tm_mday, 1);
	CHECK_EQ(n.tm_hour, 0);
	CHECK_EQ(n.tm_min, 0);
	CHECK_EQ(n.tm_sec, 59);
	CHECK_EQ(n.tm_wday, 6);

	/* asctime and friends. */
	t = 0;
	char buf[26];
	CHECK(gmtime_r(&t, &tm) != NULL);
	CHECK(asctime_r(&tm, buf) == buf);
	CHECK(!strcmp(buf, "Thu Jan  1 00:00:00 1970\n"));
	t = 1000000000;
	setenv("TZ", "UTC0", 1);
	tzset();
	CHECK(!strcmp(ctime(&t), "Sun Sep  9 01:46:40 2001\n"));
	CHECK(ctime_r(&t, buf) == buf);
	CHECK(!strcmp(buf, "Sun Sep  9 01:46:40 2001\n"));
	setenv("TZ", "Asia/Kathmandu", 1);
	tzset();
	CHECK(!strcmp(ctime(&t), "Sun Sep  9 07:31:40 2001\n"));

	CHECK(difftime(10, 3) == 7.0);
	CHECK(difftime(3, 10) == -7.0);
	if (sizeof(time_t) == 8)
		CHECK(difftime((time_t)INT64_MAX, (time_t)INT64_MIN) == 18446744073709551615.0);
	t_puts(1, "ok\n");
	return 0;
}
