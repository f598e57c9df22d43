/* Strict UTF-8 where glibc 2.36's C.UTF-8 is lax: code points past
 * U+10FFFF (F4 90.., F5..FD leads: glibc decodes up to 0x7fffffff and
 * encodes them in 4-6 bytes) are EILSEQ both ways, and a sequence is
 * rejected at the first byte no completion could make valid (glibc
 * answers (size_t)-2 for E0 80, F0 80, F4 90, C0, F8, which can never
 * complete), as POSIX's "incomplete but potentially valid" asks;
 * MB_CUR_MAX is 4, the longest character (glibc: 6). */
// STDOUT: ok\n
// GLIBC: differs accepts UTF-8 past U+10FFFF (RFC 2279) and waits for more bytes after prefixes no completion makes valid
#include "check.h"
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define BAD ((size_t)-1)

static size_t one(const char *s, size_t n)
{
	mbstate_t st;
	wchar_t w;
	memset(&st, 0, sizeof st);
	errno = 0;
	return mbrtowc(&w, s, n, &st);
}

int main(void)
{
	char b[8];
	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	CHECK_EQ(MB_CUR_MAX, 4);
	static const char *never[] = {"\xc0", "\xc1", "\xf5", "\xf8", "\xfd", "\xff",
				      "\xe0\x80", "\xe0\x9f", "\xed\xa0", "\xf0\x80",
				      "\xf0\x8f", "\xf4\x90", "\xf4\xbf"};
	for (unsigned i = 0; i < sizeof never / sizeof *never; i++) {
		CHECK_EQ(one(never[i], strlen(never[i])), BAD);
		CHECK_EQ(errno, EILSEQ);
	}
	CHECK_EQ(one("\xf4\x90\x80\x80", 4), BAD);
	CHECK_EQ(one("\xf7\xbf\xbf\xbf", 4), BAD);
	CHECK_EQ(one("\xf8\x88\x80\x80\x80", 5), BAD);
	CHECK_EQ(one("\xfd\xbf\xbf\xbf\xbf\xbf", 6), BAD);
	errno = 0;
	CHECK_EQ(wcrtomb(b, 0x110000, NULL), BAD);
	CHECK_EQ(errno, EILSEQ);
	CHECK_EQ(wcrtomb(b, 0x7fffffff, NULL), BAD);
	CHECK_EQ(wcstombs(NULL, L"\x110000", 0), BAD);
	puts("ok");
	return 0;
}
