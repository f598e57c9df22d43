/* The wide scanf family: swscanf vswscanf fwscanf vfwscanf wscanf
 * vwscanf (C17 7.29.2.2, 7.29.2.4): every conversion over wide input,
 * widths and %n counting wide characters, %[ sets of wide characters
 * (ranges by value), %lc %ls %l[ %C %S storing wchar_t, %c %s %[
 * converted to multibyte (C.UTF-8) or failing with EILSEQ (C locale),
 * %m, %n$, the locale's white space, streams (orientation, push-back,
 * refusal of a byte-oriented or unreadable stream), and the return
 * values at end of input and on matching failures. Expected results are
 * glibc's. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static int vsw(const wchar_t *s, const wchar_t *fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vswscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

static int vfw(FILE *f, const wchar_t *fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vfwscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

static int vw(const wchar_t *fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vwscanf(fmt, ap);
	va_end(ap);
	return r;
}

static void integers(void)
{
	int a = 0, b = 0, n = -1;
	unsigned u = 0;
	signed char hh = 0;
	short h = 0;
	long l = 0;
	long long ll = 0;
	intmax_t j = 0;
	size_t z = 0;
	ptrdiff_t t = 0;
	void *p = (void *)1;

	CHECK_EQ(swscanf(L"  12 -34x", L"%d%d%n", &a, &b, &n), 2);
	CHECK_EQ(a, 12);
	CHECK_EQ(b, -34);
	CHECK_EQ(n, 8);
	CHECK_EQ(swscanf(L"0x1f 017 19", L"%i %i %i", &a, &b, &n), 3);
	CHECK_EQ(a, 31);
	CHECK_EQ(b, 15);
	CHECK_EQ(n, 19);
	CHECK_EQ(swscanf(L"4294967295", L"%u", &u), 1);
	CHECK_EQ(u, 4294967295u);
	CHECK_EQ(swscanf(L"777 ff FF", L"%o %x %X", &a, &b, &n), 3);
	CHECK_EQ(a, 511);
	CHECK_EQ(b, 255);
	CHECK_EQ(n, 255);
	CHECK_EQ(swscanf(L"-5 300 -9000000000", L"%hhd %hd %lld", &hh, &h, &ll), 3);
	CHECK_EQ(hh, -5);
	CHECK_EQ(h, 300);
	CHECK_EQ(ll, -9000000000LL);
	CHECK_EQ(swscanf(L"123456 7 8 9", L"%ld %jd %zu %td", &l, &j, &z, &t), 4);
	CHECK_EQ(l, 123456);
	CHECK_EQ(j, 7);
	CHECK_EQ(z, 8);
	CHECK_EQ(t, 9);
	/* Widths count wide characters. */
	CHECK_EQ(swscanf(L"12345", L"%2d%3d", &a, &b), 2);
	CHECK_EQ(a, 12);
	CHECK_EQ(b, 345);
	/* %p reads what %p prints. */
	CHECK_EQ(swscanf(L"0x1234", L"%p", &p), 1);
	CHECK(p == (void *)0x1234);
	CHECK_EQ(swscanf(L"(nil)", L"%p", &p), 1);
	CHECK(p == NULL);
	/* Only ASCII digits are digits (ARABIC-INDIC DIGIT THREE is not). */
	a = -7;
	CHECK_EQ(swscanf(L"\u0663", L"%d", &a), 0);
	CHECK_EQ(a, -7);
	/* Overflow: ERANGE and the clamped value, as strtol. */
	errno = 0;
	CHECK_EQ(swscanf(L"99999999999999999999", L"%lld", &ll), 1);
	CHECK_EQ(ll, INT64_MAX);
	CHECK_EQ(errno, ERANGE);
	/* %% and literals. */
	CHECK_EQ(swscanf(L"50 %x", L"%d %%x%n", &a, &n), 1);
	CHECK_EQ(n, 5);
	CHECK_EQ(swscanf(L"5 %", L"%d%%", &a), 1);
}

static void floats(void)
{
	float f = 0;
	double d = 0, e = 0;
	long double ld = 0;
	int n = 0;

	CHECK_EQ(swscanf(L"1.5 -2e3 0x1p-2", L"%f %le %La", &f, &d, &ld), 3);
	CHECK(f == 1.5f);
	CHECK(d == -2000.0);
	CHECK(ld == 0.25L);
	CHECK_EQ(swscanf(L"3.25E1 1e-1 INF", L"%G %lg %lE", &f, &d, &e), 3);
	CHECK(f == 32.5f);
	CHECK(d == 0.1);
	CHECK(e > 1e308);
	CHECK_EQ(swscanf(L"nan 0X1.8P1", L"%lf %lA", &d, &e), 2);
	CHECK(d != d);
	CHECK(e == 3.0);
	/* The width counts wide characters; the rest stays. */
	CHECK_EQ(swscanf(L"12345.5", L"%3lf%n", &d, &n), 1);
	CHECK(d == 123.0);
	CHECK_EQ(n, 3);
	/* No number: a matching failure. */
	CHECK_EQ(swscanf(L"-x", L"%lf", &d), 0);
}

static void wide_strings(void)
{
	wchar_t w[16];
	wchar_t wc[4] = {0};
	int n = -1;

	/* %ls %lc %l[ store the wide characters, in any locale. */
	CHECK_EQ(swscanf(L" \u00e9t\u00e9 x", L"%ls%n", w, &n), 1);
	CHECK(wcscmp(w, L"\u00e9t\u00e9") == 0);
	CHECK_EQ(n, 4);
	CHECK_EQ(swscanf(L"\u4e2d\u6587x", L"%2lc%n", wc, &n), 1);
	CHECK_EQ(wc[0], 0x4e2d);
	CHECK_EQ(wc[1], 0x6587);
	CHECK_EQ(n, 2);
	CHECK_EQ(swscanf(L"\u20ac", L"%C", wc), 1);
	CHECK_EQ(wc[0], 0x20ac);
	CHECK_EQ(swscanf(L"\u03b1\u03b2 z", L"%S", w), 1);
	CHECK(wcscmp(w, L"\u03b1\u03b2") == 0);
	/* Widths in wide characters. */
	CHECK_EQ(swscanf(L"\u00e9\u00e8\u00ea\u00eb", L"%3ls", w), 1);
	CHECK(wcscmp(w, L"\u00e9\u00e8\u00ea") == 0);
	/* Sets of wide characters; ranges go by value. */
	CHECK_EQ(swscanf(L"\u00e9\u00ea\u0100z", L"%l[\u00e0-\u00ff]%n", w, &n), 1);
	CHECK(wcscmp(w, L"\u00e9\u00ea") == 0);
	CHECK_EQ(n, 2);
	CHECK_EQ(swscanf(L"\u0100z\u00e9", L"%l[^\u00e0-\u00ff]", w), 1);
	CHECK(wcscmp(w, L"\u0100z") == 0);
	CHECK_EQ(swscanf(L"\u4e2d\u4e2d\u6587a", L"%l[\u4e2d\u6587]", w), 1);
	CHECK(wcscmp(w, L"\u4e2d\u4e2d\u6587") == 0);
	CHECK_EQ(swscanf(L"]-a", L"%l[]-]", w), 1);
	CHECK(wcscmp(w, L"]-") == 0);
	CHECK_EQ(swscanf(L"xyz", L"%l[a-c]", w), 0);
	/* Literal wide characters in the format. */
	CHECK_EQ(swscanf(L"\u00e9=5", L"\u00e9=%d", &n), 1);
	CHECK_EQ(n, 5);
	CHECK_EQ(swscanf(L"\u00e8=5", L"\u00e9=%d", &n), 0);
}

static void narrow_c(void)
{
	char s[16];
	char *m = (char *)1;
	int n = -1, d = 0;

	/* ASCII converts in the C locale. */
	CHECK_EQ(swscanf(L"abc de", L"%s %c", s, s + 8), 2);
	CHECK(strcmp(s, "abc") == 0);
	CHECK_EQ(s[8], 'd');
	/* Anything else is EILSEQ: %s and %[ fail to match, %c is an input
	 * failure (EOF when nothing was assigned yet). */
	errno = 0;
	memset(s, 0, sizeof s);
	CHECK_EQ(swscanf(L"a\u00e9b", L"%s%n", s, &n), 0);
	CHECK_EQ(errno, EILSEQ);
	CHECK_EQ(n, -1);
	CHECK_EQ(s[0], 'a');
	errno = 0;
	CHECK_EQ(swscanf(L"a\u00e9b", L"%[a\u00e9b]", s), 0);
	CHECK_EQ(errno, EILSEQ);
	errno = 0;
	CHECK_EQ(swscanf(L"a\u00e9b", L"%3c", s), EOF);
	CHECK_EQ(errno, EILSEQ);
	errno = 0;
	CHECK_EQ(swscanf(L"5 a\u00e9b", L"%d %3c", &d, s), 1);
	CHECK_EQ(errno, EILSEQ);
	/* Suppressed, nothing is converted. */
	errno = 0;
	CHECK_EQ(swscanf(L"\u00e9 5", L"%*s %d", &d), 1);
	CHECK_EQ(d, 5);
	CHECK_EQ(errno, 0);
	errno = 0;
	CHECK_EQ(swscanf(L"\u00e9\u00e9x", L"%ms", &m), 0);
	CHECK_EQ(errno, EILSEQ);
	CHECK(m == NULL);
	errno = 0;
	m = (char *)1;
	CHECK_EQ(swscanf(L"\u00e9", L"%m[\u00e9]", &m), 0);
	CHECK_EQ(errno, EILSEQ);
	CHECK(m == NULL);
	errno = 0;
	CHECK_EQ(swscanf(L"\u00e9", L"%c", s), EOF);
	CHECK_EQ(errno, EILSEQ);
	/* The wide forms take any wide character. */
	{
		wchar_t wc = 0;
		errno = 0;
		CHECK_EQ(swscanf(L"\u00e9", L"%lc", &wc), 1);
		CHECK_EQ(wc, 0xe9);
		CHECK_EQ(errno, 0);
	}
	/* U+3000 is no white space in the C locale. */
	d = -7;
	CHECK_EQ(swscanf(L"\u3000" L"5", L"%d", &d), 0);
	CHECK_EQ(d, -7);
}

static void narrow_utf8(void)
{
	char s[16];
	char *m = NULL;
	int n = -1, d = -7;

	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	/* %s %c %[ store the multibyte form; widths and %n count wide
	 * characters. */
	CHECK_EQ(swscanf(L"a\u00e9b c", L"%s%n", s, &n), 1);
	CHECK(strcmp(s, "a\xc3\xa9" "b") == 0);
	CHECK_EQ(n, 3);
	CHECK_EQ(swscanf(L"a\u00e9b", L"%2s", s), 1);
	CHECK(strcmp(s, "a\xc3\xa9") == 0);
	memset(s, 0, sizeof s);
	CHECK_EQ(swscanf(L"\u4e2d\u00e9b", L"%2c", s), 1);
	CHECK(memcmp(s, "\xe4\xb8\xad\xc3\xa9", 6) == 0);
	CHECK_EQ(swscanf(L"\u00e9\u00e8z", L"%[\u00e0-\u00ff]", s), 1);
	CHECK(strcmp(s, "\xc3\xa9\xc3\xa8") == 0);
	CHECK_EQ(swscanf(L"\u00e9\u00e9x y", L"%ms", &m), 1);
	CHECK(m && strcmp(m, "\xc3\xa9\xc3\xa9x") == 0);
	free(m);
	m = NULL;
	CHECK_EQ(swscanf(L"\u00e9\u00e8z", L"%m[^z]", &m), 1);
	CHECK(m && strcmp(m, "\xc3\xa9\xc3\xa8") == 0);
	free(m);
	CHECK_EQ(swscanf(L"\u4e2d\u6587\u5b57", L"%2mc", &m), 1);
	CHECK(m && memcmp(m, "\xe4\xb8\xad\xe6\x96\x87", 6) == 0);
	free(m);
	memset(s, 0, sizeof s);
	CHECK_EQ(swscanf(L"\u00e9\u00e8\u00ea", L"%*2c%c", s), 1);
	CHECK(strcmp(s, "\xc3\xaa") == 0);
	/* The locale's white space: U+3000 is white space in C.UTF-8. */
	CHECK_EQ(swscanf(L"\u3000" L"5", L"%d", &d), 1);
	CHECK_EQ(d, 5);
	CHECK_EQ(swscanf(L"\u3000x", L" %n", &n), 0);
	CHECK_EQ(n, 1);
	CHECK(setlocale(LC_ALL, "C"));
}

static void alloc_and_positions(void)
{
	wchar_t *w = NULL;
	char *c = NULL;
	int a = 0, b = 0;

	CHECK_EQ(swscanf(L"\u00e9t\u00e9 d'\u00e9t\u00e9", L"%mls", &w), 1);
	CHECK(w && wcscmp(w, L"\u00e9t\u00e9") == 0);
	free(w);
	w = NULL;
	CHECK_EQ(swscanf(L"\u4e2d\u6587\u5b57", L"%2mlc", &w), 1);
	CHECK(w && w[0] == 0x4e2d && w[1] == 0x6587);
	free(w);
	CHECK_EQ(swscanf(L"hello", L"%3mc", &c), 1);
	CHECK(c && memcmp(c, "hel", 3) == 0);
	free(c);
	CHECK_EQ(swscanf(L"5 6", L"%2$d %1$d", &a, &b), 2);
	CHECK_EQ(a, 6);
	CHECK_EQ(b, 5);
	CHECK_EQ(vsw(L"7 8", L"%d %d", &a, &b), 2);
	CHECK_EQ(a, 7);
	CHECK_EQ(b, 8);
	CHECK_EQ(vsw(L"9 x", L"%2$d %1$lc", (wchar_t *)&b, &a), 2);
	CHECK_EQ(a, 9);
	CHECK_EQ(b, 'x');
}

static void returns(void)
{
	int a = -7, n = -1;
	wchar_t w[4];

	CHECK_EQ(swscanf(L"", L"%d", &a), EOF);
	CHECK_EQ(swscanf(L"   ", L"%d", &a), EOF);
	CHECK_EQ(swscanf(L"  ", L" x", &a), EOF);
	CHECK_EQ(swscanf(L"", L"%ls", w), EOF);
	CHECK_EQ(swscanf(L"", L"%n", &n), 0);
	CHECK_EQ(swscanf(L"x", L"%d", &a), 0);
	CHECK_EQ(a, -7);
	CHECK_EQ(swscanf(L"1", L"%d%d", &a, &n), 1);
	CHECK_EQ(swscanf(L"1 y", L"%d%d", &a, &n), 1);
	CHECK_EQ(swscanf(L"5", L"%y", &a), 0);
	CHECK_EQ(swscanf(L"abc", L"%l[abc", w), 0);
	CHECK_EQ(swscanf(L"1", L"%*d%d", &a), EOF);
}

static void streams(void)
{
	FILE *f = tmpfile();
	wchar_t w[16];
	int a = 0, b = 0, n = -1;
	char s[16];
	wint_t c;

	CHECK(f);
	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	CHECK(fputws(L"12 \u00e9t\u00e9 \u4e2d;34 rest\n", f) >= 0);
	rewind(f);
	CHECK_EQ(fwscanf(f, L"%d %ls%n", &a, w, &n), 2);
	CHECK_EQ(a, 12);
	CHECK(wcscmp(w, L"\u00e9t\u00e9") == 0);
	CHECK_EQ(n, 6);
	CHECK(fwide(f, 0) > 0);
	CHECK_EQ(vfw(f, L" %[^;];%d", s, &b), 2);
	CHECK(strcmp(s, "\xe4\xb8\xad") == 0);
	CHECK_EQ(b, 34);
	/* The character that ended a field is pushed back. */
	CHECK_EQ(fgetwc(f), L' ');
	CHECK_EQ(fwscanf(f, L"%3ls", w), 1);
	CHECK(wcscmp(w, L"res") == 0);
	c = fgetwc(f);
	CHECK_EQ(c, L't');
	CHECK_EQ(fwscanf(f, L"%d", &a), EOF);
	CHECK(feof(f));
	/* The byte scanf refuses the wide stream. */
	rewind(f);
	CHECK_EQ(fscanf(f, "%d", &a), EOF);
	fclose(f);

	/* A byte-oriented stream is refused (errno unchanged). */
	f = tmpfile();
	CHECK(f);
	CHECK(fputs("12", f) >= 0);
	rewind(f);
	errno = 0;
	CHECK_EQ(fwscanf(f, L"%d", &a), EOF);
	CHECK_EQ(errno, 0);
	CHECK(fwide(f, 0) < 0);
	fclose(f);

	/* An empty stream: EOF, and it is wide now. */
	f = tmpfile();
	CHECK(f);
	CHECK_EQ(fwide(f, 0), 0);
	CHECK_EQ(fwscanf(f, L"%d", &a), EOF);
	CHECK(fwide(f, 0) > 0);
	fclose(f);

	/* Not open for reading: EBADF (after orienting it, as glibc). */
	f = fopen("/dev/null", "w");
	CHECK(f);
	errno = 0;
	CHECK_EQ(fwscanf(f, L"%d", &a), EOF);
	CHECK_EQ(errno, EBADF);
	fclose(f);
	CHECK(setlocale(LC_ALL, "C"));
}

static void standard_input(void)
{
	char path[] = "/tmp/wscanf-XXXXXX";
	int fd = mkstemp(path);
	int a = 0, b = 0;

	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "41 42 43", 8), 8);
	close(fd);
	CHECK(freopen(path, "r", stdin));
	unlink(path);
	CHECK_EQ(wscanf(L"%d", &a), 1);
	CHECK_EQ(a, 41);
	CHECK_EQ(vw(L"%d %d", &a, &b), 2);
	CHECK_EQ(a, 42);
	CHECK_EQ(b, 43);
	CHECK_EQ(wscanf(L"%d", &a), EOF);
	CHECK(fwide(stdin, 0) > 0);
}

int main(void)
{
	integers();
	floats();
	wide_strings();
	narrow_c();
	narrow_utf8();
	alloc_and_positions();
	returns();
	streams();
	standard_input();
	return 0;
}
