/* Message tables: strsignal for every number around the named and
 * real-time ranges, strerror at the edges of the errno table, perror of
 * known and unknown numbers (captured through a file). */
#define _GNU_SOURCE 1
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *const names[32] = {
	0,
	"Hangup",
	"Interrupt",
	"Quit",
	"Illegal instruction",
	"Trace/breakpoint trap",
	"Aborted",
	"Bus error",
	"Floating point exception",
	"Killed",
	"User defined signal 1",
	"Segmentation fault",
	"User defined signal 2",
	"Broken pipe",
	"Alarm clock",
	"Terminated",
	"Stack fault",
	"Child exited",
	"Continued",
	"Stopped (signal)",
	"Stopped",
	"Stopped (tty input)",
	"Stopped (tty output)",
	"Urgent I/O condition",
	"CPU time limit exceeded",
	"File size limit exceeded",
	"Virtual timer expired",
	"Profiling timer expired",
	"Window changed",
	"I/O possible",
	"Power failure",
	"Bad system call",
};

static int streq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

int main(void)
{
	char want[64];

	for (int s = 1; s < 32; s++)
		CHECK(streq(strsignal(s), names[s]));
	for (int s = 34; s <= 64; s++) {
		snprintf(want, sizeof want, "Real-time signal %d", s - 34);
		CHECK(streq(strsignal(s), want));
	}
	const int unknown[] = { 0, 32, 33, 65, -1, 1000, -2147483647 - 1 };
	for (unsigned i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
		snprintf(want, sizeof want, "Unknown signal %d", unknown[i]);
		CHECK(streq(strsignal(unknown[i]), want));
	}

	CHECK(streq(strerror(0), "Success"));
	CHECK(streq(strerror(1), "Operation not permitted"));
	CHECK(streq(strerror(EHWPOISON), "Memory page has hardware error"));
	snprintf(want, sizeof want, "Unknown error %d", EHWPOISON + 1);
	CHECK(streq(strerror(EHWPOISON + 1), want));

	/* perror into a file */
	CHECK(freopen("err.txt", "w", stderr) == stderr);
	errno = ENOENT;
	perror("a");
	errno = 12345;
	perror("b");
	errno = -7;
	perror(NULL);
	errno = -2147483647 - 1;
	perror("");
	CHECK_EQ(errno, -2147483647 - 1);
	CHECK_EQ(fflush(stderr), 0);
	static const char expect[] = "a: No such file or directory\n"
				     "b: Unknown error 12345\n"
				     "Unknown error -7\n"
				     "Unknown error -2147483648\n";
	char got[256];
	int fd = open("err.txt", O_RDONLY);
	CHECK(fd >= 0);
	ssize_t n = read(fd, got, sizeof got);
	CHECK_EQ(n, (ssize_t)sizeof expect - 1);
	CHECK(memcmp(got, expect, sizeof expect - 1) == 0);
	return 0;
}
