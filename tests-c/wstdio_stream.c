/* Wide stream I/O: the orientation rules of C17 7.21.2 (the first byte
 * or wide operation decides, fwide queries and sets, freopen clears),
 * byte functions refused on a wide stream and wide ones on a byte
 * stream, fgetwc/fputwc/fgetws/fputws/ungetwc and their _unlocked forms
 * in the C and C.UTF-8 locales: EILSEQ with the error indicator on a bad
 * sequence (left unread), a character split across refills, a partial
 * character at end of file, '?' for what the encoding cannot hold. */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static char path[64];

static FILE *with(const char *s, size_t n, const char *mode)
{
	FILE *f = fopen(path, "w");
	CHECK(f);
	CHECK_EQ(fwrite(s, 1, n, f), n);
	CHECK_EQ(fclose(f), 0);
	f = fopen(path, mode);
	CHECK(f);
	return f;
}

/* The file's bytes equal s[0..n). */
static void expect(const char *s, size_t n)
{
	char b[256];
	FILE *f = fopen(path, "r");
	CHECK(f);
	size_t got = fread(b, 1, sizeof b, f);
	fclose(f);
	CHECK_EQ(got, n);
	CHECK(memcmp(b, s, n) == 0);
}

static void orientation(void)
{
	FILE *f = fopen(path, "w");
	CHECK_EQ(fwide(f, 0), 0);
	CHECK_EQ(fputc('a', f), 'a');
	CHECK(fwide(f, 0) < 0);
	CHECK(fwide(f, 1) < 0); /* decided: stays byte */
	fclose(f);

	/* Which byte operations orient, which do not. */
	f = fopen(path, "w");
	CHECK_EQ(fputs("a", f), 1);
	CHECK(fwide(f, 0) < 0);
	fclose(f);
	f = fopen(path, "w");
	CHECK_EQ(fwrite("a", 1, 1, f), 1);
	CHECK(fwide(f, 0) < 0);
	fclose(f);
	f = fopen(path, "w");
	CHECK_EQ(fprintf(f, "a"), 1);
	CHECK(fwide(f, 0) < 0);
	fclose(f);
	f = with("abc", 3, "r");
	CHECK_EQ(fgetc(f), 'a');
	CHECK(fwide(f, 0) < 0);
	fclose(f);
	f = with("abc", 3, "r");
	char b[8];
	CHECK(fgets(b, sizeof b, f));
	CHECK(fwide(f, 0) < 0);
	fclose(f);
	f = with("abc", 3, "r");
	CHECK_EQ(fread(b, 1, 1, f), 1);
	CHECK(fwide(f, 0) < 0);
	fclose(f);
	f = with("abc", 3, "r");
	CHECK_EQ(fscanf(f, "%c", b), 1);
	CHECK(fwide(f, 0) < 0);
	fclose(f);
	f = with("abc", 3, "r");
	CHECK_EQ(ungetc('x', f), 'x');
	CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	CHECK_EQ(ftell(f), 0);
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(fwide(f, 0), 0);
	fclose(f);

	/* fwide sets, then sticks; any positive or negative mode counts. */
	f = fopen(path, "w");
	CHECK(fwide(f, 5) > 0);
	CHECK(fwide(f, -1) > 0);
	CHECK(fwide(f, 0) > 0);
	f = freopen(path, "w", f);
	CHECK(f);
	CHECK_EQ(fwide(f, 0), 0);
	CHECK(fwide(f, -7) < 0);
	CHECK(fwide(f, 1) < 0);
	fclose(f);

	/* A wide stream refuses the byte functions glibc refuses, without
	 * the error indicator or errno. */
	f = fopen(path, "w");
	CHECK_EQ(fputwc(L'a', f), L'a');
	CHECK(fwide(f, 0) > 0);
	errno = 0;
	CHECK_EQ(fputs("cd", f), EOF);
	CHECK_EQ(fwrite("ef", 1, 2, f), 0);
	CHECK_EQ(fprintf(f, "gh"), -1);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ferror(f), 0);
	CHECK_EQ(fputwc(L'z', f), L'z');
	CHECK_EQ(fclose(f), 0);
	expect("az", 2);

	f = with("abc", 3, "r");
	CHECK_EQ(fgetwc(f), L'a');
	errno = 0;
	CHECK_EQ(fread(b, 1, 1, f), 0);
	CHECK(fgets(b, sizeof b, f) == NULL);
	CHECK_EQ(fscanf(f, "%c", b), EOF);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ferror(f), 0);
	CHECK_EQ(fgetwc(f), L'b');
	fclose(f);

	/* A byte stream refuses the wide functions. */
	f = fopen(path, "w");
	CHECK_EQ(fputc('a', f), 'a');
	errno = 0;
	CHECK_EQ(fputwc(L'b', f), WEOF);
	CHECK_EQ(fputws(L"cd", f), -1);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ferror(f), 0);
	CHECK_EQ(fclose(f), 0);
	expect("a", 1);
	f = with("abc", 3, "r");
	CHECK_EQ(fgetc(f), 'a');
	errno = 0;
	CHECK_EQ(fgetwc(f), WEOF);
	wchar_t wb[8];
	CHECK(fgetws(wb, 8, f) == NULL);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ferror(f), 0);
	CHECK_EQ(feof(f), 0);
	CHECK_EQ(fgetc(f), 'b');
	fclose(f);

	/* Wrong direction: EBADF and the error indicator. */
	f = with("abc", 3, "r");
	errno = 0;
	CHECK_EQ(fputwc(L'a', f), WEOF);
	CHECK_EQ(errno, EBADF);
	CHECK(ferror(f));
	clearerr(f);
	errno = 0;
	CHECK_EQ(fputws(L"ab", f), -1);
	CHECK_EQ(errno, EBADF);
	CHECK(ferror(f));
	fclose(f);
	f = fopen(path, "w");
	errno = 0;
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK_EQ(errno, EBADF);
	CHECK(ferror(f));
	fclose(f);
}

/* Input and output common to both locales (ASCII). */
static void ascii(void)
{
	FILE *f = with("abc\ndef", 7, "r");
	wchar_t wb[16];
	CHECK(fgetws(wb, 16, f) == wb);
	CHECK(wcscmp(wb, L"abc\n") == 0);
	CHECK(fgetws(wb, 3, f) == wb);
	CHECK(wcscmp(wb, L"de") == 0);
	CHECK(fgetws(wb, 1, f) == wb);
	CHECK_EQ(wb[0], 0);
	CHECK(fgetws(wb, 0, f) == NULL);
	CHECK(fgetws(wb, 16, f) == wb);
	CHECK(wcscmp(wb, L"f") == 0);
	CHECK(feof(f));
	CHECK(fgetws(wb, 16, f) == NULL);
	CHECK_EQ(fgetwc(f), WEOF);
	fclose(f);

	/* ungetwc: several in a row come back last first; WEOF is refused
	 * (but orients); end of file is cleared. */
	f = with("xyz", 3, "r");
	CHECK_EQ(ungetwc(WEOF, f), WEOF);
	CHECK(fwide(f, 0) > 0);
	CHECK_EQ(fgetwc(f), L'x');
	CHECK_EQ(ungetwc(L'1', f), L'1');
	CHECK_EQ(ungetwc(L'2', f), L'2');
	CHECK_EQ(fgetwc(f), L'2');
	CHECK_EQ(fgetwc(f), L'1');
	CHECK_EQ(fgetwc(f), L'y');
	CHECK_EQ(fgetwc(f), L'z');
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK(feof(f));
	CHECK_EQ(ungetwc(L'q', f), L'q');
	CHECK_EQ(feof(f), 0);
	CHECK_EQ(fgetwc(f), L'q');
	CHECK_EQ(fgetwc(f), WEOF);
	fclose(f);
	/* Two before any reading. */
	f = with("xyz", 3, "r");
	CHECK_EQ(ungetwc(L'a', f), L'a');
	CHECK_EQ(ungetwc(L'b', f), L'b');
	CHECK_EQ(fgetwc(f), L'b');
	CHECK_EQ(fgetwc(f), L'a');
	CHECK_EQ(fgetwc(f), L'x');
	/* Any wide character, also one the locale cannot encode. */
	CHECK_EQ(ungetwc(0x20ac, f), 0x20ac);
	CHECK_EQ(getwc(f), 0x20ac);
	/* A seek drops it. */
	CHECK_EQ(ungetwc(L'q', f), L'q');
	CHECK_EQ(fseek(f, 1, SEEK_SET), 0);
	CHECK_EQ(fgetwc_unlocked(f), L'y');
	CHECK_EQ(getwc_unlocked(f), L'z');
	fclose(f);

	f = fopen(path, "w");
	CHECK_EQ(putwc(L'p', f), L'p');
	CHECK_EQ(fputwc_unlocked(L'q', f), L'q');
	CHECK_EQ(putwc_unlocked(L'r', f), L'r');
	CHECK_EQ(fputws(L" st", f), 1);
	CHECK_EQ(fputws_unlocked(L"", f), 1);
	CHECK_EQ(fputws_unlocked(L"u\n", f), 1);
	CHECK_EQ(fclose(f), 0);
	expect("pqr stu\n", 8);
	f = with("line\n", 5, "r");
	CHECK(fgetws_unlocked(wb, 16, f) == wb);
	CHECK(wcscmp(wb, L"line\n") == 0);
	fclose(f);

	/* A long text through a small buffer: every refill boundary. */
	f = fopen(path, "w");
	for (int i = 0; i < 3000; i++)
		CHECK_EQ(fputwc(L'a' + i % 26, f), (wint_t)(L'a' + i % 26));
	CHECK_EQ(fclose(f), 0);
	f = fopen(path, "r");
	for (int i = 0; i < 3000; i++)
		CHECK_EQ(fgetwc(f), (wint_t)(L'a' + i % 26));
	CHECK_EQ(fgetwc(f), WEOF);
	fclose(f);
}

static void c_locale(void)
{
	/* Bytes 0x80 and up are no characters in the C locale: EILSEQ, the
	 * error indicator, and the byte stays unread. */
	FILE *f = with("a\xc3\xa9z", 4, "r");
	CHECK_EQ(fgetwc(f), L'a');
	errno = 0;
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK_EQ(errno, EILSEQ);
	CHECK(ferror(f));
	CHECK_EQ(feof(f), 0);
	CHECK_EQ(ftell(f), 1);
	clearerr(f);
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK_EQ(ftell(f), 1);
	fclose(f);

	f = with("ab\xff" "cd\n", 6, "r");
	wchar_t wb[16];
	errno = 0;
	CHECK(fgetws(wb, 16, f) == NULL);
	CHECK_EQ(errno, EILSEQ);
	CHECK(ferror(f));
	CHECK_EQ(wb[0], L'a');
	fclose(f);

	/* Output: '?' for what the C locale cannot encode, no error. */
	f = fopen(path, "w");
	errno = 0;
	CHECK_EQ(fputwc(0xe9, f), 0xe9);
	CHECK_EQ(fputws(L"x\xe9y", f), 1);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ferror(f), 0);
	CHECK_EQ(fclose(f), 0);
	expect("?x?y", 4);
}

static void utf8_locale(void)
{
	FILE *f = with("a\xc3\xa9\x80z", 5, "r");
	CHECK_EQ(fgetwc(f), L'a');
	CHECK_EQ(fgetwc(f), 0xe9);
	CHECK_EQ(ftell(f), 3);
	errno = 0;
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK_EQ(errno, EILSEQ);
	CHECK(ferror(f));
	CHECK_EQ(ftell(f), 3);
	fclose(f);

	/* Overlong forms and surrogates are no characters. */
	f = with("\xc0\xaf", 2, "r");
	errno = 0;
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK_EQ(errno, EILSEQ);
	fclose(f);
	f = with("\xed\xa0\x80", 3, "r");
	errno = 0;
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK_EQ(errno, EILSEQ);
	fclose(f);

	/* A partial character at end of file reads as end of file. */
	f = with("z\xe2\x82", 3, "r");
	CHECK_EQ(fgetwc(f), L'z');
	errno = 0;
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ferror(f), 0);
	CHECK(feof(f));
	CHECK_EQ(fgetwc(f), WEOF);
	fclose(f);

	/* Characters across buffer refills: an unbuffered stream reads one
	 * byte at a time, a long text crosses the 4096-byte reads. */
	static const char mix[] = "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80!";
	static const wchar_t wmix[] = {L'h', 0xe9, 0x20ac, 0x1f600, L'!', 0};
	f = with(mix, sizeof mix - 1, "r");
	setvbuf(f, NULL, _IONBF, 0);
	for (int i = 0; wmix[i]; i++)
		CHECK_EQ(fgetwc(f), (wint_t)wmix[i]);
	CHECK_EQ(fgetwc(f), WEOF);
	fclose(f);
	f = fopen(path, "w");
	for (int i = 0; i < 2000; i++)
		CHECK_EQ(fputws(wmix, f), 1);
	CHECK_EQ(fclose(f), 0);
	f = fopen(path, "r");
	for (int i = 0; i < 2000; i++)
		for (int j = 0; wmix[j]; j++)
			CHECK_EQ(fgetwc(f), (wint_t)wmix[j]);
	CHECK_EQ(fgetwc(f), WEOF);
	CHECK(feof(f));
	fclose(f);

	wchar_t wb[16];
	f = with("\xc3\xa9t\xc3\xa9\n" "\xe2\x82\xac", 9, "r");
	CHECK(fgetws(wb, 16, f) == wb);
	CHECK(wcscmp(wb, L"\xe9t\xe9\n") == 0);
	CHECK(fgetws(wb, 16, f) == wb);
	CHECK(wcscmp(wb, L"\x20ac") == 0);
	fclose(f);

	/* ungetwc of a character read back in UTF-8 after another. */
	f = with("\xc3\xa9!", 3, "r");
	CHECK_EQ(fgetwc(f), 0xe9);
	CHECK_EQ(ungetwc(0x20ac, f), 0x20ac);
	CHECK_EQ(ungetwc(0xe9, f), 0xe9);
	CHECK_EQ(fgetwc(f), 0xe9);
	CHECK_EQ(fgetwc(f), 0x20ac);
	CHECK_EQ(fgetwc(f), L'!');
	fclose(f);

	/* Output: UTF-8; '?' for surrogates; the old 5/6-byte forms past
	 * U+10FFFF (as glibc). */
	f = fopen(path, "w");
	CHECK_EQ(fputwc(0xe9, f), 0xe9);
	CHECK_EQ(fputws(L"x\x20acy", f), 1);
	CHECK_EQ(fputwc(0xd800, f), 0xd800);
	CHECK_EQ(fputwc(0x10ffff, f), 0x10ffff);
	CHECK_EQ(fputwc(0x200000, f), 0x200000);
	CHECK_EQ(fclose(f), 0);
	expect("\xc3\xa9x\xe2\x82\xacy?\xf4\x8f\xbf\xbf\xf8\x88\x80\x80\x80", 17);
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/wstdio_stream.%d", (int)getpid());
	orientation();
	ascii();
	c_locale();
	CHECK(setlocale(LC_ALL, "C.UTF-8"));
	ascii();
	utf8_locale();
	setlocale(LC_ALL, "C");
	c_locale();
	unlink(path);
	CHECK(fwide(stdout, 0) == 0);
	puts("ok");
	return 0;
}
