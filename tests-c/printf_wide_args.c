/* printf's %ls, %lc, %S and %C in narrow output: the wide characters in
 * the thread's multibyte encoding — EILSEQ past ASCII in the C locale,
 * UTF-8 in C.UTF-8, with width and precision counted in bytes and no
 * character cut by the precision. */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static char b[128];

#define OUT(expect, ...)                                                  \
	do {                                                              \
		int _n = snprintf(b, sizeof b, __VA_ARGS__);              \
		CHECK_EQ(_n, (int)strlen(expect));                        \
		CHECK(strcmp(b, expect) == 0);                            \
	} while (0)

int main(void)
{
	OUT("[ab|c]", "[%ls|%lc]", L"ab", (wint_t)'c');
	OUT("[  ab]", "[%4ls]", L"ab");
	errno = 0;
	CHECK_EQ(snprintf(b, sizeof b, "%ls", L"h\xe9"), -1);
	CHECK_EQ(errno, EILSEQ);
	errno = 0;
	CHECK_EQ(snprintf(b, sizeof b, "%lc", (wint_t)0xe9), -1);
	CHECK_EQ(errno, EILSEQ);

	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	OUT("[h\xc3\xa9|\xe2\x82\xac|   ab|xy]", "[%ls|%lc|%5ls|%.2ls]", L"h\xe9", (wint_t)0x20ac, L"ab", L"xyz");
	OUT("[  \xc3\xa9]", "[%4ls]", L"\xe9");
	OUT("[\xc3\xa9  ]", "[%-4ls]", L"\xe9");
	OUT("[\xc3\xa9]", "[%.3ls]", L"\xe9\xe9");
	OUT("[]", "[%.1ls]", L"\xe9");
	OUT("[\xf0\x9f\x98\x80]", "[%S]", L"\x1f600");
	OUT("[ \xe2\x82\xac]", "[%4C]", (wint_t)0x20ac);
	OUT("[\xe2\x82\xac ]", "[%-4lc]", (wint_t)0x20ac);
	OUT("[(null)]", "[%ls]", (wchar_t *)NULL);
	/* A precision that stops before the end reads no further. */
	static const wchar_t unterminated[2] = {0x20ac, 0x20ac};
	OUT("[\xe2\x82\xac]", "[%.5ls]", unterminated);
	errno = 0;
	CHECK_EQ(snprintf(b, sizeof b, "%lc", (wint_t)0xd800), -1);
	CHECK_EQ(errno, EILSEQ);
	errno = 0;
	CHECK_EQ(snprintf(b, sizeof b, "%ls", (wchar_t[]){'a', 0xdc00, 0}), -1);
	CHECK_EQ(errno, EILSEQ);
	/* Back in C, EILSEQ again. */
	setlocale(LC_ALL, "C");
	CHECK_EQ(snprintf(b, sizeof b, "%lc", (wint_t)0xe9), -1);
	puts("ok");
	return 0;
}
