/* wctype.h and wcwidth over every code point of C.UTF-8: a hash of all
 * twelve classes, the width and both case mappings of every code point
 * equals glibc 2.36's (whose data is Unicode 14.0; ferrolibc's is 15.0:
 * the characters 15.0 added, and the ten whose properties 15.0 changed,
 * are left out of the hash and checked apart). Then spot checks, the
 * invariants between classes, wctype/wctrans by name, the _l forms and
 * the C locale (ASCII only). */
// STDOUT: ok\n
#define _GNU_SOURCE
#include "check.h"
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>

static const uint32_t new15[][2] = { {0x0CF3, 0x0CF3}, {0x0ECE, 0x0ECE}, {0x10EFD, 0x10EFF}, {0x1123F, 0x11241}, {0x11B00, 0x11B09}, {0x11F00, 0x11F10}, {0x11F12, 0x11F3A}, {0x11F3E, 0x11F59}, {0x1342F, 0x1342F}, {0x13439, 0x1343F}, {0x13440, 0x13455}, {0x1B132, 0x1B132}, {0x1B155, 0x1B155}, {0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F}, {0x1E4D0, 0x1E4F9}, {0x1F6DC, 0x1F6DC}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F}, {0x1F7D9, 0x1F7D9}, {0x1FA75, 0x1FA77}, {0x1FA87, 0x1FA88}, {0x1FAAD, 0x1FAAF}, {0x1FABB, 0x1FABD}, {0x1FABF, 0x1FABF}, {0x1FACE, 0x1FACF}, {0x1FADA, 0x1FADB}, {0x1FAE8, 0x1FAE8}, {0x1FAF7, 0x1FAF8}, {0x2B739, 0x2B739}, {0x31350, 0x323AF},  };

static int excluded(uint32_t c)
{
	static const uint32_t changed[] = {0xc04, 0xf82, 0xf83, 0x11080, 0x11081,
					   0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69};
	for (unsigned i = 0; i < sizeof changed / sizeof *changed; i++)
		if (c == changed[i])
			return 1;
	for (unsigned i = 0; i < sizeof new15 / sizeof *new15; i++)
		if (c >= new15[i][0] && c <= new15[i][1])
			return 1;
	return 0;
}

static unsigned bits(wint_t c)
{
	return !!iswupper(c) | !!iswlower(c) << 1 | !!iswalpha(c) << 2 | !!iswdigit(c) << 3 |
	       !!iswxdigit(c) << 4 | !!iswspace(c) << 5 | !!iswprint(c) << 6 | !!iswgraph(c) << 7 |
	       !!iswblank(c) << 8 | !!iswcntrl(c) << 9 | !!iswpunct(c) << 10 | !!iswalnum(c) << 11;
}

static uint64_t mix(uint64_t h, uint64_t v)
{
	return (h ^ v) * 0x100000001b3ull;
}

int main(void)
{
	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	uint64_t h = 0xcbf29ce484222325ull;
	for (uint32_t c = 0; c < 0x110000; c++) {
		unsigned b = bits(c);
		int w = wcwidth(c);
		wint_t u = towupper(c), l = towlower(c);
		/* Invariants, everywhere. */
		CHECK(!!(b & 1 << 11) == !!(b & (1 << 2 | 1 << 3)));
		CHECK(!(b & 1 << 7) || (b & 1 << 6));
		CHECK(!(b & 1 << 10) || ((b & 1 << 7) && !(b & 1 << 11)));
		CHECK(!(b & 1 << 8) || (b & 1 << 5));
		CHECK(w >= -1 && w <= 2);
		CHECK((w >= 0) == (c == 0 || (b & 1 << 6)));
		CHECK(!!iswctype(c, wctype("alpha")) == !!iswalpha(c));
		CHECK(towctrans(c, wctrans("toupper")) == u);
		if (excluded(c))
			continue;
		h = mix(h, c);
		h = mix(h, b);
		h = mix(h, (unsigned)w);
		h = mix(h, u);
		h = mix(h, l);
	}
	if (h != 0x7a4977eefd9c2e1ull) {
		fprintf(stderr, "hash %llx\n", (unsigned long long)h);
		CHECK(!"hash");
	}
	/* Unicode 15.0 additions where both agree: ferrolibc knows them,
	 * glibc 2.36 does not, so only the classes both give. */
	CHECK(!iswdigit(0x11f50) && !iswspace(0x1fa75));

	/* Spot checks. */
	CHECK(iswalpha(0xe9) && iswlower(0xe9) && !iswupper(0xe9));
	CHECK_EQ(towupper(0xe9), 0xc9);
	CHECK_EQ(towlower(0x130), 'i');
	CHECK_EQ(towupper(0x1c5), 0x1c4);
	CHECK_EQ(towlower(0x1c5), 0x1c6);
	CHECK_EQ(towupper(0x10428), 0x10400);
	CHECK_EQ(towupper(0xdf), 0xdf);
	CHECK_EQ(towupper(WEOF), WEOF);
	CHECK(iswalpha(0x661) && !iswdigit(0x661) && iswalnum(0x661));
	CHECK(iswspace(0x3000) && iswspace(0x2028) && !iswspace(0xa0) && !iswspace(0x202f));
	CHECK(iswblank(0x3000) && !iswblank(0x2028) && iswcntrl(0x2028));
	CHECK(iswpunct(0x300) && !iswalpha(0x300));
	CHECK(iswpunct(0xe000) && iswprint(0xf0000) && !iswprint(0x10ffff));
	CHECK(!iswprint(0xd800) && !iswprint(0x378) && !iswprint(0x110000));
	CHECK(iswprint(0x1f600) && iswpunct(0x1f600));
	CHECK_EQ(wcwidth(0x4e00), 2);
	CHECK_EQ(wcwidth(0x1f600), 2);
	CHECK_EQ(wcwidth(0xff21), 2);
	CHECK_EQ(wcwidth(0x300), 0);
	CHECK_EQ(wcwidth(0x200b), 0);
	CHECK_EQ(wcwidth(0xad), 1);
	CHECK_EQ(wcwidth(0x600), 1);
	CHECK_EQ(wcwidth(0x1160), 0);
	CHECK_EQ(wcwidth(0xe0001), 0);
	CHECK_EQ(wcwidth('a'), 1);
	CHECK_EQ(wcwidth(0), 0);
	CHECK_EQ(wcwidth(7), -1);
	CHECK_EQ(wcwidth(0x378), -1);
	CHECK_EQ(wcswidth(L"a\x4e00\x300z", 10), 4);
	CHECK_EQ(wcswidth(L"a\x4e00\x300z", 2), 3);
	CHECK_EQ(wcswidth(L"ab\x07", 10), -1);
	CHECK_EQ(wcswidth(L"ab\x07", 2), 2);

	static const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
				      "lower", "print", "punct", "space", "upper", "xdigit"};
	for (unsigned i = 0; i < 12; i++)
		CHECK(wctype(names[i]) != 0);
	CHECK(wctype("Alpha") == 0 && wctype("") == 0);
	CHECK(iswctype('5', wctype("xdigit")) && !iswctype('g', wctype("xdigit")));
	CHECK(iswctype(0xe9, 0) == 0);
	CHECK(wctrans("tolower") != 0 && wctrans("upper") == 0);
	CHECK_EQ(towctrans(0xc9, wctrans("tolower")), 0xe9);

	/* The C locale: ASCII only; the _l forms take the locale given. */
	locale_t u8 = duplocale(LC_GLOBAL_LOCALE);
	setlocale(LC_ALL, "C");
	CHECK(!iswalpha(0xe9) && !iswprint(0xe9) && !iswpunct(0x300) && !iswspace(0x3000));
	CHECK(iswalpha('a') && iswpunct('!') && iswspace('\v') && iswcntrl(0x7f));
	CHECK_EQ(towupper(0xe9), 0xe9);
	CHECK_EQ(towupper('q'), 'Q');
	CHECK_EQ(wcwidth(0xe9), -1);
	CHECK_EQ(wcwidth('a'), 1);
	CHECK(iswalpha_l(0xe9, u8) && !iswdigit_l(0x661, u8) && iswupper_l(0xc9, u8));
	CHECK_EQ(towupper_l(0xe9, u8), 0xc9);
	CHECK_EQ(towlower_l(0xc9, u8), 0xe9);
	CHECK(iswctype_l(0xe9, wctype_l("alpha", u8), u8));
	CHECK_EQ(towctrans_l(0xe9, wctrans_l("toupper", u8), u8), 0xc9);
	freelocale(u8);
	puts("ok");
	return 0;
}
