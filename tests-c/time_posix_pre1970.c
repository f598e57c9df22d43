// STDOUT: ok\n
// GLIBC: differs glibc computes a POSIX TZ rule's changes for any year before 1970 as 1970's (so "EST5EDT,M3.2.0,M11.1.0" has no DST in 1938, and a southern rule is DST all through 1900); POSIX applies the rule to every year
/* A POSIX TZ rule applies to years before 1970 as to any other. */
#define _GNU_SOURCE
#include "check.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void at(const char *tz, long long t, int isdst, long off)
{
	setenv("TZ", tz, 1);
	tzset();
	time_t tt = (time_t)t;
	struct tm tm;
	CHECK(localtime_r(&tt, &tm) != NULL);
	CHECK_EQ(tm.tm_isdst, isdst);
	CHECK_EQ(tm.tm_gmtoff, off);
	struct tm m = tm;
	CHECK_EQ((long long)mktime(&m), t);
}

int main(void)
{
	/* 1938-04-24 22:13:20Z: after the second Sunday of March. */
	at("EST5EDT,M3.2.0,M11.1.0", -1000000000LL, 1, -14400);
	/* 1938-01-01 12:00Z: before it. */
	at("EST5EDT,M3.2.0,M11.1.0", -1009800000LL, 0, -18000);
	/* Southern hemisphere, 1938-04-24 (after the first Sunday of April). */
	at("AEST-10AEDT,M10.1.0,M4.1.0/3", -1000000000LL, 0, 36000);
	/* Permanent DST on 1969-12-31. */
	at("XXX3YYY,0/0,J365/25", 0, 1, -7200);
	t_puts(1, "ok\n");
	return 0;
}
