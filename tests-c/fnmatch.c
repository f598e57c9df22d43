// STDOUT: ok\n
/* fnmatch against glibc's answers: *, ?, brackets (negation, ranges,
 * classes, [= =] and [. .], a literal ] first, unterminated ones), escapes,
 * FNM_PATHNAME, FNM_PERIOD, FNM_NOESCAPE, FNM_LEADING_DIR, FNM_CASEFOLD and
 * the ksh groups of FNM_EXTMATCH; and a pattern of many stars that must
 * not take exponential time. */
#define _GNU_SOURCE
#include "check.h"
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

static const struct {
	const char *p, *s;
	int flags, want;
} cases[] = {
	{"a*b", "axxb", 0, 0},
	{"a*b", "a/b", FNM_PATHNAME, 1},
	{"a*b", "a/b", 0, 0},
	{"*", "", 0, 0},
	{"?", "", 0, 1},
	{"*", ".x", FNM_PERIOD, 1},
	{"?x", ".x", FNM_PERIOD, 1},
	{"[.]x", ".x", FNM_PERIOD, 1},
	{".*", ".x", FNM_PERIOD, 0},
	{"a/*", "a/.x", FNM_PATHNAME | FNM_PERIOD, 1},
	{"a/*", "a/.x", FNM_PERIOD, 0},
	{"a*", "a/.x", FNM_PERIOD, 0},
	{"[", "[", 0, 0},
	{"[a", "[a", 0, 0},
	{"[a", "a", 0, 1},
	{"[]]", "]", 0, 0},
	{"[!]]", "a", 0, 0},
	{"[^a]", "b", 0, 0},
	{"[a-c]", "b", 0, 0},
	{"[c-a]", "b", 0, 1},
	{"[a-]", "-", 0, 0},
	{"[-a]", "-", 0, 0},
	{"[[:alpha:]]", "a", 0, 0},
	{"[[:alpha:]]", "1", 0, 1},
	{"[[:foo:]]", "a", 0, 1},
	{"[[:alpha:]", "a", 0, 1},
	{"[[=a=]]", "a", 0, 0},
	{"[[.a.]]", "a", 0, 0},
	{"[[.hyphen.]]", "-", 0, 1},
	{"\\*", "*", 0, 0},
	{"\\*", "a", 0, 1},
	{"\\*", "\\*", FNM_NOESCAPE, 0},
	{"abc\\", "abc\\", 0, 1},
	{"abc\\", "abc", 0, 1},
	{"[\\]]", "]", 0, 0},
	{"[\\]]", "\\", FNM_NOESCAPE, 1},
	{"a/b", "a/b/c", FNM_LEADING_DIR, 0},
	{"a*", "a/b/c", FNM_LEADING_DIR | FNM_PATHNAME, 0},
	{"a", "a/b", FNM_LEADING_DIR, 0},
	{"a/", "a/b", FNM_LEADING_DIR, 1},
	{"ABC", "abc", FNM_CASEFOLD, 0},
	{"[A-C]", "b", FNM_CASEFOLD, 0},
	{"[a-c]", "B", FNM_CASEFOLD, 0},
	{"[/]", "/", FNM_PATHNAME, 1},
	{"a?b", "a/b", FNM_PATHNAME, 1},
	{"a[/]b", "a/b", FNM_PATHNAME, 1},
	{"a[/]b", "a/b", 0, 0},
	{"*(a|b)", "abab", FNM_EXTMATCH, 0},
	{"+(a|b)", "", FNM_EXTMATCH, 1},
	{"?(x)y", "y", FNM_EXTMATCH, 0},
	{"@(foo|bar)", "bar", FNM_EXTMATCH, 0},
	{"!(foo)", "bar", FNM_EXTMATCH, 0},
	{"!(foo)", "foo", FNM_EXTMATCH, 1},
	{"*(a|b)c", "ababc", FNM_EXTMATCH, 0},
	{"a!(b)c", "abc", FNM_EXTMATCH, 1},
	{"a!(b)c", "axc", FNM_EXTMATCH, 0},
	{"a!(b)c", "ac", FNM_EXTMATCH, 0},
	{"*(a", "*(a", FNM_EXTMATCH, 0},
	{"*", "a/b", FNM_PATHNAME, 1},
	{"*/b", "a/b", FNM_PATHNAME, 0},
	{"a/*/c", "a/x/c", FNM_PATHNAME, 0},
	{"**", "ab", 0, 0},
	{"[[:upper:]]", "a", FNM_CASEFOLD, 1},
	{"[!a-z]", "/", FNM_PATHNAME, 1},
	{"x[!a]", "x.", FNM_PERIOD, 0},
	{"[a-z]", "\xe9", 0, 1},
	{"?", "\xe9", 0, 0},
	{"a\\", "a", 0, 1},
	{"[a-\\]", "\\", 0, 1},
	{"[]-a]", "b", 0, 1},
	{"[!]", "!", 0, 1},
	{"[]", "]", 0, 1},
	{".", ".", FNM_PERIOD, 0},
	{"*a", "/.a", FNM_PERIOD | FNM_PATHNAME, 1},
	{"/*", "/.a", FNM_PERIOD | FNM_PATHNAME, 1},
	{"/?a", "/.a", FNM_PERIOD, 0},
	{"[[:lower:]]", "A", FNM_CASEFOLD, 1},
	{"[[:upper:]]", "A", FNM_CASEFOLD, 0},
	{"[[.a.]-c]", "b", 0, 0},
	{"[a-[.c.]]", "b", 0, 0},
	{"[[=a=]b]", "b", 0, 0},
	{"!(*.c)", "x.c", FNM_EXTMATCH, 1},
	{"!(*.c)", "x.h", FNM_EXTMATCH, 0},
	{"*(a|b", "a", FNM_EXTMATCH, 1},
	{"@(a|b)*", "bz", FNM_EXTMATCH, 0},
	{"@(a\\|b)", "a|b", FNM_EXTMATCH, 1},
	{"@([|]|x)", "|", FNM_EXTMATCH, 0},
	{"+(ab)", "ababab", FNM_EXTMATCH, 0},
	{"x@()y", "xy", FNM_EXTMATCH, 0},
	{"*(x)", "", FNM_EXTMATCH, 0},
	{"?(a|b)", "ab", FNM_EXTMATCH, 1},
	{"*(a/b)", "a/b", FNM_EXTMATCH | FNM_PATHNAME, 0},
	{"*(*)", ".x", FNM_EXTMATCH | FNM_PERIOD, 1},
	{"!(x)", ".y", FNM_EXTMATCH | FNM_PERIOD, 0},
	{"@(.x)", ".x", FNM_EXTMATCH | FNM_PERIOD, 0},
	{"a*(b)", "a/b", FNM_EXTMATCH | FNM_PATHNAME, 1},
	{"[[:digit:]-z]", "5", 0, 0},
	{"[[:digit:]-z]", "-", 0, 0},
	{"[a-[:digit:]]", "-", 0, 1},
	{"[z-a]", "z", 0, 1},
	{"[\\a-c]", "b", 0, 0},
	{"[a-\\c]", "b", 0, 0},
	{"\\", "\\", 0, 1},
	{"\\", "", 0, 1},
	{"[a]]", "a]", 0, 0},
	{"[!a]]", "b]", 0, 0},
	{"a[", "a[", 0, 0},
	{"*[", "x[", 0, 0},
};

int main(void)
{
	int bad = 0;
	for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++) {
		int r = fnmatch(cases[i].p, cases[i].s, cases[i].flags);
		if (r != cases[i].want) {
			fprintf(stderr, "case %u: fnmatch(\"%s\", \"%s\", %d) = %d\n", i, cases[i].p,
				cases[i].s, cases[i].flags, r);
			bad = 1;
		}
	}
	CHECK(!bad);
	/* 40 stars against 4000 a's, no b: linear, not exponential. */
	static char s[4001], p[82];
	memset(s, 'a', 4000);
	for (int i = 0; i < 40; i++)
		memcpy(p + 2 * i, "*a", 2);
	p[80] = 'b';
	CHECK_EQ(fnmatch(p, s, 0), FNM_NOMATCH);
	CHECK(FNM_PATHNAME == 1 && FNM_NOESCAPE == 2 && FNM_PERIOD == 4 && FNM_NOMATCH == 1);
	CHECK(FNM_LEADING_DIR == 8 && FNM_CASEFOLD == 16 && FNM_EXTMATCH == 32 && FNM_FILE_NAME == 1);
	printf("ok\n");
	return 0;
}
