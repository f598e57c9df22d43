// STDOUT: ok\n
/* getopt, getopt_long, getopt_long_only with GNU semantics: clusters,
 * attached/separate/optional arguments, operand permutation, '+', '-'
 * and ':' prefixes, POSIXLY_CORRECT, "--", -W;, abbreviations,
 * ambiguity, flag pointers, long-only fallback to short options, every
 * error with its optopt, return value and message, optind = 0 rescans.
 * Each case's trace (return, optind, optopt, optarg, longindex) and
 * stderr text are what glibc gives. */
#define _GNU_SOURCE
#include "check.h"
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char trace[4096], errtext[4096];
static int flag;

static void add(const char *s)
{
	size_t n = strlen(trace);
	CHECK(n + strlen(s) < sizeof trace);
	strcpy(trace + n, s);
}

static void run(const char *os, int n, char **av, const struct option *lo, int mode)
{
	int c, li = -1, p[2], saved;
	char buf[256];
	CHECK(pipe(p) == 0);
	saved = dup(2);
	CHECK(dup2(p[1], 2) == 2);
	trace[0] = 0;
	optind = 0;
	while ((c = mode == 0 ? getopt(n, av, os)
		    : mode == 1 ? getopt_long(n, av, os, lo, &li)
				: getopt_long_only(n, av, os, lo, &li)) != -1) {
		snprintf(buf, sizeof buf, "%d/%d/%d/%s/%d ", c, optind, optopt,
			 optarg ? optarg : "-", li);
		add(buf);
		li = -1;
	}
	snprintf(buf, sizeof buf, "end %d:", optind);
	add(buf);
	for (int i = 0; i < n; i++) {
		add(" ");
		add(av[i]);
	}
	CHECK(dup2(saved, 2) == 2);
	close(saved);
	close(p[1]);
	ssize_t k = read(p[0], errtext, sizeof errtext - 1);
	errtext[k < 0 ? 0 : k] = 0;
	close(p[0]);
}

static int failed;
static void expect(int line, const char *t, const char *e)
{
	if (strcmp(t, trace) || strcmp(e, errtext)) {
		fprintf(stderr, "line %d\n got  %s\n want %s\n got err  %s\n want err %s\n",
			line, trace, t, errtext, e);
		failed = 1;
	}
}
#define T(t, e, os, lo, mode, ...)                                  \
	do {                                                       \
		char *a[] = {__VA_ARGS__};                         \
		run(os, sizeof a / sizeof *a, a, lo, mode);        \
		expect(__LINE__, t, e);                            \
	} while (0)

static const struct option lo[] = {
	{"alpha", no_argument, 0, 'a'}, {"beta", required_argument, 0, 'b'},
	{"gamma", optional_argument, 0, 'g'}, {"flag", no_argument, &flag, 7},
	{"alphabet", no_argument, 0, 'A'}, {"dup", no_argument, 0, 'd'},
	{"dupe", no_argument, 0, 'd'}, {0, 0, 0, 0}};

int main(void)
{
		T("97/2/0/-/-1 98/3/0/X/-1 98/5/0/Y/-1 99/6/0/Z/-1 99/7/0/-/-1 63/9/120/-/-1 97/9/120/-/-1 63/10/98/-/-1 end 9: p -a -bX -b Y -cZ -c -x -ab W",
	  "p: invalid option -- 'x'\np: option requires an argument -- 'b'\n",
	  "ab:c::", 0, 0, "p", "-a", "-bX", "-b", "Y", "-cZ", "-c", "W", "-x", "-ab");
	T("63/2/98/-/-1 end 2: p -b",
	  "p: option requires an argument -- 'b'\n",
	  "ab:", 0, 0, "p", "-b");
	T("98/3/98/-q/-1 end 3: p -b -q",
	  "",
	  ":ab:", 0, 0, "p", "-b", "-q");
	T("63/2/113/-/-1 58/3/98/-/-1 end 3: p -q -b",
	  "",
	  ":ab:", 0, 0, "p", "-q", "-b");
	T("97/3/98/-/-1 98/6/98/v/-1 end 5: p -a -b v -- x1 x2 x3 -a x4",
	  "",
	  "ab:", 0, 0, "p", "x1", "-a", "x2", "-b", "v", "x3", "--", "-a", "x4");
	T("97/4/98/-/-1 end 2: p -a x1 x2",
	  "",
	  "ab:", 0, 0, "p", "x1", "x2", "-a");
	T("97/2/98/-/-1 end 2: p -a x1 -b v",
	  "",
	  "+ab:", 0, 0, "p", "-a", "x1", "-b", "v");
	T("1/2/98/x1/-1 97/3/98/-/-1 1/4/98/x2/-1 end 5: p x1 -a x2 -- x3",
	  "",
	  "-ab:", 0, 0, "p", "x1", "-a", "x2", "--", "x3");
	T("58/2/97/-/-1 end 2: p -a",
	  "",
	  "+:a:", 0, 0, "p", "-a");
	T("97/3/97/-/-1 end 3: p -a -- -",
	  "",
	  "ab", 0, 0, "p", "-", "-a", "--");
	T("97/3/97/--/-1 end 3: p -a --",
	  "",
	  "a:", 0, 0, "p", "-a", "--");
	T("97/1/97/-/-1 99/2/97/-/-1 63/3/122/-/-1 end 3: p -ac -z -",
	  "p: invalid option -- 'z'\n",
	  "abc", 0, 0, "p", "-ac", "-z", "-");
	T("63/2/58/-/-1 63/3/59/-/-1 end 3: p -: -;",
	  "p: invalid option -- ':'\np: invalid option -- ';'\n",
	  "a:", 0, 0, "p", "-:", "-;");
	T("97/2/59/-/0 63/3/0/-/-1 65/4/0/-/4 98/5/0/1/1 98/7/0/2/1 103/8/0/-/2 103/9/0/3/2 0/10/0/-/3 100/11/0/-/5 100/12/0/-/5 end 12: p --alpha --al --alphab --beta=1 --beta 2 --gam --gamma=3 --flag --du --dup",
	  "p: option '--al' is ambiguous; possibilities: '--alpha' '--alphabet'\n",
	  "ab:W;", lo, 1, "p", "--alpha", "--al", "--alphab", "--beta=1", "--beta", "2", "--gam", "--gamma=3", "--flag", "--du", "--dup");
	T("63/2/0/-/-1 63/3/0/-/-1 63/4/97/-/-1 63/5/98/-/-1 end 5: p --alp --nope --alpha=x --beta",
	  "p: option '--alp' is ambiguous; possibilities: '--alpha' '--alphabet'\np: unrecognized option '--nope'\np: option '--alpha' doesn't allow an argument\np: option '--beta' requires an argument\n",
	  "ab:", lo, 1, "p", "--alp", "--nope", "--alpha=x", "--beta");
	T("63/2/0/-/-1 63/3/0/-/-1 98/4/0/3/1 end 4: p --nope=1 --al=2 --be=3",
	  "p: unrecognized option '--nope=1'\np: option '--al=2' is ambiguous; possibilities: '--alpha' '--alphabet'\n",
	  "ab:", lo, 1, "p", "--nope=1", "--al=2", "--be=3");
	T("98/3/0/--alpha=1/1 end 3: p --beta --alpha=1",
	  "",
	  ":ab:", lo, 1, "p", "--beta", "--alpha=1");
	T("63/2/97/-/-1 58/3/98/-/-1 end 3: p --alpha=1 --beta",
	  "",
	  ":ab:", lo, 1, "p", "--alpha=1", "--beta");
	T("97/3/98/-/0 98/4/98/4/1 63/5/0/-/-1 63/6/87/-/-1 end 6: p -W alpha -Wbeta=4 -Wnope -W",
	  "p: unrecognized option '-W nope'\np: option requires an argument -- 'W'\n",
	  "ab:W;", lo, 1, "p", "-W", "alpha", "-Wbeta=4", "-Wnope", "-W");
	T("97/2/87/-/0 97/3/87/-/-1 98/5/87/5/1 98/6/87/6/-1 63/7/0/-/-1 63/8/0/-/-1 63/9/0/-/-1 63/10/0/-/-1 0/11/0/-/3 end 11: p -alpha -a -beta 5 -b6 -al -x -nope --nope -flag",
	  "p: option '-al' is ambiguous; possibilities: '-alpha' '-alphabet'\np: unrecognized option '-x'\np: unrecognized option '-nope'\np: unrecognized option '--nope'\n",
	  "ab:", lo, 2, "p", "-alpha", "-a", "-beta", "5", "-b6", "-al", "-x", "-nope", "--nope", "-flag");
	T("98/4/0/v/1 97/6/0/-/-1 end 4: p --beta v -a x y",
	  "",
	  "ab:", lo, 1, "p", "x", "--beta", "v", "y", "-a");
	T("103/2/0/-/2 97/4/0/-/-1 end 3: p --gamma -a x y",
	  "",
	  "a::", lo, 1, "p", "--gamma", "x", "-a", "y");
	T("end 2: p -- --alpha",
	  "",
	  "a", lo, 1, "p", "--", "--alpha");
	T("97/2/0/-/-1 97/3/0/-/0 end 3: p -a --alpha - x",
	  "",
	  "a", lo, 1, "p", "-a", "--alpha", "-", "x");
	T("1/2/0/x/-1 97/3/0/-/0 1/4/0/y/-1 end 4: p x --alpha y",
	  "",
	  "-a", lo, 1, "p", "x", "--alpha", "y");
	/* POSIXLY_CORRECT (read when a scan starts) stops at the first operand. */
	setenv("POSIXLY_CORRECT", "1", 1);
	T("97/2/0/-/-1 end 2: p -a x -b", "", "ab", 0, 0, "p", "-a", "x", "-b");
	unsetenv("POSIXLY_CORRECT");
	/* A changed optind mid-scan is followed. */
	{
		char *a[] = {"p", "-a", "-b", "-a"};
		optind = 0;
		CHECK_EQ(getopt(4, a, "ab"), 'a');
		optind = 3;
		CHECK_EQ(getopt(4, a, "ab"), 'a');
		CHECK_EQ(getopt(4, a, "ab"), -1);
		CHECK_EQ(optind, 4);
	}
	/* opterr = 0 silences messages but not the error returns. */
	opterr = 0;
	T("63/2/113/-/-1 end 2: p -q", "", "a", 0, 0, "p", "-q");
	opterr = 1;
	/* argc 0 scans nothing. */
	{
		char *a[] = {0};
		optind = 0;
		CHECK_EQ(getopt(0, a, "a"), -1);
	}
	CHECK(!failed);
	CHECK_EQ(flag, 7);
	printf("ok\n");
	return 0;
}
