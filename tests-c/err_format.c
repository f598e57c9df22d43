// CFLAGS: -D_GNU_SOURCE
// EXIT: 3
// STDERR-CONTAINS: : bye 7\n
/* <err.h> with glibc's exact output: "short-name: fmt: strerror(errno)\n"
 * (warn, vwarn, err), "short-name: fmt\n" (warnx, vwarnx, errx), a NULL
 * format leaving the message out; errno is kept; stdout is not flushed
 * first; errx exits with its status. stderr is captured in a pipe and
 * compared byte for byte. */
#include "check.h"
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>

static int errpipe[2], outpipe[2];
static char got[4096];

/* Everything written to fd 2 since the last call. */
static const char *drain(int fd)
{
	ssize_t n = read(fd, got, sizeof got - 1);
	got[n < 0 ? 0 : n] = 0;
	return got;
}

static void check_err(const char *want)
{
	const char *g = drain(errpipe[0]);
	if (strcmp(g, want) != 0) {
		t_puts(2, "want: ");
		t_puts(2, want);
		t_puts(2, "got:  ");
		t_puts(2, g);
		CHECK(!"stderr differs");
	}
}

static void my_vwarn(int x, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (x)
		vwarnx(fmt, ap);
	else
		vwarn(fmt, ap);
	va_end(ap);
}

int main(void)
{
	const char *p = program_invocation_short_name;
	char want[512];
	int save2 = dup(2);
	CHECK(pipe2(errpipe, O_NONBLOCK) == 0 && pipe2(outpipe, O_NONBLOCK) == 0);
	CHECK(dup2(errpipe[1], 2) == 2);
	CHECK(dup2(outpipe[1], 1) == 1);

	/* stdout is a pipe, so fully buffered: warn must not flush it. */
	printf("pending");
	errno = ENOENT;
	warn("w %d %s", 1, "x");
	CHECK_EQ(errno, ENOENT);
	snprintf(want, sizeof want, "%s: w 1 x: %s\n", p, strerror(ENOENT));
	check_err(want);
	CHECK(strcmp(drain(outpipe[0]), "") == 0);

	errno = EACCES;
	warn(NULL);
	snprintf(want, sizeof want, "%s: %s\n", p, strerror(EACCES));
	check_err(want);

	warnx("x%sy%5d", "--", 42);
	snprintf(want, sizeof want, "%s: x--y   42\n", p);
	check_err(want);

	warnx(NULL);
	snprintf(want, sizeof want, "%s: \n", p);
	check_err(want);

	errno = EBADF;
	my_vwarn(0, "v%c", 'w');
	snprintf(want, sizeof want, "%s: vw: %s\n", p, strerror(EBADF));
	check_err(want);
	my_vwarn(1, "v%s", "x");
	snprintf(want, sizeof want, "%s: vx\n", p);
	check_err(want);

	/* An unknown errno gets "Unknown error N". */
	errno = 4000;
	warn("u");
	snprintf(want, sizeof want, "%s: u: Unknown error 4000\n", p);
	check_err(want);

	CHECK(strcmp(drain(outpipe[0]), "") == 0);
	fflush(stdout);
	CHECK(strcmp(drain(outpipe[0]), "pending") == 0);

	/* errx exits with its status (checked by the spec, on the real
	 * stderr). */
	CHECK(dup2(save2, 2) == 2);
	errx(3, "bye %d", 7);
}
