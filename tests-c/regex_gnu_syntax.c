/* The GNU syntax flavours on the patterns where they part: each row is
 * compiled with re_compile_pattern under its syntax and searched with
 * re_search, and the outcome written as text (the error message, or the
 * group count, the return and every register) must be glibc's (the rows
 * include what a differential run of random patterns against glibc
 * turned up). */
#define _GNU_SOURCE
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define PBASIC RE_SYNTAX_POSIX_BASIC
#define PEXTENDED RE_SYNTAX_POSIX_EXTENDED
#define MBASIC RE_SYNTAX_POSIX_MINIMAL_BASIC
#define MEXTENDED RE_SYNTAX_POSIX_MINIMAL_EXTENDED
#define EGREP RE_SYNTAX_EGREP
#define GREP RE_SYNTAX_GREP
#define EMACS RE_SYNTAX_EMACS
#define AWK RE_SYNTAX_AWK
#define GNU_AWK RE_SYNTAX_GNU_AWK
#define PAWK RE_SYNTAX_POSIX_AWK

struct row {
	reg_syntax_t syn;
	const char *pat, *s;
	int start, range;
	const char *want;
};

static const struct row rows[] = {
	{PBASIC, "^^", "^^a", 0, 3,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PBASIC, "a^^", "a^^", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{PBASIC, "\\(\\)^a", "^a", 0, 2,
	 "nsub=1 ret=0 (0,2) (0,0) (-1,-1)"},
	{PBASIC, "\\(^\\)*a", "a", 0, 1,
	 "nsub=1 ret=0 (0,1) (0,0) (-1,-1)"},
	{PBASIC, "a$\\)", "a", 0, 1,
	 "ERR Unmatched ) or \\)"},
	{PBASIC, "$$", "a$", 0, 2,
	 "nsub=0 ret=1 (1,2) (-1,-1)"},
	{PBASIC, "a\\{1\\}\\{2\\}", "aa", 0, 2,
	 "ERR Invalid preceding regular expression"},
	{PBASIC, "a*\\+", "aa", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{PBASIC, "\\b*a", "*a", 0, 2,
	 "nsub=0 ret=-1"},
	{PBASIC, "a\\{,2\\}", "aaa", 0, 3,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{PBASIC, "a\\{1\\,2\\}", "aaa", 0, 3,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{PEXTENDED, "a{1\\,2}", "aaa", 0, 3,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{PEXTENDED, "a{,}", "aaa", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{PEXTENDED, "a{1}{2}", "aaa", 0, 3,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{PEXTENDED, "()", "a", 0, 1,
	 "nsub=1 ret=0 (0,0) (0,0) (-1,-1)"},
	{PEXTENDED, "a||b", "b", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PEXTENDED, "(|a)+", "aa", 0, 2,
	 "nsub=1 ret=0 (0,2) (1,2) (-1,-1)"},
	{PEXTENDED, "\\(", "(", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{EGREP, "a|*b", "*b", 0, 2,
	 "nsub=0 ret=1 (1,2) (-1,-1)"},
	{EGREP, "(*a)", "a", 0, 1,
	 "nsub=1 ret=0 (0,1) (0,1) (-1,-1)"},
	{EGREP, "a{1", "a{1", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{EGREP, "a{1,", "a{1,", 0, 4,
	 "nsub=0 ret=0 (0,4) (-1,-1)"},
	{EGREP, "a{1,2", "a{1,2", 0, 5,
	 "nsub=0 ret=0 (0,5) (-1,-1)"},
	{EGREP, "a{1}b", "ab", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{EGREP, "a{x}*", "a{x}}", 0, 5,
	 "nsub=0 ret=0 (0,5) (-1,-1)"},
	{EGREP, "^*a", "a", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{EGREP, "a\n*b", "b", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{EGREP, "+", "+", 0, 1,
	 "nsub=0 ret=0 (0,0) (-1,-1)"},
	{EGREP, "a|", "b", 0, 1,
	 "nsub=0 ret=0 (0,0) (-1,-1)"},
	{GREP, "\\(a\nb\\)", "b", 0, 1,
	 "nsub=1 ret=0 (0,1) (0,1) (-1,-1)"},
	{GREP, "a\n", "b", 0, 1,
	 "nsub=0 ret=0 (0,0) (-1,-1)"},
	{GREP, "a$\nb", "a", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{GREP, "x\\{1\\}\\{2\\}", "x", 0, 1,
	 "nsub=0 ret=-1"},
	{GREP, "\\{", "{", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{GREP, "a\\{", "a{", 0, 2,
	 "ERR Unmatched \\{"},
	{EMACS, "a|b", "a|b", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{EMACS, "^a\\|^b", "b", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{EMACS, "a^", "a^", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{EMACS, "a$b", "a$b", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{EMACS, "[[:alpha:]]", "a", 0, 1,
	 "nsub=0 ret=-1"},
	{EMACS, "a?b", "b", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{EMACS, "*a", "*a", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{EMACS, "a**", "aa", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{EMACS, "\\(a\\)\\1", "aa", 0, 2,
	 "nsub=1 ret=0 (0,2) (0,1) (-1,-1)"},
	{EMACS, "\\w\\b", "ab ", 0, 3,
	 "nsub=0 ret=1 (1,2) (-1,-1)"},
	{AWK, "a{1}", "a{1}", 0, 4,
	 "nsub=0 ret=0 (0,4) (-1,-1)"},
	{AWK, "*a", "*a", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{AWK, "a|*b", "*b", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{AWK, "[\\n]", "n", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{AWK, "[a\\]", "a", 0, 1,
	 "ERR Unmatched [, [^, [:, [., or [="},
	{AWK, "\\.", ".", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{AWK, "\\w", "w", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{AWK, "a^b", "a^b", 0, 3,
	 "nsub=0 ret=-1"},
	{GNU_AWK, "a{x", "a{x", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{GNU_AWK, "a|*b", "*b", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{GNU_AWK, "(*b)", "*b", 0, 2,
	 "nsub=1 ret=0 (0,2) (0,2) (-1,-1)"},
	{GNU_AWK, "^*b", "*b", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{GNU_AWK, "[\\]a]", "]", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{GNU_AWK, "a.b", "a\nb", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{PAWK, "a{1,2}{3}", "aaa", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{PAWK, "a{1,x}", "a{1,x}", 0, 6,
	 "nsub=0 ret=0 (0,6) (-1,-1)"},
	{PAWK, "\\<", "<", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{MBASIC, "a\\|b", "b", 0, 1,
	 "nsub=0 ret=-1"},
	{MBASIC, "a*\\{2\\}", "aa", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{MEXTENDED, "a+", "a+", 0, 2,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{MEXTENDED, "a?", "a?", 0, 2,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{MEXTENDED, "a|b", "b", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{MEXTENDED, "*a", "*a", 0, 2,
	 "ERR Invalid preceding regular expression"},
	{MEXTENDED, "a**", "aa", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{MEXTENDED, "a{2}", "aa", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
	{PEXTENDED | RE_NEWLINE_ALT, "(a\nb)", "b", 0, 1,
	 "nsub=1 ret=0 (0,1) (0,1) (-1,-1)"},
	{PBASIC | RE_CARET_ANCHORS_HERE, "a^", "a^", 0, 2,
	 "nsub=0 ret=-1"},
	{PBASIC | RE_INVALID_INTERVAL_ORD, "a\\{1", "a{1", 0, 3,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{PBASIC | RE_INVALID_INTERVAL_ORD, "a\\{1\\}\\{", "a{", 0, 2,
	 "ERR Invalid preceding regular expression"},
	{PBASIC | RE_CONTEXT_INDEP_OPS, "*a", "a", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PBASIC | RE_CONTEXT_INDEP_OPS, "\\(*a\\)", "a", 0, 1,
	 "nsub=1 ret=0 (0,1) (0,1) (-1,-1)"},
	{PEXTENDED | RE_ICASE, "[^a]", "A", 0, 1,
	 "nsub=0 ret=-1"},
	{PEXTENDED | RE_ICASE, "(a)\\1", "aA", 0, 2,
	 "nsub=1 ret=0 (0,2) (0,1) (-1,-1)"},
	{PEXTENDED | RE_ICASE, "\\W", "a", 0, 1,
	 "nsub=0 ret=-1"},
	{PEXTENDED, "[[.-.]]", "-", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PEXTENDED, "[a-]", "-", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PEXTENDED, "a\\", "a", 0, 1,
	 "ERR Trailing backslash"},
	{PEXTENDED, "x*", "", 0, 0,
	 "nsub=0 ret=0 (0,0) (-1,-1)"},
	{PEXTENDED, "\\`a|b\\'", "ab", 0, 2,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PEXTENDED, "\\'", "ab", 0, 2,
	 "nsub=0 ret=2 (2,2) (-1,-1)"},
	{PEXTENDED, "$", "a\nb", 0, 3,
	 "nsub=0 ret=1 (1,1) (-1,-1)"},
	{PEXTENDED, "^", "a\nb", 1, 2,
	 "nsub=0 ret=2 (2,2) (-1,-1)"},
	{PEXTENDED, "b*", "abb", 2, -2,
	 "nsub=0 ret=2 (2,3) (-1,-1)"},
	{PEXTENDED, "(a)|(b)", "xb", 0, 2,
	 "nsub=2 ret=1 (1,2) (-1,-1) (1,2) (-1,-1)"},
	{EGREP, "(?)\\}", "ab", 1, -2,
	 "ERR Unmatched ( or \\("},
	{EGREP, "(?)", ")", 0, 1,
	 "ERR Unmatched ( or \\("},
	{MEXTENDED, "a{\\1,{", "", 0, 0,
	 "ERR Unmatched \\{"},
	{MEXTENDED, "a{\\1}", "a", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PEXTENDED, "a{\\0,1}", "a", 0, 1,
	 "nsub=0 ret=0 (0,1) (-1,-1)"},
	{PBASIC, "[a-", "a", 0, 1,
	 "ERR Unmatched [, [^, [:, [., or [="},
	{PBASIC, "[a-a-", "a", 0, 1,
	 "ERR Invalid range end"},
	{PBASIC, "[[:alpha:]-", "a", 0, 1,
	 "ERR Invalid range end"},
	{PBASIC, "[a-zA-Z0-9]*", "x0Z-", 0, 4,
	 "nsub=0 ret=0 (0,3) (-1,-1)"},
	{EMACS, "[a-[z-a]", "[", 0, 1,
	 "nsub=0 ret=-1"},
	{PEXTENDED, "[a-c-]+", "-b", 0, 2,
	 "nsub=0 ret=0 (0,2) (-1,-1)"},
};

int main(void)
{
	int bad = 0;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct row *w = &rows[i];
		struct re_pattern_buffer b;
		char got[256];
		memset(&b, 0, sizeof b);
		re_set_syntax(w->syn);
		const char *m = re_compile_pattern(w->pat, strlen(w->pat), &b);
		if (m) {
			snprintf(got, sizeof got, "ERR %s", m);
		} else {
			struct re_registers r = {0, NULL, NULL};
			int ret = re_search(&b, w->s, (int)strlen(w->s), w->start, w->range, &r);
			int n = snprintf(got, sizeof got, "nsub=%zu ret=%d", b.re_nsub, ret);
			if (ret >= 0)
				for (unsigned k = 0; k < r.num_regs; k++)
					n += snprintf(got + n, sizeof got - n, " (%d,%d)", r.start[k],
						      r.end[k]);
			free(r.start);
			free(r.end);
			regfree(&b);
		}
		if (strcmp(got, w->want) != 0) {
			t_puts(2, "row ");
			t_putl(2, (long long)i);
			t_puts(2, ": got \"");
			t_puts(2, got);
			t_puts(2, "\" want \"");
			t_puts(2, w->want);
			t_puts(2, "\"\n");
			bad = 1;
		}
	}
	CHECK_EQ(bad, 0);
	t_puts(1, "regex_gnu_syntax ok\n");
	return 0;
}
