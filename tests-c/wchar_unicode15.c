/* What glibc 2.36 lacks: wcslcpy and wcslcat (glibc 2.38 added them),
 * and Unicode 15.0's characters and property changes (glibc 2.36's data
 * is Unicode 14.0), in C.UTF-8. */
// STDOUT: ok\n
// GLIBC: differs glibc 2.36 has no wcslcpy/wcslcat and classifies by Unicode 14.0
#define _GNU_SOURCE
#include "check.h"
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>

int main(void)
{
	wchar_t b[8];
	CHECK_EQ(wcslcpy(b, L"hello world", 6), 11);
	CHECK(wcscmp(b, L"hello") == 0);
	CHECK_EQ(wcslcpy(b, L"hi", 8), 2);
	CHECK_EQ(wcslcpy(b, L"zz", 0), 2);
	CHECK(wcscmp(b, L"hi") == 0);
	CHECK_EQ(wcslcat(b, L"-there", 8), 8);
	CHECK(wcscmp(b, L"hi-ther") == 0);
	CHECK_EQ(wcslcat(b, L"x", 3), 4);

	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	/* New in 15.0: Kawi, Nag Mundari, CJK Extension H, emoji 15. */
	CHECK(iswalpha(0x11f04) && iswprint(0x11f04));
	CHECK(iswalpha(0x1e4d0));
	CHECK(iswalpha(0x31350) && wcwidth(0x31350) == 2);
	CHECK(iswpunct(0x1fa75) && wcwidth(0x1fa75) == 2);
	CHECK_EQ(wcwidth(0x1e4ec), 0);
	/* Changed in 15.0: newly Alphabetic, newly Lowercase. */
	CHECK(iswalpha(0xc04) && !iswpunct(0xc04));
	CHECK(iswlower(0x10fc) && iswlower(0xa7f2));
	puts("ok");
	return 0;
}
