/* strfmon and strfmon_l (<monetary.h>) in the C and C.UTF-8 locales,
 * whose monetary data is empty: glibc's layouts of every flag, widths
 * and precisions, %i %n %%, the L modifier, E2BIG and EINVAL. */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <monetary.h>
#include <string.h>
#include <sys/types.h>
#include "check.h"

static void one(const char *fmt, double v, const char *want)
{
	char buf[100];
	memset(buf, 'Z', sizeof buf);
	ssize_t n = strfmon(buf, sizeof buf, fmt, v);
	if (n < 0 || strcmp(buf, want) != 0) {
		t_puts(2, fmt);
		t_puts(2, ": got [");
		t_puts(2, n < 0 ? "(error)" : buf);
		t_puts(2, "] want [");
		t_puts(2, want);
		t_puts(2, "]\n");
	}
	CHECK_EQ(n, (long long)strlen(want));
	CHECK(strcmp(buf, want) == 0);
}

static void bad(const char *fmt, size_t max, int err)
{
	char buf[100];
	errno = 0;
	CHECK_EQ(strfmon(buf, max, fmt, 123.45), -1);
	CHECK_EQ(errno, err);
}

static const struct {
	const char *fmt;
	double v;
	const char *want;
} cases[] = {
	{ "%n", 123.45, "123.45" },
	{ "%n", -123.45, "-123.45" },
	{ "%n", 0, "0.00" },
	{ "%n", 1234567.891, "1234567.89" },
	{ "%n", 0.005, "0.01" },
	{ "%n", 1e10, "10000000000.00" },
	{ "%n", -0.0, "-0.00" },
	{ "%i", -0.5, "-0.50" },
	{ "%10n", -123.45, "   -123.45" },
	{ "%10n", 1e10, "10000000000.00" },
	{ "%-10n", 123.45, "123.45    " },
	{ "%-12i", 1234567.891, "1234567.89  " },
	{ "%=*10n", 123.45, "    123.45" },
	{ "%#5n", 123.45, "   123.45" },
	{ "%#5n", -123.45, "-  123.45" },
	{ "%#5n", 1234567.891, " 1234567.89" },
	{ "%=*#5n", 123.45, " **123.45" },
	{ "%=*#5n", -0.5, "-****0.50" },
	{ "%=0#8n", -123.45, "-00000123.45" },
	{ "%=x#8.2n", 1234567.891, " x1234567.89" },
	{ "%^=*#10n", -123.45, "-*******123.45" },
	{ "%.0n", 123.45, "123" },
	{ "%.0n", -0.5, "-0" },
	{ "%.5n", -123.45, "-123.45000" },
	{ "%+n", 123.45, "123.45" },
	{ "%+n", -123.45, "-123.45" },
	{ "%+#5n", 123.45, "   123.45" },
	{ "%(n", -123.45, "(123.45)" },
	{ "%(n", 123.45, "123.45" },
	{ "%(#5n", 123.45, "   123.45" },
	{ "%(#5n", -0.5, "(    0.50)" },
	{ "%(!#8n", -123.45, "(     123.45)" },
	{ "%!n", -123.45, "-123.45" },
	{ "%^n", 1234567.891, "1234567.89" },
	{ "%^#8n", -0.5, "-       0.50" },
	{ "%-#5.3n", 1234567.891, " 1234567.891" },
	{ "%#3n", -0.5, "-  0.50" },
	{ "%12.4i", -123.45, "   -123.4500" },
	{ "%12.4i", 1234567.891, "1234567.8910" },
	{ "[%n]", -0.5, "[-0.50]" },
	{ "%%", 1, "%" },
	{ "x%%y%n", 0.005, "x%y0.01" },
	{ "%#12n", -0.5, "-           0.50" },
	{ "%#0n", -1.5, "-1.50" },
	{ "%#0.0n", 1.5, " 2" },
	{ "%==n", 1, "1.00" },
	{ "%^^n", 1, "1.00" },
	{ "%--10n", 1, "1.00      " },
	{ "%1n", -123.45, "-123.45" },
	{ "%05n", 1, " 1.00" },
	{ "%#02n", 1, "  1.00" },
	{ "%=a^-+!#3.1n", -5.25, "-aa5.2" },
	{ "%-=*#4.1i", 5.25, " ***5.2" },
	{ "%10#3n", 1, "      1.00" },
	{ "no conversion", 1, "no conversion" },
};

int main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		one(cases[i].fmt, cases[i].v, cases[i].want);

	/* several values, and a long double after L */
	char buf[100];
	CHECK_EQ(strfmon(buf, sizeof buf, "%n|%#3i|%(n", 1.0, -2.5, -3.0), 19);
	CHECK(strcmp(buf, "1.00|-  2.50|(3.00)") == 0);
	CHECK_EQ(strfmon(buf, sizeof buf, "%Ln %n %#4.3Li", (long double)2.5, 7.0, (long double)-1.0625), 19);
	CHECK(strcmp(buf, "2.50 7.00 -   1.062") == 0 || strcmp(buf, "2.50 7.00 -   1.063") == 0);

	/* the result and its NUL must fit: E2BIG */
	bad("%n", 6, E2BIG);
	bad("abc", 3, E2BIG);
	bad("%10n", 10, E2BIG);
	bad("%%", 1, E2BIG);
	bad("%200n", 100, E2BIG);
	bad("%2147483647n", 100, E2BIG);
	CHECK_EQ(strfmon(buf, 7, "%n", 123.45), 6);
	CHECK(strcmp(buf, "123.45") == 0);
	CHECK_EQ(strfmon(buf, 4, "abc"), 3);
	CHECK_EQ(strfmon(buf, 6, "%-5n", 1.0), 5);
	CHECK(strcmp(buf, "1.00 ") == 0);
	CHECK_EQ(strfmon(buf, 1, ""), 0);

	/* malformed conversions: EINVAL */
	static const char *const inval[] = {
		"%+(n", "%(+n", "%++n", "%((n", "%5%", "%=", "%y", "%",
		"%#n", "%.n", "%#.n", "%.0#3n", "%h", "%ln",
	};
	for (size_t i = 0; i < sizeof inval / sizeof inval[0]; i++)
		bad(inval[i], sizeof buf, EINVAL);

	/* strfmon_l and the UTF-8 locale give the same */
	locale_t l = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
	CHECK(l != (locale_t)0);
	CHECK_EQ(strfmon_l(buf, sizeof buf, l, "%(#5n", -123.45), 10);
	CHECK(strcmp(buf, "(  123.45)") == 0);
	/* (glibc leaves errno alone when the number itself overflows) */
	CHECK_EQ(strfmon_l(buf, 3, l, "%n", 1.0), -1);
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	CHECK_EQ(strfmon_l(buf, sizeof buf, c, "%-9i|", 1.0), 10);
	CHECK(strcmp(buf, "1.00     |") == 0);
	freelocale(c);
	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	one("%=*#5n", -0.5, "-****0.50");
	one("%(n", -123.45, "(123.45)");
	freelocale(l);
	return 0;
}
