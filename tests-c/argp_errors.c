// CFLAGS: -D_GNU_SOURCE
/* argp's messages and exits, each run in a child with stdout and stderr
 * captured through pipes: getopt's messages for unknown and ambiguous
 * options and missing or extra arguments followed by the "Try" line and
 * argp_err_exit_status, "Too many arguments", argp_usage, argp_error,
 * argp_failure (with and without exiting), --help, --usage and
 * --version (from the program's argp_program_version, or the hook),
 * --program-name, and ARGP_NO_EXIT. Texts as glibc 2.36 writes them. */
#include "check.h"
#include <argp.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

const char *argp_program_version = "prog 1.0";
const char *argp_program_bug_address = "<bugs@example.org>";

static int mode;

static error_t parser(int key, char *arg, struct argp_state *st)
{
	switch (key) {
	case 'v':
		return 0;
	case 'o':
		return 0;
	case 'u':
		argp_usage(st);
		return 0;
	case 'e':
		argp_error(st, "bad value %d for %s", 5, arg);
		return 0;
	case 'f':
		argp_failure(st, 3, ENOENT, "cannot open %s", arg);
		return 0;
	case 'w':
		argp_failure(st, 0, EACCES, "warning %s", arg);
		argp_failure(st, 0, 0, NULL);
		printf("after warning\n");
		return 0;
	case ARGP_KEY_ARG:
		if (st->arg_num >= 1)
			return ARGP_ERR_UNKNOWN;
		return 0;
	}
	return ARGP_ERR_UNKNOWN;
}

static struct argp_option opts[] = {
	{ "verbose", 'v', 0, 0, "Produce verbose output", 0 },
	{ "output", 'o', "FILE", 0, "Output to FILE", 0 },
	{ "usage-me", 'u', 0, 0, "Call argp_usage", 0 },
	{ "error", 'e', "X", 0, "Call argp_error", 0 },
	{ "fail", 'f', "F", 0, "Call argp_failure", 0 },
	{ "warn", 'w', "W", 0, "Call argp_failure without exiting", 0 },
	{ 0 }
};
static struct argp argp = { opts, parser, "ARG", "A test program.", 0, 0, 0 };

static void hook(FILE *f, struct argp_state *st)
{
	fprintf(f, "hook for %s\n", st->name);
}

static char out[4096], err[4096];

/* Runs argp_parse on the words of `cmd` in a child; returns its status. */
static int run(const char *cmd, unsigned flags)
{
	int o[2], e[2];
	CHECK(pipe(o) == 0 && pipe(e) == 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		dup2(o[1], 1);
		dup2(e[1], 2);
		close(o[0]);
		close(e[0]);
		static char buf[512];
		static char *argv[32];
		int argc = 0;
		strcpy(buf, cmd);
		for (char *t = strtok(buf, " "); t; t = strtok(NULL, " "))
			argv[argc++] = t;
		argv[argc] = NULL;
		if (mode == 1)
			argp_err_exit_status = 9;
		if (mode == 2)
			argp_program_version_hook = hook;
		error_t r = argp_parse(&argp, argc, argv, flags, 0, 0);
		printf("returned %d\n", r);
		fflush(stdout);
		_exit(0);
	}
	close(o[1]);
	close(e[1]);
	int n = 0, m = 0, r;
	while ((r = read(o[0], out + n, sizeof out - 1 - n)) > 0)
		n += r;
	while ((r = read(e[0], err + m, sizeof err - 1 - m)) > 0)
		m += r;
	out[n] = 0;
	err[m] = 0;
	close(o[0]);
	close(e[0]);
	int st;
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(WIFEXITED(st));
	return WEXITSTATUS(st);
}

#define SEE "Try `prog --help' or `prog --usage' for more information.\n"
#define EQ(got, want)                                                      \
	do {                                                               \
		if (strcmp(got, want) != 0) {                              \
			t_puts(2, "got:\n");                               \
			t_puts(2, got);                                    \
			t_puts(2, "want:\n");                              \
			t_puts(2, want);                                   \
			CHECK(!"output differs");                          \
		}                                                          \
	} while (0)

int main(void)
{
	CHECK_EQ(argp_err_exit_status, 64);

	CHECK_EQ(run("prog --bogus", 0), 64);
	EQ(out, "");
	EQ(err, "prog: unrecognized option '--bogus'\n" SEE);

	CHECK_EQ(run("/some/dir/prog -k", 0), 64);
	EQ(err, "/some/dir/prog: invalid option -- 'k'\n" SEE);

	CHECK_EQ(run("prog --u", 0), 64);
	EQ(err, "prog: option '--u' is ambiguous; possibilities: '--usage-me' '--usage'\n" SEE);

	CHECK_EQ(run("prog -o", 0), 64);
	EQ(err, "prog: option requires an argument -- 'o'\n" SEE);

	CHECK_EQ(run("prog --output", 0), 64);
	EQ(err, "prog: option '--output' requires an argument\n" SEE);

	CHECK_EQ(run("prog --verbose=3", 0), 64);
	EQ(err, "prog: option '--verbose' doesn't allow an argument\n" SEE);

	CHECK_EQ(run("prog a b", 0), 64);
	EQ(err, "prog: Too many arguments\n" SEE);

	CHECK_EQ(run("prog -u", 0), 64);
	EQ(err, "Usage: prog [OPTION...] ARG\n" SEE);

	CHECK_EQ(run("prog -e zz", 0), 64);
	EQ(err, "prog: bad value 5 for zz\n" SEE);

	CHECK_EQ(run("prog --fail=/x", 0), 3);
	EQ(err, "prog: cannot open /x: No such file or directory\n");

	CHECK_EQ(run("prog -w w1", 0), 0);
	EQ(err, "prog: warning w1: Permission denied\nprog\n");
	EQ(out, "after warning\nreturned 0\n");

	CHECK_EQ(run("prog -V", 0), 0);
	EQ(out, "prog 1.0\n");
	EQ(err, "");

	CHECK_EQ(run("prog --vers", ARGP_NO_EXIT), 0);
	EQ(out, "prog 1.0\nreturned 0\n");

	CHECK_EQ(run("prog --usage", 0), 0);
	EQ(out, "Usage: prog [-uv?V] [-e X] [-f F] [-o FILE] [-w W] [--error=X] [--fail=F]\n"
		"            [--output=FILE] [--usage-me] [--verbose] [--warn=W] [--help]\n"
		"            [--usage] [--version] ARG\n");

	CHECK_EQ(run("prog -?", 0), 0);
	EQ(out, "Usage: prog [OPTION...] ARG\n"
		"A test program.\n"
		"\n"
		"  -e, --error=X              Call argp_error\n"
		"  -f, --fail=F               Call argp_failure\n"
		"  -o, --output=FILE          Output to FILE\n"
		"  -u, --usage-me             Call argp_usage\n"
		"  -v, --verbose              Produce verbose output\n"
		"  -w, --warn=W               Call argp_failure without exiting\n"
		"  -?, --help                 Give this help list\n"
		"      --usage                Give a short usage message\n"
		"  -V, --version              Print program version\n"
		"\n"
		"Mandatory or optional arguments to long options are also mandatory or optional\n"
		"for any corresponding short options.\n"
		"\n"
		"Report bugs to <bugs@example.org>.\n");
	EQ(err, "");

	CHECK_EQ(run("prog --help extra", ARGP_NO_EXIT), 0);
	CHECK(strstr(out, "Report bugs to <bugs@example.org>.\nreturned 0\n") != NULL);

	CHECK_EQ(run("prog --program-name=/bin/other -x", 0), 64);
	EQ(err, "prog: invalid option -- 'x'\n"
		"Try `other --help' or `other --usage' for more information.\n");

	mode = 1;
	CHECK_EQ(run("prog --bogus", 0), 9);
	CHECK_EQ(run("prog --bogus", ARGP_NO_EXIT), 0);
	EQ(out, "returned 22\n");
	EQ(err, "prog: unrecognized option '--bogus'\n" SEE);
	CHECK_EQ(run("prog --bogus", ARGP_NO_ERRS), 0);
	EQ(out, "returned 22\n");
	EQ(err, "");

	mode = 2;
	CHECK_EQ(run("prog -V", 0), 0);
	EQ(out, "hook for prog\n");
	t_puts(1, "ok\n");
	return 0;
}
