/* getdate/getdate_r with a DATEMSK of our own: full dates, whitespace,
 * every getdate_err code, and POSIX's rules for what a template leaves
 * out (now's fields; a weekday alone; a time alone). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static char path[64];

static struct tm *gd(const char *s)
{
	return getdate(s);
}

static void date(const char *s, int y, int mo, int d, int h, int mi, int se)
{
	struct tm *r = gd(s);
	if (!r) {
		t_puts(2, "no date for: ");
		t_puts(2, s);
		t_puts(2, "\n");
	}
	CHECK(r != NULL);
	CHECK_EQ(r->tm_year + 1900, y);
	CHECK_EQ(r->tm_mon + 1, mo);
	CHECK_EQ(r->tm_mday, d);
	CHECK_EQ(r->tm_hour, h);
	CHECK_EQ(r->tm_min, mi);
	if (se >= 0)
		CHECK_EQ(r->tm_sec, se);
}

static void err(const char *s, int e)
{
	getdate_err = 0;
	CHECK(gd(s) == NULL);
	CHECK_EQ(getdate_err, e);
}

int main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	snprintf(path, sizeof path, "/tmp/datemsk.%d", (int)getpid());
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	fputs("%Y-%m-%d %H:%M\n%m/%d/%Y\n%H:%M\n%A\n%Y-%m-%d\n%I %p\n%d %B\n%B\n%B %Y\n", f);
	fclose(f);
	setenv("DATEMSK", path, 1);

	date("2024-02-29 13:45", 2024, 2, 29, 13, 45, 0);
	date("  2024-02-29 13:45", 2024, 2, 29, 13, 45, 0);
	date("2024-02-29 13:45  ", 2024, 2, 29, 13, 45, 0);
	struct tm *r = gd("2024-02-29 13:45");
	CHECK_EQ(r->tm_wday, 4);
	CHECK_EQ(r->tm_yday, 59);
	CHECK_EQ(r->tm_isdst, 0);
	err("2024-02-29 13:45x", 7);
	err("nonsense", 7);
	err("02/30/2024", 8);
	err("2023-02-29", 8);
	err("2023-13-01", 7);

	/* what a template leaves out comes from now */
	time_t now = time(NULL);
	struct tm n;
	gmtime_r(&now, &n);
	r = gd("12/31/2023");
	CHECK(r && r->tm_year == 123 && r->tm_mon == 11 && r->tm_mday == 31);
	CHECK(r->tm_hour == n.tm_hour || r->tm_hour == (n.tm_hour + 1) % 24);
	r = gd("1999-12-31");
	CHECK(r && r->tm_year == 99 && r->tm_mon == 11 && r->tm_mday == 31 && r->tm_wday == 5);
	/* an hour alone: minutes and seconds 0 */
	r = gd("3 pm");
	CHECK(r && r->tm_hour == 15 && r->tm_min == 0 && r->tm_sec == 0);
	/* a time alone: today if the hour is now's or later, else tomorrow */
	char buf[16];
	snprintf(buf, sizeof buf, "%02d:%02d", n.tm_hour, 0);
	r = gd(buf);
	CHECK(r && r->tm_mday == n.tm_mday && r->tm_hour == n.tm_hour && r->tm_min == 0);
	if (n.tm_hour > 0) {
		snprintf(buf, sizeof buf, "%02d:30", n.tm_hour - 1);
		r = gd(buf);
		time_t tomorrow = now + 86400;
		struct tm m;
		gmtime_r(&tomorrow, &m);
		CHECK(r && r->tm_mday == m.tm_mday && r->tm_mon == m.tm_mon && r->tm_hour == n.tm_hour - 1);
	}
	/* a weekday alone: the first such day from today on */
	static const char *days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
	for (int k = 0; k < 7; k++) {
		int w = (n.tm_wday + k) % 7;
		r = gd(days[w]);
		CHECK(r != NULL);
		CHECK_EQ(r->tm_wday, w);
		time_t want = now + 86400 * k;
		struct tm m;
		gmtime_r(&want, &m);
		CHECK_EQ(r->tm_mday, m.tm_mday);
		CHECK_EQ(r->tm_mon, m.tm_mon);
	}
	/* case does not matter */
	r = gd("MONDAY");
	CHECK(r && r->tm_wday == 1);

#ifndef AGAINST_GLIBC
	/* a month alone is its first day, this year or (when earlier than
	 * this month) the next; with a year, its first day (glibc keeps
	 * today's day of the month, and moves the current month a day on) */
	static const char *months[] = {"January", "February", "March", "April", "May", "June",
				       "July", "August", "September", "October", "November", "December"};
	for (int m = 0; m < 12; m++) {
		r = gd(months[m]);
		CHECK(r != NULL);
		CHECK_EQ(r->tm_mon, m);
		CHECK_EQ(r->tm_mday, 1);
		CHECK_EQ(r->tm_year, n.tm_year + (m < n.tm_mon));
	}
	r = gd("March 2030");
	CHECK(r && r->tm_year == 130 && r->tm_mon == 2 && r->tm_mday == 1 && r->tm_wday == 5);
#endif
	/* a day and month: this year */
	r = gd("15 June");
	CHECK(r && r->tm_year == n.tm_year && r->tm_mon == 5 && r->tm_mday == 15);

	/* getdate_r */
	struct tm t;
	CHECK_EQ(getdate_r("2024-02-29 13:45", &t), 0);
	CHECK(t.tm_mday == 29 && t.tm_hour == 13);
	CHECK_EQ(getdate_r("zzz", &t), 7);

	/* the DATEMSK errors */
	unsetenv("DATEMSK");
	err("10:00", 1);
	setenv("DATEMSK", "", 1);
	err("10:00", 1);
	setenv("DATEMSK", "/nonexistent/datemsk", 1);
	err("10:00", 3);
	setenv("DATEMSK", "/tmp", 1);
	err("10:00", 4);
	unlink(path);
	return 0;
}
