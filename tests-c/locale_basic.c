/* setlocale, localeconv, nl_langinfo, newlocale/duplocale/uselocale/
 * freelocale and MB_CUR_MAX in the C and C.UTF-8 locales: names as
 * setlocale reports them (POSIX as "C", composite names for mixed
 * categories), setlocale(LC_ALL, "") following LC_ALL, LC_*, LANG, the
 * errnos, and the C locale's lconv and langinfo strings. */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <ctype.h>
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STREQ(a, b) CHECK(strcmp((a), (b)) == 0)

static const char mixed[] =
	"LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;"
	"LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;"
	"LC_MEASUREMENT=C;LC_IDENTIFICATION=C";
static const char from_env[] =
	"LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C.UTF-8;LC_COLLATE=C.UTF-8;"
	"LC_MONETARY=C.UTF-8;LC_MESSAGES=C.UTF-8;LC_PAPER=C.UTF-8;"
	"LC_NAME=C.UTF-8;LC_ADDRESS=C.UTF-8;LC_TELEPHONE=C.UTF-8;"
	"LC_MEASUREMENT=C.UTF-8;LC_IDENTIFICATION=C.UTF-8";

/* nl_langinfo in locale l. glibc's static nl_langinfo_l answers from the
 * global locale's data whatever l is (and its static newlocale finds a
 * locale's data only while the global locale uses it), so the test reads
 * through uselocale, and calls nl_langinfo_l where l and the global
 * locale agree. */
static const char *info_in(nl_item item, locale_t l)
{
	locale_t old = uselocale(l);
	const char *r = nl_langinfo(item);
	uselocale(old);
	return r;
}

static void c_values(void)
{
	struct lconv *lc = localeconv();
	STREQ(lc->decimal_point, ".");
	STREQ(lc->thousands_sep, "");
	STREQ(lc->grouping, "");
	STREQ(lc->int_curr_symbol, "");
	STREQ(lc->currency_symbol, "");
	STREQ(lc->mon_decimal_point, "");
	STREQ(lc->mon_thousands_sep, "");
	STREQ(lc->mon_grouping, "");
	STREQ(lc->positive_sign, "");
	STREQ(lc->negative_sign, "");
	CHECK_EQ(lc->int_frac_digits, CHAR_MAX);
	CHECK_EQ(lc->frac_digits, CHAR_MAX);
	CHECK_EQ(lc->p_cs_precedes, CHAR_MAX);
	CHECK_EQ(lc->n_sign_posn, CHAR_MAX);
	CHECK_EQ(lc->int_p_cs_precedes, CHAR_MAX);
	CHECK_EQ(lc->int_n_sign_posn, CHAR_MAX);
	STREQ(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y");
	STREQ(nl_langinfo(D_FMT), "%m/%d/%y");
	STREQ(nl_langinfo(T_FMT), "%H:%M:%S");
	STREQ(nl_langinfo(T_FMT_AMPM), "%I:%M:%S %p");
	STREQ(nl_langinfo(AM_STR), "AM");
	STREQ(nl_langinfo(PM_STR), "PM");
	STREQ(nl_langinfo(DAY_1), "Sunday");
	STREQ(nl_langinfo(DAY_4), "Wednesday");
	STREQ(nl_langinfo(ABDAY_7), "Sat");
	STREQ(nl_langinfo(MON_9), "September");
	STREQ(nl_langinfo(ABMON_12), "Dec");
	STREQ(nl_langinfo(ALTMON_5), "May");
	STREQ(nl_langinfo(_DATE_FMT), "%a %b %e %H:%M:%S %Z %Y");
	STREQ(nl_langinfo(ERA), "");
	STREQ(nl_langinfo(ALT_DIGITS), "");
	STREQ(nl_langinfo(RADIXCHAR), ".");
	STREQ(nl_langinfo(THOUSEP), "");
	STREQ(nl_langinfo(YESEXPR), "^[yY]");
	STREQ(nl_langinfo(NOEXPR), "^[nN]");
	STREQ(nl_langinfo(CRNCYSTR), "-");
	CHECK_EQ((unsigned char)nl_langinfo(FRAC_DIGITS)[0], 0xff);
	STREQ(nl_langinfo(12345), "");
}

int main(void)
{
	/* The program starts in the C locale whatever the environment. */
	setenv("LANG", "C.UTF-8", 1);
	STREQ(setlocale(LC_ALL, NULL), "C");
	STREQ(setlocale(LC_CTYPE, NULL), "C");
	CHECK_EQ(MB_CUR_MAX, 1);
	STREQ(nl_langinfo(CODESET), "ANSI_X3.4-1968");
	c_values();

	CHECK_EQ(LC_CTYPE, 0);
	CHECK_EQ(LC_ALL, 6);
	CHECK_EQ(LC_IDENTIFICATION, 12);
	CHECK_EQ(LC_ALL_MASK, 0x1fbf);
	CHECK_EQ(LC_MESSAGES_MASK, 1 << 5);
	CHECK(LC_GLOBAL_LOCALE == (locale_t)-1L);

	/* Names. */
	STREQ(setlocale(LC_ALL, "POSIX"), "C");
	errno = 0;
	CHECK(setlocale(99, "C") == NULL);
	CHECK_EQ(errno, EINVAL);
	CHECK(setlocale(-1, NULL) == NULL);
	CHECK(setlocale(LC_ALL, "no_SUCH.locale") == NULL);
	CHECK(setlocale(LC_ALL, "c") == NULL);
	CHECK(setlocale(LC_ALL, "C/../C") == NULL);
	STREQ(setlocale(LC_ALL, NULL), "C");

	STREQ(setlocale(LC_CTYPE, "C.UTF-8"), "C.UTF-8");
	STREQ(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	STREQ(setlocale(LC_NUMERIC, NULL), "C");
	STREQ(setlocale(LC_ALL, NULL), mixed);
	CHECK(MB_CUR_MAX >= 4 && MB_CUR_MAX <= MB_LEN_MAX);
	STREQ(nl_langinfo(CODESET), "UTF-8");
	c_values();
	/* Setting one category to what it names a composite is not a name. */
	CHECK(setlocale(LC_CTYPE, "LC_CTYPE=C") == NULL);
	STREQ(setlocale(LC_ALL, "C"), "C");
	CHECK_EQ(MB_CUR_MAX, 1);
	/* A composite name is accepted back, in any order, but only whole. */
	STREQ(setlocale(LC_ALL, mixed), mixed);
	STREQ(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	errno = 0;
	CHECK(setlocale(LC_ALL, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C") == NULL);
	CHECK_EQ(errno, EINVAL);
	STREQ(setlocale(LC_ALL, NULL), mixed);
	STREQ(setlocale(LC_ALL,
			"LC_NUMERIC=C;LC_CTYPE=C.UTF-8;LC_TIME=C;LC_COLLATE=C;"
			"LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;"
			"LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;"
			"LC_IDENTIFICATION=C"),
	       mixed);
	STREQ(setlocale(LC_ALL, "C.UTF-8"), "C.UTF-8");
	STREQ(setlocale(LC_ALL, NULL), "C.UTF-8");
	/* A failed call changes nothing. */
	CHECK(setlocale(LC_ALL, "xx_XX") == NULL);
	STREQ(setlocale(LC_ALL, NULL), "C.UTF-8");
	/* Codeset spellings glibc normalises; the name is reported as given. */
	STREQ(setlocale(LC_ALL, "C.utf8"), "C.utf8");
	STREQ(nl_langinfo(CODESET), "UTF-8");
	STREQ(setlocale(LC_ALL, "C.utf-8"), "C.utf-8");
	STREQ(nl_langinfo(CODESET), "UTF-8");
	/* A language's UTF-8 locale, where it is offered, is UTF-8. */
	char *r = setlocale(LC_ALL, "en_US.UTF-8");
	if (r) {
		STREQ(r, "en_US.UTF-8");
		STREQ(nl_langinfo(CODESET), "UTF-8");
		CHECK(MB_CUR_MAX >= 4);
	}

	/* "" reads LC_ALL, then LC_<category>, then LANG (empty = unset). */
	unsetenv("LANG");
	STREQ(setlocale(LC_ALL, ""), "C");
	setenv("LANG", "C.UTF-8", 1);
	setenv("LC_NUMERIC", "POSIX", 1);
	setenv("LC_ALL", "", 1);
	STREQ(setlocale(LC_ALL, ""), from_env);
	STREQ(setlocale(LC_ALL, NULL), from_env);
	setenv("LC_TIME", "bogus", 1);
	CHECK(setlocale(LC_ALL, "") == NULL);
	CHECK(setlocale(LC_TIME, "") == NULL);
	STREQ(setlocale(LC_ALL, NULL), from_env);
	STREQ(setlocale(LC_NUMERIC, ""), "C");
	setenv("LC_ALL", "C", 1);
	STREQ(setlocale(LC_ALL, ""), "C");
	unsetenv("LC_ALL");
	unsetenv("LC_TIME");
	STREQ(setlocale(LC_ALL, ""), from_env);
	STREQ(setlocale(LC_ALL, "C"), "C");

	/* Locale objects. */
	CHECK(uselocale(NULL) == LC_GLOBAL_LOCALE);
	errno = 0;
	CHECK(newlocale(LC_CTYPE_MASK, "nope", 0) == 0);
	CHECK_EQ(errno, ENOENT);
	errno = 0;
	CHECK(newlocale(1 << 13, "C", 0) == 0);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(newlocale(LC_ALL_MASK, NULL, 0) == 0);
	CHECK_EQ(errno, EINVAL);
	STREQ(setlocale(LC_ALL, "C.UTF-8"), "C.UTF-8");
	locale_t u = newlocale(LC_CTYPE_MASK, "C.UTF-8", 0);
	CHECK(u != 0);
	STREQ(setlocale(LC_ALL, "C"), "C");
	STREQ(info_in(CODESET, u), "UTF-8");
	STREQ(info_in(_NL_NUMERIC_CODESET, u), "ANSI_X3.4-1968");
	STREQ(info_in(D_FMT, u), "%m/%d/%y");
	STREQ(nl_langinfo_l(D_FMT, u), "%m/%d/%y");
	STREQ(nl_langinfo_l(CODESET, LC_GLOBAL_LOCALE), "ANSI_X3.4-1968");
	locale_t c = newlocale(LC_ALL_MASK, "C", 0);
	CHECK(c != 0);
	STREQ(info_in(CODESET, c), "ANSI_X3.4-1968");
	CHECK(uselocale(u) == LC_GLOBAL_LOCALE);
	CHECK(uselocale(NULL) == u);
	CHECK(MB_CUR_MAX >= 4);
	STREQ(nl_langinfo(CODESET), "UTF-8");
	/* setlocale still speaks of the global locale. */
	STREQ(setlocale(LC_CTYPE, NULL), "C");
	CHECK(uselocale(c) == u);
	CHECK_EQ(MB_CUR_MAX, 1);
	CHECK(uselocale(LC_GLOBAL_LOCALE) == c);
	CHECK(uselocale(NULL) == LC_GLOBAL_LOCALE);
	CHECK_EQ(MB_CUR_MAX, 1);
	/* newlocale with a base changes only the categories of the mask. */
	u = newlocale(LC_NUMERIC_MASK, "C.UTF-8", u);
	CHECK(u != 0);
	STREQ(info_in(CODESET, u), "UTF-8");
	STREQ(info_in(_NL_NUMERIC_CODESET, u), "UTF-8");
	STREQ(info_in(_NL_TIME_CODESET, u), "ANSI_X3.4-1968");
	locale_t d = duplocale(u);
	CHECK(d != 0);
	freelocale(u);
	STREQ(info_in(CODESET, d), "UTF-8");
	freelocale(d);
	setlocale(LC_ALL, "C.UTF-8");
	d = duplocale(LC_GLOBAL_LOCALE);
	STREQ(nl_langinfo_l(CODESET, d), "UTF-8");
	STREQ(info_in(CODESET, d), "UTF-8");
	setlocale(LC_ALL, "C");
	STREQ(info_in(CODESET, d), "UTF-8");

	/* The _l forms: ASCII classes in both, collation in code point order
	 * (= UTF-8 byte order). */
	CHECK(isalpha_l('a', d) && !isalpha_l(0xe9, d) && !isalpha_l(0xe9, c));
	CHECK_EQ(toupper_l('q', d), 'Q');
	CHECK_EQ(toupper_l(0xe9, d), 0xe9);
	CHECK(strcoll_l("\xc3\xa9", "z", d) > 0);
	CHECK(strcoll_l("abc", "abd", c) < 0);
	char buf[16];
	CHECK_EQ(strxfrm_l(buf, "abc", sizeof buf, c), 3);
	freelocale(d);
	freelocale(c);
	puts("ok");
	return 0;
}
