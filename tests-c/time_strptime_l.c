// STDOUT: ok\n
/* GNU strptime_l (the C locale's parse, as strptime: same result and
 * same end pointer, also in a locale from newlocale and for bad input),
 * and glibc's second names __tzname __timezone __daylight: the same
 * objects as tzname timezone daylight, filled by tzset. */
#define _GNU_SOURCE
#include "check.h"
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void same(const char *s, const char *f, locale_t loc)
{
	struct tm a, b;
	memset(&a, 0x5a, sizeof a);
	memset(&b, 0x5a, sizeof b);
	char *ra = strptime(s, f, &a);
	char *rb = strptime_l(s, f, &b, loc);
	CHECK(ra == rb);
	if (ra) {
		CHECK_EQ(a.tm_year, b.tm_year);
		CHECK_EQ(a.tm_mon, b.tm_mon);
		CHECK_EQ(a.tm_mday, b.tm_mday);
		CHECK_EQ(a.tm_hour, b.tm_hour);
		CHECK_EQ(a.tm_min, b.tm_min);
		CHECK_EQ(a.tm_sec, b.tm_sec);
		CHECK_EQ(a.tm_wday, b.tm_wday);
		CHECK_EQ(a.tm_yday, b.tm_yday);
	}
}

int main(void)
{
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	CHECK(c != (locale_t)0);
	struct tm t;
	memset(&t, 0, sizeof t);
	const char *s = "2024-02-29 13:45:07 rest";
	char *end = strptime_l(s, "%Y-%m-%d %H:%M:%S", &t, c);
	CHECK(end == s + 19);
	CHECK_EQ(t.tm_year, 124);
	CHECK_EQ(t.tm_mon, 1);
	CHECK_EQ(t.tm_mday, 29);
	CHECK_EQ(t.tm_hour, 13);
	CHECK_EQ(t.tm_min, 45);
	CHECK_EQ(t.tm_sec, 7);
	same("Thu, 01 Jan 1970 00:00:00", "%a, %d %b %Y %T", c);
	same("Tuesday March 5 99", "%A %B %e %y", c);
	same("12/31/23 11:59:59 PM", "%D %r", c);
	same("not a date", "%Y-%m-%d", c);
	same("2024-13-01", "%Y-%m-%d", c);
	same("1700000000", "%s", c);
	same("17:05", "%R", c);
	CHECK(strptime_l("x", "%d", &t, c) == NULL);
	freelocale(c);

	/* the second names are the same objects */
	CHECK((void *)__tzname == (void *)tzname);
	CHECK(&__timezone == &timezone);
	CHECK(&__daylight == &daylight);
	CHECK_EQ(setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1), 0);
	tzset();
	CHECK_EQ(__timezone, 5 * 3600);
	CHECK_EQ(__daylight, 1);
	CHECK(strcmp(__tzname[0], "EST") == 0);
	CHECK(strcmp(__tzname[1], "EDT") == 0);
	CHECK_EQ(setenv("TZ", "<+0330>-3:30", 1), 0);
	tzset();
	CHECK_EQ(__timezone, -(3 * 3600 + 1800));
	CHECK_EQ(timezone, __timezone);
	CHECK_EQ(__daylight, 0);
	CHECK(strcmp(__tzname[0], "+0330") == 0);
	puts("ok");
	return 0;
}
