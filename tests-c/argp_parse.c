// CFLAGS: -D_GNU_SOURCE
/* argp_parse as glibc runs it: the order of the special keys (INIT
 * parents first, NO_ARGS, END and SUCCESS children first, FINI), inputs
 * handed to children through child_inputs, operands offered to each
 * parser in turn (ARGP_KEY_ARG, else ARGP_KEY_ARGS), end_index, operand
 * permutation and ARGP_IN_ORDER, "--", long-option abbreviations and
 * optional arguments, keys without a short form, a parser's error
 * returned (and ARGP_KEY_ERROR sent), ARGP_NO_ERRS failing silently with
 * EINVAL, ARGP_PARSE_ARGV0, and the program's getopt state untouched. */
#include "check.h"
#include <argp.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char log_[2048];
static void logf_(const char *s)
{
	strcat(log_, s);
	strcat(log_, " ");
}

static const char *keyname(int key, char *buf)
{
	switch (key) {
	case ARGP_KEY_ARG: return "ARG";
	case ARGP_KEY_ARGS: return "ARGS";
	case ARGP_KEY_END: return "END";
	case ARGP_KEY_NO_ARGS: return "NO_ARGS";
	case ARGP_KEY_INIT: return "INIT";
	case ARGP_KEY_FINI: return "FINI";
	case ARGP_KEY_SUCCESS: return "SUCCESS";
	case ARGP_KEY_ERROR: return "ERROR";
	}
	if (key > ' ' && key < 127)
		sprintf(buf, "%c", key);
	else
		sprintf(buf, "%d", key);
	return buf;
}

struct root_in {
	int child_in;
	int verbose;
	const char *out;
	const char *opt;
	int args;
	int take_rest;
	int fail_on;
};

static error_t child_parser(int key, char *arg, struct argp_state *st)
{
	char b[64], k[16];
	int *in = st->input;
	snprintf(b, sizeof b, "c:%s%s%s", keyname(key, k), arg ? "=" : "", arg ? arg : "");
	if (key == ARGP_KEY_INIT)
		snprintf(b, sizeof b, "c:INIT(%d)", in ? *in : -1);
	switch (key) {
	case 'c':
	case 1000:
	case ARGP_KEY_INIT:
	case ARGP_KEY_END:
	case ARGP_KEY_SUCCESS:
	case ARGP_KEY_FINI:
	case ARGP_KEY_NO_ARGS:
		logf_(b);
		return 0;
	case ARGP_KEY_ARG:
		if (arg[0] == 'C') {
			logf_(b);
			return 0;
		}
		return ARGP_ERR_UNKNOWN;
	case ARGP_KEY_ERROR:
		logf_(b);
		return 0;
	}
	return ARGP_ERR_UNKNOWN;
}

static struct argp_option child_opts[] = {
	{ "child", 'c', 0, 0, "child option", 0 },
	{ "no-short", 1000, "V", OPTION_ARG_OPTIONAL, "long only", 0 },
	{ 0 }
};
static struct argp child = { child_opts, child_parser, 0, 0, 0, 0, 0 };
static struct argp_child kids[] = { { &child, 0, 0, 0 }, { 0 } };

static error_t root_parser(int key, char *arg, struct argp_state *st)
{
	struct root_in *in = st->input;
	char b[64], k[16];
	snprintf(b, sizeof b, "r:%s%s%s", keyname(key, k), arg ? "=" : "", arg ? arg : "");
	if (key == ARGP_KEY_ARG)
		snprintf(b, sizeof b, "r:ARG=%s#%u", arg, st->arg_num);
	if (in->fail_on && key == in->fail_on) {
		logf_("r:fail");
		return EDOM;
	}
	switch (key) {
	case ARGP_KEY_INIT:
		st->child_inputs[0] = &in->child_in;
		logf_(b);
		return 0;
	case 'v':
		in->verbose++;
		logf_(b);
		return 0;
	case 'o':
		in->out = arg;
		logf_(b);
		return 0;
	case 'p':
		in->opt = arg;
		logf_(b);
		return 0;
	case ARGP_KEY_ARG:
		if (arg[0] == 'C')
			return ARGP_ERR_UNKNOWN;
		if (in->take_rest && st->arg_num == 1) {
			/* Take this and every remaining operand. */
			logf_("r:rest");
			st->next = st->argc;
			in->args += 1;
			return 0;
		}
		in->args++;
		logf_(b);
		return 0;
	case ARGP_KEY_END:
	case ARGP_KEY_SUCCESS:
	case ARGP_KEY_FINI:
	case ARGP_KEY_NO_ARGS:
	case ARGP_KEY_ERROR:
		logf_(b);
		return 0;
	}
	return ARGP_ERR_UNKNOWN;
}

static struct argp_option root_opts[] = {
	{ "verbose", 'v', 0, 0, "verbose", 0 },
	{ "output", 'o', "FILE", 0, "output", 0 },
	{ "optional", 'p', "X", OPTION_ARG_OPTIONAL, "optional", 0 },
	{ "out-alias", 0, 0, OPTION_ALIAS, 0, 0 },
	{ 0 }
};
static struct argp root = { root_opts, root_parser, "ARGS", "doc", kids, 0, 0 };

static int run(const char *cmdline, unsigned flags, int *end, struct root_in *in)
{
	static char buf[512];
	static char *argv[32];
	int argc = 0;
	strcpy(buf, cmdline);
	for (char *t = strtok(buf, " "); t; t = strtok(NULL, " "))
		argv[argc++] = t;
	argv[argc] = NULL;
	log_[0] = 0;
	return argp_parse(&root, argc, argv, flags, end, in);
}

#define EXPECT_LOG(want)                                                  \
	do {                                                              \
		if (strcmp(log_, want) != 0) {                            \
			t_puts(2, "log: ");                               \
			t_puts(2, log_);                                  \
			t_puts(2, "\nwant: " want "\n");                  \
			CHECK(!"log differs");                            \
		}                                                         \
	} while (0)

int main(void)
{
	struct root_in in;
	int end;
	static char *sv[32];

	memset(&in, 0, sizeof in);
	in.child_in = 42;
	CHECK_EQ(run("prog", 0, NULL, &in), 0);
	EXPECT_LOG("r:INIT c:INIT(42) r:NO_ARGS c:NO_ARGS c:END r:END c:SUCCESS r:SUCCESS c:FINI r:FINI ");

	memset(&in, 0, sizeof in);
	CHECK_EQ(run("prog a -v C1 --outp x -c b -- -v", 0, &end, &in), 0);
	EXPECT_LOG("r:INIT c:INIT(0) r:v r:o=x c:c r:ARG=a#0 c:ARG=C1 r:ARG=b#1 r:ARG=-v#2 c:END "
		   "r:END c:SUCCESS r:SUCCESS c:FINI r:FINI ");
	CHECK_EQ(end, 10);
	CHECK_EQ(in.args, 3);
	CHECK(strcmp(in.out, "x") == 0);

	/* In order: operands where they are. */
	memset(&in, 0, sizeof in);
	CHECK_EQ(run("prog a -v b", ARGP_IN_ORDER, NULL, &in), 0);
	EXPECT_LOG("r:INIT c:INIT(0) r:ARG=a#0 r:v r:ARG=b#1 c:NO_ARGS c:END r:END c:SUCCESS r:SUCCESS "
		   "c:FINI r:FINI ");

	/* Abbreviations, optional arguments, a long-only key, aliases. */
	memset(&in, 0, sizeof in);
	CHECK_EQ(run("prog --verb --opt=7 -p --no-s --no-short=9 -pq --output=f --out-a", 0, NULL,
		     &in),
		 0);
	EXPECT_LOG("r:INIT c:INIT(0) r:v r:p=7 r:p c:1000 c:1000=9 r:p=q r:o=f r:p r:NO_ARGS "
		   "c:NO_ARGS c:END r:END c:SUCCESS r:SUCCESS c:FINI r:FINI ");
	CHECK_EQ(in.verbose, 1);

	/* A parser taking the rest of the operands by moving next. */
	memset(&in, 0, sizeof in);
	in.take_rest = 1;
	CHECK_EQ(run("prog a b c d", 0, &end, &in), 0);
	EXPECT_LOG("r:INIT c:INIT(0) r:ARG=a#0 r:rest c:NO_ARGS c:END r:END c:SUCCESS r:SUCCESS "
		   "c:FINI r:FINI ");
	CHECK_EQ(end, 5);

	/* ARGP_NO_ARGS: operands are left for the caller. */
	memset(&in, 0, sizeof in);
	CHECK_EQ(run("prog -v a -v", ARGP_NO_ARGS, &end, &in), 0);
	EXPECT_LOG("r:INIT c:INIT(0) r:v c:SUCCESS r:SUCCESS c:FINI r:FINI ");
	CHECK_EQ(end, 2);

	/* A parser's error comes back, every parser hears ARGP_KEY_ERROR. */
	memset(&in, 0, sizeof in);
	in.fail_on = 'o';
	CHECK_EQ(run("prog -o x a", 0, NULL, &in), EDOM);
	EXPECT_LOG("r:INIT c:INIT(0) r:fail r:ERROR c:ERROR c:FINI r:FINI ");
	memset(&in, 0, sizeof in);
	in.fail_on = ARGP_KEY_END;
	CHECK_EQ(run("prog", 0, NULL, &in), EDOM);
	EXPECT_LOG("r:INIT c:INIT(0) r:NO_ARGS c:NO_ARGS c:END r:fail r:ERROR c:ERROR c:FINI r:FINI ");

	/* Silent failures: an unknown option, a missing argument, and an
	 * operand nobody takes (with end_index NULL). */
	memset(&in, 0, sizeof in);
	CHECK_EQ(run("prog --bogus", ARGP_NO_ERRS | ARGP_NO_EXIT, NULL, &in), EINVAL);
	EXPECT_LOG("r:INIT c:INIT(0) r:ERROR c:ERROR c:FINI r:FINI ");
	CHECK_EQ(run("prog -o", ARGP_SILENT, NULL, &in), EINVAL);
	/* ARGP_PARSE_ARGV0: argv[0] is an operand too. */
	memset(&in, 0, sizeof in);
	CHECK_EQ(run("first -v second", ARGP_PARSE_ARGV0 | ARGP_NO_ERRS, NULL, &in), 0);
	EXPECT_LOG("r:INIT c:INIT(0) r:v r:ARG=first#0 r:ARG=second#1 c:NO_ARGS c:END r:END "
		   "c:SUCCESS r:SUCCESS c:FINI r:FINI ");

	/* The program's own getopt state is left alone. */
	optind = 3;
	opterr = 0;
	optarg = (char *)"mine";
	memset(&in, 0, sizeof in);
	CHECK_EQ(run("prog -o y z", 0, NULL, &in), 0);
	CHECK_EQ(optind, 3);
	CHECK_EQ(opterr, 0);
	CHECK(strcmp(optarg, "mine") == 0);

	/* No parser, NO_HELP: nothing is an option. */
	struct argp empty = { 0 };
	sv[0] = "p";
	sv[1] = "x";
	sv[2] = 0;
	CHECK_EQ(argp_parse(&empty, 2, sv, ARGP_NO_HELP | ARGP_NO_ERRS, &end, 0), 0);
	CHECK_EQ(end, 1);

	/* _option_is_short/_option_is_end. */
	struct argp_option o[] = { { "x", 'x', 0, 0, 0, 0 }, { "y", 300, 0, 0, 0, 0 },
				   { "z", 'z', 0, OPTION_DOC, 0, 0 }, { 0 } };
	CHECK(_option_is_short(&o[0]));
	CHECK(!_option_is_short(&o[1]));
	CHECK(!_option_is_short(&o[2]));
	CHECK(!_option_is_end(&o[0]));
	CHECK(_option_is_end(&o[3]));
	t_puts(1, "ok\n");
	return 0;
}
