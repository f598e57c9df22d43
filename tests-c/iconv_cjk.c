/* <iconv.h>: the East Asian multi-byte sets. Every double-byte (and
 * EUC-JP three-byte) code of each set is decoded and written back: the
 * count of codes that decode, of those that come back the same, and a
 * hash of (code, character) over all of them must be glibc's; then known
 * pairs, GB18030's four-byte forms, ISO-2022-JP's escapes, flushing and
 * reset, the aliases, conversion between two of these sets, and invalid
 * and truncated input with where the pointers stop. */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include "check.h"

static char out[256];
static size_t olen, ileft;
static int err;

static iconv_t open_cd(const char *to, const char *from)
{
	iconv_t cd = iconv_open(to, from);
	if (cd == (iconv_t)-1) {
		t_puts(2, to);
		t_puts(2, " <- ");
		t_puts(2, from);
		t_puts(2, ": not available\n");
	}
	CHECK(cd != (iconv_t)-1);
	return cd;
}

/* Convert n bytes of in with room bytes of output; the result, errno in
 * err, the bytes in out, the input left in ileft. */
static size_t conv(const char *to, const char *from, const char *in, size_t n, size_t room)
{
	iconv_t cd = open_cd(to, from);
	char *ip = (char *)in, *op = out;
	size_t il = n, ol = room;
	errno = 0;
	size_t r = iconv(cd, &ip, &il, &op, &ol);
	err = errno;
	CHECK(ip == in + (n - il));
	CHECK(op == out + (room - ol));
	if (r != (size_t)-1) {
		/* The flush call, for a stateful target. */
		CHECK_EQ(iconv(cd, NULL, NULL, &op, &ol), 0);
	}
	olen = op - out;
	ileft = il;
	CHECK_EQ(iconv_close(cd), 0);
	return r;
}

static int is(const char *s)
{
	return olen == strlen(s) && memcmp(out, s, olen) == 0;
}

/* One conversion of len bytes with a fresh state: the bytes written, or
 * -1 unless all of the input converted. */
static long one(iconv_t cd, const unsigned char *in, size_t len, unsigned char *o, size_t room)
{
	iconv(cd, NULL, NULL, NULL, NULL);
	char *ip = (char *)in, *op = (char *)o;
	size_t il = len, ol = room;
	size_t r = iconv(cd, &ip, &il, &op, &ol);
	if (r == (size_t)-1 || il != 0)
		return -1;
	return (long)(room - ol);
}

static unsigned long hash;
static long n_dec, n_rt;

static void mix(unsigned long v)
{
	hash = (hash ^ v) * 16777619UL;
	hash &= 0xffffffffUL;
}

/* Decode the code of len bytes in `code`, write it back; counts. */
static void trip(iconv_t dec, iconv_t enc, const unsigned char *code, size_t len)
{
	unsigned char u[8], back[8];
	long w = one(dec, code, len, u, sizeof u);
	if (w != 4)
		return;
	n_dec++;
	unsigned long c = u[0] | u[1] << 8 | u[2] << 16 | (unsigned long)u[3] << 24;
	unsigned long k = 0;
	for (size_t i = 0; i < len; i++)
		k = k << 8 | code[i];
	mix(k);
	mix(c);
	long b = one(enc, u, 4, back, sizeof back);
	if (b == (long)len && memcmp(back, code, len) == 0)
		n_rt++;
}

struct expect {
	const char *name;
	long dec, rt;
	unsigned long hash;
};

/* All double-byte codes (and EUC-JP's 8F a b) of a set. */
static void sweep(const struct expect *e)
{
	iconv_t dec = open_cd("UTF-32LE", e->name), enc = open_cd(e->name, "UTF-32LE");
	unsigned char code[3];
	hash = 2166136261UL;
	n_dec = n_rt = 0;
	for (int a = 0x80; a < 0x100; a++)
		for (int b = 0x21; b < 0x100; b++) {
			code[0] = a;
			code[1] = b;
			trip(dec, enc, code, 2);
		}
	if (strcmp(e->name, "EUC-JP") == 0)
		for (int a = 0xa1; a < 0xff; a++)
			for (int b = 0xa1; b < 0xff; b++) {
				code[0] = 0x8f;
				code[1] = a;
				code[2] = b;
				trip(dec, enc, code, 3);
			}
	t_puts(1, e->name);
	t_puts(1, ": ");
	t_putl(1, n_dec);
	t_puts(1, " codes, ");
	t_putl(1, n_rt);
	t_puts(1, " round trips, hash ");
	t_putl(1, (long long)hash);
	t_puts(1, "\n");
	if (e->dec == 0)
		return;
	CHECK_EQ(n_dec, e->dec);
	CHECK_EQ(n_rt, e->rt);
	CHECK_EQ(hash, e->hash);
	iconv_close(dec);
	iconv_close(enc);
}

/* GB18030: every code point written and read back. */
static void gb18030_all(void)
{
	iconv_t dec = open_cd("UTF-32LE", "GB18030"), enc = open_cd("GB18030", "UTF-32LE");
	long n = 0;
	hash = 2166136261UL;
	for (unsigned long c = 0; c < 0x110000; c++) {
		if (c >= 0xd800 && c < 0xe000)
			continue;
		unsigned char u[4] = {c, c >> 8, c >> 16, c >> 24}, g[8], v[8];
		long w = one(enc, u, 4, g, sizeof g);
		if (w <= 0)
			continue;
		for (long i = 0; i < w; i++)
			mix(g[i]);
		CHECK_EQ(one(dec, g, w, v, sizeof v), 4);
		CHECK(memcmp(u, v, 4) == 0);
		n++;
	}
	/* All but the surrogates and 24 private-use code points. */
	CHECK_EQ(n, 0x110000 - 0x800 - 24);
	t_puts(1, "GB18030: every code point, hash ");
	t_putl(1, (long long)hash);
	t_puts(1, "\n");
	CHECK_EQ(hash, 1148191684UL);
	iconv_close(dec);
	iconv_close(enc);
}

static void known(void)
{
	/* あ */
	CHECK_EQ(conv("EUC-JP", "UTF-8", "\xe3\x81\x82", 3, 16), 0);
	CHECK(is("\xa4\xa2"));
	CHECK_EQ(conv("SHIFT_JIS", "UTF-8", "\xe3\x81\x82", 3, 16), 0);
	CHECK(is("\x82\xa0"));
	CHECK_EQ(conv("UTF-8", "SJIS", "\x82\xa0\xb1", 3, 16), 0);
	CHECK(is("\xe3\x81\x82\xef\xbd\xb1")); /* half-width ｱ */
	CHECK_EQ(conv("UTF-8", "EUC-JP", "\x8e\xb1\x8f\xb0\xa1", 5, 16), 0);
	CHECK(is("\xef\xbd\xb1\xe4\xb8\x82")); /* ｱ, JIS X 0212 丂 */
	/* 가 in EUC-KR and UHC, 갂 only in UHC */
	CHECK_EQ(conv("EUC-KR", "UTF-8", "\xea\xb0\x80", 3, 16), 0);
	CHECK(is("\xb0\xa1"));
	CHECK_EQ(conv("UHC", "UTF-8", "\xea\xb0\x82", 3, 16), 0);
	CHECK(is("\x81\x41"));
	CHECK_EQ(conv("EUC-KR", "UTF-8", "\xea\xb0\x82", 3, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	/* 啊, 一 */
	CHECK_EQ(conv("GB2312", "UTF-8", "\xe5\x95\x8a", 3, 16), 0);
	CHECK(is("\xb0\xa1"));
	CHECK_EQ(conv("BIG5", "UTF-8", "\xe4\xb8\x80", 3, 16), 0);
	CHECK(is("\xa4\x40"));
	CHECK_EQ(conv("GBK", "UTF-8", "\xe4\xb8\x80", 3, 16), 0);
	CHECK(is("\xd2\xbb"));
	/* ① in CP932 (NEC row 13) */
	CHECK_EQ(conv("WINDOWS-31J", "UTF-8", "\xe2\x91\xa0", 3, 16), 0);
	CHECK(is("\x87\x40"));
	/* Between two of the sets: SJIS to EUC-JP, GBK to Big5. */
	CHECK_EQ(conv("EUC-JP", "SJIS", "A\x82\xa0", 3, 16), 0);
	CHECK(is("A\xa4\xa2"));
	CHECK_EQ(conv("BIG5", "GBK", "\xd2\xbb", 2, 16), 0);
	CHECK(is("\xa4\x40"));
	CHECK_EQ(conv("ISO-8859-1", "EUC-JP", "\xa1\xf2\xa4\xa2", 4, 16), (size_t)-1);
	CHECK_EQ(ileft, 2);
	CHECK(is("\xa3"));
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(conv("UTF-16LE", "GB18030", "\x81\x30\x81\x30", 4, 16), 0);
	CHECK(olen == 2 && memcmp(out, "\x80\0", 2) == 0);
}

static void gb18030(void)
{
	static const struct {
		const char *utf8, *gb;
	} p[] = {
		{"\xc2\x80", "\x81\x30\x81\x30"},         /* U+0080 */
		{"\xf0\x90\x80\x80", "\x90\x30\x81\x30"}, /* U+10000 */
		{"\xee\x97\xa5", "\xa3\xa0"},             /* U+E5E5 */
		{"\xef\xbf\xbf", "\x84\x31\xa4\x39"},     /* U+FFFF */
		{"\xf4\x8f\xbf\xbf", "\xe3\x32\x9a\x35"}, /* U+10FFFF */
		{"\xe2\x82\xac", "\xa2\xe3"},             /* € */
		{"\xe4\xb8\x80", "\xd2\xbb"},             /* 一 */
	};
	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
		CHECK_EQ(conv("GB18030", "UTF-8", p[i].utf8, strlen(p[i].utf8), 16), 0);
		CHECK(is(p[i].gb));
		CHECK_EQ(conv("UTF-8", "GB18030", p[i].gb, strlen(p[i].gb), 16), 0);
		CHECK(is(p[i].utf8));
	}
	/* Truncated and invalid four-byte forms. */
	CHECK_EQ(conv("UTF-8", "GB18030", "A\x81\x30\x81", 4, 16), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(ileft, 3);
	CHECK(is("A"));
	CHECK_EQ(conv("UTF-8", "GB18030", "A\x81\x30\x20\x30", 5, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 4);
	CHECK_EQ(conv("UTF-8", "GB18030", "\xff", 1, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	/* Past U+10FFFF */
	CHECK_EQ(conv("UTF-8", "GB18030", "\xe3\x32\x9a\x36", 4, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
}

static void iso2022jp(void)
{
	CHECK_EQ(conv("ISO-2022-JP", "UTF-8", "a\xe3\x81\x82" "b", 5, 32), 0);
	CHECK(is("a\x1b$B$\"\x1b(Bb"));
	/* The flush call writes the return to ASCII. */
	CHECK_EQ(conv("ISO-2022-JP", "UTF-8", "\xe3\x81\x82", 3, 32), 0);
	CHECK(is("\x1b$B$\"\x1b(B"));
	/* ¥ and ‾ through JIS X 0201 Roman, which also has the letters. */
	CHECK_EQ(conv("ISO-2022-JP", "UTF-8", "\xc2\xa5" "A", 3, 32), 0);
	CHECK(is("\x1b(J\\A\x1b(B"));
	CHECK_EQ(conv("UTF-8", "CSISO2022JP", "\x1b(J\\~\x1b(B\\", 9, 32), 0);
	CHECK(is("\xc2\xa5\xe2\x80\xbe\\"));
	CHECK_EQ(conv("UTF-8", "ISO2022JP", "\x1b$@$\"\x1b$B$\"\x1b(B", 13, 32), 0);
	CHECK(is("\xe3\x81\x82\xe3\x81\x82"));
	/* Truncated escape and character, bad escape, 8-bit byte. */
	CHECK_EQ(conv("UTF-8", "ISO-2022-JP", "a\x1b$", 3, 32), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(ileft, 2);
	CHECK_EQ(conv("UTF-8", "ISO-2022-JP", "\x1b$B$", 4, 32), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(ileft, 1);
	/* An unknown escape reads as ESC; controls stay ASCII in JIS X 0208. */
	CHECK_EQ(conv("UTF-8", "ISO-2022-JP", "a\x1b(Z", 4, 32), 0);
	CHECK(is("a\x1b(Z"));
	CHECK_EQ(conv("UTF-8", "ISO-2022-JP", "\x1b$B!!\n!!", 8, 32), 0);
	CHECK(is("\xe3\x80\x80\n\xe3\x80\x80"));
	CHECK_EQ(conv("UTF-8", "ISO-2022-JP", "\xa4\xa2", 2, 32), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	/* Unconvertible (half-width kana). */
	CHECK_EQ(conv("ISO-2022-JP", "UTF-8", "\xef\xbd\xb1", 3, 32), (size_t)-1);
	CHECK_EQ(err, EILSEQ);

	/* Flushing by hand: no room, then room; and the full reset. */
	iconv_t cd = open_cd("ISO-2022-JP", "UTF-8");
	char in[] = "\xe3\x81\x82", *ip = in, *op = out;
	size_t il = 3, ol = sizeof out;
	CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
	CHECK_EQ(op - out, 5);
	size_t small = 2;
	char *sp = op;
	errno = 0;
	CHECK_EQ(iconv(cd, NULL, NULL, &sp, &small), (size_t)-1);
	CHECK_EQ(errno, E2BIG);
	CHECK(sp == op && small == 2);
	CHECK_EQ(iconv(cd, NULL, NULL, &op, &ol), 0);
	CHECK_EQ(op - out, 8);
	CHECK(memcmp(out, "\x1b$B$\"\x1b(B", 8) == 0);
	/* Nothing more to flush. */
	CHECK_EQ(iconv(cd, NULL, NULL, &op, &ol), 0);
	CHECK_EQ(op - out, 8);
	ip = in;
	il = 3;
	op = out;
	CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
	CHECK_EQ(iconv(cd, NULL, NULL, NULL, NULL), 0);
	/* After the reset the shift to JIS X 0208 is written again. */
	ip = in;
	il = 3;
	op = out;
	ol = sizeof out;
	CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
	CHECK_EQ(op - out, 5);
	CHECK(memcmp(out, "\x1b$B$\"", 5) == 0);
	/* E2BIG in the middle leaves the character and the state. */
	char in2[] = "\xe3\x81\x82\xe3\x81\x82" "a";
	ip = in2;
	il = 7;
	op = out;
	ol = 1;
	iconv(cd, NULL, NULL, NULL, NULL);
	CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), (size_t)-1);
	CHECK_EQ(errno, E2BIG);
	CHECK(ip == in2 && op == out);
	ol = 6;
	CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), (size_t)-1);
	CHECK_EQ(errno, E2BIG);
	CHECK(ip == in2 + 3 && op == out + 5);
	ol = 10;
	CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
	CHECK(memcmp(out, "\x1b$B$\"$\"\x1b(Ba", 11) == 0);
	iconv_close(cd);
}

static void errors(void)
{
	/* Truncated: EINVAL with the pointers at the partial character. */
	CHECK_EQ(conv("UTF-8", "EUC-JP", "a\xa4", 2, 16), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(ileft, 1);
	CHECK(is("a"));
	CHECK_EQ(conv("UTF-8", "EUC-JP", "\x8f\xb0", 2, 16), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(conv("UTF-8", "SJIS", "\x82", 1, 16), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(conv("UTF-8", "BIG5", "xy\xa4", 3, 16), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(ileft, 1);
	/* Invalid: EILSEQ there. */
	CHECK_EQ(conv("UTF-8", "EUC-JP", "a\xa4\x41", 3, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 2);
	CHECK_EQ(conv("UTF-8", "SJIS", "\xa4\xa2\x82\x20", 4, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 2);
	CHECK(is("\xef\xbd\xa4\xef\xbd\xa2"));
	CHECK_EQ(conv("UTF-8", "EUC-KR", "\xa1", 1, 16), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(conv("UTF-8", "EUC-KR", "\xa1\x41", 2, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(conv("UTF-8", "GBK", "\x80\xff", 2, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 1);
	CHECK(is("\xe2\x82\xac"));
	CHECK_EQ(conv("UTF-8", "GB2312", "\x81\x40", 2, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	/* Unconvertible, //TRANSLIT, //IGNORE (Thai ก lacks in EUC-JP). */
	CHECK_EQ(conv("EUC-JP", "UTF-8", "a\xe0\xb8\x81" "b", 5, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 4);
	CHECK_EQ(conv("SHIFT_JIS//TRANSLIT", "UTF-8", "a\xe0\xb8\x81" "b", 5, 16), 1);
	CHECK(is("a?b"));
	CHECK_EQ(conv("GBK//IGNORE", "UTF-8", "a\xe0\xb8\x81" "b", 5, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK(is("ab"));
	/* //IGNORE skips an unmapped pair whole (GBK A4 41), a bad lead
	 * byte alone (Shift_JIS 81 30). */
	CHECK_EQ(conv("UTF-8//IGNORE", "GBK", "A\xa4" "ABC", 5, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK(is("ABC"));
	CHECK_EQ(conv("UTF-8//IGNORE", "SJIS", "A\x81" "0AB", 5, 16), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK(is("A0AB"));
	/* E2BIG before a double-byte character. */
	CHECK_EQ(conv("EUC-JP", "UTF-8", "a\xe3\x81\x82", 4, 2), (size_t)-1);
	CHECK_EQ(err, E2BIG);
	CHECK_EQ(ileft, 3);
	CHECK(is("a"));
}

static void aliases(void)
{
	static const char *const names[] = {
		"EUC-JP", "EUCJP", "UJIS", "CSEUCPKDFMTJAPANESE", "SHIFT_JIS", "SHIFT-JIS", "SJIS",
		"MS_KANJI", "CSSHIFTJIS", "CP932", "WINDOWS-31J", "MS932", "CSWINDOWS31J",
		"EUC-KR", "EUCKR", "CSEUCKR", "CP949", "UHC", "MSCP949", "GBK", "CP936", "MS936",
		"WINDOWS-936", "GB2312", "EUC-CN", "EUCCN", "CSGB2312", "CN-GB", "GB18030",
		"BIG5", "BIG-5", "BIG-FIVE", "BIGFIVE", "CN-BIG5", "CP950", "ISO-2022-JP",
		"CSISO2022JP", "ISO2022JP", "euc-jp", "shift_jis", "big5",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		iconv_t cd = open_cd("UTF-8", names[i]);
		iconv_close(cd);
	}
}

int main(void)
{
	static const struct expect sets[] = {
		/* As glibc 2.36 counts and hashes them. */
		{"EUC-JP", 13009, 13009, 126317190UL},
		{"SJIS", 6879, 6879, 576962747UL},
		{"CP932", 9604, 9206, 2736420881UL},
		{"EUC-KR", 8227, 8227, 3694052899UL},
		{"UHC", 17048, 17048, 3297558292UL},
		{"GBK", 21791, 21791, 3474345768UL},
		{"EUC-CN", 7445, 7445, 83937400UL},
		{"BIG5", 13911, 13901, 2461855520UL},
		{"GB18030", 23940, 23940, 1669709280UL},
	};
#if defined(AGAINST_GLIBC) && !defined(TEST_ARCH_X86_64)
	/* glibc's gconv modules are installed here for the host arch only:
	 * the test is proven against glibc on x86_64. */
	t_puts(2, "iconv_cjk: glibc's gconv modules exist only for x86_64 here\n");
	return 0;
#endif
	known();
	gb18030();
	iso2022jp();
	errors();
	aliases();
	for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++)
		sweep(&sets[i]);
	gb18030_all();
	t_puts(1, "iconv_cjk ok\n");
	return 0;
}
