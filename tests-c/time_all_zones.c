// STDOUT: ok\n
/* Every zone of the host's tzdata (the names in tzdata.zi, links too),
 * 1900 to 2100 (1901 to 2038 with a 32-bit time_t): localtime's fields
 * agree with its tm_gmtoff (timegm(tm) - tm_gmtoff == t), the offset is
 * under 26 hours, tm_zone is named, and mktime gives the instant back
 * (or the other instant of a repeated local time). Skipped when the host
 * has no tzdata.zi. */
#define _GNU_SOURCE
#include "check.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long long zones, samples;

static void zone(const char *name)
{
	CHECK_EQ(setenv("TZ", name, 1), 0);
	tzset();
	zones++;
	long long lo = sizeof(time_t) == 8 ? -2208988800LL : INT32_MIN + 86400LL;
	long long hi = sizeof(time_t) == 8 ? 4102444800LL : INT32_MAX - 86400LL;
	int k = 0;
	for (long long t = lo; t < hi; t += 37 * 86400LL + 3607, k++) {
		time_t tt = (time_t)t;
		struct tm tm;
		if (localtime_r(&tt, &tm) == NULL)
			t_fail(__FILE__, __LINE__, name);
		struct tm u = tm;
		long long back = (long long)timegm(&u) - tm.tm_gmtoff;
		if (back != t || tm.tm_gmtoff <= -93600 || tm.tm_gmtoff >= 93600 ||
		    tm.tm_zone == NULL || !tm.tm_zone[0])
			t_fail(__FILE__, __LINE__, name);
		samples++;
		if (k % 11)
			continue;
		struct tm m = tm;
		long long r = (long long)mktime(&m);
		if (r != t && !(m.tm_hour == tm.tm_hour && m.tm_min == tm.tm_min &&
				m.tm_mday == tm.tm_mday && r - t <= 86400 && t - r <= 86400))
			t_fail(__FILE__, __LINE__, name);
	}
}

int main(void)
{
	FILE *f = fopen("/usr/share/zoneinfo/tzdata.zi", "r");
	if (f == NULL) {
		t_puts(1, "ok\n");
		return 0;
	}
	char line[512], name[256];
	while (fgets(line, sizeof line, f)) {
		char *p = NULL;
		if (line[0] == 'Z' && line[1] == ' ')
			p = line + 2;
		else if (line[0] == 'L' && line[1] == ' ') {
			p = strchr(line + 2, ' ');
			if (p)
				p++;
		}
		if (!p)
			continue;
		size_t n = strcspn(p, " \t\n");
		if (n == 0 || n >= sizeof name)
			continue;
		memcpy(name, p, n);
		name[n] = 0;
		zone(name);
	}
	fclose(f);
	CHECK(zones > 300);
	CHECK(samples > zones * 1000);
	t_puts(1, "ok\n");
	return 0;
}
