/* The multibyte conversions in C.UTF-8 and in the C locale: mbrtowc's
 * results and errno for valid, invalid and partial input (state kept
 * across calls), wcrtomb, mbrlen, mbsinit, btowc/wctob, mbsrtowcs,
 * mbsnrtowcs, wcsrtombs, wcsnrtombs, and stdlib's mblen, mbtowc, wctomb,
 * mbstowcs, wcstombs; every code point round trip; every 1–3 byte
 * sequence against the well-formed UTF-8 table; uchar.h's c16/c32/c8. */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

#define BAD ((size_t)-1)
#define PART ((size_t)-2)

static size_t one(const char *s, size_t n, wchar_t *w)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	errno = 0;
	return mbrtowc(w, s, n, &st);
}

/* Well-formed UTF-8 (Unicode table 3-7): the length of the character
 * at s[0..n), 0 if it is not one. */
static int well_formed(const unsigned char *s, int n)
{
	unsigned b = s[0];
	int len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
	if (len != n)
		return 0;
	if (n > 1) {
		unsigned lo = 0x80, hi = 0xbf;
		if (b == 0xe0) lo = 0xa0;
		if (b == 0xed) hi = 0x9f;
		if (b == 0xf0) lo = 0x90;
		if (b == 0xf4) hi = 0x8f;
		if (s[1] < lo || s[1] > hi)
			return 0;
		for (int i = 2; i < n; i++)
			if (s[i] < 0x80 || s[i] > 0xbf)
				return 0;
	}
	return len;
}

static int encode(uint32_t c, unsigned char *b)
{
	if (c < 0x80) { b[0] = c; return 1; }
	if (c < 0x800) { b[0] = 0xc0 | c >> 6; b[1] = 0x80 | (c & 63); return 2; }
	if (c < 0x10000) { b[0] = 0xe0 | c >> 12; b[1] = 0x80 | (c >> 6 & 63); b[2] = 0x80 | (c & 63); return 3; }
	b[0] = 0xf0 | c >> 18; b[1] = 0x80 | (c >> 12 & 63); b[2] = 0x80 | (c >> 6 & 63); b[3] = 0x80 | (c & 63);
	return 4;
}

static void exhaustive(void)
{
	unsigned char b[8];
	char out[8];
	wchar_t w;
	mbstate_t st;
	/* Every code point of all 17 planes, both ways. */
	for (uint32_t c = 1; c <= 0x10ffff; c++) {
		int n = encode(c, b);
		size_t r = one((char *)b, n, &w);
		memset(&st, 0, sizeof st);
		size_t e = wcrtomb(out, (wchar_t)c, &st);
		if (c >= 0xd800 && c <= 0xdfff) {
			CHECK_EQ(r, BAD);
			CHECK_EQ(errno, EILSEQ);
			CHECK_EQ(e, BAD);
		} else {
			CHECK_EQ(r, n);
			CHECK_EQ(w, c);
			CHECK_EQ(e, n);
			CHECK(memcmp(out, b, n) == 0);
		}
	}
	/* Every 1- and 2-byte sequence and every 3-byte one led by E0–EF
	 * (the others are decided by their first two bytes), given whole. */
	for (int x = 0; x < 256; x++) {
		b[0] = x;
		size_t r = one((char *)b, 1, &w);
		if (x == 0)
			CHECK_EQ(r, 0);
		else if (x < 0x80)
			CHECK_EQ(r, 1);
		else if (x >= 0xc2 && x <= 0xf4)
			CHECK_EQ(r, PART);
		else if (x < 0xc0)
			CHECK_EQ(r, BAD);
		/* C0, C1, F5-FF alone: glibc waits for more (wchar_utf8_strict.c) */
		for (int y = 0; y < 256; y++) {
			b[1] = y;
			if (x >= 0xc0 && x < 0xe0) {
				r = one((char *)b, 2, &w);
				CHECK_EQ(r, well_formed(b, 2) ? 2 : BAD);
			}
			if (x >= 0xe0 && x <= 0xef)
				for (int z = 0; z < 256; z++) {
					b[2] = z;
					r = one((char *)b, 3, &w);
					if (well_formed(b, 3)) {
						CHECK_EQ(r, 3);
					} else {
						CHECK_EQ(r, BAD);
						CHECK_EQ(errno, EILSEQ);
					}
				}
		}
	}
	/* Four-byte sequences of every plane, tails at the edges. */
	static const unsigned char tails[] = {0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xff};
	for (int x = 0xf0; x <= 0xf4; x++)
		for (int y = 0; y < 256; y++)
			for (int i = 0; i < 7; i++)
				for (int j = 0; j < 7; j++) {
					unsigned char q[4] = {x, y, tails[i], tails[j]};
					if (x == 0xf4 && y >= 0x90)
						continue; /* glibc accepts past U+10FFFF */
					size_t r = one((char *)q, 4, &w);
					CHECK_EQ(r, well_formed(q, 4) ? 4 : BAD);
				}
}

int main(void)
{
	wchar_t w;
	char b[8];
	mbstate_t st;
	size_t r;

	CHECK_EQ(sizeof(mbstate_t), 8);
	CHECK_EQ(sizeof(wchar_t), 4);
	CHECK_EQ(sizeof(wint_t), 4);
	CHECK(WEOF == (wint_t)-1);
	CHECK(WCHAR_MAX == __WCHAR_MAX__ && WCHAR_MIN == __WCHAR_MIN__);

	/* The C locale: ASCII, and bytes 0x80-0xff are no characters. */
	CHECK_EQ(MB_CUR_MAX, 1);
	CHECK_EQ(one("A", 1, &w), 1);
	CHECK_EQ(w, 'A');
	CHECK_EQ(one("\x80", 1, &w), BAD);
	CHECK_EQ(errno, EILSEQ);
	CHECK_EQ(one("\xff", 1, &w), BAD);
	CHECK_EQ(one("", 1, &w), 0);
	CHECK_EQ(w, 0);
	errno = 0;
	CHECK_EQ(wcrtomb(b, 0xe9, NULL), BAD);
	CHECK_EQ(errno, EILSEQ);
	CHECK_EQ(wcrtomb(b, 'z', NULL), 1);
	CHECK_EQ(b[0], 'z');
	CHECK_EQ(btowc(0x80), WEOF);
	CHECK_EQ(btowc('a'), 'a');
	CHECK_EQ(btowc(EOF), WEOF);
	CHECK_EQ(wctob(0xe9), EOF);
	CHECK_EQ(wctob('a'), 'a');
	CHECK_EQ(mbstowcs(NULL, "abc", 0), 3);
	CHECK_EQ(mbstowcs(NULL, "a\xc3\xa9", 0), BAD);

	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	CHECK(MB_CUR_MAX >= 4);
	exhaustive();

	/* Partial input keeps its bytes in the state. */
	memset(&st, 0, sizeof st);
	CHECK(mbsinit(&st));
	CHECK(mbsinit(NULL));
	CHECK_EQ(mbrtowc(&w, "\xe2", 1, &st), PART);
	CHECK(!mbsinit(&st));
	CHECK_EQ(mbrtowc(&w, "\x82", 1, &st), PART);
	w = 0;
	CHECK_EQ(mbrtowc(&w, "\xac" "xyz", 4, &st), 1);
	CHECK_EQ(w, 0x20ac);
	CHECK(mbsinit(&st));
	CHECK_EQ(mbrtowc(&w, "\xf0\x9f", 2, &st), PART);
	CHECK_EQ(mbrtowc(&w, "\x98\x80", 2, &st), 2);
	CHECK_EQ(w, 0x1f600);
	CHECK_EQ(mbrtowc(&w, "\xe2", 1, &st), PART);
	errno = 0;
	CHECK_EQ(mbrtowc(&w, "A", 1, &st), BAD);
	CHECK_EQ(errno, EILSEQ);
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbrtowc(&w, "\xe2", 1, &st), PART);
	CHECK_EQ(mbrtowc(NULL, NULL, 0, &st), BAD);
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbrtowc(&w, NULL, 5, &st), 0);
	CHECK_EQ(mbrtowc(&w, "A", 0, &st), PART);
	CHECK(mbsinit(&st));
	CHECK_EQ(mbrtowc(&w, "\xc3\xa9", 2, NULL), 2);
	CHECK_EQ(w, 0xe9);
	/* mbrlen has its own state. */
	CHECK_EQ(mbrlen("\xe2\x82", 2, NULL), PART);
	CHECK_EQ(mbrtowc(&w, "a", 1, NULL), 1);
	CHECK_EQ(mbrlen("\xac", 1, NULL), 1);
	CHECK_EQ(mbrlen("\xf0\x9f\x98\x80", 4, NULL), 4);

	/* wcrtomb. */
	CHECK_EQ(wcrtomb(b, 0x7ff, NULL), 2);
	CHECK(memcmp(b, "\xdf\xbf", 2) == 0);
	CHECK_EQ(wcrtomb(b, 0xfffe, NULL), 3);
	CHECK_EQ(wcrtomb(b, 0x10ffff, NULL), 4);
	CHECK(memcmp(b, "\xf4\x8f\xbf\xbf", 4) == 0);
	CHECK_EQ(wcrtomb(b, 0, NULL), 1);
	CHECK_EQ(b[0], 0);
	CHECK_EQ(wcrtomb(NULL, 0x20ac, NULL), 1);
	errno = 0;
	CHECK_EQ(wcrtomb(b, (wchar_t)-1, NULL), BAD);
	CHECK_EQ(errno, EILSEQ);
	CHECK_EQ(btowc(0x80), WEOF);
	CHECK_EQ(wctob(0xe9), EOF);
	CHECK_EQ(wctob(0x7f), 0x7f);

	/* String conversions. */
	wchar_t wb[16];
	const char *src = "h\xc3\xa9llo";
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbsrtowcs(wb, &src, 16, &st), 5);
	CHECK(src == NULL);
	CHECK_EQ(wb[1], 0xe9);
	CHECK_EQ(wb[5], 0);
	src = "h\xc3\xa9llo";
	CHECK_EQ(mbsrtowcs(wb, &src, 2, &st), 2);
	CHECK_EQ(src - "h\xc3\xa9llo", 3);
	const char *abc = "abcdef\xc3\xa9";
	src = abc;
	CHECK_EQ(mbsrtowcs(wb, &src, 3, &st), 3);
	CHECK(src == abc + 3 && wb[2] == 'c');
	CHECK_EQ(mbsrtowcs(wb, &src, 4, &st), 4);
	CHECK(src == abc + 8 && wb[3] == 0xe9);
	CHECK_EQ(mbsrtowcs(wb, &src, 4, &st), 0);
	CHECK(src == NULL && wb[0] == 0);
	const wchar_t *wabc = L"abc\xe9";
	const wchar_t *wp = wabc;
	CHECK_EQ(wcsrtombs(b, &wp, 1, NULL), 1);
	CHECK(wp == wabc + 1 && b[0] == 'a');
	CHECK_EQ(wcsrtombs(b, &wp, 4, NULL), 4);
	CHECK(wp == wabc + 4 && memcmp(b, "bc\xc3\xa9", 4) == 0);
	const char *bad = "ab\xff";
	src = bad;
	errno = 0;
	CHECK_EQ(mbsrtowcs(wb, &src, 16, &st), BAD);
	CHECK_EQ(errno, EILSEQ);
	CHECK(src == bad + 2);
	memset(&st, 0, sizeof st);
	src = "h\xc3\xa9llo";
	CHECK_EQ(mbsrtowcs(NULL, &src, 0, &st), 5);
	const char *part = "h\xc3\xa9llo";
	src = part;
	CHECK_EQ(mbsnrtowcs(wb, &src, 2, 16, &st), 1);
	CHECK(src == part + 2);
	CHECK(!mbsinit(&st));
	CHECK_EQ(mbsnrtowcs(wb, &src, 100, 16, &st), 4);
	CHECK_EQ(wb[0], 0xe9);
	CHECK(src == NULL);
	CHECK(mbsinit(&st));

	const wchar_t *wsrc0 = L"h\xe9llo", *ws = wsrc0;
	char cb[16];
	memset(&st, 0, sizeof st);
	CHECK_EQ(wcsrtombs(cb, &ws, 3, &st), 3);
	CHECK(ws == wsrc0 + 2);
	ws = wsrc0;
	CHECK_EQ(wcsrtombs(cb, &ws, 2, &st), 1);
	CHECK(ws == wsrc0 + 1);
	ws = wsrc0;
	CHECK_EQ(wcsrtombs(NULL, &ws, 0, &st), 6);
	CHECK(ws == wsrc0);
	CHECK_EQ(wcsrtombs(cb, &ws, sizeof cb, &st), 6);
	CHECK(ws == NULL);
	CHECK(strcmp(cb, "h\xc3\xa9llo") == 0);
	ws = wsrc0;
	CHECK_EQ(wcsnrtombs(cb, &ws, 2, sizeof cb, &st), 3);
	CHECK(ws == wsrc0 + 2);
	static const wchar_t sur[] = {'a', 0xd800, 0};
	ws = sur;
	errno = 0;
	CHECK_EQ(wcsrtombs(cb, &ws, sizeof cb, &st), BAD);
	CHECK_EQ(errno, EILSEQ);
	CHECK(ws == sur + 1);

	/* stdlib.h's. */
	CHECK_EQ(mblen(NULL, 0), 0);
	CHECK_EQ(mblen("", 1), 0);
	CHECK_EQ(mblen("\xc3\xa9", 2), 2);
	CHECK_EQ(mblen("\xe2", 1), -1);
	errno = 0;
	CHECK_EQ(mblen("\xff", 1), -1);
	CHECK_EQ(errno, EILSEQ);
	CHECK_EQ(mbtowc(NULL, NULL, 0), 0);
	CHECK_EQ(mbtowc(&w, "\xe2\x82\xac", 3), 3);
	CHECK_EQ(w, 0x20ac);
	CHECK_EQ(mbtowc(&w, "", 1), 0);
	CHECK_EQ(wctomb(NULL, 0), 0);
	CHECK_EQ(wctomb(b, 0x20ac), 3);
	CHECK(memcmp(b, "\xe2\x82\xac", 3) == 0);
	CHECK_EQ(wctomb(b, 0xdc00), -1);
	CHECK_EQ(mbstowcs(NULL, "h\xc3\xa9", 0), 2);
	CHECK_EQ(mbstowcs(wb, "h\xc3\xa9", 16), 2);
	CHECK_EQ(wb[1], 0xe9);
	CHECK_EQ(mbstowcs(wb, "\xc3", 16), BAD);
	CHECK_EQ(wcstombs(NULL, L"h\xe9", 0), 3);
	CHECK_EQ(wcstombs(cb, L"h\xe9", 16), 3);
	CHECK(strcmp(cb, "h\xc3\xa9") == 0);
	CHECK_EQ(wcstombs(cb, L"h\xe9", 2), 1);

	/* uchar.h */
	char16_t c16;
	char32_t c32;
	char8_t c8;
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbrtoc16(&c16, "\xf0\x9f\x98\x80", 4, &st), 4);
	CHECK_EQ(c16, 0xd83d);
	CHECK(!mbsinit(&st));
	CHECK_EQ(mbrtoc16(&c16, "", 0, &st), (size_t)-3);
	CHECK_EQ(c16, 0xde00);
	CHECK(mbsinit(&st));
	CHECK_EQ(mbrtoc16(&c16, "\xc3\xa9", 2, &st), 2);
	CHECK_EQ(c16, 0xe9);
	CHECK_EQ(c16rtomb(b, 0xd83d, &st), 0);
	CHECK_EQ(c16rtomb(b, 0xde00, &st), 4);
	CHECK(memcmp(b, "\xf0\x9f\x98\x80", 4) == 0);
	errno = 0;
	CHECK_EQ(c16rtomb(b, 0xde00, &st), BAD);
	CHECK_EQ(errno, EILSEQ);
	memset(&st, 0, sizeof st);
	CHECK_EQ(c16rtomb(b, 0xd83d, &st), 0);
	CHECK_EQ(c16rtomb(b, 'A', &st), BAD);
	memset(&st, 0, sizeof st);
	CHECK_EQ(c16rtomb(b, 0xe9, &st), 2);
	CHECK_EQ(mbrtoc32(&c32, "\xf0\x9f\x98\x80", 4, &st), 4);
	CHECK_EQ(c32, 0x1f600);
	CHECK_EQ(mbrtoc32(&c32, "\xe2\x82", 2, &st), PART);
	CHECK_EQ(mbrtoc32(&c32, "\xac", 1, &st), 1);
	CHECK_EQ(c32, 0x20ac);
	CHECK_EQ(c32rtomb(b, 0x1f600, &st), 4);
	CHECK_EQ(c32rtomb(b, 0xd800, &st), BAD);
	memset(&st, 0, sizeof st);
	CHECK_EQ(mbrtoc8(&c8, "\xe2\x82\xac", 3, &st), 3);
	CHECK_EQ(c8, 0xe2);
	CHECK_EQ(mbrtoc8(&c8, "", 0, &st), (size_t)-3);
	CHECK_EQ(c8, 0x82);
	CHECK_EQ(mbrtoc8(&c8, "", 0, &st), (size_t)-3);
	CHECK_EQ(c8, 0xac);
	CHECK_EQ(mbrtoc8(&c8, "z", 1, &st), 1);
	CHECK_EQ(c8, 'z');
	memset(&st, 0, sizeof st);
	CHECK_EQ(c8rtomb(b, 0xe2, &st), 0);
	CHECK_EQ(c8rtomb(b, 0x82, &st), 0);
	CHECK_EQ(c8rtomb(b, 0xac, &st), 3);
	CHECK(memcmp(b, "\xe2\x82\xac", 3) == 0);
	CHECK_EQ(c8rtomb(b, 'q', &st), 1);
	CHECK_EQ(b[0], 'q');

	/* Back in the C locale the same bytes are invalid. */
	setlocale(LC_ALL, "C");
	CHECK_EQ(one("\xc3\xa9", 2, &w), BAD);
	CHECK_EQ(wcrtomb(b, 0xe9, NULL), BAD);
	puts("ok");
	return 0;
}
