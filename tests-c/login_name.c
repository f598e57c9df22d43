/* getlogin, getlogin_r (from the audit login uid, as glibc; the test
 * machines have none set, which is ENXIO), cuserid. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[256];
	int lfd = open("/proc/self/loginuid", O_RDONLY);
	char l[32] = "";
	if (lfd >= 0) {
		ssize_t n = read(lfd, l, sizeof l - 1);
		close(lfd);
		l[n > 0 ? n : 0] = 0;
	}
	if (!strcmp(l, "4294967295")) {
		/* no login uid: ENXIO, from both forms */
		CHECK_EQ(getlogin_r(buf, sizeof buf), ENXIO);
		errno = 0;
		CHECK(getlogin() == NULL);
		CHECK_EQ(errno, ENXIO);
	} else if (l[0]) {
		/* the login uid's passwd name */
		struct passwd *pw = getpwuid((uid_t)strtoul(l, NULL, 10));
		if (pw) {
			CHECK_EQ(getlogin_r(buf, sizeof buf), 0);
			CHECK(strcmp(buf, pw->pw_name) == 0);
			CHECK(strcmp(getlogin(), pw->pw_name) == 0);
			CHECK_EQ(getlogin_r(buf, strlen(pw->pw_name)), ERANGE);
		}
	}

	/* cuserid: the effective user's name, at most 8 bytes */
	struct passwd *me = getpwuid(geteuid());
	char s[L_cuserid];
	memset(s, 'x', sizeof s);
	char *r = cuserid(s);
	if (me) {
		CHECK(r == s);
		CHECK(strncmp(s, me->pw_name, L_cuserid - 1) == 0);
		CHECK(strlen(s) <= L_cuserid - 1);
		char *st = cuserid(NULL);
		CHECK(st != NULL && strcmp(st, s) == 0);
	} else {
		CHECK(s[0] == 0);
	}
	return 0;
}
