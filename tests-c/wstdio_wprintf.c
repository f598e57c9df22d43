/* The wide printf family: swprintf vswprintf fwprintf vfwprintf wprintf
 * vwprintf, in the C and C.UTF-8 locales: every conversion, %s and %c
 * converted from multibyte (EILSEQ when they cannot be), %ls %lc %S %C,
 * widths and precisions in wide characters, %n counting wide
 * characters, positional arguments, swprintf's -1 when the output does
 * not fit, a byte-oriented stream refused, files and wide memory
 * streams. Expected strings are glibc's. */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static wchar_t b[256];

#define OUT(expect, ...)                                                  \
	do {                                                              \
		int _n = swprintf(b, 256, __VA_ARGS__);                   \
		CHECK_EQ(_n, (int)wcslen(expect));                        \
		CHECK(wcscmp(b, expect) == 0);                            \
	} while (0)

static int vsw(wchar_t *d, size_t n, const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswprintf(d, n, fmt, ap);
	va_end(ap);
	return r;
}

static int vfw(FILE *f, const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfwprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

static void common(void)
{
	OUT(L"[42|-7|  +5|0012|2a|2A|0x1f|017|4294967295]", L"[%d|%i|%+4d|%04d|%x|%X|%#x|%#o|%u]",
	    42, -7, 5, 12, 42, 42, 31, 15, 4294967295u);
	OUT(L"[-12345678901234|18446744073709551615|ff|7|-3]", L"[%lld|%llu|%hhx|%zu|%hd]",
	    -12345678901234LL, 18446744073709551615ULL, 0x1ff, (size_t)7, (short)-3);
	OUT(L"[3.141593|3.14|  2.50e+00|0x1p+0|1e+06|inf|-INF]", L"[%f|%.2f|%10.2e|%a|%g|%f|%F]",
	    3.14159265, 3.14159265, 2.5, 1.0, 1e6, 1.0 / 0.0, -1.0 / 0.0);
	OUT(L"[1.5|-0.250000]", L"[%Lg|%Lf]", 1.5L, -0.25L);
	OUT(L"[(nil)|0x10]", L"[%p|%p]", (void *)0, (void *)16);
	OUT(L"[%|%y|   ab|ab   |  x|x  ]", L"[%%|%y|%5s|%-5s|%3c|%-3c]", "ab", "ab", 'x', 'x');
	OUT(L"[ab|xyz|xy|   ab|a]", L"[%ls|%S|%.2ls|%5ls|%.1s]", L"ab", L"xyz", L"xyz", L"ab", "abc");
	OUT(L"[   ab|  x|\x20ac  |\xe9   |x]", L"[%05s|%3c|%-3lc|%-4ls|%.1ls]", "ab", 'x', (wint_t)0x20ac,
	    L"\xe9", L"xyz");
	OUT(L"[(null)|(null)||]", L"[%ls|%s|%.3s|%.5ls]", (wchar_t *)0, (char *)0, (char *)0,
	    (wchar_t *)0);
	OUT(L"[7   |7   ]", L"[%*d|%-*d]", -4, 7, 4, 7);
	OUT(L"[x7|7x]", L"[%2$s%1$d|%1$d%2$s]", 7, "x");
	/* Literal text and %lc/%ls past ASCII are copied in every locale. */
	OUT(L"\xe9\x20ac\x1f600=\x1f600|\x10ffff", L"\xe9\x20ac\x1f600=%lc|%ls", (wint_t)0x1f600,
	    L"\x10ffff");
	errno = 0;
	OUT(L"Success|", L"%m|");
	int k = -1;
	long long kl = -1;
	signed char kh = -1;
	OUT(L"\xe9\x20ac|ab", L"\xe9\x20ac%n|ab%lln%hhn", &k, &kl, &kh);
	CHECK_EQ(k, 2);
	CHECK_EQ(kl, 5);
	CHECK_EQ(kh, 5);
	OUT(L"", L"");

	/* Bad formats: EINVAL. */
	errno = 0;
	CHECK_EQ(swprintf(b, 256, L"abc%"), -1);
	CHECK_EQ(errno, EINVAL);

	/* swprintf: -1 when the output and its terminator do not fit. */
	CHECK_EQ(swprintf(b, 4, L"abc"), 3);
	CHECK(wcscmp(b, L"abc") == 0);
	CHECK_EQ(swprintf(b, 4, L"abcd"), -1);
	CHECK(wmemcmp(b, L"abc", 3) == 0);
	CHECK_EQ(swprintf(b, 4, L"ab%d", 1234), -1);
	CHECK(wmemcmp(b, L"ab1", 3) == 0);
	b[0] = L'#';
	CHECK_EQ(swprintf(b, 0, L"ab"), -1);
	CHECK_EQ(b[0], L'#');
	CHECK_EQ(swprintf(b, 1, L""), 0);
	CHECK_EQ(b[0], 0);
	CHECK_EQ(swprintf(b, 1, L"x"), -1);
	CHECK_EQ(vsw(b, 256, L"<%d|%ls|%s>", 5, L"\xe9", "q"), 7);
	CHECK(wcscmp(b, L"<5|\xe9|q>") == 0);
	CHECK_EQ(vsw(b, 3, L"<%d>", 5), -1);

	/* Narrow %c past ASCII has no wide form in either locale. */
	CHECK_EQ(swprintf(b, 256, L"%c|", 0xe9), -1);
}

static char path[64];

static void expect(const char *s, size_t n)
{
	char buf[256];
	FILE *f = fopen(path, "r");
	CHECK(f);
	size_t got = fread(buf, 1, sizeof buf, f);
	fclose(f);
	CHECK_EQ(got, n);
	CHECK(memcmp(buf, s, n) == 0);
}

static void c_locale(void)
{
	errno = 0;
	CHECK_EQ(swprintf(b, 256, L"%s", "a\xc3\xa9"), -1);
	CHECK_EQ(errno, EILSEQ);
	OUT(L"[a|\xe9]", L"[%s|%lc]", "a", (wint_t)0xe9);

	/* To a file: the C locale's bytes, '?' for the rest. */
	FILE *f = fopen(path, "w");
	CHECK(f);
	CHECK_EQ(fwprintf(f, L"x\xe9%d|%ls\n", 5, L"\xe9"), 6);
	CHECK(fwide(f, 0) > 0);
	CHECK_EQ(vfw(f, L"%s", "ok"), 2);
	CHECK_EQ(fclose(f), 0);
	expect("x?5|?\nok", 8);
}

static void utf8(void)
{
	OUT(L"[a\xe9|\xe9\xe9|\x20ac]", L"[%s|%.2s|%s]", "a\xc3\xa9", "\xc3\xa9\xc3\xa9\xc3\xa9",
	    "\xe2\x82\xac");
	OUT(L"[  \xe9|\xe9  ]", L"[%3s|%-3s]", "\xc3\xa9", "\xc3\xa9");
	errno = 0;
	CHECK_EQ(swprintf(b, 256, L"%s", "\xff"), -1);
	CHECK_EQ(errno, EILSEQ);
	errno = 0;
	CHECK_EQ(swprintf(b, 256, L"%s|", "\xe2\x82"), -1);
	CHECK_EQ(errno, EILSEQ);

	FILE *f = fopen(path, "w");
	CHECK(f);
	CHECK_EQ(fwprintf(f, L"x\xe9%d|%ls|%s\n", 5, L"\x20ac", "\xc3\xa9"), 8);
	CHECK_EQ(fclose(f), 0);
	expect("x\xc3\xa9" "5|\xe2\x82\xac|\xc3\xa9\n", 12);
}

static void streams(void)
{
	/* A byte-oriented stream refuses wide output. */
	FILE *f = fopen(path, "w");
	CHECK(f);
	CHECK_EQ(fputc('a', f), 'a');
	errno = 0;
	CHECK_EQ(fwprintf(f, L"x"), -1);
	CHECK_EQ(errno, 0);
	CHECK_EQ(fclose(f), 0);
	expect("a", 1);

	/* A read-only stream: EBADF. */
	f = fopen(path, "r");
	errno = 0;
	CHECK_EQ(fwprintf(f, L"x"), -1);
	CHECK_EQ(errno, EBADF);
	CHECK(ferror(f));
	fclose(f);

	/* A wide memory stream keeps the characters as they are. */
	wchar_t *wp;
	size_t sz;
	f = open_wmemstream(&wp, &sz);
	CHECK(f);
	CHECK_EQ(fwprintf(f, L"%d \xe9%ls", 12, L"\x1f600"), 5);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(sz, 5);
	CHECK(wcscmp(wp, L"12 \xe9\x1f600") == 0);
	free(wp);

	/* A long output. */
	f = open_wmemstream(&wp, &sz);
	CHECK_EQ(fwprintf(f, L"%5000d|", 1), 5001);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(sz, 5001);
	CHECK_EQ(wp[4999], L'1');
	free(wp);
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/wstdio_wprintf.%d", (int)getpid());
	common();
	c_locale();
	streams();
	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	common();
	utf8();
	streams();
	unlink(path);
	/* wprintf on a fresh stdout orients it to wide characters. */
	CHECK_EQ(wprintf(L"ok\n"), 3);
	CHECK(fwide(stdout, 0) > 0);
	CHECK_EQ(fputs("no\n", stdout), EOF);
	return 0;
}
