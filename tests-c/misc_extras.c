/* strtod_l/strtof_l/strtold_l, posix_close, issetugid (the last two are
 * not in glibc 2.36: checked on ferrolibc only). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	CHECK(c != (locale_t)0);
	char *end;
	const char *s = "  1.5e3xyz";
	CHECK(strtod_l(s, &end, c) == 1500.0 && end == s + 7);
	CHECK(strtof_l("0x1p-2", &end, c) == 0.25f && *end == 0);
	CHECK(strtold_l("-2.5", &end, c) == -2.5L && *end == 0);
	errno = 0;
	CHECK(strtod_l("1e999", &end, c) > 1e308 && errno == ERANGE);
	CHECK(strtod_l("abc", &end, c) == 0.0 && strcmp(end, "abc") == 0);
	/* the same answers as without a locale */
	CHECK(strtod_l("0.1", NULL, c) == strtod("0.1", NULL));
	CHECK(strtold_l("0.1", NULL, c) == strtold("0.1", NULL));
	locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
	if (u != (locale_t)0) {
		CHECK(strtod_l("3.25", NULL, u) == 3.25);
		freelocale(u);
	}
	freelocale(c);

#ifndef AGAINST_GLIBC
	int fd = open("/dev/null", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(posix_close(fd, 0), 0);
	errno = 0;
	CHECK_EQ(fcntl(fd, F_GETFD), -1);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	CHECK_EQ(posix_close(fd, 0), -1);
	CHECK_EQ(errno, EBADF);
	fd = open("/dev/null", O_RDONLY);
	errno = 0;
	CHECK_EQ(posix_close(fd, 12345), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(posix_close(fd, POSIX_CLOSE_RESTART), 0);
	/* not started set-id */
	CHECK_EQ(issetugid(), 0);
#endif
	return 0;
}
