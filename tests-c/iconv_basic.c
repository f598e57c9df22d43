/* <iconv.h>: the Unicode encodings (byte-order marks, surrogates),
 * single-byte sets, aliases, the locale's set, //TRANSLIT and //IGNORE,
 * every error (EILSEQ, EINVAL, E2BIG) with where it leaves the pointers,
 * resuming after E2BIG, and the reset call. */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>
#include "check.h"

static char out[256];
static size_t olen, ileft;
static int err;

/* Convert n bytes of in; the result, errno in err, the bytes in out. */
static size_t conv(const char *to, const char *from, const char *in, size_t n, size_t room)
{
	iconv_t cd = iconv_open(to, from);
	if (cd == (iconv_t)-1) {
		t_puts(2, to);
		t_puts(2, " <- ");
		t_puts(2, from);
		t_puts(2, ": ");
	}
	CHECK(cd != (iconv_t)-1);
	char *ip = (char *)in, *op = out;
	size_t il = n, ol = room;
	errno = 0;
	size_t r = iconv(cd, &ip, &il, &op, &ol);
	err = errno;
	CHECK(ip == in + (n - il));
	CHECK(op == out + (room - ol));
	olen = op - out;
	ileft = il;
	CHECK_EQ(iconv_close(cd), 0);
	return r;
}

#define OUT(lit) (olen == sizeof(lit) - 1 && !memcmp(out, lit, olen))

int main(void)
{
#if defined(AGAINST_GLIBC) && !defined(TEST_ARCH_X86_64)
	/* A static glibc loads most sets (UTF-16 among them) as gconv
	 * modules, installed here for the host arch only: the test is
	 * proven against glibc on x86_64. */
	t_puts(2, "iconv_basic: glibc's gconv modules exist only for x86_64 here\n");
	return 0;
#endif
	/* unknown sets */
	errno = 0;
	CHECK(iconv_open("NO-SUCH-SET", "UTF-8") == (iconv_t)-1);
	CHECK_EQ(errno, EINVAL);
	CHECK(iconv_open("UTF-8", "NO-SUCH-SET") == (iconv_t)-1);

	/* UTF-8 to the UTF-16/32 family */
	CHECK_EQ(conv("UTF-16", "UTF-8", "A\xc3\xa9", 3, 64), 0);
	CHECK(OUT("\xff\xfe" "A\0\xe9\0"));
	CHECK_EQ(conv("UTF-16LE", "UTF-8", "A\xf0\x9f\x98\x80", 5, 64), 0);
	CHECK(OUT("A\0\x3d\xd8\x00\xde"));
	CHECK_EQ(conv("UTF-16BE", "UTF-8", "A\xf0\x9f\x98\x80", 5, 64), 0);
	CHECK(OUT("\0A\xd8\x3d\xde\x00"));
	CHECK_EQ(conv("UCS-2", "UTF-8", "A\xc3\xa9", 3, 64), 0);
	CHECK(OUT("A\0\xe9\0"));
	CHECK_EQ(conv("UCS-2BE", "UTF-8", "A", 1, 64), 0);
	CHECK(OUT("\0A"));
	CHECK_EQ(conv("UCS-4", "UTF-8", "A", 1, 64), 0);
	CHECK(OUT("\0\0\0A"));
	CHECK_EQ(conv("UCS-4LE", "UTF-8", "A", 1, 64), 0);
	CHECK(OUT("A\0\0\0"));
	CHECK_EQ(conv("UTF-32", "UTF-8", "A", 1, 64), 0);
	CHECK(OUT("\xff\xfe\0\0" "A\0\0\0"));
	CHECK_EQ(conv("UTF-32BE", "UTF-8", "\xf0\x9f\x98\x80", 4, 64), 0);
	CHECK(OUT("\0\x01\xf6\x00"));
	CHECK_EQ(conv("WCHAR_T", "UTF-8", "h\xc3\xa9", 3, 64), 0);
	CHECK_EQ(olen, 2 * sizeof(wchar_t));
	CHECK(!memcmp(out, L"h\xe9", olen));
	/* UCS-2 has no room for a character past the BMP */
	CHECK_EQ(conv("UCS-2", "UTF-8", "\xf0\x9f\x98\x80", 4, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 4);

	/* and back, byte-order marks read */
	CHECK_EQ(conv("UTF-8", "UTF-16", "\xff\xfe" "A\0", 4, 64), 0);
	CHECK(OUT("A"));
	CHECK_EQ(conv("UTF-8", "UTF-16", "\xfe\xff\0A\xd8\x3d\xde\x00", 8, 64), 0);
	CHECK(OUT("A\xf0\x9f\x98\x80"));
	CHECK_EQ(conv("UTF-8", "UTF-16", "A\0", 2, 64), 0); /* no mark: little-endian */
	CHECK(OUT("A"));
	CHECK_EQ(conv("UTF-8", "UTF-16BE", "\xfe\xff\0A", 4, 64), 0); /* kept as U+FEFF */
	CHECK(OUT("\xef\xbb\xbf" "A"));
	CHECK_EQ(conv("UTF-8", "UTF-32", "\0\0\xfe\xff\0\0\0A", 8, 64), 0);
	CHECK(OUT("A"));
	CHECK_EQ(conv("UTF-8", "UCS-4", "\0\0\0A\0\0\x20\xac", 8, 64), 0);
	CHECK(OUT("A\xe2\x82\xac"));
	CHECK_EQ(conv("UTF-8", "WCHAR_T", (const char *)L"\x20ac", sizeof(wchar_t), 64), 0);
	CHECK(OUT("\xe2\x82\xac"));
	/* surrogates: a lone high one at the end is incomplete, with another
	 * character after it invalid; a surrogate value in UCS-4 invalid */
	CHECK_EQ(conv("UTF-8", "UTF-16LE", "A\0\x3d\xd8", 4, 64), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(ileft, 2);
	CHECK(OUT("A"));
	CHECK_EQ(conv("UTF-8", "UTF-16LE", "\x3d\xd8" "A\0", 4, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(conv("UTF-8", "UTF-16LE", "\x00\xdc", 2, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(conv("UTF-8", "UCS-4", "\0\0\xd8\0", 4, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);

	/* UTF-8 errors: where they stop */
	CHECK_EQ(conv("UTF-8", "UTF-8", "ab\xff", 3, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 1);
	CHECK(OUT("ab"));
	CHECK_EQ(conv("UTF-16LE", "UTF-8", "a\xe2\x82", 3, 64), (size_t)-1);
	CHECK_EQ(err, EINVAL);
	CHECK_EQ(ileft, 2);
	CHECK(OUT("a\0"));
	CHECK_EQ(conv("UTF-8", "UTF-8", "\xc0\x80", 2, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(conv("UTF-8", "UTF-8", "\xed\xa0\x80", 3, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	/* a BOM in UTF-8 is a character like any other */
	CHECK_EQ(conv("UTF-16LE", "UTF-8", "\xef\xbb\xbf", 3, 64), 0);
	CHECK(OUT("\xff\xfe"));

	/* single-byte sets */
	CHECK_EQ(conv("UTF-8", "ISO-8859-1", "\xe9\xff", 2, 64), 0);
	CHECK(OUT("\xc3\xa9\xc3\xbf"));
	CHECK_EQ(conv("LATIN1", "UTF-8", "A\xc3\xa9\xe2\x82\xac", 6, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 3);
	CHECK(OUT("A\xe9"));
	CHECK_EQ(conv("ISO-8859-15", "UTF-8", "\xe2\x82\xac", 3, 64), 0);
	CHECK(OUT("\xa4"));
	CHECK_EQ(conv("UTF-8", "ISO-8859-2", "\xa1\xb1", 2, 64), 0);
	CHECK(OUT("\xc4\x84\xc4\x85"));
	CHECK_EQ(conv("UTF-8", "CP1252", "\x80", 1, 64), 0);
	CHECK(OUT("\xe2\x82\xac"));
	CHECK_EQ(conv("UTF-8", "WINDOWS-1252", "\x81", 1, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(conv("UTF-8", "KOI8-R", "\xc1", 1, 64), 0);
	CHECK(OUT("\xd0\xb0"));
	CHECK_EQ(conv("CP1251", "UTF-8", "\xd0\xb0", 2, 64), 0);
	CHECK(OUT("\xe0"));
	CHECK_EQ(conv("UTF-8", "CP437", "\xc9", 1, 64), 0);
	CHECK(OUT("\xe2\x95\x94"));
	CHECK_EQ(conv("UTF-8", "IBM866", "\x80", 1, 64), 0);
	CHECK(OUT("\xd0\x90"));
	CHECK_EQ(conv("UTF-8", "ASCII", "a\x80", 2, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	/* aliases, case and punctuation ignored */
	CHECK_EQ(conv("utf8", "US-ASCII", "e", 1, 64), 0);
	CHECK(OUT("e"));
	CHECK_EQ(conv("utf8", "latin1", "\xe9", 1, 64), 0);
	CHECK(OUT("\xc3\xa9"));
	CHECK_EQ(conv("US-ASCII", "ISO_8859-1", "x", 1, 64), 0);
	CHECK_EQ(conv("ANSI_X3.4-1968", "iso-8859-15", "y", 1, 64), 0);
	CHECK(OUT("y"));

	/* //TRANSLIT: '?' and a count; //IGNORE: skipped, then EILSEQ */
	CHECK_EQ(conv("ASCII//TRANSLIT", "UTF-8", "A\xc3\xa9Z", 4, 64), 1);
	CHECK(OUT("A?Z"));
	CHECK_EQ(conv("ASCII//IGNORE", "UTF-8", "A\xc3\xa9Z", 4, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(ileft, 0);
	CHECK(OUT("AZ"));
	CHECK_EQ(conv("UTF-8//IGNORE", "UTF-8", "A\xffZ", 3, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK(OUT("AZ"));

	/* E2BIG: what fits is written; the call resumes where it stopped */
	{
		iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
		CHECK(cd != (iconv_t)-1);
		const char *in = "abc\xc3\xa9";
		char *ip = (char *)in, *op = out;
		size_t il = 5, ol = 5;
		errno = 0;
		CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), (size_t)-1);
		CHECK_EQ(errno, E2BIG);
		CHECK(ip == in + 2 && il == 3 && op == out + 4 && ol == 1);
		ol = 10;
		CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
		CHECK(il == 0 && op == out + 8);
		CHECK(!memcmp(out, "a\0b\0c\0\xe9\0", 8));
		/* the reset call writes nothing here and succeeds */
		CHECK_EQ(iconv(cd, NULL, NULL, &op, &ol), 0);
		CHECK_EQ(iconv(cd, NULL, NULL, NULL, NULL), 0);
		iconv_close(cd);
	}
	/* the byte-order mark once per conversion, again after a reset */
	{
		iconv_t cd = iconv_open("UTF-16", "UTF-8");
		char *ip = (char *)"A", *op = out;
		size_t il = 1, ol = sizeof out;
		CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
		ip = (char *)"B";
		il = 1;
		CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
		CHECK(op - out == 6 && !memcmp(out, "\xff\xfe" "A\0B\0", 6));
		CHECK_EQ(iconv(cd, NULL, NULL, &op, &ol), 0);
		ip = (char *)"C";
		il = 1;
		CHECK_EQ(iconv(cd, &ip, &il, &op, &ol), 0);
		CHECK(op - out == 10 && !memcmp(out + 6, "\xff\xfe" "C\0", 4));
		iconv_close(cd);
	}

	/* "": the locale's set */
	CHECK_EQ(conv("UTF-8", "", "A", 1, 64), 0);
	CHECK(OUT("A"));
	CHECK_EQ(conv("UTF-8", "", "\xe9", 1, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	if (setlocale(LC_CTYPE, "C.UTF-8")) {
		CHECK_EQ(conv("UTF-16LE", "", "\xc3\xa9", 2, 64), 0);
		CHECK(OUT("\xe9\0"));
	}

#ifndef AGAINST_GLIBC
	/* strict UTF-8 (glibc accepts values past U+10FFFF, and calls an
	 * invalid prefix incomplete) */
	CHECK_EQ(conv("UTF-8", "UTF-8", "\xf4\x90\x80\x80", 4, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
	CHECK_EQ(conv("UTF-8", "UTF-8", "\xe0\x80", 2, 64), (size_t)-1);
	CHECK_EQ(err, EILSEQ);
#endif
	return 0;
}
