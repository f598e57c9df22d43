// STDOUT: ok\n
/* localtime and mktime for zones set through TZ + tzset: TZif files
 * (America/New_York, Europe/London, Australia/Lord_Howe's 30-minute DST,
 * Asia/Kathmandu, Pacific/Chatham, America/Sao_Paulo's abolished DST,
 * Europe/Dublin's negative DST, :Europe/Paris, an absolute path) and
 * POSIX strings (EST5EDT with rules, <+0330>-3:30, UTC0, "", rule times
 * negative and past 24 h, permanent DST, Julian days). Times at and just
 * before transitions; mktime of skipped and repeated local times with
 * tm_isdst -1, 0 and 1, and of out-of-range fields. The expected values
 * are glibc's results with the host's tzdata. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void set_tz(const char *tz)
{
	CHECK_EQ(setenv("TZ", tz, 1), 0);
	tzset();
}

static void fmt(char *b, const struct tm *tm)
{
	snprintf(b, 32, "%04d-%02d-%02d %02d:%02d:%02d", tm->tm_year + 1900, tm->tm_mon + 1,
		 tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec);
}

static void lt(int line, const char *tz, long long t, const char *want, int isdst, long off,
	       const char *zone, int wday, int yday)
{
	if (sizeof(time_t) < 8 && (t < INT32_MIN || t > INT32_MAX))
		return;
	set_tz(tz);
	time_t tt = (time_t)t;
	struct tm tm;
	char b[32];
	CHECK(localtime_r(&tt, &tm) == &tm);
	fmt(b, &tm);
	if (strcmp(b, want) || tm.tm_isdst != isdst || tm.tm_gmtoff != off ||
	    strcmp(tm.tm_zone, zone) || tm.tm_wday != wday || tm.tm_yday != yday) {
		t_puts(2, b);
		t_puts(2, " ");
		t_puts(2, tm.tm_zone);
		t_puts(2, "\n");
		t_fail(__FILE__, line, tz);
	}
	/* localtime agrees, and mktime inverts it */
	struct tm *p = localtime(&tt);
	CHECK(p != NULL);
	fmt(b, p);
	CHECK(!strcmp(b, want));
	struct tm m = tm;
	if (mktime(&m) != tt)
		t_fail(__FILE__, line, "mktime(localtime(t)) != t");
}
#define LT(...) lt(__LINE__, __VA_ARGS__)

static void mk(int line, const char *tz, int y, int mo, int d, int h, int mi, int s, int dst,
	       long long want_t, const char *want, int isdst, long off, const char *zone)
{
	set_tz(tz);
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	tm.tm_isdst = dst;
	time_t t = mktime(&tm);
	char b[32];
	fmt(b, &tm);
	if ((long long)t != want_t || strcmp(b, want) || tm.tm_isdst != isdst ||
	    tm.tm_gmtoff != off || strcmp(tm.tm_zone, zone)) {
		t_putl(2, (long long)t);
		t_puts(2, " ");
		t_puts(2, b);
		t_puts(2, " ");
		t_puts(2, tm.tm_zone);
		t_puts(2, "\n");
		t_fail(__FILE__, line, tz);
	}
}
#define MK(...) mk(__LINE__, __VA_ARGS__)

/* A repeated hour with tm_isdst -1: either instant, consistently. */
static void fold(const char *tz, int y, int mo, int d, int h, int mi, long long a, long long b)
{
	set_tz(tz);
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_isdst = -1;
	time_t t = mktime(&tm);
	CHECK((long long)t == a || (long long)t == b);
	CHECK_EQ(tm.tm_hour, h);
	CHECK_EQ(tm.tm_min, mi);
	CHECK_EQ(tm.tm_isdst, (long long)t == a);
}

static void vars(const char *tz, const char *n0, const char *n1, long tzone, int dl)
{
	set_tz(tz);
	if (strcmp(tzname[0], n0) || strcmp(tzname[1], n1) || timezone != tzone || daylight != dl) {
		t_puts(2, tz);
		t_puts(2, ": ");
		t_puts(2, tzname[0]);
		t_puts(2, ",");
		t_puts(2, tzname[1]);
		t_puts(2, "\n");
		t_fail(__FILE__, __LINE__, "tzname/timezone/daylight");
	}
}

int main(void)
{
	LT("America/New_York", -2208988800LL, "1899-12-31 19:00:00", 0, -18000, "EST", 0, 364);
	LT("America/New_York", -1000000000LL, "1938-04-24 18:13:20", 1, -14400, "EDT", 0, 113);
	LT("America/New_York", 0LL, "1969-12-31 19:00:00", 0, -18000, "EST", 3, 364);
	LT("America/New_York", 1000000000LL, "2001-09-08 21:46:40", 1, -14400, "EDT", 6, 250);
	LT("America/New_York", 1234567890LL, "2009-02-13 18:31:30", 0, -18000, "EST", 5, 43);
	LT("America/New_York", 1500000000LL, "2017-07-13 22:40:00", 1, -14400, "EDT", 4, 193);
	LT("America/New_York", 1571544000LL, "2019-10-20 00:00:00", 1, -14400, "EDT", 0, 292);
	LT("America/New_York", 1600000000LL, "2020-09-13 08:26:40", 1, -14400, "EDT", 0, 256);
	LT("America/New_York", 1700000000LL, "2023-11-14 17:13:20", 0, -18000, "EST", 2, 317);
	LT("America/New_York", 2000000000LL, "2033-05-17 23:33:20", 1, -14400, "EDT", 2, 136);
	LT("America/New_York", 2147483647LL, "2038-01-18 22:14:07", 0, -18000, "EST", 1, 17);
	LT("Europe/London", -2208988800LL, "1900-01-01 00:00:00", 0, 0, "GMT", 1, 0);
	LT("Europe/London", -1000000000LL, "1938-04-24 23:13:20", 1, 3600, "BST", 0, 113);
	LT("Europe/London", 0LL, "1970-01-01 01:00:00", 0, 3600, "BST", 4, 0);
	LT("Europe/London", 1000000000LL, "2001-09-09 02:46:40", 1, 3600, "BST", 0, 251);
	LT("Europe/London", 1234567890LL, "2009-02-13 23:31:30", 0, 0, "GMT", 5, 43);
	LT("Europe/London", 1500000000LL, "2017-07-14 03:40:00", 1, 3600, "BST", 5, 194);
	LT("Europe/London", 1571544000LL, "2019-10-20 05:00:00", 1, 3600, "BST", 0, 292);
	LT("Europe/London", 1600000000LL, "2020-09-13 13:26:40", 1, 3600, "BST", 0, 256);
	LT("Europe/London", 1700000000LL, "2023-11-14 22:13:20", 0, 0, "GMT", 2, 317);
	LT("Europe/London", 2000000000LL, "2033-05-18 04:33:20", 1, 3600, "BST", 3, 137);
	LT("Europe/London", 2147483647LL, "2038-01-19 03:14:07", 0, 0, "GMT", 2, 18);
	LT("Australia/Lord_Howe", -2208988800LL, "1900-01-01 10:00:00", 0, 36000, "AEST", 1, 0);
	LT("Australia/Lord_Howe", -1000000000LL, "1938-04-25 08:13:20", 0, 36000, "AEST", 1, 114);
	LT("Australia/Lord_Howe", 0LL, "1970-01-01 10:00:00", 0, 36000, "AEST", 4, 0);
	LT("Australia/Lord_Howe", 1000000000LL, "2001-09-09 12:16:40", 0, 37800, "+1030", 0, 251);
	LT("Australia/Lord_Howe", 1234567890LL, "2009-02-14 10:31:30", 1, 39600, "+11", 6, 44);
	LT("Australia/Lord_Howe", 1500000000LL, "2017-07-14 13:10:00", 0, 37800, "+1030", 5, 194);
	LT("Australia/Lord_Howe", 1571544000LL, "2019-10-20 15:00:00", 1, 39600, "+11", 0, 292);
	LT("Australia/Lord_Howe", 1600000000LL, "2020-09-13 22:56:40", 0, 37800, "+1030", 0, 256);
	LT("Australia/Lord_Howe", 1700000000LL, "2023-11-15 09:13:20", 1, 39600, "+11", 3, 318);
	LT("Australia/Lord_Howe", 2000000000LL, "2033-05-18 14:03:20", 0, 37800, "+1030", 3, 137);
	LT("Australia/Lord_Howe", 2147483647LL, "2038-01-19 14:14:07", 1, 39600, "+11", 2, 18);
	LT("Asia/Kathmandu", -2208988800LL, "1900-01-01 05:41:16", 0, 20476, "LMT", 1, 0);
	LT("Asia/Kathmandu", -1000000000LL, "1938-04-25 03:43:20", 0, 19800, "+0530", 1, 114);
	LT("Asia/Kathmandu", 0LL, "1970-01-01 05:30:00", 0, 19800, "+0530", 4, 0);
	LT("Asia/Kathmandu", 1000000000LL, "2001-09-09 07:31:40", 0, 20700, "+0545", 0, 251);
	LT("Asia/Kathmandu", 1234567890LL, "2009-02-14 05:16:30", 0, 20700, "+0545", 6, 44);
	LT("Asia/Kathmandu", 1500000000LL, "2017-07-14 08:25:00", 0, 20700, "+0545", 5, 194);
	LT("Asia/Kathmandu", 1571544000LL, "2019-10-20 09:45:00", 0, 20700, "+0545", 0, 292);
	LT("Asia/Kathmandu", 1600000000LL, "2020-09-13 18:11:40", 0, 20700, "+0545", 0, 256);
	LT("Asia/Kathmandu", 1700000000LL, "2023-11-15 03:58:20", 0, 20700, "+0545", 3, 318);
	LT("Asia/Kathmandu", 2000000000LL, "2033-05-18 09:18:20", 0, 20700, "+0545", 3, 137);
	LT("Asia/Kathmandu", 2147483647LL, "2038-01-19 08:59:07", 0, 20700, "+0545", 2, 18);
	LT("Pacific/Chatham", -2208988800LL, "1900-01-01 12:15:00", 0, 44100, "+1215", 1, 0);
	LT("Pacific/Chatham", -1000000000LL, "1938-04-25 10:28:20", 0, 44100, "+1215", 1, 114);
	LT("Pacific/Chatham", 0LL, "1970-01-01 12:45:00", 0, 45900, "+1245", 4, 0);
	LT("Pacific/Chatham", 1000000000LL, "2001-09-09 14:31:40", 0, 45900, "+1245", 0, 251);
	LT("Pacific/Chatham", 1234567890LL, "2009-02-14 13:16:30", 1, 49500, "+1345", 6, 44);
	LT("Pacific/Chatham", 1500000000LL, "2017-07-14 15:25:00", 0, 45900, "+1245", 5, 194);
	LT("Pacific/Chatham", 1571544000LL, "2019-10-20 17:45:00", 1, 49500, "+1345", 0, 292);
	LT("Pacific/Chatham", 1600000000LL, "2020-09-14 01:11:40", 0, 45900, "+1245", 1, 257);
	LT("Pacific/Chatham", 1700000000LL, "2023-11-15 11:58:20", 1, 49500, "+1345", 3, 318);
	LT("Pacific/Chatham", 2000000000LL, "2033-05-18 16:18:20", 0, 45900, "+1245", 3, 137);
	LT("Pacific/Chatham", 2147483647LL, "2038-01-19 16:59:07", 1, 49500, "+1345", 2, 18);
	LT("America/Sao_Paulo", -2208988800LL, "1899-12-31 20:53:32", 0, -11188, "LMT", 0, 364);
	LT("America/Sao_Paulo", -1000000000LL, "1938-04-24 19:13:20", 0, -10800, "-03", 0, 113);
	LT("America/Sao_Paulo", 0LL, "1969-12-31 21:00:00", 0, -10800, "-03", 3, 364);
	LT("America/Sao_Paulo", 1000000000LL, "2001-09-08 22:46:40", 0, -10800, "-03", 6, 250);
	LT("America/Sao_Paulo", 1234567890LL, "2009-02-13 21:31:30", 1, -7200, "-02", 5, 43);
	LT("America/Sao_Paulo", 1500000000LL, "2017-07-13 23:40:00", 0, -10800, "-03", 4, 193);
	LT("America/Sao_Paulo", 1571544000LL, "2019-10-20 01:00:00", 0, -10800, "-03", 0, 292);
	LT("America/Sao_Paulo", 1600000000LL, "2020-09-13 09:26:40", 0, -10800, "-03", 0, 256);
	LT("America/Sao_Paulo", 1700000000LL, "2023-11-14 19:13:20", 0, -10800, "-03", 2, 317);
	LT("America/Sao_Paulo", 2000000000LL, "2033-05-18 00:33:20", 0, -10800, "-03", 3, 137);
	LT("America/Sao_Paulo", 2147483647LL, "2038-01-19 00:14:07", 0, -10800, "-03", 2, 18);
	LT("Europe/Dublin", -2208988800LL, "1899-12-31 23:34:39", 0, -1521, "DMT", 0, 364);
	LT("Europe/Dublin", -1000000000LL, "1938-04-24 23:13:20", 1, 3600, "IST", 0, 113);
	LT("Europe/Dublin", 0LL, "1970-01-01 01:00:00", 0, 3600, "IST", 4, 0);
	LT("Europe/Dublin", 1000000000LL, "2001-09-09 02:46:40", 0, 3600, "IST", 0, 251);
	LT("Europe/Dublin", 1234567890LL, "2009-02-13 23:31:30", 1, 0, "GMT", 5, 43);
	LT("Europe/Dublin", 1500000000LL, "2017-07-14 03:40:00", 0, 3600, "IST", 5, 194);
	LT("Europe/Dublin", 1571544000LL, "2019-10-20 05:00:00", 0, 3600, "IST", 0, 292);
	LT("Europe/Dublin", 1600000000LL, "2020-09-13 13:26:40", 0, 3600, "IST", 0, 256);
	LT("Europe/Dublin", 1700000000LL, "2023-11-14 22:13:20", 1, 0, "GMT", 2, 317);
	LT("Europe/Dublin", 2000000000LL, "2033-05-18 04:33:20", 0, 3600, "IST", 3, 137);
	LT("Europe/Dublin", 2147483647LL, "2038-01-19 03:14:07", 1, 0, "GMT", 2, 18);
	LT("EST5EDT,M3.2.0,M11.1.0", 0LL, "1969-12-31 19:00:00", 0, -18000, "EST", 3, 364);
	LT("EST5EDT,M3.2.0,M11.1.0", 1000000000LL, "2001-09-08 21:46:40", 1, -14400, "EDT", 6, 250);
	LT("EST5EDT,M3.2.0,M11.1.0", 1234567890LL, "2009-02-13 18:31:30", 0, -18000, "EST", 5, 43);
	LT("EST5EDT,M3.2.0,M11.1.0", 1500000000LL, "2017-07-13 22:40:00", 1, -14400, "EDT", 4, 193);
	LT("EST5EDT,M3.2.0,M11.1.0", 1571544000LL, "2019-10-20 00:00:00", 1, -14400, "EDT", 0, 292);
	LT("EST5EDT,M3.2.0,M11.1.0", 1600000000LL, "2020-09-13 08:26:40", 1, -14400, "EDT", 0, 256);
	LT("EST5EDT,M3.2.0,M11.1.0", 1700000000LL, "2023-11-14 17:13:20", 0, -18000, "EST", 2, 317);
	LT("EST5EDT,M3.2.0,M11.1.0", 2000000000LL, "2033-05-17 23:33:20", 1, -14400, "EDT", 2, 136);
	LT("EST5EDT,M3.2.0,M11.1.0", 2147483647LL, "2038-01-18 22:14:07", 0, -18000, "EST", 1, 17);
	LT("<+0330>-3:30", -2208988800LL, "1900-01-01 03:30:00", 0, 12600, "+0330", 1, 0);
	LT("<+0330>-3:30", -1000000000LL, "1938-04-25 01:43:20", 0, 12600, "+0330", 1, 114);
	LT("<+0330>-3:30", 0LL, "1970-01-01 03:30:00", 0, 12600, "+0330", 4, 0);
	LT("<+0330>-3:30", 1000000000LL, "2001-09-09 05:16:40", 0, 12600, "+0330", 0, 251);
	LT("<+0330>-3:30", 1234567890LL, "2009-02-14 03:01:30", 0, 12600, "+0330", 6, 44);
	LT("<+0330>-3:30", 1500000000LL, "2017-07-14 06:10:00", 0, 12600, "+0330", 5, 194);
	LT("<+0330>-3:30", 1571544000LL, "2019-10-20 07:30:00", 0, 12600, "+0330", 0, 292);
	LT("<+0330>-3:30", 1600000000LL, "2020-09-13 15:56:40", 0, 12600, "+0330", 0, 256);
	LT("<+0330>-3:30", 1700000000LL, "2023-11-15 01:43:20", 0, 12600, "+0330", 3, 318);
	LT("<+0330>-3:30", 2000000000LL, "2033-05-18 07:03:20", 0, 12600, "+0330", 3, 137);
	LT("<+0330>-3:30", 2147483647LL, "2038-01-19 06:44:07", 0, 12600, "+0330", 2, 18);
	LT("UTC0", -2208988800LL, "1900-01-01 00:00:00", 0, 0, "UTC", 1, 0);
	LT("UTC0", -1000000000LL, "1938-04-24 22:13:20", 0, 0, "UTC", 0, 113);
	LT("UTC0", 0LL, "1970-01-01 00:00:00", 0, 0, "UTC", 4, 0);
	LT("UTC0", 1000000000LL, "2001-09-09 01:46:40", 0, 0, "UTC", 0, 251);
	LT("UTC0", 1234567890LL, "2009-02-13 23:31:30", 0, 0, "UTC", 5, 43);
	LT("UTC0", 1500000000LL, "2017-07-14 02:40:00", 0, 0, "UTC", 5, 194);
	LT("UTC0", 1571544000LL, "2019-10-20 04:00:00", 0, 0, "UTC", 0, 292);
	LT("UTC0", 1600000000LL, "2020-09-13 12:26:40", 0, 0, "UTC", 0, 256);
	LT("UTC0", 1700000000LL, "2023-11-14 22:13:20", 0, 0, "UTC", 2, 317);
	LT("UTC0", 2000000000LL, "2033-05-18 03:33:20", 0, 0, "UTC", 3, 137);
	LT("UTC0", 2147483647LL, "2038-01-19 03:14:07", 0, 0, "UTC", 2, 18);
	LT("", -2208988800LL, "1900-01-01 00:00:00", 0, 0, "UTC", 1, 0);
	LT("", -1000000000LL, "1938-04-24 22:13:20", 0, 0, "UTC", 0, 113);
	LT("", 0LL, "1970-01-01 00:00:00", 0, 0, "UTC", 4, 0);
	LT("", 1000000000LL, "2001-09-09 01:46:40", 0, 0, "UTC", 0, 251);
	LT("", 1234567890LL, "2009-02-13 23:31:30", 0, 0, "UTC", 5, 43);
	LT("", 1500000000LL, "2017-07-14 02:40:00", 0, 0, "UTC", 5, 194);
	LT("", 1571544000LL, "2019-10-20 04:00:00", 0, 0, "UTC", 0, 292);
	LT("", 1600000000LL, "2020-09-13 12:26:40", 0, 0, "UTC", 0, 256);
	LT("", 1700000000LL, "2023-11-14 22:13:20", 0, 0, "UTC", 2, 317);
	LT("", 2000000000LL, "2033-05-18 03:33:20", 0, 0, "UTC", 3, 137);
	LT("", 2147483647LL, "2038-01-19 03:14:07", 0, 0, "UTC", 2, 18);
	LT(":Europe/Paris", -2208988800LL, "1900-01-01 00:09:21", 0, 561, "PMT", 1, 0);
	LT(":Europe/Paris", -1000000000LL, "1938-04-24 23:13:20", 1, 3600, "WEST", 0, 113);
	LT(":Europe/Paris", 0LL, "1970-01-01 01:00:00", 0, 3600, "CET", 4, 0);
	LT(":Europe/Paris", 1000000000LL, "2001-09-09 03:46:40", 1, 7200, "CEST", 0, 251);
	LT(":Europe/Paris", 1234567890LL, "2009-02-14 00:31:30", 0, 3600, "CET", 6, 44);
	LT(":Europe/Paris", 1500000000LL, "2017-07-14 04:40:00", 1, 7200, "CEST", 5, 194);
	LT(":Europe/Paris", 1571544000LL, "2019-10-20 06:00:00", 1, 7200, "CEST", 0, 292);
	LT(":Europe/Paris", 1600000000LL, "2020-09-13 14:26:40", 1, 7200, "CEST", 0, 256);
	LT(":Europe/Paris", 1700000000LL, "2023-11-14 23:13:20", 0, 3600, "CET", 2, 317);
	LT(":Europe/Paris", 2000000000LL, "2033-05-18 05:33:20", 1, 7200, "CEST", 3, 137);
	LT(":Europe/Paris", 2147483647LL, "2038-01-19 04:14:07", 0, 3600, "CET", 2, 18);
	LT("/usr/share/zoneinfo/Asia/Tokyo", -2208988800LL, "1900-01-01 09:00:00", 0, 32400, "JST", 1, 0);
	LT("/usr/share/zoneinfo/Asia/Tokyo", -1000000000LL, "1938-04-25 07:13:20", 0, 32400, "JST", 1, 114);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 0LL, "1970-01-01 09:00:00", 0, 32400, "JST", 4, 0);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 1000000000LL, "2001-09-09 10:46:40", 0, 32400, "JST", 0, 251);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 1234567890LL, "2009-02-14 08:31:30", 0, 32400, "JST", 6, 44);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 1500000000LL, "2017-07-14 11:40:00", 0, 32400, "JST", 5, 194);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 1571544000LL, "2019-10-20 13:00:00", 0, 32400, "JST", 0, 292);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 1600000000LL, "2020-09-13 21:26:40", 0, 32400, "JST", 0, 256);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 1700000000LL, "2023-11-15 07:13:20", 0, 32400, "JST", 3, 318);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 2000000000LL, "2033-05-18 12:33:20", 0, 32400, "JST", 3, 137);
	LT("/usr/share/zoneinfo/Asia/Tokyo", 2147483647LL, "2038-01-19 12:14:07", 0, 32400, "JST", 2, 18);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 0LL, "1969-12-31 21:00:00", 0, -10800, "AAA", 3, 364);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 1000000000LL, "2001-09-08 23:46:40", 1, -7200, "BBB", 6, 250);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 1234567890LL, "2009-02-13 20:31:30", 0, -10800, "AAA", 5, 43);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 1500000000LL, "2017-07-14 00:40:00", 1, -7200, "BBB", 5, 194);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 1571544000LL, "2019-10-20 02:00:00", 1, -7200, "BBB", 0, 292);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 1600000000LL, "2020-09-13 10:26:40", 1, -7200, "BBB", 0, 256);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 1700000000LL, "2023-11-14 19:13:20", 0, -10800, "AAA", 2, 317);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 2000000000LL, "2033-05-18 01:33:20", 1, -7200, "BBB", 3, 137);
	LT("AAA3BBB,M3.2.0/-1,M11.1.0/26", 2147483647LL, "2038-01-19 00:14:07", 0, -10800, "AAA", 2, 18);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 0LL, "1969-12-31 21:00:00", 0, -10800, "-03", 3, 364);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1000000000LL, "2001-09-08 23:46:40", 1, -7200, "-02", 6, 250);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1234567890LL, "2009-02-13 20:31:30", 0, -10800, "-03", 5, 43);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1500000000LL, "2017-07-14 00:40:00", 1, -7200, "-02", 5, 194);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1571544000LL, "2019-10-20 02:00:00", 1, -7200, "-02", 0, 292);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1600000000LL, "2020-09-13 10:26:40", 1, -7200, "-02", 0, 256);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1700000000LL, "2023-11-14 19:13:20", 0, -10800, "-03", 2, 317);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 2000000000LL, "2033-05-18 01:33:20", 1, -7200, "-02", 3, 137);
	LT("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 2147483647LL, "2038-01-19 00:14:07", 0, -10800, "-03", 2, 18);
	LT("XXX3YYY,0/0,J365/25", 1000000000LL, "2001-09-08 23:46:40", 1, -7200, "YYY", 6, 250);
	LT("XXX3YYY,0/0,J365/25", 1234567890LL, "2009-02-13 21:31:30", 1, -7200, "YYY", 5, 43);
	LT("XXX3YYY,0/0,J365/25", 1500000000LL, "2017-07-14 00:40:00", 1, -7200, "YYY", 5, 194);
	LT("XXX3YYY,0/0,J365/25", 1571544000LL, "2019-10-20 02:00:00", 1, -7200, "YYY", 0, 292);
	LT("XXX3YYY,0/0,J365/25", 1600000000LL, "2020-09-13 10:26:40", 1, -7200, "YYY", 0, 256);
	LT("XXX3YYY,0/0,J365/25", 1700000000LL, "2023-11-14 20:13:20", 1, -7200, "YYY", 2, 317);
	LT("XXX3YYY,0/0,J365/25", 2000000000LL, "2033-05-18 01:33:20", 1, -7200, "YYY", 3, 137);
	LT("XXX3YYY,0/0,J365/25", 2147483647LL, "2038-01-19 01:14:07", 1, -7200, "YYY", 2, 18);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 0LL, "1970-01-01 11:00:00", 1, 39600, "AEDT", 4, 0);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 1000000000LL, "2001-09-09 11:46:40", 0, 36000, "AEST", 0, 251);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 1234567890LL, "2009-02-14 10:31:30", 1, 39600, "AEDT", 6, 44);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 1500000000LL, "2017-07-14 12:40:00", 0, 36000, "AEST", 5, 194);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 1571544000LL, "2019-10-20 15:00:00", 1, 39600, "AEDT", 0, 292);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 1600000000LL, "2020-09-13 22:26:40", 0, 36000, "AEST", 0, 256);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 1700000000LL, "2023-11-15 09:13:20", 1, 39600, "AEDT", 3, 318);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 2000000000LL, "2033-05-18 13:33:20", 0, 36000, "AEST", 3, 137);
	LT("AEST-10AEDT,M10.1.0,M4.1.0/3", 2147483647LL, "2038-01-19 14:14:07", 1, 39600, "AEDT", 2, 18);
	LT("NZST-12NZDT,J60,300", 0LL, "1970-01-01 12:00:00", 0, 43200, "NZST", 4, 0);
	LT("NZST-12NZDT,J60,300", 1000000000LL, "2001-09-09 14:46:40", 1, 46800, "NZDT", 0, 251);
	LT("NZST-12NZDT,J60,300", 1234567890LL, "2009-02-14 11:31:30", 0, 43200, "NZST", 6, 44);
	LT("NZST-12NZDT,J60,300", 1500000000LL, "2017-07-14 15:40:00", 1, 46800, "NZDT", 5, 194);
	LT("NZST-12NZDT,J60,300", 1571544000LL, "2019-10-20 17:00:00", 1, 46800, "NZDT", 0, 292);
	LT("NZST-12NZDT,J60,300", 1600000000LL, "2020-09-14 01:26:40", 1, 46800, "NZDT", 1, 257);
	LT("NZST-12NZDT,J60,300", 1700000000LL, "2023-11-15 10:13:20", 0, 43200, "NZST", 3, 318);
	LT("NZST-12NZDT,J60,300", 2000000000LL, "2033-05-18 16:33:20", 1, 46800, "NZDT", 3, 137);
	LT("NZST-12NZDT,J60,300", 2147483647LL, "2038-01-19 15:14:07", 0, 43200, "NZST", 2, 18);
	LT("America/New_York", 1615705199LL, "2021-03-14 01:59:59", 0, -18000, "EST", 0, 72);
	LT("America/New_York", 1615705200LL, "2021-03-14 03:00:00", 1, -14400, "EDT", 0, 72);
	LT("America/New_York", 1636264799LL, "2021-11-07 01:59:59", 1, -14400, "EDT", 0, 310);
	LT("America/New_York", 1636264800LL, "2021-11-07 01:00:00", 0, -18000, "EST", 0, 310);
	LT("Europe/London", 1616893199LL, "2021-03-28 00:59:59", 0, 0, "GMT", 0, 86);
	LT("Europe/London", 1616893200LL, "2021-03-28 02:00:00", 1, 3600, "BST", 0, 86);
	LT("Europe/London", 1635641999LL, "2021-10-31 01:59:59", 1, 3600, "BST", 0, 303);
	LT("Europe/London", 1635642000LL, "2021-10-31 01:00:00", 0, 0, "GMT", 0, 303);
	LT("Australia/Lord_Howe", 1633188599LL, "2021-10-03 01:59:59", 0, 37800, "+1030", 0, 275);
	LT("Australia/Lord_Howe", 1633188600LL, "2021-10-03 02:30:00", 1, 39600, "+11", 0, 275);
	LT("Australia/Lord_Howe", 1617461999LL, "2021-04-04 01:59:59", 1, 39600, "+11", 0, 93);
	LT("Australia/Lord_Howe", 1617462000LL, "2021-04-04 01:30:00", 0, 37800, "+1030", 0, 93);
	LT("Pacific/Chatham", 1632578399LL, "2021-09-26 02:44:59", 0, 45900, "+1245", 0, 268);
	LT("Pacific/Chatham", 1632578400LL, "2021-09-26 03:45:00", 1, 49500, "+1345", 0, 268);
	LT("America/Sao_Paulo", 1550368799LL, "2019-02-16 23:59:59", 1, -7200, "-02", 6, 46);
	LT("America/Sao_Paulo", 1550368800LL, "2019-02-16 23:00:00", 0, -10800, "-03", 6, 46);
	LT("Europe/Dublin", 1616893199LL, "2021-03-28 00:59:59", 1, 0, "GMT", 0, 86);
	LT("Europe/Dublin", 1616893200LL, "2021-03-28 02:00:00", 0, 3600, "IST", 0, 86);
	LT("Europe/Dublin", 1635641999LL, "2021-10-31 01:59:59", 0, 3600, "IST", 0, 303);
	LT("Europe/Dublin", 1635642000LL, "2021-10-31 01:00:00", 1, 0, "GMT", 0, 303);
	LT("EST5EDT,M3.2.0,M11.1.0", 1615705199LL, "2021-03-14 01:59:59", 0, -18000, "EST", 0, 72);
	LT("EST5EDT,M3.2.0,M11.1.0", 1615705200LL, "2021-03-14 03:00:00", 1, -14400, "EDT", 0, 72);
	LT("EST5EDT,M3.2.0,M11.1.0", 1636264799LL, "2021-11-07 01:59:59", 1, -14400, "EDT", 0, 310);
	LT("EST5EDT,M3.2.0,M11.1.0", 1636264800LL, "2021-11-07 01:00:00", 0, -18000, "EST", 0, 310);
	MK("America/New_York", 2021, 3, 14, 2, 30, 0, 0, 1615707000LL, "2021-03-14 03:30:00", 1, -14400, "EDT");
	MK("America/New_York", 2021, 3, 14, 2, 30, 0, 1, 1615703400LL, "2021-03-14 01:30:00", 0, -18000, "EST");
	MK("America/New_York", 2021, 3, 14, 2, 30, 0, -1, 1615707000LL, "2021-03-14 03:30:00", 1, -14400, "EDT");
	MK("America/New_York", 2021, 11, 7, 1, 30, 0, 0, 1636266600LL, "2021-11-07 01:30:00", 0, -18000, "EST");
	MK("America/New_York", 2021, 11, 7, 1, 30, 0, 1, 1636263000LL, "2021-11-07 01:30:00", 1, -14400, "EDT");
	MK("America/New_York", 2021, 7, 1, 12, 0, 0, 0, 1625158800LL, "2021-07-01 13:00:00", 1, -14400, "EDT");
	MK("America/New_York", 2021, 1, 1, 12, 0, 0, 1, 1609516800LL, "2021-01-01 11:00:00", 0, -18000, "EST");
	MK("America/New_York", 2021, 7, 1, 12, 0, 0, -1, 1625155200LL, "2021-07-01 12:00:00", 1, -14400, "EDT");
	MK("America/New_York", 2021, 13, 1, 0, 0, 0, -1, 1641013200LL, "2022-01-01 00:00:00", 0, -18000, "EST");
	MK("America/New_York", 2021, 0, 0, 0, 0, 0, -1, 1606712400LL, "2020-11-30 00:00:00", 0, -18000, "EST");
	MK("America/New_York", 2020, 2, 29, 24, 60, 60, -1, 1583042460LL, "2020-03-01 01:01:00", 0, -18000, "EST");
	MK("America/New_York", 2021, 1, -400, -30, 0, 0, -1, 1574722800LL, "2019-11-25 18:00:00", 0, -18000, "EST");
	MK("America/New_York", 2000, 1, 1, 0, 0, -86401, -1, 946616399LL, "1999-12-30 23:59:59", 0, -18000, "EST");
	MK("Europe/London", 2021, 3, 28, 1, 30, 0, -1, 1616895000LL, "2021-03-28 02:30:00", 1, 3600, "BST");
	MK("Europe/London", 2021, 10, 31, 1, 30, 0, 0, 1635643800LL, "2021-10-31 01:30:00", 0, 0, "GMT");
	MK("Europe/London", 2021, 10, 31, 1, 30, 0, 1, 1635640200LL, "2021-10-31 01:30:00", 1, 3600, "BST");
	MK("Australia/Lord_Howe", 2021, 10, 3, 2, 15, 0, -1, 1633189500LL, "2021-10-03 02:45:00", 1, 39600, "+11");
	MK("Australia/Lord_Howe", 2021, 7, 1, 12, 0, 0, 1, 1625101200LL, "2021-07-01 11:30:00", 0, 37800, "+1030");
	MK("Australia/Lord_Howe", 2021, 1, 1, 12, 0, 0, 0, 1609464600LL, "2021-01-01 12:30:00", 1, 39600, "+11");
	MK("Australia/Lord_Howe", 2021, 4, 4, 1, 45, 0, 0, 1617462900LL, "2021-04-04 01:45:00", 0, 37800, "+1030");
	MK("Australia/Lord_Howe", 2021, 4, 4, 1, 45, 0, 1, 1617461100LL, "2021-04-04 01:45:00", 1, 39600, "+11");
	MK("Asia/Kathmandu", 2021, 7, 1, 12, 0, 0, -1, 1625120100LL, "2021-07-01 12:00:00", 0, 20700, "+0545");
	MK("Asia/Kathmandu", 2021, 7, 1, 12, 0, 0, 1, 1625116500LL, "2021-07-01 11:00:00", 0, 20700, "+0545");
	MK("Pacific/Chatham", 2021, 9, 26, 3, 0, 0, -1, 1632579300LL, "2021-09-26 04:00:00", 1, 49500, "+1345");
	MK("Pacific/Chatham", 2021, 9, 26, 2, 50, 0, -1, 1632578700LL, "2021-09-26 03:50:00", 1, 49500, "+1345");
	MK("America/Sao_Paulo", 2018, 11, 4, 0, 30, 0, -1, 1541302200LL, "2018-11-04 01:30:00", 1, -7200, "-02");
	MK("America/Sao_Paulo", 2023, 1, 1, 12, 0, 0, -1, 1672585200LL, "2023-01-01 12:00:00", 0, -10800, "-03");
	MK("America/Sao_Paulo", 2023, 1, 1, 12, 0, 0, 1, 1672581600LL, "2023-01-01 11:00:00", 0, -10800, "-03");
	MK("Europe/Dublin", 2021, 7, 1, 12, 0, 0, -1, 1625137200LL, "2021-07-01 12:00:00", 0, 3600, "IST");
	MK("Europe/Dublin", 2021, 7, 1, 12, 0, 0, 1, 1625140800LL, "2021-07-01 13:00:00", 0, 3600, "IST");
	MK("Europe/Dublin", 2021, 1, 1, 12, 0, 0, 0, 1609498800LL, "2021-01-01 11:00:00", 1, 0, "GMT");
	MK("Europe/Dublin", 2021, 1, 1, 12, 0, 0, -1, 1609502400LL, "2021-01-01 12:00:00", 1, 0, "GMT");
	MK("EST5EDT,M3.2.0,M11.1.0", 2021, 3, 14, 2, 30, 0, -1, 1615707000LL, "2021-03-14 03:30:00", 1, -14400, "EDT");
	MK("EST5EDT,M3.2.0,M11.1.0", 2021, 11, 7, 1, 30, 0, 0, 1636266600LL, "2021-11-07 01:30:00", 0, -18000, "EST");
	MK("<+0330>-3:30", 2021, 7, 1, 12, 0, 0, -1, 1625128200LL, "2021-07-01 12:00:00", 0, 12600, "+0330");
	MK("UTC0", 2021, 7, 1, 12, 0, 0, 1, 1625137200LL, "2021-07-01 11:00:00", 0, 0, "UTC");
	MK("", 1999, 12, 31, 23, 59, 59, 0, 946684799LL, "1999-12-31 23:59:59", 0, 0, "UTC");
	MK("AAA3BBB,M3.2.0/-1,M11.1.0/26", 2021, 3, 13, 23, 30, 0, -1, 1615689000LL, "2021-03-14 00:30:00", 1, -7200, "BBB");
	MK("AAA3BBB,M3.2.0/-1,M11.1.0/26", 2021, 11, 8, 1, 30, 0, 1, 1636342200LL, "2021-11-08 01:30:00", 1, -7200, "BBB");
	/* Leap seconds (right/ zones, as glibc reads them): an inserted second
	 * is :60 and mktime gives it back. */
	LT("right/UTC", 1483228826LL, "2016-12-31 23:59:60", 0, 0, "UTC", 6, 365);
	LT("right/UTC", 1483228827LL, "2017-01-01 00:00:00", 0, 0, "UTC", 0, 0);
	LT("right/UTC", 78796800LL, "1972-06-30 23:59:60", 0, 0, "UTC", 5, 181);
	LT("right/UTC", 1700000000LL, "2023-11-14 22:12:53", 0, 0, "UTC", 2, 317);
	LT("right/America/New_York", 1700000000LL, "2023-11-14 17:12:53", 0, -18000, "EST", 2, 317);
	/* Seconds past a minute are elapsed time: a day of seconds across
	 * the spring-forward gap ends an hour later on the clock. */
	MK("America/New_York", 2021, 3, 13, 12, 0, 86400, -1, 1615741200LL, "2021-03-14 13:00:00", 1, -14400, "EDT");
	MK("America/New_York", 2021, 3, 13, 12, 1440, 0, -1, 1615737600LL, "2021-03-14 12:00:00", 1, -14400, "EDT");
	fold("America/New_York", 2021, 11, 7, 1, 30, 1636263000LL, 1636266600LL);
	fold("Europe/London", 2021, 10, 31, 1, 30, 1635640200LL, 1635643800LL);
	fold("EST5EDT,M3.2.0,M11.1.0", 2021, 11, 7, 1, 30, 1636263000LL, 1636266600LL);

	vars("America/New_York", "EST", "EDT", 18000, 1);
	vars("Europe/Dublin", "IST", "GMT", -3600, 1);
	vars("Asia/Kathmandu", "+0545", "+0545", -20700, 0);
	vars("Australia/Lord_Howe", "+1030", "+11", -37800, 1);
	vars(":Europe/Paris", "CET", "CEST", -3600, 1);
	vars("EST5EDT,M3.2.0,M11.1.0", "EST", "EDT", 18000, 1);
	vars("<+0330>-3:30", "+0330", "+0330", -12600, 0);
	vars("UTC0", "UTC", "UTC", 0, 0);
	vars("", "UTC", "UTC", 0, 0);
	/* Not a file, not a POSIX string: UTC, keeping the name read. */
	vars("Foo/Bar", "Foo", "", 0, 0);
	vars("garbage", "garbage", "", 0, 0);

	/* localtime updates tzname to the names around the time. */
	set_tz("Europe/London");
	time_t z = 0;
	CHECK(localtime(&z) != NULL);
	CHECK(!strcmp(tzname[0], "BST") && !strcmp(tzname[1], "BST"));
	z = 1700000000;
	CHECK(localtime(&z) != NULL);
	CHECK(!strcmp(tzname[0], "GMT") && !strcmp(tzname[1], "BST"));

	/* A tm_zone stays valid after TZ changes. */
	struct tm keep;
	set_tz("Asia/Kathmandu");
	CHECK(localtime_r(&z, &keep) != NULL);
	set_tz("America/New_York");
	set_tz("Europe/Dublin");
	CHECK(!strcmp(keep.tm_zone, "+0545"));

	/* localtime_r does not re-read TZ; localtime does. */
	set_tz("America/New_York");
	setenv("TZ", "Asia/Kathmandu", 1);
	struct tm a;
	CHECK(localtime_r(&z, &a) != NULL);
	CHECK_EQ(a.tm_gmtoff, -18000);
	CHECK_EQ(localtime(&z)->tm_gmtoff, 20700);

	/* TZ unset: /etc/localtime (whatever zone it is, it answers). */
	unsetenv("TZ");
	tzset();
	CHECK(tzname[0] != NULL && tzname[1] != NULL);
	CHECK(localtime(&z) != NULL);

	/* Not representable. */
	if (sizeof(time_t) == 8) {
		set_tz("America/New_York");
		time_t big = (time_t)INT64_MAX;
		errno = 0;
		CHECK(localtime(&big) == NULL);
		CHECK_EQ(errno, EOVERFLOW);
		struct tm m = {0};
		m.tm_year = INT32_MAX;
		m.tm_mon = 12;
		m.tm_mday = 1;
		errno = 0;
		CHECK_EQ(mktime(&m), -1);
		CHECK_EQ(errno, EOVERFLOW);
	}
	t_puts(1, "ok\n");
	return 0;
}
