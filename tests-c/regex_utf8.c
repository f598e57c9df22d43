/* regcomp/regexec in the C.UTF-8 locale match characters, not bytes:
 * ., bracket lists and classes, REG_ICASE, \w and \b, back-references
 * and repetition take whole multibyte characters (glibc's answers);
 * and a pattern compiled in the C locale still matches bytes. */
#include <locale.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

#define E REG_EXTENDED
#define I REG_ICASE

struct ucase {
	const char *pat;
	int cflags;
	const char *s;
	int ret;
	int m[6];
};

static const struct ucase cases[] = {
	{"a.c", E, "a\xc3""\xa9""c", 0, {0, 4, -1, -1, -1, -1}},
	{"^.$", E, "\xc3""\xa9""", 0, {0, 2, -1, -1, -1, -1}},
	{"^...$", E, "\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""", 0, {0, 9, -1, -1, -1, -1}},
	{"[\xc3""\xa9""]", E, "x\xc3""\xa9""", 0, {1, 3, -1, -1, -1, -1}},
	{"[^a]", E, "\xc3""\xa9""", 0, {0, 2, -1, -1, -1, -1}},
	{"[[:alpha:]]+", E, "1\xc3""\xa9""\xc3""\xa0""b2", 0, {1, 6, -1, -1, -1, -1}},
	{"[[:upper:]]+", E, "a\xc3""\x89""\xc3""\x80""b", 0, {1, 5, -1, -1, -1, -1}},
	{"\xc3""\x89""", E|I, "x\xc3""\xa9""", 0, {1, 3, -1, -1, -1, -1}},
	{"[\xc3""\xa9""]", E|I, "\xc3""\x89""", 0, {0, 2, -1, -1, -1, -1}},
	{"(.)\\1", E, "a\xc3""\xa9""\xc3""\xa9""", 0, {1, 5, 1, 3, -1, -1}},
	{"\\w+", E, " \xc3""\xa9""a_ ", 0, {1, 5, -1, -1, -1, -1}},
	{"\\b\xc3""\xa9""", E, "a\xc3""\xa9"" \xc3""\xa9""", 0, {4, 6, -1, -1, -1, -1}},
	{"(\xe6""\x97""\xa5""|\xe6""\x9c""\xac"")+", E, "x\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""", 0, {1, 7, 4, 7, -1, -1}},
	{".{2}", E, "\xc3""\xa9""\xc3""\xa0""b", 0, {0, 4, -1, -1, -1, -1}},
	{"[[:space:]]", E, "a\xe3""\x80""\x80""b", 0, {1, 4, -1, -1, -1, -1}},
	{"\xc3""\xa9""*", 0, "\xc3""\xa9""\xc3""\xa9""a", 0, {0, 4, -1, -1, -1, -1}},
};

int main(void)
{
	regex_t r;
	regmatch_t m[3];
	/* The C locale: bytes. */
	CHECK_EQ(regcomp(&r, "^.$", E), 0);
	CHECK_EQ(regexec(&r, "\xc3\xa9", 1, m, 0), REG_NOMATCH);
	CHECK_EQ(regexec(&r, "\xc3", 1, m, 0), 0);
	regfree(&r);
	CHECK_EQ(regcomp(&r, "^..$", E), 0);
	CHECK_EQ(regexec(&r, "\xc3\xa9", 1, m, 0), 0);
	regfree(&r);

	if (!setlocale(LC_ALL, "C.UTF-8")) {
		t_puts(2, "no C.UTF-8 locale\n");
		return 1;
	}
	int nbad = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct ucase *c = &cases[i];
		int e = regcomp(&r, c->pat, c->cflags);
		CHECK_EQ(e, 0);
		memset(m, 0x55, sizeof m);
		int x = regexec(&r, c->s, 3, m, 0);
		int bad = x != c->ret;
		for (size_t k = 0; !x && k < 3; k++)
			if (m[k].rm_so != c->m[2 * k] || m[k].rm_eo != c->m[2 * k + 1])
				bad = 1;
		if (bad) {
			t_puts(2, "case ");
			t_putl(2, (long long)i);
			t_puts(2, " got ");
			t_putl(2, x);
			for (size_t k = 0; !x && k < 3; k++) {
				t_puts(2, " ");
				t_putl(2, m[k].rm_so);
				t_puts(2, ",");
				t_putl(2, m[k].rm_eo);
			}
			t_puts(2, "\n");
		}
		nbad += bad;
		regfree(&r);
	}
	CHECK_EQ(nbad, 0);
	/* A pattern compiled in UTF-8 keeps matching characters after a
	 * switch back to the C locale. */
	CHECK_EQ(regcomp(&r, "^.$", E), 0);
	setlocale(LC_ALL, "C");
	CHECK_EQ(regexec(&r, "\xc3\xa9", 1, m, 0), 0);
	regfree(&r);
	return 0;
}
