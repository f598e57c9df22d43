/* The GNU regex API: re_compile_pattern's errors (its messages) under
 * each syntax flavour, the flavours' differences on patterns where they
 * differ (operators plain or escaped, intervals, anchors in the middle,
 * the GNU operators, newline alternation, lists), re_search's ranges
 * (forward, backward, clamped), re_match, re_search_2 and re_match_2
 * across the split and with a stop, the registers per regs_allocated,
 * no_sub, newline_anchor, not_bol, fastmap, translate tables, re_comp
 * and re_exec, and the pattern buffer's layout; as glibc reports. */
#define _GNU_SOURCE
#define _REGEX_RE_COMP
#include <regex.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define BAS RE_SYNTAX_POSIX_BASIC
#define EXT RE_SYNTAX_POSIX_EXTENDED
#define EMACS RE_SYNTAX_EMACS
#define GREP RE_SYNTAX_GREP
#define EGREP RE_SYNTAX_EGREP
#define AWK RE_SYNTAX_AWK
#define GAWK RE_SYNTAX_GNU_AWK
#define PAWK RE_SYNTAX_POSIX_AWK
#define MBAS RE_SYNTAX_POSIX_MINIMAL_BASIC
#define MEXT RE_SYNTAX_POSIX_MINIMAL_EXTENDED

static int failed;

static void fail_row(const char *what, int row, long long got, long long want)
{
	t_puts(2, what);
	t_puts(2, " row ");
	t_putl(2, row);
	t_puts(2, ": got ");
	t_putl(2, got);
	t_puts(2, " want ");
	t_putl(2, want);
	t_puts(2, "\n");
	failed = 1;
}

static const char *compile(struct re_pattern_buffer *b, reg_syntax_t syn, const char *p,
			   size_t len)
{
	memset(b, 0, sizeof *b);
	re_set_syntax(syn);
	return re_compile_pattern(p, len, b);
}

/* compile errors: NULL, or the message */
struct ecase {
	reg_syntax_t syn;
	const char *pat;
	const char *msg;
};

#define M_BRACE "Unmatched \\{"
#define M_BADBR "Invalid content of \\{\\}"
#define M_RPT "Invalid preceding regular expression"
#define M_PAREN "Unmatched ( or \\("
#define M_RPAREN "Unmatched ) or \\)"
#define M_BRACK "Unmatched [, [^, [:, [., or [="
#define M_RANGE "Invalid range end"
#define M_SUBREG "Invalid back reference"
#define M_ESCAPE "Trailing backslash"
#define M_CTYPE "Invalid character class name"
#define M_SIZE "Regular expression too big"

static const struct ecase ecases[] = {
	{BAS, "a\\{1", M_BRACE},
	{BAS, "a\\{x\\}", M_BADBR},
	{BAS, "a\\{2,1\\}", M_BADBR},
	{BAS, "a\\{32768\\}", M_SIZE},
	{BAS, "a**", M_RPT},
	{BAS, "\\{1\\}", M_RPT},
	{BAS, "\\(a", M_PAREN},
	{BAS, "a\\)", M_RPAREN},
	{BAS, "[a", M_BRACK},
	{BAS, "[z-a]", M_RANGE},
	{BAS, "\\1", M_SUBREG},
	{BAS, "a\\", M_ESCAPE},
	{BAS, "[[:foo:]]", M_CTYPE},
	{BAS, "*a", NULL},
	{BAS, "a\\{1,2\\}\\{3\\}", M_RPT},
	{EXT, "*a", M_RPT},
	{EXT, "a|*b", M_RPT},
	{EXT, "(a", M_PAREN},
	{EXT, "a)", NULL},
	{EXT, "a{1", M_BRACE},
	{EXT, "a{x}", M_BADBR},
	{EXT, "a{1,2,3}", M_BADBR},
	{EXT, "a{}", M_BADBR},
	{EXT, "a**", NULL},
	{EXT, "^*", M_RPT},
	{EMACS, "a{1", NULL},
	{EMACS, "a\\{1", NULL},
	{EMACS, "[z-a]", NULL},
	{EMACS, "\\)", M_RPAREN},
	{EMACS, "*a", NULL},
	{EMACS, "a**", NULL},
	{GREP, "*a", NULL},
	{GREP, "a**", NULL},
	{GREP, "a\\{1", M_BRACE},
	{GREP, "\\{1\\}", NULL},
	{EGREP, "*a", NULL},
	{EGREP, "a{x", NULL},
	{EGREP, "a{1,x}", NULL},
	{EGREP, "a{2,1}", M_BADBR},
	{PAWK, "*a", M_RPT},
	{PAWK, "a{x}", NULL},
	{GAWK, "*a", NULL},
	{AWK, "a{2}", NULL},
	{AWK, "\\1", NULL},
	{AWK, "a)", NULL},
	{MEXT, "(a)\\1", NULL},
	{MEXT, "*a", M_RPT},
	{MBAS, "a\\+", NULL},
	{BAS | RE_NO_GNU_OPS, "\\w", NULL},
	{BAS | RE_INVALID_INTERVAL_ORD, "a\\{x", NULL},
	{EXT & ~RE_UNMATCHED_RIGHT_PAREN_ORD, "a)", M_RPAREN},
	{EXT & ~RE_NO_EMPTY_RANGES, "[z-a]", NULL},
	{EXT & ~RE_CHAR_CLASSES, "[[:foo:]]", NULL},
	{EXT & ~RE_CONTEXT_INVALID_OPS, "*a", NULL},
	{EXT, "[a-zA-Z]", NULL},
	{EXT, "[a-c-e]", M_RANGE},
	{EXT, "[a-c-]", NULL},
	{EXT, "[[:alpha:]-z]", M_RANGE},
	{EMACS, "[a-[a-\\|", M_BRACK},
	{EMACS, "[a-}\n-.", M_BRACK},
};

/* searches: re_search from start over range; ret and two registers */
struct scase {
	reg_syntax_t syn;
	const char *pat, *s;
	int start, range;
	int ret, r[4];
};

#define NO {-1, -1, -1, -1}

static const struct scase scases[] = {
	/* + and ?, plain or escaped */
	{BAS, "a+", "baa+", 0, 4, 2, {2, 4, -1, -1}},
	{BAS, "a\\+", "baa", 0, 3, 1, {1, 3, -1, -1}},
	{EXT, "a+", "baa", 0, 3, 1, {1, 3, -1, -1}},
	{EXT, "a\\+", "aa+", 0, 3, 1, {1, 3, -1, -1}},
	{EMACS, "a+", "baa", 0, 3, 1, {1, 3, -1, -1}},
	{EMACS, "a\\+", "aa+", 0, 3, 1, {1, 3, -1, -1}},
	{MBAS, "a\\+", "aa+", 0, 3, 1, {1, 3, -1, -1}},
	{MBAS, "a\\?", "a?", 0, 2, 0, {0, 2, -1, -1}},
	/* groups */
	{BAS, "\\(a\\)", "xa", 0, 2, 1, {1, 2, 1, 2}},
	{BAS, "(a)", "x(a)", 0, 4, 1, {1, 4, -1, -1}},
	{EXT, "(a)", "xa", 0, 2, 1, {1, 2, 1, 2}},
	{EXT, "\\(a\\)", "(a)", 0, 3, 0, {0, 3, -1, -1}},
	{EMACS, "\\(a\\|b\\)+", "xab", 0, 3, 1, {1, 3, 2, 3}},
	/* alternation */
	{BAS, "a|b", "ba|b", 0, 4, 1, {1, 4, -1, -1}},
	{BAS, "a\\|b", "xb", 0, 2, 1, {1, 2, -1, -1}},
	{EXT, "a|b", "xb", 0, 2, 1, {1, 2, -1, -1}},
	{EXT, "a\\|b", "a|b", 0, 3, 0, {0, 3, -1, -1}},
	{MBAS, "a\\|b", "a|b", 0, 3, 0, {0, 3, -1, -1}},
	{GREP, "a\nb", "xb", 0, 2, 1, {1, 2, -1, -1}},
	{EGREP, "a\nb", "xb", 0, 2, 1, {1, 2, -1, -1}},
	{BAS, "a\nb", "xb", 0, 2, -1, NO},
	/* intervals and { */
	{BAS, "a\\{2\\}", "aaa", 0, 3, 0, {0, 2, -1, -1}},
	{BAS, "a{2}", "aa{2}", 0, 5, 1, {1, 5, -1, -1}},
	{EXT, "a{2}", "aaa", 0, 3, 0, {0, 2, -1, -1}},
	{EMACS, "a{2}", "aa{2}", 0, 5, 1, {1, 5, -1, -1}},
	{EMACS, "a\\{2\\}", "aa{2}", 0, 5, 1, {1, 5, -1, -1}},
	{AWK, "a{2}", "aa{2}", 0, 5, 1, {1, 5, -1, -1}},
	{EGREP, "a{x", "aa{x", 0, 4, 1, {1, 4, -1, -1}},
	{EGREP, "a{1,x}", "a{1,x}", 0, 6, 0, {0, 6, -1, -1}},
	{EGREP, "a{,2}b", "aaab", 0, 4, 1, {1, 4, -1, -1}},
	{PAWK, "a{x}", "a{x}", 0, 4, 0, {0, 4, -1, -1}},
	{GREP, "\\{1\\}", "{1}", 0, 3, 0, {0, 3, -1, -1}},
	{EXT, "a{0}b", "ab", 0, 2, 1, {1, 2, -1, -1}},
	/* a leading repetition operator */
	{BAS, "*a", "x*a", 0, 3, 1, {1, 3, -1, -1}},
	{EGREP, "*a", "x*a", 0, 3, 2, {2, 3, -1, -1}},
	{GAWK, "*a", "x*a", 0, 3, 1, {1, 3, -1, -1}},
	{EXT & ~RE_CONTEXT_INVALID_OPS, "*a", "x*a", 0, 3, 2, {2, 3, -1, -1}},
	{BAS, "\\(*a\\)", "*a", 0, 2, 0, {0, 2, 0, 2}},
	/* anchors in the middle */
	{BAS, "a^b", "a^b", 0, 3, 0, {0, 3, -1, -1}},
	{EXT, "a^b", "a^b", 0, 3, -1, NO},
	{BAS, "a$b", "a$b", 0, 3, 0, {0, 3, -1, -1}},
	{EXT, "a$b", "a$b", 0, 3, -1, NO},
	{BAS | RE_CONTEXT_INDEP_ANCHORS, "a^b", "a^b", 0, 3, -1, NO},
	{BAS, "x\\(^a\\)", "x^a", 0, 3, -1, NO},
	{BAS, "b\\|^a", "ab", 0, 2, 0, {0, 1, -1, -1}},
	{BAS, "a$\\|b", "ab", 0, 2, 1, {1, 2, -1, -1}},
	{BAS, "\\(a$\\)", "a", 0, 1, 0, {0, 1, 0, 1}},
	{BAS, "^*a", "*a", 0, 2, 0, {0, 2, -1, -1}},
	{GREP, "a\n^b", "x\nb", 0, 3, 2, {2, 3, -1, -1}},
	{GREP, "a\n^b", "xb", 0, 2, -1, NO},
	/* newline_anchor (re_compile_pattern sets it) */
	{BAS, "^b", "a\nb", 0, 3, 2, {2, 3, -1, -1}},
	{BAS, "a$", "a\nb", 0, 3, 0, {0, 1, -1, -1}},
	/* the GNU operators */
	{BAS, "\\w\\+", "  ab_c d", 0, 8, 2, {2, 6, -1, -1}},
	{BAS, "\\W", "ab c", 0, 4, 2, {2, 3, -1, -1}},
	{BAS, "\\s\\S", "ab c", 0, 4, 2, {2, 4, -1, -1}},
	{BAS, "\\<b", "ab b", 0, 4, 3, {3, 4, -1, -1}},
	{BAS, "a\\>", "ab a", 0, 4, 3, {3, 4, -1, -1}},
	{BAS, "\\bb", "ab b", 0, 4, 3, {3, 4, -1, -1}},
	{BAS, "\\Bb", "ab b", 0, 4, 1, {1, 2, -1, -1}},
	{BAS, "\\`a", "aa", 1, 1, -1, NO},
	{BAS, "a\\'", "aa", 0, 2, 1, {1, 2, -1, -1}},
	{EXT, "\\<(a)", "ba a", 0, 4, 3, {3, 4, 3, 4}},
	{BAS | RE_NO_GNU_OPS, "\\w", "aw", 0, 2, 1, {1, 2, -1, -1}},
	{AWK, "\\<", "<", 0, 1, 0, {0, 1, -1, -1}},
	/* back-references */
	{BAS, "\\(a\\)\\1", "xaa", 0, 3, 1, {1, 3, 1, 2}},
	{EXT, "(a)\\1", "xaa", 0, 3, 1, {1, 3, 1, 2}},
	{MEXT, "(a)\\1", "aa1", 0, 3, 1, {1, 3, 1, 2}},
	{AWK, "(a)\\1", "aa1", 0, 3, 1, {1, 3, 1, 2}},
	/* unmatched ) */
	{EXT, "a)", "a)", 0, 2, 0, {0, 2, -1, -1}},
	{AWK, ")", "x)", 0, 2, 1, {1, 2, -1, -1}},
	/* dots */
	{EXT, "a.b", "a\nb", 0, 3, 0, {0, 3, -1, -1}},
	{EXT & ~RE_DOT_NEWLINE, "a.b", "a\nb", 0, 3, -1, NO},
	/* lists */
	{EXT, "[^a]", "a\n", 0, 2, 1, {1, 2, -1, -1}},
	{EXT | RE_HAT_LISTS_NOT_NEWLINE, "[^a]", "a\nb", 0, 3, 2, {2, 3, -1, -1}},
	{AWK, "[\\]]", "x]", 0, 2, 1, {1, 2, -1, -1}},
	{EXT, "[\\]]", "x\\]", 0, 3, 1, {1, 3, -1, -1}},
	{AWK, "[a\\-z]", "b-", 0, 2, 1, {1, 2, -1, -1}},
	{EXT & ~RE_NO_EMPTY_RANGES, "[z-a]|b", "ab", 0, 2, 1, {1, 2, -1, -1}},
	{EXT & ~RE_CHAR_CLASSES, "[[:a]", ":", 0, 1, 0, {0, 1, -1, -1}},
	{BAS, "[a-cx-z]\\{2\\}", "dcx", 0, 3, 1, {1, 3, -1, -1}},
	{EXT, "[0-9a-fA-F]+", "xx1aF9g", 0, 7, 2, {2, 6, -1, -1}},
	{EMACS, "[a-[z-a]", "b", 0, 1, -1, NO},
	{EMACS, "[a-[z-a]", "z", 0, 1, -1, NO},
	{EMACS, "[a-[z-a]b", "]b", 0, 2, -1, NO},
	/* case folding */
	{EXT | RE_ICASE, "ab", "xAB", 0, 3, 1, {1, 3, -1, -1}},
	{EXT | RE_ICASE, "[b-c]", "xC", 0, 2, 1, {1, 2, -1, -1}},
	/* ranges: forward, backward, clamped */
	{BAS, "a", "xaxa", 0, 3, 1, {1, 2, -1, -1}},
	{BAS, "a", "xaxa", 2, 1, 3, {3, 4, -1, -1}},
	{BAS, "a", "xaxa", 2, 0, -1, NO},
	{BAS, "a", "xaxa", 3, -3, 3, {3, 4, -1, -1}},
	{BAS, "a", "xaxa", 2, -2, 1, {1, 2, -1, -1}},
	{BAS, "a", "xaxa", 2, -1, 1, {1, 2, -1, -1}},
	{BAS, "a", "xaxa", 0, 100, 1, {1, 2, -1, -1}},
	{BAS, "a", "xaxa", 4, -100, 3, {3, 4, -1, -1}},
	{BAS, "a", "xaxa", 5, -1, -1, NO},
	{BAS, "a", "xaxa", -1, 3, -1, NO},
	{BAS, "a*", "baa", 2, -2, 2, {2, 3, -1, -1}},
	{BAS, "a*", "baa", 0, 3, 0, {0, 0, -1, -1}},
	{BAS, "$", "ab", 0, 2, 2, {2, 2, -1, -1}},
	{BAS, "ab*", "xabbab", 5, -5, 4, {4, 6, -1, -1}},
	{EXT, "(a|ab)(c|bcd)(d*)", "abcd", 0, 4, 0, {0, 4, 0, 1}},
};

static void t_regs(void)
{
	struct re_pattern_buffer b;
	struct re_registers r = {0, NULL, NULL};
	CHECK(compile(&b, EXT, "(a)(b)?", 7) == NULL);
	CHECK_EQ(b.re_nsub, 2);
	CHECK_EQ(b.regs_allocated, REGS_UNALLOCATED);
	CHECK_EQ(re_search(&b, "xa", 2, 0, 2, &r), 1);
	/* unallocated: re_nsub + 1 registers and a -1 after them */
	CHECK_EQ(b.regs_allocated, REGS_REALLOCATE);
	CHECK_EQ(r.num_regs, 4);
	CHECK_EQ(r.start[0], 1);
	CHECK_EQ(r.end[0], 2);
	CHECK_EQ(r.start[1], 1);
	CHECK_EQ(r.end[1], 2);
	CHECK_EQ(r.start[2], -1);
	CHECK_EQ(r.end[2], -1);
	CHECK_EQ(r.start[3], -1);
	/* no match: the registers as they were */
	CHECK_EQ(re_search(&b, "xx", 2, 0, 2, &r), -1);
	CHECK_EQ(r.start[0], 1);
	/* reallocate: grown for a pattern with more groups */
	regoff_t *old = r.start;
	(void)old;
	regfree(&b);
	CHECK(compile(&b, EXT, "(a)(b)(c)(d)", 12) == NULL);
	b.regs_allocated = REGS_REALLOCATE;
	CHECK_EQ(re_match(&b, "abcd", 4, 0, &r), 4);
	CHECK_EQ(r.num_regs, 6);
	CHECK_EQ(r.start[4], 3);
	CHECK_EQ(r.end[4], 4);
	CHECK_EQ(r.start[5], -1);
	/* ... and kept when fewer are needed */
	regfree(&b);
	CHECK(compile(&b, EXT, "(a)", 3) == NULL);
	b.regs_allocated = REGS_REALLOCATE;
	CHECK_EQ(re_match(&b, "a", 1, 0, &r), 1);
	CHECK_EQ(r.num_regs, 6);
	CHECK_EQ(r.start[1], 0);
	CHECK_EQ(r.start[2], -1);
	CHECK_EQ(r.start[5], -1);
	free(r.start);
	free(r.end);
	/* fixed: as many as there are */
	regfree(&b);
	regoff_t s2[2] = {7, 7}, e2[2] = {7, 7};
	CHECK(compile(&b, EXT, "(a)(b)(c)", 9) == NULL);
	r.num_regs = 2;
	r.start = s2;
	r.end = e2;
	b.regs_allocated = REGS_FIXED;
	CHECK_EQ(re_search(&b, "xabc", 4, 0, 4, &r), 1);
	CHECK_EQ(b.regs_allocated, REGS_FIXED);
	CHECK_EQ(r.num_regs, 2);
	CHECK_EQ(s2[0], 1);
	CHECK_EQ(e2[0], 4);
	CHECK_EQ(s2[1], 1);
	CHECK_EQ(e2[1], 2);
	/* fixed with more than needed: the rest -1 */
	regoff_t s5[5], e5[5];
	r.num_regs = 5;
	r.start = s5;
	r.end = e5;
	CHECK_EQ(re_search(&b, "xabc", 4, 0, 4, &r), 1);
	CHECK_EQ(s5[3], 3);
	CHECK_EQ(s5[4], -1);
	CHECK_EQ(e5[4], -1);
	regfree(&b);
	/* re_set_registers: the caller's arrays, reallocated as needed */
	CHECK(compile(&b, EXT, "(a)(b)", 6) == NULL);
	regoff_t *ms = malloc(sizeof(regoff_t)), *me = malloc(sizeof(regoff_t));
	re_set_registers(&b, &r, 1, ms, me);
	CHECK_EQ(b.regs_allocated, REGS_REALLOCATE);
	CHECK_EQ(r.num_regs, 1);
	CHECK_EQ(re_search(&b, "ab", 2, 0, 2, &r), 0);
	CHECK_EQ(r.num_regs, 4);
	CHECK_EQ(r.end[2], 2);
	free(r.start);
	free(r.end);
	re_set_registers(&b, &r, 0, NULL, NULL);
	CHECK_EQ(b.regs_allocated, REGS_UNALLOCATED);
	CHECK(r.start == NULL);
	CHECK_EQ(r.num_regs, 0);
	regfree(&b);
	/* no_sub (RE_NO_SUB): the registers untouched */
	CHECK(compile(&b, EXT | RE_NO_SUB, "(a)", 3) == NULL);
	CHECK_EQ(b.no_sub, 1);
	CHECK_EQ(b.re_nsub, 1);
	r.num_regs = 0;
	r.start = r.end = NULL;
	CHECK_EQ(re_search(&b, "xa", 2, 0, 2, &r), 1);
	CHECK(r.start == NULL);
	CHECK_EQ(b.regs_allocated, REGS_UNALLOCATED);
	regfree(&b);
}

static void t_two(void)
{
	struct re_pattern_buffer b;
	struct re_registers r = {0, NULL, NULL};
	CHECK(compile(&b, EXT, "a(b)", 4) == NULL);
	CHECK_EQ(re_search_2(&b, "xa", 2, "bx", 2, 0, 4, &r, 4), 1);
	CHECK_EQ(r.start[0], 1);
	CHECK_EQ(r.end[0], 3);
	CHECK_EQ(r.start[1], 2);
	CHECK_EQ(r.end[1], 3);
	CHECK_EQ(re_search_2(&b, "", 0, "xab", 3, 0, 3, &r, 3), 1);
	CHECK_EQ(re_search_2(&b, "xab", 3, "", 0, 0, 3, &r, 3), 1);
	CHECK_EQ(re_search_2(&b, "xab", 3, "ab", 2, 4, -4, &r, 5), 3);
	CHECK_EQ(re_search_2(&b, "xa", 2, "bx", 2, 0, 4, &r, 2), -1);
	CHECK_EQ(re_search_2(&b, "xa", 2, "bx", 2, 0, 4, &r, -1), -2);
	CHECK_EQ(re_match_2(&b, "a", 1, "bb", 2, 0, &r, 3), 2);
	CHECK_EQ(r.end[1], 2);
	CHECK_EQ(re_match_2(&b, "a", 1, "bb", 2, 1, &r, 3), -1);
	regfree(&b);
	CHECK(compile(&b, EXT, "a*", 2) == NULL);
	CHECK_EQ(re_match_2(&b, "aa", 2, "ab", 2, 0, &r, 4), 3);
	CHECK_EQ(re_match_2(&b, "aa", 2, "ab", 2, 0, &r, 2), 2);
	CHECK_EQ(re_match_2(&b, "aa", 2, "ab", 2, 1, &r, 4), 2);
	CHECK_EQ(re_match(&b, "baa", 3, 1, &r), 2);
	CHECK_EQ(re_match(&b, "baa", 3, 0, &r), 0);
	CHECK_EQ(re_match(&b, "baa", 3, 4, &r), -1);
	regfree(&b);
	free(r.start);
	free(r.end);
}

static void t_flags(void)
{
	struct re_pattern_buffer b;
	CHECK(compile(&b, BAS, "^b", 2) == NULL);
	CHECK_EQ(b.newline_anchor, 1);
	CHECK_EQ(b.syntax, BAS);
	CHECK_EQ(re_search(&b, "a\nb", 3, 0, 3, NULL), 2);
	b.newline_anchor = 0;
	CHECK_EQ(re_search(&b, "a\nb", 3, 0, 3, NULL), -1);
	CHECK_EQ(re_search(&b, "b", 1, 0, 1, NULL), 0);
	b.not_bol = 1;
	CHECK_EQ(re_search(&b, "b", 1, 0, 1, NULL), -1);
	regfree(&b);
	CHECK(compile(&b, BAS, "a$", 2) == NULL);
	b.not_eol = 1;
	CHECK_EQ(re_search(&b, "a", 1, 0, 1, NULL), -1);
	CHECK_EQ(re_search(&b, "a\n", 2, 0, 2, NULL), 0);
	regfree(&b);
	/* NUL in the subject; RE_DOT_NOT_NULL */
	CHECK(compile(&b, EXT, "a.b", 3) == NULL);
	CHECK_EQ(re_search(&b, "a\0b", 3, 0, 3, NULL), -1);
	regfree(&b);
	CHECK(compile(&b, GREP, "a.b", 3) == NULL);
	CHECK_EQ(re_search(&b, "a\0b", 3, 0, 3, NULL), 0);
	regfree(&b);
	/* a NUL in the pattern */
	CHECK(compile(&b, EXT, "a\0b", 3) == NULL);
	CHECK_EQ(re_search(&b, "xa\0b", 4, 0, 4, NULL), 1);
	CHECK_EQ(re_search(&b, "xab", 3, 0, 3, NULL), -1);
	regfree(&b);
	/* the pattern's length counts, not a NUL */
	CHECK(compile(&b, EXT, "abc", 2) == NULL);
	CHECK_EQ(re_search(&b, "xab", 3, 0, 3, NULL), 1);
	regfree(&b);
	/* the syntax is the one in force at compile time */
	CHECK(compile(&b, EXT, "a+", 2) == NULL);
	re_set_syntax(BAS);
	CHECK_EQ(re_search(&b, "aa", 2, 0, 2, NULL), 0);
	CHECK_EQ(re_match(&b, "aa", 2, 0, NULL), 2);
	regfree(&b);
	CHECK_EQ(re_set_syntax(EXT), BAS);
	CHECK_EQ(re_syntax_options, EXT);
	re_syntax_options = GREP;
	CHECK_EQ(re_set_syntax(0), GREP);
	/* a failed compile leaves no buffer */
	CHECK(compile(&b, EXT, "(", 1) != NULL);
	CHECK(b.buffer == NULL);
}

static void t_fastmap(void)
{
	struct re_pattern_buffer b;
	char *fm = malloc(256);
	memset(&b, 0, sizeof b);
	b.fastmap = fm;
	re_set_syntax(EXT);
	CHECK(re_compile_pattern("abc", 3, &b) == NULL);
	CHECK_EQ(b.fastmap_accurate, 0);
	CHECK_EQ(re_compile_fastmap(&b), 0);
	CHECK_EQ(b.fastmap_accurate, 1);
	CHECK_EQ(b.can_be_null, 0);
	for (int c = 0; c < 256; c++)
		CHECK_EQ(fm[c] != 0, c == 'a');
	CHECK(re_compile_pattern("[x-z]|q", 7, &b) == NULL);
	CHECK_EQ(b.fastmap_accurate, 0);
	/* re_search brings it up to date */
	CHECK_EQ(re_search(&b, "aq", 2, 0, 2, NULL), 1);
	CHECK_EQ(b.fastmap_accurate, 1);
	for (int c = 0; c < 256; c++)
		CHECK_EQ(fm[c] != 0, c == 'x' || c == 'y' || c == 'z' || c == 'q');
	CHECK(re_compile_pattern("^a*b", 4, &b) == NULL);
	CHECK_EQ(re_compile_fastmap(&b), 0);
	for (int c = 0; c < 256; c++)
		CHECK_EQ(fm[c] != 0, c == 'a' || c == 'b');
	CHECK(re_compile_pattern("a?", 2, &b) == NULL);
	CHECK_EQ(re_compile_fastmap(&b), 0);
	CHECK_EQ(b.can_be_null, 1);
	CHECK(fm['a'] && fm['z'] && fm[0]);
	CHECK(re_compile_pattern("x.", 2, &b) == NULL);
	CHECK_EQ(re_compile_fastmap(&b), 0);
	CHECK_EQ(b.can_be_null, 0);
	CHECK(fm['x'] && !fm['y']);
	re_set_syntax(EXT | RE_ICASE);
	CHECK(re_compile_pattern("k", 1, &b) == NULL);
	CHECK_EQ(re_compile_fastmap(&b), 0);
	for (int c = 0; c < 256; c++)
		CHECK_EQ(fm[c] != 0, c == 'k' || c == 'K');
	re_set_syntax(EXT);
	CHECK(re_compile_pattern("[^a]", 4, &b) == NULL);
	CHECK_EQ(re_compile_fastmap(&b), 0);
	CHECK(!fm['a'] && fm['b'] && fm['\n'] && fm[255]);
	regfree(&b);
	CHECK(b.fastmap == NULL);
}

static void t_translate(void)
{
	struct re_pattern_buffer b;
	unsigned char *tr = malloc(256);
	for (int c = 0; c < 256; c++)
		tr[c] = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
	memset(&b, 0, sizeof b);
	b.translate = tr;
	b.fastmap = malloc(256);
	re_set_syntax(EXT);
	CHECK(re_compile_pattern("AbC", 3, &b) == NULL);
	CHECK_EQ(re_search(&b, "xaBc", 4, 0, 4, NULL), 1);
	CHECK_EQ(re_search(&b, "xABC", 4, 0, 4, NULL), 1);
	CHECK_EQ(b.fastmap['a'] != 0, 1);
	CHECK_EQ(b.fastmap['A'] != 0, 0);
	CHECK(re_compile_pattern("[A-C]+", 6, &b) == NULL);
	CHECK_EQ(re_match(&b, "aBcD", 4, 0, NULL), 3);
	CHECK(re_compile_pattern("(X)\\1", 5, &b) == NULL);
	CHECK_EQ(re_search(&b, "xX", 2, 0, 2, NULL), 0);
	/* a translation to another letter */
	tr['q'] = 'z';
	CHECK(re_compile_pattern("q", 1, &b) == NULL);
	CHECK_EQ(re_search(&b, "zq", 2, 0, 2, NULL), 0);
	CHECK_EQ(re_search(&b, "aq", 2, 0, 2, NULL), 1);
	regfree(&b);
	CHECK(b.translate == NULL);
}

static void t_comp(void)
{
	re_set_syntax(0);
	CHECK(re_comp("a.c") == NULL);
	CHECK_EQ(re_exec("xabc"), 1);
	CHECK_EQ(re_exec("ac"), 0);
	CHECK(re_comp(NULL) == NULL);
	CHECK_EQ(re_exec("a\nc"), 0);
	const char *m = re_comp("\\(");
	CHECK(m != NULL && strcmp(m, M_PAREN) == 0);
	re_set_syntax(EXT);
	CHECK(re_comp("^b+$") == NULL);
	CHECK_EQ(re_exec("a\nbb"), 1);
	CHECK_EQ(re_exec("a\nbc"), 0);
	re_set_syntax(0);
}

/* regexec on a pattern buffer, re_search on a regcomp'd one */
static void t_mixed(void)
{
	struct re_pattern_buffer b;
	regmatch_t m[2];
	CHECK(compile(&b, EXT, "b(c)", 4) == NULL);
	CHECK_EQ(regexec(&b, "abcd", 2, m, 0), 0);
	CHECK_EQ(m[0].rm_so, 1);
	CHECK_EQ(m[1].rm_eo, 3);
	/* newline_anchor, which re_compile_pattern set, holds for regexec */
	regfree(&b);
	CHECK(compile(&b, BAS, "^x", 2) == NULL);
	CHECK_EQ(regexec(&b, "a\nx", 1, m, 0), 0);
	CHECK_EQ(m[0].rm_so, 2);
	regfree(&b);
	regex_t re;
	struct re_registers r = {0, NULL, NULL};
	CHECK_EQ(regcomp(&re, "(a+)$", REG_EXTENDED), 0);
	CHECK_EQ(re_search(&re, "xaa\nb", 5, 0, 5, &r), -1);
	CHECK_EQ(re_search(&re, "xaa", 3, 0, 3, &r), 1);
	CHECK_EQ(r.end[1], 3);
	regfree(&re);
	free(r.start);
	free(r.end);
}

/* as a grep does: one buffer of lines, a fastmap, every match in turn */
static void t_grep_like(void)
{
	static const char text[] = "one fish\ntwo fish\nred\nblue fish\n";
	int len = (int)strlen(text);
	struct re_pattern_buffer b;
	struct re_registers r = {0, NULL, NULL};
	memset(&b, 0, sizeof b);
	b.fastmap = malloc(256);
	re_set_syntax(RE_SYNTAX_GREP | RE_HAT_LISTS_NOT_NEWLINE);
	CHECK(re_compile_pattern("\\([a-z]*\\) fish$", 16, &b) == NULL);
	int want[3] = {0, 9, 22}, n = 0;
	for (int at = 0; at < len;) {
		int k = re_search(&b, text, len, at, len - at, &r);
		if (k < 0)
			break;
		CHECK(n < 3);
		CHECK_EQ(k, want[n]);
		CHECK_EQ(r.start[1], k);
		CHECK_EQ(text[r.end[0]], '\n');
		n++;
		at = r.end[0];
	}
	CHECK_EQ(n, 3);
	/* [^...] stops at a newline */
	CHECK(re_compile_pattern("d[^x]*", 6, &b) == NULL);
	CHECK_EQ(re_search(&b, text, len, 0, len, &r), 20);
	CHECK_EQ(r.end[0], 21);
	/* backwards from the end: the last line's match */
	CHECK(re_compile_pattern("fish", 4, &b) == NULL);
	CHECK_EQ(re_search(&b, text, len, len, -len, &r), 27);
	free(r.start);
	free(r.end);
	regfree(&b);
}

static void t_layout(void)
{
	struct re_pattern_buffer b;
	CHECK_EQ(sizeof b, 8 * sizeof(void *));
	CHECK_EQ(offsetof(struct re_pattern_buffer, re_nsub), 6 * sizeof(void *));
	CHECK_EQ(offsetof(struct re_pattern_buffer, translate), 5 * sizeof(void *));
	CHECK_EQ(sizeof(reg_syntax_t), sizeof(long));
	CHECK_EQ(sizeof(struct re_registers), 3 * sizeof(void *));
	unsigned w;
	memset(&b, 0, sizeof b);
	b.newline_anchor = 1;
	memcpy(&w, (char *)&b + offsetof(struct re_pattern_buffer, re_nsub) + sizeof(size_t),
	       sizeof w);
	CHECK_EQ(w, 0x80);
	memset(&b, 0, sizeof b);
	b.regs_allocated = REGS_FIXED;
	b.no_sub = 1;
	memcpy(&w, (char *)&b + offsetof(struct re_pattern_buffer, re_nsub) + sizeof(size_t),
	       sizeof w);
	CHECK_EQ(w, 0x14);
	CHECK_EQ(RE_NO_SUB, 1UL << 25);
	CHECK_EQ(RE_SYNTAX_POSIX_EXTENDED, 0x3b2fcUL);
	CHECK_EQ(RE_SYNTAX_POSIX_BASIC, 0x10102c6UL);
	CHECK_EQ(RE_SYNTAX_GNU_AWK, 0x23b24dUL);
	CHECK_EQ(RE_SYNTAX_EGREP, 0x23ba5cUL);
	CHECK_EQ(RE_SYNTAX_GREP, 0x10a46UL);
	CHECK_EQ(RE_SYNTAX_AWK, 0xbe0cdUL);
	CHECK_EQ(RE_DUP_MAX, 0x7fff);
	CHECK_EQ(REG_ERPAREN, 16);
	CHECK_EQ(REG_EEND, 14);
	/* regcomp sets the same fields */
	regex_t re;
	CHECK_EQ(regcomp(&re, "a(b)", REG_EXTENDED | REG_NEWLINE | REG_NOSUB), 0);
	CHECK_EQ(re.newline_anchor, 1);
	CHECK_EQ(re.no_sub, 1);
	CHECK_EQ(re.re_nsub, 1);
	CHECK_EQ(re.syntax & RE_HAT_LISTS_NOT_NEWLINE, RE_HAT_LISTS_NOT_NEWLINE);
	CHECK_EQ(re.syntax & RE_DOT_NEWLINE, 0);
	regfree(&re);
	CHECK_EQ(regcomp(&re, "a\\)", 0), REG_EPAREN);
	CHECK_EQ(regcomp(&re, "[a-zA-Z][0-9a-f]", REG_EXTENDED), 0);
	CHECK_EQ(regexec(&re, "-x9", 0, NULL, 0), 0);
	regfree(&re);
}

int main(void)
{
	struct re_pattern_buffer b;
	for (size_t i = 0; i < sizeof ecases / sizeof ecases[0]; i++) {
		const struct ecase *e = &ecases[i];
		const char *m = compile(&b, e->syn, e->pat, strlen(e->pat));
		if ((m == NULL) != (e->msg == NULL) || (m && strcmp(m, e->msg) != 0)) {
			t_puts(2, "compile ");
			t_puts(2, e->pat);
			t_puts(2, ": ");
			t_puts(2, m ? m : "(ok)");
			fail_row("\n  compile", (int)i, 0, 0);
		}
		if (!m)
			regfree(&b);
	}
	for (size_t i = 0; i < sizeof scases / sizeof scases[0]; i++) {
		const struct scase *c = &scases[i];
		const char *m = compile(&b, c->syn, c->pat, strlen(c->pat));
		if (m) {
			t_puts(2, c->pat);
			t_puts(2, ": ");
			t_puts(2, m);
			fail_row("\n  search compile", (int)i, 0, 0);
			continue;
		}
		struct re_registers r = {0, NULL, NULL};
		int ret = re_search(&b, c->s, (int)strlen(c->s), c->start, c->range, &r);
		if (ret != c->ret)
			fail_row("search ret", (int)i, ret, c->ret);
		else if (ret >= 0) {
			for (int k = 0; k < 2; k++) {
				int so = k < (int)r.num_regs ? r.start[k] : -1;
				int eo = k < (int)r.num_regs ? r.end[k] : -1;
				if (so != c->r[2 * k])
					fail_row("search start", (int)i * 10 + k, so, c->r[2 * k]);
				if (eo != c->r[2 * k + 1])
					fail_row("search end", (int)i * 10 + k, eo, c->r[2 * k + 1]);
			}
		}
		free(r.start);
		free(r.end);
		regfree(&b);
	}
	CHECK_EQ(failed, 0);
	t_regs();
	t_two();
	t_flags();
	t_fastmap();
	t_translate();
	t_comp();
	t_mixed();
	t_grep_like();
	t_layout();
	t_puts(1, "regex_gnu ok\n");
	return 0;
}
