/* The time-zone differential (issue #14): built against ferrolibc and
 * against static glibc, run on the same zone names, outputs compared by
 * `cargo xtask tz-diff` (and a fixed set of zones in `cargo xtask test`).
 *
 *   tz_diff [-v] [-32] ZONE...   one line per zone: "zone NAME LINES HASH"
 *                                (-v: every line instead of the hash;
 *                                -32: the 32-bit time_t range even when
 *                                time_t is wider, to compare with i386
 *                                glibc's 32-bit time_t)
 *
 * For each zone (set through TZ, then tzset): tzname, timezone and
 * daylight; then instants from 1800 to 2100 (1901 to 2038 with a 32-bit
 * time_t or -32) every 13 days plus an odd number of seconds, each with every
 * localtime_r field, tm_gmtoff and tm_zone. Wherever the offset changes
 * between two samples, the transition is found by bisection and the
 * instants around it are printed, and the local times on both sides of it
 * (the skipped ones of a gap and the repeated ones of an overlap) go
 * through mktime with tm_isdst -1, 0 and 1: its result, errno-free
 * failure (-1) and the normalised fields. Every sample's own fields also
 * go back through mktime with tm_isdst -1. strftime's %c %Z %z %s of each
 * transition are printed too. Nothing here is undefined: every input is
 * a valid time in range. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int verbose, narrow;
static unsigned long long hash;
static long lines;

static void emit(const char *s)
{
	lines++;
	if (verbose) {
		fputs(s, stdout);
		fputc('\n', stdout);
		return;
	}
	/* FNV-1a over the line and its end */
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		hash = (hash ^ *p) * 0x100000001b3ULL;
	hash = (hash ^ '\n') * 0x100000001b3ULL;
}

static void put_tm(const char *what, long long t, const struct tm *tm)
{
	char b[256];
	snprintf(b, sizeof b, "%s %lld: %d-%02d-%02d %02d:%02d:%02d wd%d yd%d dst%d off%ld %s",
		 what, t, tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour,
		 tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst,
		 (long)tm->tm_gmtoff, tm->tm_zone ? tm->tm_zone : "(null)");
	emit(b);
}

static int local(long long t, struct tm *tm)
{
	time_t tt = (time_t)t;
	if ((long long)tt != t || localtime_r(&tt, tm) == NULL) {
		char b[64];
		snprintf(b, sizeof b, "localtime %lld: NULL", t);
		emit(b);
		return 0;
	}
	return 1;
}

/* mktime of the local fields of `tm` with each tm_isdst. */
static void back(const char *what, const struct tm *tm, int all)
{
	for (int d = -1; d <= (all ? 1 : -1); d++) {
		struct tm m = *tm;
		m.tm_isdst = d;
		m.tm_wday = -7; /* mktime must set it */
		m.tm_yday = -7;
		time_t r = mktime(&m);
		char b[64];
		snprintf(b, sizeof b, "%s mktime isdst %d", what, d);
		if (r == (time_t)-1 && m.tm_wday == -7) {
			char c[96];
			snprintf(c, sizeof c, "%s: -1", b);
			emit(c);
		} else {
			put_tm(b, (long long)r, &m);
		}
	}
}

static void transition(long long lo, long long hi)
{
	struct tm a, b;
	if (!local(lo, &a) || !local(hi, &b))
		return;
	long off = a.tm_gmtoff;
	/* the first instant with the new offset: lo has off, hi does not */
	while (hi - lo > 1) {
		long long mid = lo + (hi - lo) / 2;
		struct tm m;
		if (!local(mid, &m))
			return;
		if (m.tm_gmtoff == off && m.tm_isdst == a.tm_isdst &&
		    strcmp(m.tm_zone, a.tm_zone) == 0)
			lo = mid;
		else
			hi = mid;
	}
	char s[160], f[128];
	for (long long t = hi - 2; t <= hi + 1; t++) {
		struct tm m;
		if (!local(t, &m))
			return;
		put_tm("at", t, &m);
	}
	struct tm m;
	if (!local(hi, &m))
		return;
	strftime(f, sizeof f, "%c|%Z|%z|%s|%G-W%V-%u|%j|%U|%W", &m);
	snprintf(s, sizeof s, "strftime %lld: %s", hi, f);
	emit(s);
	/* Local times on both sides of the change, up to the size of the
	 * jump: inside a gap they do not exist, inside an overlap twice. */
	long jump = m.tm_gmtoff - off;
	long span = jump < 0 ? -jump : jump;
	if (span == 0)
		span = 1800;
	long long steps[] = {-span - 60, -span / 2, -1, 0, 1, span / 2, span - 1, span + 60};
	for (unsigned i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		struct tm w;
		if (!local(hi - 1, &w))
			return;
		/* the wall clock just before the change, moved on by a step */
		w.tm_sec += 1 + (int)steps[i];
		char what[48];
		snprintf(what, sizeof what, "wall %+lld", steps[i]);
		back(what, &w, 1);
	}
}

static void zone(const char *name)
{
	char b[512];
	hash = 0xcbf29ce484222325ULL;
	lines = 0;
	if (setenv("TZ", name, 1) != 0)
		return;
	tzset();
	snprintf(b, sizeof b, "tzname %s %s timezone %ld daylight %d", tzname[0], tzname[1],
		 (long)timezone, daylight);
	emit(b);
	long long lo, hi;
	if (sizeof(time_t) == 8 && !narrow) {
		lo = -5364662400LL; /* 1800-01-01 */
		hi = 4102444800LL;  /* 2100-01-01 */
	} else {
		lo = INT32_MIN + 86400LL;
		hi = INT32_MAX - 86400LL;
	}
	struct tm prev;
	long long pt = 0;
	int have = 0;
	for (long long t = lo; t < hi; t += 13 * 86400LL + 3607) {
		struct tm tm;
		if (!local(t, &tm)) {
			have = 0;
			continue;
		}
		put_tm("lt", t, &tm);
		back("lt", &tm, 0);
		if (have && (tm.tm_gmtoff != prev.tm_gmtoff || tm.tm_isdst != prev.tm_isdst ||
			     strcmp(tm.tm_zone, prev.tm_zone) != 0))
			transition(pt, t);
		prev = tm;
		pt = t;
		have = 1;
	}
	if (verbose)
		printf("zone %s %ld\n", name, lines);
	else
		printf("zone %s %ld %016llx\n", name, lines, hash);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	int i = 1;
	if (i < argc && strcmp(argv[i], "-v") == 0) {
		verbose = 1;
		i++;
	}
	if (i < argc && strcmp(argv[i], "-32") == 0) {
		narrow = 1;
		i++;
	}
	for (; i < argc; i++)
		zone(argv[i]);
	return 0;
}
