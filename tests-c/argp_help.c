// CFLAGS: -D_GNU_SOURCE
/* argp_help's text, byte for byte as glibc 2.36 writes it: the usage
 * line(s) with the option lists and the argument alternatives, the
 * option list sorted by group, cluster and name (aliases, hidden,
 * documentation and header entries, shadowed short options, the note on
 * arguments shown once), the documentation before and after \v, help
 * filters, and ARGP_HELP_FMT (each help applies it over the last one's
 * parameters, as glibc). The expected texts were written by the same
 * program linked with static glibc. */
#include "check.h"
#include <argp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The argps whose help argp_help.c compares. */
static struct argp_option child_opts[] = {
	{ "child-flag", 'c', 0, 0, "A flag of the child parser", 0 },
	{ "depth", 'd', "N", OPTION_ARG_OPTIONAL, "How deep to go (default 1)", 0 },
	{ "verbose", 'v', 0, 0, "Shadowed short option of the child", 0 },
	{ 0 }
};
static struct argp child = { child_opts, 0, 0, "child doc", 0, 0, 0 };
static struct argp_option opts[] = {
	{ "verbose", 'v', 0, 0, "Produce verbose output", 0 },
	{ "quiet", 'q', 0, 0, "Don't produce any output", 0 },
	{ "silent", 's', 0, OPTION_ALIAS, 0, 0 },
	{ "output", 'o', "FILE", 0, "Output to FILE instead of standard output", 0 },
	{ "abort", 'A', 0, 0, "Abort before showing any output", 0 },
	{ "no-usage", 'N', "THING", OPTION_NO_USAGE, "Not in the usage line", 0 },
	{ 0, 0, 0, 0, "Options with a group header:", 7 },
	{ "repeat", 'r', "COUNT", 0,
	  "Repeat the output COUNT times; a long documentation string that has to be "
	  "wrapped over more than one line of the help output", 0 },
	{ "long-only-option-with-a-long-name", 0, "SOMETHING", 0, "Long only", 0 },
	{ "x-hidden", 'x', 0, OPTION_HIDDEN, "Hidden", 0 },
	{ "Z", 0, 0, OPTION_DOC, "A documentation entry", 0 },
	{ 0, 'y', "Y", 0, "short only with arg", 0 },
	{ "Yes", 'Y', 0, 0, "Upper case after lower case", 0 },
	{ "last", -5, 0, 0, "In group -3", -3 },
	{ 0 }
};
static struct argp_child children[] = { { &child, 0, "Child options:", 0 }, { 0 } };
static struct argp big = {
	opts, 0, "ARG1 ARG2\n-A ARG3",
	"Program doc before options.\vAnd after the options: a long final paragraph "
	"that will certainly need to wrap somewhere around column seventy-nine.",
	children, 0, 0
};

static struct argp_option o1[] = { { "one", '1', 0, 0, "First child", 0 }, { 0 } };
static struct argp_option o2[] = { { "two", '2', 0, 0, "Second child", 0 }, { 0 } };
static struct argp_option o3[] = { { "three", '3', 0, 0, "Third child", 0 }, { 0 } };
static struct argp_option o4[] = { { "four", '4', 0, 0, "Grandchild", 0 }, { 0 } };
static struct argp a4 = { o4, 0, "G", 0, 0, 0, 0 };
static struct argp_child c3[] = { { &a4, 0, "Grand:", 0 }, { 0 } };
static struct argp a1 = { o1, 0, 0, "doc1", 0, 0, 0 };
static struct argp a2 = { o2, 0, "X\nY", 0, 0, 0, 0 };
static struct argp a3 = { o3, 0, 0, 0, c3, 0, 0 };
static struct argp_child ch[] = { { &a1, 0, "One:", 0 }, { &a2, 0, "Two:", 0 },
				  { &a3, 0, 0, 0 }, { 0 } };
static struct argp_option zopts[] = { { "zeta", 'z', "Z", 0, "Root", 0 }, { 0 } };
static struct argp tree = { zopts, 0, "A", "root doc", ch, 0, 0 };

static char *filt(int key, const char *text, void *input)
{
	(void)input;
	char *s;
	switch (key) {
	case 'b': return strdup("filtered doc of -b");
	case ARGP_KEY_HELP_PRE_DOC: asprintf(&s, "PRE[%s]", text ? text : "(null)"); return s;
	case ARGP_KEY_HELP_POST_DOC: asprintf(&s, "POST[%s]", text ? text : "(null)"); return s;
	case ARGP_KEY_HELP_EXTRA: return strdup("EXTRA text");
	case ARGP_KEY_HELP_HEADER: asprintf(&s, "== %s ==", text); return s;
	case ARGP_KEY_HELP_ARGS_DOC: return strdup("FILTERED-ARGS");
	case 'h': return 0;
	}
	return (char *)text;
}
static struct argp_option fopts[] = {
	{ "bee", 'b', "B", 0, "doc of -b", 0 },
	{ "hide", 'h', 0, 0, "filtered away", 0 },
	{ 0, 0, 0, 0, "A header", 1 },
	{ "cat", 'c', 0, 0, "doc of -c", 1 },
	{ 0 }
};
static struct argp filtered = { fopts, 0, "ARGS", "before\vafter", 0, filt, 0 };

static struct argp_option gopts[] = {
	{ "verbose", 'v', 0, 0, "Produce verbose output", 0 },
	{ "beta", 'b', 0, 0, "Group one", 1 },
	{ "alpha", 'a', 0, 0, "Group two", 2 },
	{ "Alpha2", 'A', 0, 0, "Group two upper", 2 },
	{ "apple", 0, 0, 0, "Group two, long only", 2 },
	{ "neg", 'n', 0, 0, "Group minus two", -2 },
	{ "opt", 'p', "P", OPTION_ARG_OPTIONAL, "Optional argument", 0 },
	{ "alias-of-opt", 0, 0, OPTION_ALIAS, 0, 0 },
	{ 0 }
};
static struct argp groups = { gopts, 0, 0, 0, 0, 0, 0 };

struct hcase {
	const char *name;
	struct argp *argp;
	unsigned flags;
	const char *env;
};

#define HELP (ARGP_HELP_STD_HELP & ~ARGP_HELP_EXIT_OK)
static const struct hcase cases[] = {
	{ "prog", &big, HELP, 0 },
	{ "prog", &big, ARGP_HELP_USAGE, 0 },
	{ "prog", &big, ARGP_HELP_SHORT_USAGE | ARGP_HELP_SEE, 0 },
	{ "prog", &big, ARGP_HELP_LONG | ARGP_HELP_POST_DOC, 0 },
	{ "tree", &tree, HELP | ARGP_HELP_USAGE, 0 },
	{ "filtered", &filtered, HELP | ARGP_HELP_USAGE, 0 },
	{ "groups", &groups, HELP | ARGP_HELP_USAGE, 0 },
	{ "prog", &big, HELP | ARGP_HELP_USAGE, "rmargin=60,opt-doc-col=24" },
	{ "prog", &big, HELP, "dup-args,no-dup-args-note,short-opt-col=3,long-opt-col=8,header-col=4,rmargin=79" },
	{ "prog", &big, ARGP_HELP_USAGE, "usage-indent=4 rmargin=50" },
	{ "groups", &groups, HELP | ARGP_HELP_USAGE, "dup-args" },
	{ 0 }
};

static const char *const expected[] = {
	/* 0 */
	"Usage: prog [OPTION...] ARG1 ARG2\n"
	"  or:  prog [OPTION...] -A ARG3\n"
	"Program doc before options.\n"
	"\n"
	"  -A, --abort                Abort before showing any output\n"
	"  -N, --no-usage=THING       Not in the usage line\n"
	"  -o, --output=FILE          Output to FILE instead of standard output\n"
	"  -q, -s, --quiet, --silent  Don't produce any output\n"
	"  -v, --verbose              Produce verbose output\n"
	"\n"
	" Child options:\n"
	"  -c, --child-flag           A flag of the child parser\n"
	"  -d, --depth[=N]            How deep to go (default 1)\n"
	"      --verbose              Shadowed short option of the child\n"
	"\n"
	" Options with a group header:\n"
	"      --long-only-option-with-a-long-name=SOMETHING\n"
	"                             Long only\n"
	"  -r, --repeat=COUNT         Repeat the output COUNT times; a long\n"
	"                             documentation string that has to be wrapped over\n"
	"                             more than one line of the help output\n"
	"  -y Y                       short only with arg\n"
	"  -Y, --Yes                  Upper case after lower case\n"
	"  Z                          A documentation entry\n"
	"\n"
	"      --last                 In group -3\n"
	"\n"
	"Mandatory or optional arguments to long options are also mandatory or optional\n"
	"for any corresponding short options.\n"
	"\n"
	"And after the options: a long final paragraph that will certainly need to wrap\n"
	"somewhere around column seventy-nine.\n",
	/* 1 */
	"Usage: prog [-AqsvcY] [-o FILE] [-d[N]] [-r COUNT] [-y Y] [--abort]\n"
	"            [--output=FILE] [--quiet] [--silent] [--verbose] [--child-flag]\n"
	"            [--depth[=N]] [--verbose]\n"
	"            [--long-only-option-with-a-long-name=SOMETHING] [--repeat=COUNT]\n"
	"            [--Yes] [--Z] [--last] ARG1 ARG2\n"
	"  or:  prog [OPTION...] -A ARG3\n",
	/* 2 */
	"Usage: prog [OPTION...] ARG1 ARG2\n"
	"  or:  prog [OPTION...] -A ARG3\n"
	"Try `prog --help' or `prog --usage' for more information.\n",
	/* 3 */
	"  -A, --abort                Abort before showing any output\n"
	"  -N, --no-usage=THING       Not in the usage line\n"
	"  -o, --output=FILE          Output to FILE instead of standard output\n"
	"  -q, -s, --quiet, --silent  Don't produce any output\n"
	"  -v, --verbose              Produce verbose output\n"
	"\n"
	" Child options:\n"
	"  -c, --child-flag           A flag of the child parser\n"
	"  -d, --depth[=N]            How deep to go (default 1)\n"
	"      --verbose              Shadowed short option of the child\n"
	"\n"
	" Options with a group header:\n"
	"      --long-only-option-with-a-long-name=SOMETHING\n"
	"                             Long only\n"
	"  -r, --repeat=COUNT         Repeat the output COUNT times; a long\n"
	"                             documentation string that has to be wrapped over\n"
	"                             more than one line of the help output\n"
	"  -y Y                       short only with arg\n"
	"  -Y, --Yes                  Upper case after lower case\n"
	"  Z                          A documentation entry\n"
	"\n"
	"      --last                 In group -3\n"
	"\n"
	"Mandatory or optional arguments to long options are also mandatory or optional\n"
	"for any corresponding short options.\n"
	"\n"
	"And after the options: a long final paragraph that will certainly need to wrap\n"
	"somewhere around column seventy-nine.\n",
	/* 4 */
	"Usage: tree [OPTION...] A X G\n"
	"  or:  tree [OPTION...] A Y G\n"
	"root doc\n"
	"\n"
	"  -3, --three                Third child\n"
	"  -z, --zeta=Z               Root\n"
	"\n"
	" Two:\n"
	"  -2, --two                  Second child\n"
	"\n"
	" One:\n"
	"  -1, --one                  First child\n"
	"\n"
	" Grand:\n"
	"  -4, --four                 Grandchild\n"
	"\n"
	"Mandatory or optional arguments to long options are also mandatory or optional\n"
	"for any corresponding short options.\n",
	/* 5 */
	"Usage: filtered [OPTION...] FILTERED-ARGS\n"
	"PRE[before]\n"
	"\n"
	"  -b, --bee=B                filtered doc of -b\n"
	"  -h, --hide\n"
	"\n"
	" == A header ==\n"
	"  -c, --cat                  doc of -c\n"
	"\n"
	"Mandatory or optional arguments to long options are also mandatory or optional\n"
	"for any corresponding short options.\n"
	"\n"
	"POST[after]\n"
	"\n"
	"EXTRA text\n",
	/* 6 */
	"Usage: groups [OPTION...]\n"
	"\n"
	"  -v, --verbose              Produce verbose output\n"
	"  -b, --beta                 Group one\n"
	"      --apple                Group two, long only\n"
	"  -a, --alpha                Group two\n"
	"  -A, --Alpha2               Group two upper\n"
	"  -n, --neg                  Group minus two\n"
	"  -p, --opt[=P], --alias-of-opt[=P]\n"
	"                             Optional argument\n"
	"\n"
	"Mandatory or optional arguments to long options are also mandatory or optional\n"
	"for any corresponding short options.\n",
	/* 7 */
	"Usage: prog [OPTION...] ARG1 ARG2\n"
	"  or:  prog [OPTION...] -A ARG3\n"
	"Program doc before options.\n"
	"\n"
	"  -A, --abort           Abort before showing any output\n"
	"  -N, --no-usage=THING  Not in the usage line\n"
	"  -o, --output=FILE     Output to FILE instead of standard\n"
	"                        output\n"
	"  -q, -s, --quiet, --silent   Don't produce any output\n"
	"  -v, --verbose         Produce verbose output\n"
	"\n"
	" Child options:\n"
	"  -c, --child-flag      A flag of the child parser\n"
	"  -d, --depth[=N]       How deep to go (default 1)\n"
	"      --verbose         Shadowed short option of the child\n"
	"\n"
	" Options with a group header:\n"
	"      --long-only-option-with-a-long-name=SOMETHING\n"
	"                        Long only\n"
	"  -r, --repeat=COUNT    Repeat the output COUNT times; a\n"
	"                        long documentation string that has\n"
	"                        to be wrapped over more than one\n"
	"                        line of the help output\n"
	"  -y Y                  short only with arg\n"
	"  -Y, --Yes             Upper case after lower case\n"
	"  Z                     A documentation entry\n"
	"\n"
	"      --last            In group -3\n"
	"\n"
	"Mandatory or optional arguments to long options are also\n"
	"mandatory or optional for any corresponding short options.\n"
	"\n"
	"And after the options: a long final paragraph that will\n"
	"certainly need to wrap somewhere around column\n"
	"seventy-nine.\n",
	/* 8 */
	"Usage: prog [OPTION...] ARG1 ARG2\n"
	"  or:  prog [OPTION...] -A ARG3\n"
	"Program doc before options.\n"
	"\n"
	"   -A,  --abort         Abort before showing any output\n"
	"   -N THING, --no-usage=THING\n"
	"                        Not in the usage line\n"
	"   -o FILE, --output=FILE   Output to FILE instead of standard output\n"
	"   -q, -s, --quiet, --silent\n"
	"                        Don't produce any output\n"
	"   -v,  --verbose       Produce verbose output\n"
	"\n"
	"    Child options:\n"
	"   -c,  --child-flag    A flag of the child parser\n"
	"   -d[N], --depth[=N]   How deep to go (default 1)\n"
	"        --verbose       Shadowed short option of the child\n"
	"\n"
	"    Options with a group header:\n"
	"        --long-only-option-with-a-long-name=SOMETHING\n"
	"                        Long only\n"
	"   -r COUNT, --repeat=COUNT   Repeat the output COUNT times; a long\n"
	"                        documentation string that has to be wrapped over more\n"
	"                        than one line of the help output\n"
	"   -y Y                 short only with arg\n"
	"   -Y,  --Yes           Upper case after lower case\n"
	"  Z                     A documentation entry\n"
	"\n"
	"        --last          In group -3\n"
	"\n"
	"And after the options: a long final paragraph that will certainly need to wrap\n"
	"somewhere around column seventy-nine.\n",
	/* 9 */
	"Usage: prog [-AqsvcY] [-o FILE] [-d[N]]\n"
	"    [-r COUNT] [-y Y] [--abort] [--output=FILE]\n"
	"    [--quiet] [--silent] [--verbose]\n"
	"    [--child-flag] [--depth[=N]] [--verbose]\n"
	"    [--long-only-option-with-a-long-name=SOMETHING]\n"
	"    [--repeat=COUNT] [--Yes] [--Z] [--last]\n"
	"    ARG1 ARG2\n"
	"  or:  prog [OPTION...] -A ARG3\n",
	/* 10 */
	"Usage: groups [OPTION...]\n"
	"\n"
	"   -v,  --verbose       Produce verbose output\n"
	"   -b,  --beta          Group one\n"
	"        --apple         Group two, long only\n"
	"   -a,  --alpha         Group two\n"
	"   -A,  --Alpha2        Group two upper\n"
	"   -n,  --neg           Group minus two\n"
	"   -p[P], --opt[=P], --alias-of-opt[=P]\n"
	"                        Optional argument\n"
};

int main(void)
{
	for (int i = 0; cases[i].name; i++) {
		char *buf;
		size_t n;
		FILE *f = open_memstream(&buf, &n);
		CHECK(f != NULL);
		if (cases[i].env)
			setenv("ARGP_HELP_FMT", cases[i].env, 1);
		else
			unsetenv("ARGP_HELP_FMT");
		argp_help(cases[i].argp, f, cases[i].flags, (char *)cases[i].name);
		CHECK(fclose(f) == 0);
		if (strcmp(buf, expected[i]) != 0) {
			t_puts(2, "case ");
			t_putl(2, i);
			t_puts(2, ": got\n");
			t_puts(2, buf);
			t_puts(2, "\nwant\n");
			t_puts(2, expected[i]);
			CHECK(!"help text differs");
		}
		free(buf);
	}
	t_puts(1, "ok\n");
	return 0;
}
