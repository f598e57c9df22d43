/* regcomp's error codes (every one a pattern can cause, with glibc's
 * values), regerror's messages, size and truncation, and re_nsub. */
#include <regex.h>
#include <string.h>
#include "check.h"

#define E REG_EXTENDED

static const struct {
	const char *pat;
	int cflags;
	int err;
} bad[] = {
	{"a\\{1", 0, REG_EBRACE},
	{"a{1,2", E, REG_EBRACE},
	{"a{", E, REG_EBRACE},
	{"a\\{x\\}", 0, REG_BADBR},
	{"a\\{2,1\\}", 0, REG_BADBR},
	{"a{}", E, REG_BADBR},
	{"a{1,2,3}", E, REG_BADBR},
	{"a\\{32768\\}", 0, REG_ESIZE},
	{"a{1,32768}", E, REG_ESIZE},
	{"a**", 0, REG_BADRPT},
	{"a*\\{2\\}", 0, REG_BADRPT},
	{"\\{1\\}", 0, REG_BADRPT},
	{"*a", E, REG_BADRPT},
	{"a|*b", E, REG_BADRPT},
	{"(+a)", E, REG_BADRPT},
	{"^*", E, REG_BADRPT},
	{"{1}", E, REG_BADRPT},
	{"[[:foo:]]", 0, REG_ECTYPE},
	{"[[:alpha:]", 0, REG_EBRACK},
	{"[a", 0, REG_EBRACK},
	{"[]", E, REG_EBRACK},
	{"[[.", 0, REG_EBRACK},
	{"[z-a]", 0, REG_ERANGE},
	{"[a-z-9]", E, REG_ERANGE},
	{"[[:alpha:]-z]", E, REG_ERANGE},
	{"[[.ab.]]", 0, REG_ECOLLATE},
	{"[[=ab=]]", 0, REG_ECOLLATE},
	{"\\(a", 0, REG_EPAREN},
	{"a\\)", 0, REG_EPAREN},
	{"(a", E, REG_EPAREN},
	{"((a)", E, REG_EPAREN},
	{"a\\", 0, REG_EESCAPE},
	{"a\\", E, REG_EESCAPE},
	{"\\1", 0, REG_ESUBREG},
	{"\\(a\\)\\2", 0, REG_ESUBREG},
	{"\\(a\\1\\)", 0, REG_ESUBREG},
	{"\\1(a)", E, REG_ESUBREG},
	/* A group of an earlier alternative is not complete in a later one. */
	{"(a)|\\1", E, REG_ESUBREG},
	{"\\(a\\)\\|b\\1", 0, REG_ESUBREG},
	{"((a)|\\2)", E, REG_ESUBREG},
};

static const struct {
	const char *pat;
	int cflags;
	size_t nsub;
} good[] = {
	{"", 0, 0}, {"*a", 0, 0}, {"^*a", 0, 0}, {"a\\+\\+", 0, 0}, {"a*\\?", 0, 0},
	{"\\(\\)", 0, 1}, {"\\(a\\(b\\)\\)\\(c\\)", 0, 3}, {"(a(b))(c)", E, 3},
	{"()", E, 1}, {"a)", E, 0}, {")", E, 0}, {"a||b", E, 0}, {"a{,}", E, 0},
	{"a{,2}", E, 0}, {"[]a]", E, 0}, {"[a-]", 0, 0}, {"[--z]", 0, 0},
	{"[[.-.]-z]", 0, 0}, {"[[=a=]]", 0, 0}, {"\\{", E, 0}, {"a\\}", 0, 0},
	{"a{32767}", E, 0}, {"(a)(b|\\1)", E, 2}, {"((a)|b)\\2", E, 2}, {"(^)*", E, 1}, {"\\(^*\\)", 0, 1}, {"x^*", 0, 0},
};

static const char *const msgs[] = {
	"Success",
	"No match",
	"Invalid regular expression",
	"Invalid collation character",
	"Invalid character class name",
	"Trailing backslash",
	"Invalid back reference",
	"Unmatched [, [^, [:, [., or [=",
	"Unmatched ( or \\(",
	"Unmatched \\{",
	"Invalid content of \\{\\}",
	"Invalid range end",
	"Memory exhausted",
	"Invalid preceding regular expression",
	"Premature end of regular expression",
	"Regular expression too big",
	"Unmatched ) or \\)",
};

int main(void)
{
	CHECK_EQ(REG_NOERROR, 0);
	CHECK_EQ(REG_NOMATCH, 1);
	CHECK_EQ(REG_BADPAT, 2);
	CHECK_EQ(REG_ECOLLATE, 3);
	CHECK_EQ(REG_ECTYPE, 4);
	CHECK_EQ(REG_EESCAPE, 5);
	CHECK_EQ(REG_ESUBREG, 6);
	CHECK_EQ(REG_EBRACK, 7);
	CHECK_EQ(REG_EPAREN, 8);
	CHECK_EQ(REG_EBRACE, 9);
	CHECK_EQ(REG_BADBR, 10);
	CHECK_EQ(REG_ERANGE, 11);
	CHECK_EQ(REG_ESPACE, 12);
	CHECK_EQ(REG_BADRPT, 13);
	CHECK_EQ(REG_EEND, 14);
	CHECK_EQ(REG_ESIZE, 15);
	CHECK_EQ(REG_ERPAREN, 16);
	CHECK_EQ(REG_EXTENDED, 1);
	CHECK_EQ(REG_ICASE, 2);
	CHECK_EQ(REG_NEWLINE, 4);
	CHECK_EQ(REG_NOSUB, 8);
	CHECK_EQ(REG_NOTBOL, 1);
	CHECK_EQ(REG_NOTEOL, 2);
	CHECK_EQ(REG_STARTEND, 4);

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		regex_t r;
		int e = regcomp(&r, bad[i].pat, bad[i].cflags);
		if (e != bad[i].err) {
			t_puts(2, bad[i].pat);
			t_puts(2, "\n");
		}
		CHECK_EQ(e, bad[i].err);
	}
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		regex_t r;
		int e = regcomp(&r, good[i].pat, good[i].cflags);
		if (e) {
			t_puts(2, good[i].pat);
			t_puts(2, "\n");
		}
		CHECK_EQ(e, 0);
		CHECK_EQ(r.re_nsub, good[i].nsub);
		regfree(&r);
	}

	/* Messages: the size with the NUL; truncated to the buffer with a
	 * NUL; nothing written with size 0. */
	regex_t r;
	CHECK_EQ(regcomp(&r, "a", 0), 0);
	for (int k = 0; k <= 16; k++) {
		char buf[64];
		size_t n = regerror(k, &r, buf, sizeof buf);
		CHECK_EQ(n, strlen(msgs[k]) + 1);
		CHECK(strcmp(buf, msgs[k]) == 0);
		CHECK_EQ(regerror(k, NULL, NULL, 0), n);
	}
	regfree(&r);
	char small[5];
	memset(small, 'x', sizeof small);
	CHECK_EQ(regerror(REG_NOMATCH, NULL, small, sizeof small), 9);
	CHECK(strcmp(small, "No m") == 0);
	char one[2] = {'x', 'y'};
	CHECK_EQ(regerror(REG_BADRPT, NULL, one, 1), 37);
	CHECK_EQ(one[0], 0);
	CHECK_EQ(one[1], 'y');
	char none = 'z';
	CHECK_EQ(regerror(REG_EBRACK, NULL, &none, 0), 31);
	CHECK_EQ(none, 'z');
	/* A failed regcomp's code through regerror. */
	int e = regcomp(&r, "a\\{1", 0);
	char buf[64];
	regerror(e, &r, buf, sizeof buf);
	CHECK(strcmp(buf, "Unmatched \\{") == 0);
	/* regfree after a failed regcomp releases nothing twice. */
	regfree(&r);
	return 0;
}
