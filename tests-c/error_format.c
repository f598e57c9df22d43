// CFLAGS: -D_GNU_SOURCE
// EXIT: 4
// STDERR-CONTAINS: : fatal\n
/* <error.h> with glibc's exact output and state: stdout is flushed first,
 * "argv0: msg: strerror\n" (error), "argv0:file:line: msg\n"
 * (error_at_line), error_print_progname replacing the name,
 * error_one_per_line suppressing a repeat of the last file:line,
 * error_message_count counting printed messages, a nonzero status
 * exiting. stderr is captured in a pipe and compared byte for byte. */
#include "check.h"
#include <errno.h>
#include <error.h>
#include <fcntl.h>
#include <stdio.h>

static int errpipe[2], outpipe[2];
static char got[4096];

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

static void progname(void)
{
	fputs("[custom]", stderr);
}

int main(void)
{
	const char *p = program_invocation_name;
	char want[1024];
	int save2 = dup(2);
	CHECK(pipe2(errpipe, O_NONBLOCK) == 0 && pipe2(outpipe, O_NONBLOCK) == 0);
	CHECK(dup2(errpipe[1], 2) == 2);
	CHECK(dup2(outpipe[1], 1) == 1);
	CHECK_EQ(error_message_count, 0);

	printf("out");
	error(0, EACCES, "e %d", 2);
	CHECK(strcmp(drain(outpipe[0]), "out") == 0); /* flushed first */
	snprintf(want, sizeof want, "%s: e 2: %s\n", p, strerror(EACCES));
	check_err(want);
	CHECK_EQ(error_message_count, 1);

	errno = ENOENT; /* error uses errnum, not errno */
	error(0, 0, "plain%s", "!");
	snprintf(want, sizeof want, "%s: plain!\n", p);
	check_err(want);

	error_at_line(0, EPERM, "f.c", 12, "at %d", 3);
	snprintf(want, sizeof want, "%s:f.c:12: at 3: %s\n", p, strerror(EPERM));
	check_err(want);
	error_at_line(0, 0, NULL, 12, "nofile");
	snprintf(want, sizeof want, "%s: nofile\n", p);
	check_err(want);
	CHECK_EQ(error_message_count, 4);

	/* Only calls made while error_one_per_line is set are remembered. */
	error_one_per_line = 1;
	error_at_line(0, 0, "f.c", 12, "a");
	error_at_line(0, 0, "f.c", 12, "b"); /* suppressed */
	char other[] = "f.c";                /* same contents, other pointer */
	error_at_line(0, 0, other, 12, "c"); /* suppressed */
	error_at_line(0, 0, "f.c", 13, "d");
	error_at_line(0, 0, "g.c", 13, "e");
	error_at_line(0, 0, "f.c", 13, "f");
	snprintf(want, sizeof want, "%s:f.c:12: a\n%s:f.c:13: d\n%s:g.c:13: e\n%s:f.c:13: f\n",
		 p, p, p, p);
	check_err(want);
	CHECK_EQ(error_message_count, 8);
	error(0, 0, "error() is never suppressed");
	error(0, 0, "error() is never suppressed");
	snprintf(want, sizeof want, "%s: error() is never suppressed\n%s: error() is never suppressed\n", p, p);
	check_err(want);
	error_one_per_line = 0;

	error_print_progname = progname;
	error(0, ENOENT, "named");
	error_at_line(0, 0, "h.c", 7, "at");
	snprintf(want, sizeof want, "[custom]named: %s\n[custom]h.c:7: at\n", strerror(ENOENT));
	check_err(want);
	error_print_progname = NULL;
	CHECK_EQ(error_message_count, 12);

	/* A nonzero status exits (checked by the spec). */
	CHECK(dup2(save2, 2) == 2);
	error(4, 0, "fatal");
	return 0;
}
