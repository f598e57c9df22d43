// CFLAGS: -fno-builtin -Wno-format -Wno-format-zero-length -Wno-format-extra-args
/* snprintf and friends: every conversion, flag, length modifier, `*`,
 * positional arguments, float edge cases; truncation and return values;
 * asprintf; dprintf to a pipe. Expectations are glibc's output. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stdint.h>
#include <stddef.h>
#include <errno.h>
#include <limits.h>
typedef __WINT_TYPE__ wint_type;
typedef __WCHAR_TYPE__ wchar_type;
#include "check.h"

static int fails;

static void report(int line, const char *want, const char *got, int r)
{
	t_puts(2, "line ");
	t_putl(2, line);
	t_puts(2, ": want [");
	t_puts(2, want);
	t_puts(2, "] got [");
	t_puts(2, got);
	t_puts(2, "] r=");
	t_putl(2, r);
	t_puts(2, "\n");
	fails++;
}

#define T(want, ...)                                                          \
	do {                                                                  \
		char _b[600];                                                 \
		int _r = snprintf(_b, sizeof _b, __VA_ARGS__);                \
		if (_r != (int)strlen(want) || strcmp(_b, want) != 0)         \
			report(__LINE__, want, _r < 0 ? "(error)" : _b, _r);  \
	} while (0)

/* A format that fails with -1 and errno. */
#define TE(err, ...)                                                          \
	do {                                                                  \
		char _b[64];                                                  \
		errno = 0;                                                    \
		int _r = snprintf(_b, sizeof _b, __VA_ARGS__);                \
		if (_r != -1 || errno != (err))                               \
			report(__LINE__, "(error)", "(no error)", _r);        \
	} while (0)

static int vs(char *b, size_t n, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int r = vsnprintf(b, n, f, ap);
	va_end(ap);
	return r;
}

static int vas(char **s, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int r = vasprintf(s, f, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	/* integers */
	T("42|-42|+42| 42|42   |   42|00042|-0042", "%d|%i|%+d|% d|%-5d|%5d|%05d|%05d", 42, -42, 42, 42, 42, 42, 42, -42);
	T("-3   |  -03| 0003|3    |00003", "%-05d|%05.2d|% 05d|%0-5d|%00005d", -3, -3, 3, 3, 3);
	T("|||0|0|0", "%.0d|%.0x|%#.0x|%#.0o|%#o|%#x", 0, 0, 0, 0, 0, 0);
	T("+| ", "%+.0d|% .0d", 0, 0);
	T(" 0xff|0x0ff|0XFF|ff|377|11111111", "%#5x|%#05x|%#X|%x|%o|%b", 255, 255, 255, 255, 255, 255);
	T("0b101|101|0B101", "%#b|%B|%#B", 5, 5, 5);
	T("0x0000a| 0x0000a|00012   |00000012", "%#.5x|%#8.5x|%#-8.5o|%#08o", 10, 10, 10, 10);
	T("010|010|010", "%#.3o|%#o|%#.0o", 8, 8, 8);
	T("44 4464 44 4464", "%hhd %hd %hhu %hu", 300, 70000, 300, 70000);
	T("-128|255|-32768|ff|ffff", "%hhd|%hhu|%hd|%hhx|%hx", -128, 255, -32768, 0x1ff, 0x1ffff);
	T("-9223372036854775808|9223372036854775807|18446744073709551615", "%lld|%lld|%llu", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
	T("-9223372036854775808|9223372036854775807|ff", "%jd|%jd|%jx", INTMAX_MIN, INTMAX_MAX, (uintmax_t)255);
	T("-2|-3|5|4294967295", "%zd|%td|%zu|%u", (ssize_t)-2, (ptrdiff_t)-3, (size_t)5, UINT_MAX);
	T("-1|ffffffff|-2147483648", "%ld|%lx|%ld", -1L, 0xffffffffUL, (long)INT_MIN);
	T("3|5|ff|5|3", "%qd|%qu|%qx|%Ld|%Zd", 3LL, 5ULL, 255ULL, 5LL, (size_t)3);
	T("5|5|5|5", "%+u|% u|%+x|% o", 5, 5, 5, 5);
	T("1234567|    3|+0005       |", "%'d|%I5d|%-+ #0'12.4d|", 1234567, 3, 5);
	T("1    |2   |7|", "%*d|%-*d|%.*d|", -5, 1, 4, 2, -3, 7);
	T("       5|      05|", "%1$*2$d|%1$*2$.*3$d|", 5, 8, 2);
	T("-000001", "%.*d", 6, -1);
	/* characters and strings */
	T("a  |  b|    c|a|b", "%-3c|%3c|%05c|%#c|%.0c", 'a', 'b', 'c', 'a', 'b');
	T("hello|  hel|he   |", "%s|%5.3s|%-5.2s|", "hello", "hello", "hello");
	T("x|x|x|    x|    x", "%#s|%+s|%0s|%05s|%+5s", "x", "x", "x", "x", "x");
	T("(null)||(null)|    (null)", "%s|%.5s|%.6s|%10s", (char *)0, (char *)0, (char *)0, (char *)0);
	T("wide|  wi|w|x|    y|z", "%ls|%4.2ls|%.1S|%lc|%5lc|%C", L"wide", L"wide", L"wide", (wint_type)'x', (wint_type)'y', (wint_type)'z');
	T("(null)|", "%ls|%.3ls", (wchar_type *)0, (wchar_type *)0);
	T("a", "%.1ls", L"a\xe9");
	TE(EILSEQ, "%lc", (wint_type)0xe9);
	TE(EILSEQ, "%ls", L"a\xe9");
	{
		char b[8];
		CHECK_EQ(snprintf(b, sizeof b, "%c%c", 0, 'a'), 2);
		CHECK(b[0] == 0 && b[1] == 'a' && b[2] == 0);
	}
	/* pointers */
	T("(nil)|     (nil)|(nil)     ", "%p|%10p|%-10p", (void *)0, (void *)0, (void *)0);
	T("0x10|+0x10| 0x10|0x10|0x00010|0x00000010|0x1f  |", "%p|%+p|% p|%#p|%.5p|%010p|%-6p|", (void *)0x10, (void *)0x10, (void *)0x10, (void *)0x10, (void *)0x10, (void *)0x10, (void *)0x1f);
	/* %% %m %n */
	T("%|%|%", "%%|%5%|%-5%");
	errno = ENOENT;
	T("No such file or directory|No |No such file or directory   ", "%m|%.3m|%-28m");
	errno = 0;
	T("Success", "%m");
	{
		int n = -1;
		signed char hh = -1;
		short h = -1;
		long l = -1;
		long long ll = -1;
		intmax_t j = -1;
		size_t z = 9;
		ptrdiff_t t = -1;
		T("ab|cd|ef|gh|ij|kl|mn|", "ab%n|cd%hhn|ef%hn|gh%ln|ij%lln|kl%jn%zn|mn%tn|", &n, &hh, &h, &l, &ll, &j, &z, &t);
		CHECK_EQ(n, 2);
		CHECK_EQ(hh, 5);
		CHECK_EQ(h, 8);
		CHECK_EQ(l, 11);
		CHECK_EQ(ll, 14);
		CHECK_EQ(j, 17);
		CHECK_EQ(z, 17);
		CHECK_EQ(t, 20);
	}
	/* unknown conversions are printed back; a cut-off one is EINVAL */
	T("%y|%5y|%y|%y|8", "%y|%5y|%hy|%lly|%d", 8);
	T("%#'+-I12.4y|%+0y|%# y", "%-+ #0'I12.4y|%+0y|% #y");
	T("%7y|%.7y|%-7y|9", "%*y|%.*y|%*.*y|%d", 7, 7, -7, -8, 9);
	T("5|%.0-3d", "%.d|%.-3d", 5);
	T("%$d|%0$d", "%$d|%0$d");
	TE(EINVAL, "a%");
	TE(EINVAL, "a%5");
	TE(EINVAL, "a%-");
	TE(EINVAL, "%Z");
	T("1|", "%.*d|", INT_MIN, 1);
	/* positional */
	T("b a c", "%2$s %1$s %3$s", "a", "b", "c");
	T("c", "%3$s", "a", "b", "c");
	T("x x", "%1$s %1$s", "x");
	T("3  3|", "%1$d%1$*1$d|", 3);
	T("2 1 2|3 2 4", "%2$d %d %d|%d %5$d %d", 1, 2, 3, 4, 2);
	T("1 2 1 3", "%d %d %1$d %d", 1, 2, 3);
	T("1.5 x 7 2.25", "%2$.1f %1$s %3$lld %4$.2Lf", "x", 1.5, 7LL, 2.25L);
	T("%y 2|%5y|2", "%1$y %2$d|%1$5y|%2$d", 1, 2);
	/* floats: basics, flags, rounding */
	T("1.500000|1.500000e+00|1.5|0x1.8p+0", "%f|%e|%g|%a", 1.5, 1.5, 1.5, 1.5);
	T("0.000000e+00|0|0|0x0p+0|-0.000000|-0|-0x0p+0", "%e|%g|%.0f|%a|%f|%g|%a", 0.0, 0.0, 0.0, 0.0, -0.0, -0.0, -0.0);
	T("-inf|INF|-nan|NAN|nan|INF", "%e|%E|%f|%F|%g|%A", -1.0 / 0.0, 1.0 / 0.0, -__builtin_nan(""), __builtin_nan(""), __builtin_nan(""), 1.0 / 0.0);
	T("  inf|inf  |+inf| nan|  -inf", "%05f|%-5f|%+f|% f|%06.2e", 1.0 / 0.0, 1.0 / 0.0, 1.0 / 0.0, __builtin_nan(""), -1.0 / 0.0);
	T("1.00000|1.e+00|1.|100000|1e+06|0.0001|1e-05", "%#g|%#.0e|%#.0f|%g|%g|%g|%g", 1.0, 1.0, 1.0, 100000.0, 1000000.0, 0.0001, 0.00001);
	T("0|0.|0.5|0.05|0.05|1.00000e-05", "%.0g|%#.0g|%#.0g|%.1g|%#.1g|%#g", 0.0, 0.0, 0.5, 0.05, 0.05, 0.00001);
	T("1.e+06|1.e+03|1.00e+04|0.0001000|100.", "%#g|%#.3g|%#.3g|%#.4g|%#.3g", 999999.5, 999.5, 9995.0, 0.000099996, 99.95);
	T("0|2|2|-0|0|2e+00|4e+00", "%.0f|%.0f|%.0f|%.0f|%.0f|%.0e|%.0e", 0.5, 1.5, 2.5, -0.4, 1e-300, 2.5, 3.5);
	T("-00001.500|-1.500    |+1.500e+00|0x00000005", "%010.3f|%-010.3f|%+010.3e|%#010x", -1.5, -1.5, 1.5, 5);
	T("0.100000000000000005551115123126|0.10000000000000001|9.9999999999999992e+22|9.999999999999999e+22", "%.30g|%.17g|%.17g|%.16g", 0.1, 0.1, 1e23, 1e23);
	T("0.0000000001000000000000000036432197315498", "%.40f", 1e-10);
	T("4.94065645841246544176568792868221372365059802614325e-324", "%.50e", 5e-324);
	T("1.23457e+08|1.5e-05|1.5E-05|100|0.000123", "%g|%g|%G|%.3g|%.3g", 123456789.0, 1.5e-5, 1.5e-5, 100.0, 0.000123456);
	T("1.797693e+308|1.797693E+308", "%e|%E", 1.7976931348623157e308, 1.7976931348623157e308);
	{
		char b[400];
		int r = snprintf(b, sizeof b, "%.0f", 1e300);
		CHECK_EQ(r, 301);
		CHECK(memcmp(b, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", 301) == 0);
		r = snprintf(b, sizeof b, "%f", 1.7976931348623157e308);
		CHECK_EQ(r, 316);
		CHECK(memcmp(b, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000", 317) == 0);
	}
	/* %a */
	T("0x1.000p+0|0x1.999999999999ap-4|-0X1.8P+1|0x2p+0|0x1.p+0", "%.3a|%a|%A|%.0a|%#.0a", 1.0, 0.1, -3.0, 1.5, 1.0);
	T("0x0.0000000000001p-1022|0x1p-1022|0x1.fffffffffffffp+1023|0x2.0p+1023", "%a|%a|%a|%.1a", 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.7976931348623157e308);
	T("0x1p+1|0x2p+1|0x0p-1022|0x1.0p+0|0x1.2p+0|0x1.1p+0", "%.0a|%.0a|%.0a|%.1a|%.1a|%.1a", 2.5, 3.5, 7.4109846876186982e-323, 1.03125, 1.09375, 1.031494140625);
	T("0x1.999999999999a0000000p-4|0x1.80p+0   |0x00001.8p+0|+0x1.8p+0| 0x1.8p+0", "%.20a|%-12.2a|%012a|%+a|% a", 0.1, 1.5, 1.5, 1.5, 1.5);
	/* long double: decimal output is the same on every arch for values
	 * exact in both formats; %La differs by format */
	T("1.500000|1.500000e+00|1.5|2.25|-0.000000|inf", "%Lf|%Le|%Lg|%.2Lf|%Lf|%Lf", 1.5L, 1.5L, 1.5L, 2.25L, -0.0L, 1.0L / 0.0L);
	T("1.000000e+4000|1e-4000", "%Le|%Lg", 1e4000L, 1e-4000L);
	T("0x0p+0|-0x0p+0", "%La|%La", 0.0L, -0.0L);
#if defined(TEST_ARCH_X86_64) || defined(TEST_ARCH_I386)
	T("0xc.ccccccccccccccdp-7|0x8p-3|0xcp-3", "%La|%La|%La", 0.1L, 1.0L, 1.5L);
	T("0xc.0p-3|0xcp-3|0xc.ccdp-7|0xc.ccccccccccccccd00000p-7", "%.1La|%.0La|%.3La|%.20La", 1.5L, 1.5L, 0.1L, 0.1L);
	T("0x1p+4|0x1p+4|0xf.f8p+0|0x8.2p+0", "%.0La|%.0La|%.2La|%.1La", 15.5L, 15.9375L, 15.96875L, 8.09375L);
	T("0xd.1ba8323fe558c61p+13284|0x0.00000000000000ep-16385", "%La|%La", 1e4000L, 5e-4950L);
	T("0.1000000000000000000013552527156068805425", "%.40Lf", 0.1L);
#else
	T("0x1.999999999999999999999999999ap-4|0x1p+0|0x1.8p+0", "%La|%La|%La", 0.1L, 1.0L, 1.5L);
	T("0x1.8p+0|0x2p+0|0x1.99ap-4", "%.1La|%.0La|%.3La", 1.5L, 1.5L, 0.1L);
	T("0.1000000000000000000000000000000000048148", "%.40Lf", 0.1L);
#endif
	/* truncation and return values */
	{
		char b[16];
		memset(b, 'X', sizeof b);
		CHECK_EQ(snprintf(b, 5, "%s", "abcdefgh"), 8);
		CHECK(strcmp(b, "abcd") == 0 && b[5] == 'X');
		CHECK_EQ(snprintf(b, 1, "%d", 12345), 5);
		CHECK(b[0] == 0);
		b[0] = 'Y';
		CHECK_EQ(snprintf(b, 0, "%d", 12345), 5);
		CHECK(b[0] == 'Y');
		CHECK_EQ(snprintf(NULL, 0, "%s-%d", "ab", 123), 6);
		CHECK_EQ(snprintf(b, sizeof b, ""), 0);
		CHECK(b[0] == 0);
		CHECK_EQ(vs(b, 4, "%d%s", 12, "345"), 5);
		CHECK(strcmp(b, "123") == 0);
		CHECK_EQ(sprintf(b, "%05.1f|%c", 2.25, 'z'), 7);
		CHECK(strcmp(b, "002.2|z") == 0);
		int n = 0;
		CHECK_EQ(snprintf(b, 3, "abcdef%n", &n), 6);
		CHECK_EQ(n, 6);
	}
	/* a long output through a small buffer keeps the count */
	{
		char b[10];
		CHECK_EQ(snprintf(b, sizeof b, "%.1000f", 1.0), 1002);
		CHECK(strcmp(b, "1.0000000") == 0);
		CHECK_EQ(snprintf(b, sizeof b, "%5000d", 1), 5000);
	}
	/* asprintf */
	{
		char *s = NULL;
		CHECK_EQ(asprintf(&s, "%s=%d", "x", 42), 4);
		CHECK(s && strcmp(s, "x=42") == 0);
		free(s);
		s = NULL;
		CHECK_EQ(asprintf(&s, "%s", ""), 0);
		CHECK(s && s[0] == 0);
		free(s);
		s = NULL;
		CHECK_EQ(vas(&s, "%0300d|%.2f", 7, 0.125), 305);
		CHECK(s && strlen(s) == 305 && s[299] == '7' && strcmp(s + 300, "|0.12") == 0);
		free(s);
		errno = 0;
		CHECK_EQ(asprintf(&s, "%lc", (wint_type)0x100), -1);
		CHECK_EQ(errno, EILSEQ);
	}
	/* dprintf to a pipe */
	{
		int p[2];
		char b[64];
		CHECK_EQ(pipe(p), 0);
		CHECK_EQ(dprintf(p[1], "%s %05.1f %x|", "pipe", 3.14159, 255), 14);
		CHECK_EQ(read(p[0], b, sizeof b), 14);
		CHECK(memcmp(b, "pipe 003.1 ff|", 14) == 0);
		close(p[0]);
		close(p[1]);
		errno = 0;
		CHECK_EQ(dprintf(p[1], "x"), -1);
		CHECK_EQ(errno, EBADF);
	}
	if (fails)
		return 1;
	return 0;
}
