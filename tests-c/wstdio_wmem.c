/* open_wmemstream (a wide-oriented stream on a growing wchar_t buffer:
 * *size and ftell in wide characters, the text ending at the position
 * on fclose, characters stored unconverted in every locale, byte
 * functions refused) and wcsftime / wcsftime_l (strftime widened; other
 * wide characters copied; 0 when the result does not fit). */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

static void wmem(void)
{
	wchar_t *wp = NULL;
	size_t sz = 99;
	FILE *f = open_wmemstream(&wp, &sz);
	CHECK(f);
	CHECK(fwide(f, 0) > 0);
	CHECK_EQ(fputws(L"h\xe9llo", f), 1);
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(sz, 5);
	CHECK_EQ(ftell(f), 5);
	CHECK(wcscmp(wp, L"h\xe9llo") == 0);
	CHECK_EQ(fputwc(0x1f600, f), 0x1f600);
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(sz, 6);
	CHECK_EQ(wp[5], 0x1f600);
	CHECK_EQ(wp[6], 0);
	/* Bytes are refused. */
	CHECK_EQ(fputs("x", f), EOF);
	CHECK_EQ(fprintf(f, "y"), -1);
	CHECK_EQ(fwrite("z", 1, 1, f), 0);
	/* Seeks count wide characters; the text ends at the position. */
	CHECK_EQ(fseek(f, 2, SEEK_SET), 0);
	CHECK_EQ(ftell(f), 2);
	CHECK_EQ(fputwc(L'X', f), L'X');
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(sz, 3);
	CHECK_EQ(wp[3], L'l');
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(sz, 3);
	CHECK(wcscmp(wp, L"h\xe9X") == 0);
	free(wp);

	f = open_wmemstream(&wp, &sz);
	CHECK(f);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(sz, 0);
	CHECK_EQ(wp[0], 0);
	free(wp);

	/* A long text grows the buffer. */
	f = open_wmemstream(&wp, &sz);
	for (int i = 0; i < 5000; i++)
		CHECK_EQ(fputwc(0x100 + i, f), (wint_t)(0x100 + i));
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(sz, 5000);
	for (int i = 0; i < 5000; i++)
		CHECK_EQ(wp[i], 0x100 + i);
	CHECK_EQ(wp[5000], 0);
	free(wp);
}

static void wmem_unconverted(void)
{
	/* In the C locale too: no '?' here. */
	wchar_t *wp;
	size_t sz;
	FILE *f = open_wmemstream(&wp, &sz);
	CHECK_EQ(fputwc(0xe9, f), 0xe9);
	CHECK_EQ(fputws(L"\x20ac!", f), 1);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(sz, 3);
	CHECK_EQ(wp[0], 0xe9);
	CHECK_EQ(wp[1], 0x20ac);
	CHECK_EQ(wp[2], L'!');
	free(wp);
}

#define WEQ(n, buf, expect)                                           \
	do {                                                          \
		CHECK_EQ((n), wcslen(expect));                        \
		CHECK(wcscmp((buf), (expect)) == 0);                  \
	} while (0)

static void ftime(void)
{
	struct tm t = {0};
	t.tm_year = 124;
	t.tm_mon = 2;
	t.tm_mday = 5;
	t.tm_hour = 7;
	t.tm_min = 8;
	t.tm_sec = 9;
	t.tm_wday = 2;
	t.tm_yday = 64;
	wchar_t b[64];
	size_t n = wcsftime(b, 64, L"%Y-%m-%d %H:%M:%S %a %b %j|\xe9|%%|%", &t);
	WEQ(n, b, L"2024-03-05 07:08:09 Tue Mar 065|\xe9|%|%");
	n = wcsftime(b, 64, L"%\xe9 %_5d %-d %Ey %Od %10A|", &t);
	WEQ(n, b, L"%\xe9     5 5 24 05    Tuesday|");
	n = wcsftime(b, 64, L"\x20ac%c\x1f600", &t);
	WEQ(n, b, L"\x20acTue Mar  5 07:08:09 2024\x1f600");
	n = wcsftime(b, 64, L"", &t);
	CHECK_EQ(n, 0);
	CHECK_EQ(b[0], 0);
	/* Room for the text and the null wide character, or 0. */
	n = wcsftime(b, 5, L"%Y", &t);
	WEQ(n, b, L"2024");
	CHECK_EQ(wcsftime(b, 4, L"%Y", &t), 0);
	CHECK_EQ(wcsftime(b, 2, L"\xe9\xe9", &t), 0);
	CHECK_EQ(wcsftime(b, 0, L"x", &t), 0);
	/* A long result. */
	static wchar_t big[4096];
	wchar_t fmt[512];
	for (int i = 0; i < 500; i += 2) {
		fmt[i] = L'%';
		fmt[i + 1] = L'Y';
	}
	fmt[500] = 0;
	n = wcsftime(big, 4096, fmt, &t);
	CHECK_EQ(n, 1000);
	CHECK(wcsncmp(big, L"2024", 4) == 0);
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	CHECK(c);
	n = wcsftime_l(b, 64, L"%d.%m.", &t, c);
	WEQ(n, b, L"05.03.");
	freelocale(c);
}

int main(void)
{
	wmem();
	wmem_unconverted();
	ftime();
	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	wmem();
	wmem_unconverted();
	ftime();
	puts("ok");
	return 0;
}
