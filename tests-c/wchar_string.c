/* wchar.h's wide string and memory functions and the wide number
 * conversions (wcstol … wcstold through the strtol/strtod engines):
 * results, end pointers, errno, caseless comparison in C.UTF-8 and C. */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#define SIGN(x) (((x) > 0) - ((x) < 0))

int main(void)
{
	wchar_t b[32], *p;
	CHECK_EQ(wcslen(L""), 0);
	CHECK_EQ(wcslen(L"h\xe9llo"), 5);
	CHECK_EQ(wcsnlen(L"hello", 3), 3);
	CHECK_EQ(wcsnlen(L"hi", 9), 2);
	CHECK(wcscpy(b, L"abc") == b && wcscmp(b, L"abc") == 0);
	CHECK(wcpcpy(b, L"xyz") == b + 3 && b[3] == 0);
	wmemset(b, L'#', 32);
	CHECK(wcsncpy(b, L"ab", 5) == b);
	CHECK(b[0] == 'a' && b[1] == 'b' && b[2] == 0 && b[4] == 0 && b[5] == '#');
	wmemset(b, L'#', 32);
	CHECK(wcpncpy(b, L"abcdef", 3) == b + 3 && b[3] == '#');
	CHECK(wcpncpy(b, L"ab", 4) == b + 2 && b[3] == 0);
	wcscpy(b, L"foo");
	CHECK(wcscat(b, L"bar") == b && wcscmp(b, L"foobar") == 0);
	CHECK(wcsncat(b, L"bazqux", 3) == b && wcscmp(b, L"foobarbaz") == 0);
	CHECK(SIGN(wcscmp(L"abc", L"abd")) == -1);
	CHECK(SIGN(wcscmp(L"abd", L"abc")) == 1);
	CHECK(wcscmp(L"", L"") == 0);
	CHECK(SIGN(wcscmp(L"ab", L"abc")) == -1);
	CHECK(SIGN(wcscmp(L"\x10000", L"\xffff")) == 1);
	CHECK(wcsncmp(L"abcx", L"abcy", 3) == 0);
	CHECK(SIGN(wcsncmp(L"abcx", L"abcy", 4)) == -1);
	CHECK(SIGN(wmemcmp(L"ab\0c", L"ab\0d", 4)) == -1);
	CHECK(wmemcmp(L"ab", L"ac", 1) == 0);
	CHECK(SIGN(wcscoll(L"\xe9", L"z")) == 1);
	CHECK_EQ(wcsxfrm(b, L"hello", 32), 5);
	CHECK(wcscmp(b, L"hello") == 0);
	CHECK_EQ(wcsxfrm(NULL, L"hello", 0), 5);
	const wchar_t *s = L"hello, w\xf6rld";
	CHECK(wcschr(s, 'o') == s + 4);
	CHECK(wcschr(s, 0) == s + 12);
	CHECK(wcschr(s, 'q') == NULL);
	CHECK(wcsrchr(s, 'o') == s + 4);
	CHECK(wcsrchr(s, 'l') == s + 10);
	CHECK(wcsrchr(s, 0) == s + 12);
	CHECK(wcsstr(s, L"w\xf6") == s + 7);
	CHECK(wcsstr(s, L"") == s);
	CHECK(wcsstr(s, L"worlds") == NULL);
	CHECK_EQ(wcsspn(s, L"hel"), 4);
	CHECK_EQ(wcscspn(s, L" ,"), 5);
	CHECK_EQ(wcscspn(s, L""), 12);
	CHECK(wcspbrk(s, L"\xf6r") == s + 8);
	CHECK(wcspbrk(s, L"XYZ") == NULL);
	CHECK(wmemchr(L"ab\0cd", 'c', 5) != NULL);
	CHECK(wmemchr(L"abcd", 'd', 3) == NULL);
	wchar_t m[8] = L"abcdefg";
	CHECK(wmemmove(m + 1, m, 5) == m + 1 && wcscmp(m, L"aabcdeg") == 0);
	CHECK(wmemcpy(m, L"xy", 2) == m && m[0] == 'x' && m[2] == 'b');
	CHECK(wmempcpy(m, L"pq", 2) == m + 2);
	CHECK(wmemset(m, 0x20ac, 3) == m && m[2] == 0x20ac && m[3] == 'c');

	wchar_t t[] = L"  one, two,,three ";
	wchar_t *save = NULL;
	CHECK(wcscmp(wcstok(t, L" ,", &save), L"one") == 0);
	CHECK(wcscmp(wcstok(NULL, L" ,", &save), L"two") == 0);
	CHECK(wcscmp(wcstok(NULL, L" ,", &save), L"three") == 0);
	CHECK(wcstok(NULL, L" ,", &save) == NULL);
	wchar_t *d = wcsdup(L"dup\x1f600");
	CHECK(d && wcscmp(d, L"dup\x1f600") == 0);
	free(d);

	/* Caseless comparison: ASCII in C, Unicode in C.UTF-8. */
	CHECK(wcscasecmp(L"HeLLo", L"hello") == 0);
	CHECK(wcscasecmp(L"\xc9t\xc9", L"\xe9t\xe9") != 0);
	CHECK(SIGN(wcscasecmp(L"a", L"B")) == -1);
	CHECK(wcsncasecmp(L"ABCx", L"abcy", 3) == 0);
	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	CHECK(wcscasecmp(L"\xc9t\xc9", L"\xe9t\xe9") == 0);
	CHECK(wcsncasecmp(L"\x100\x101X", L"\x101\x100Y", 2) == 0);
	locale_t c = newlocale(LC_ALL_MASK, "C", 0);
	CHECK(wcscasecmp_l(L"\xc9", L"\xe9", c) != 0);
	CHECK(wcsncasecmp_l(L"AB", L"ab", 2, c) == 0);
	CHECK(SIGN(wcscoll_l(L"a", L"b", c)) == -1);
	CHECK_EQ(wcsxfrm_l(b, L"xyz", 32, c), 3);
	freelocale(c);

	/* Numbers. */
	wchar_t *end;
	const wchar_t *n = L"  -1234xyz";
	CHECK_EQ(wcstol(n, &end, 10), -1234);
	CHECK(end == n + 7);
	n = L"0x1f\x20ac";
	CHECK_EQ(wcstol(n, &end, 0), 31);
	CHECK(end == n + 4);
	n = L"\x20ac" L"12";
	CHECK_EQ(wcstol(n, &end, 10), 0);
	CHECK(end == n);
	errno = 0;
	CHECK(wcstol(L"99999999999999999999", NULL, 10) == LONG_MAX);
	CHECK_EQ(errno, ERANGE);
	CHECK(wcstoul(L"-1", NULL, 10) == ULONG_MAX);
	errno = 0;
	CHECK(wcstoll(L"-9223372036854775808", &end, 10) == LLONG_MIN);
	CHECK_EQ(errno, 0);
	CHECK(wcstoull(L"18446744073709551615", NULL, 10) == ULLONG_MAX);
	CHECK(wcstoimax(L"777", NULL, 8) == 511);
	CHECK(wcstoumax(L"zz", NULL, 36) == 1295);
	n = L"  3.25e2\xe9";
	CHECK(wcstod(n, &end) == 325.0);
	CHECK(end == n + 8);
	CHECK(wcstof(L"0.1", NULL) == 0.1f);
	CHECK(wcstod(L"0x1.8p1", NULL) == 3.0);
	CHECK(wcstod(L"2.2250738585072011e-308", NULL) == 0x0.fffffffffffffp-1022);
	CHECK(wcstold(L"0.1", NULL) == 0.1L);
	CHECK(isinf(wcstod(L"-inf", NULL)));
	CHECK(isnan(wcstod(L"nan(123)", &end)) && *end == 0);
	n = L"junk";
	CHECK(wcstod(n, &end) == 0 && end == n);
	errno = 0;
	CHECK(wcstod(L"1e999", NULL) == HUGE_VAL);
	CHECK_EQ(errno, ERANGE);
	/* Leading white space is the locale's: U+3000 in C.UTF-8 only. */
	n = L"\x3000\x2003 42!";
	CHECK_EQ(wcstol(n, &end, 10), 42);
	CHECK(end == n + 5);
	CHECK(wcstod(n, &end) == 42.0 && end == n + 5);
	n = L"\x3000 -";
	CHECK_EQ(wcstol(n, &end, 10), 0);
	CHECK(end == n);
	setlocale(LC_ALL, "C");
	n = L"\x3000" L"12";
	CHECK_EQ(wcstol(n, &end, 10), 0);
	CHECK(end == n);
	CHECK_EQ(wcstol(L" \t12", &end, 10), 12);
	setlocale(LC_ALL, "C.UTF-8");
	/* A long number (past any small copy buffer), exactly rounded. */
	static wchar_t big[600];
	big[0] = '0';
	big[1] = '.';
	for (int i = 2; i < 598; i++)
		big[i] = '3';
	big[598] = 'x';
	CHECK(wcstod(big, &end) == 1.0 / 3);
	CHECK(end == big + 598);
	puts("ok");
	return 0;
}
