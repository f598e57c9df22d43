/* <ctype.h> in the C locale: every class for EOF, -128..255, case mapping,
 * isascii/toascii, _l variants. */
#include "check.h"
#include <ctype.h>
#include <stdio.h>
#ifdef AGAINST_GLIBC
#include <locale.h>
#endif

/* (local helpers: the test must not depend on more of <string.h>) */
static const char *t_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return s;
	return 0;
}
static void t_strcpy(char *d, const char *s)
{
	memcpy(d, s, strlen(s) + 1);
}

static int in(const char *set, int c)
{
	return c > 0 && c < 128 && t_strchr(set, c) != 0;
}

int main(void)
{
#ifdef AGAINST_GLIBC
	/* glibc's _l functions read the locale object */
	locale_t loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
#else
	/* ferrolibc has only the C locale and ignores the argument
	 * (no <locale.h> yet) */
	locale_t loc = (locale_t)0;
#endif
	const char *up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", *lo = "abcdefghijklmnopqrstuvwxyz";
	const char *dg = "0123456789", *hx = "0123456789abcdefABCDEF";
	const char *pu = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
	const char *sp = " \t\n\v\f\r";
	for (int c = -128; c <= 255; c++) {
		int u = in(up, c), l = in(lo, c), d = in(dg, c), p = in(pu, c);
		int cn = (c >= 0 && c < 32) || c == 127;
		CHECK_EQ(!!isupper(c), u);
		CHECK_EQ(!!islower(c), l);
		CHECK_EQ(!!isalpha(c), u || l);
		CHECK_EQ(!!isdigit(c), d);
		CHECK_EQ(!!isalnum(c), u || l || d);
		CHECK_EQ(!!isxdigit(c), in(hx, c));
		CHECK_EQ(!!ispunct(c), p);
		CHECK_EQ(!!isgraph(c), u || l || d || p);
		CHECK_EQ(!!isprint(c), u || l || d || p || c == ' ');
		CHECK_EQ(!!iscntrl(c), cn);
		CHECK_EQ(!!isspace(c), in(sp, c));
		CHECK_EQ(!!isblank(c), c == ' ' || c == '\t');
		CHECK_EQ(!!isascii(c), c >= 0 && c < 128);
		CHECK_EQ(toascii(c), c & 0x7f);
		int eu = l ? c - 32 : c;
		int el = u ? c + 32 : c;
		if (c >= -1) {
			CHECK_EQ(toupper(c), eu);
			CHECK_EQ(tolower(c), el);
			CHECK_EQ(toupper_l(c, loc), eu);
			CHECK_EQ(tolower_l(c, loc), el);
		} else {
			/* glibc gives the byte value (c + 256) through its table;
			 * GCC folds the call to c. The byte is the same. */
			CHECK_EQ((unsigned char)toupper(c), (unsigned char)c);
			CHECK_EQ((unsigned char)tolower(c), (unsigned char)c);
		}
		CHECK_EQ(!!isalpha_l(c, loc), u || l);
		CHECK_EQ(!!isspace_l(c, loc), in(sp, c));
		CHECK_EQ(!!ispunct_l(c, loc), p);
	}
	CHECK_EQ(toupper(EOF), EOF);
	CHECK_EQ(tolower(EOF), EOF);
	CHECK_EQ(isalpha(EOF), 0);
	CHECK_EQ(isspace((signed char)'\xa0'), 0);
	return 0;
}
