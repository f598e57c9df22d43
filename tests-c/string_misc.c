/* Edge cases of the <string.h>/<strings.h> functions (default feature
 * set: the POSIX int-returning strerror_r). */
#include "check.h"
#include <errno.h>
#include <stdlib.h>
#include <strings.h>

static int streq(const char *a, const char *b) { return strcmp(a, b) == 0; }

int main(void)
{
	char buf[64];

	/* strncpy pads with NUL, does not terminate when src is too long */
	memset(buf, 'x', sizeof buf);
	CHECK(strncpy(buf, "abc", 8) == buf);
	CHECK(memcmp(buf, "abc\0\0\0\0\0x", 9) == 0);
	memset(buf, 'x', sizeof buf);
	strncpy(buf, "abcdef", 3);
	CHECK(memcmp(buf, "abcx", 4) == 0);
	CHECK(strncpy(buf, "zz", 0) == buf && buf[0] == 'a');
	/* stpncpy returns the first NUL written, or dst + n */
	memset(buf, 'x', sizeof buf);
	CHECK(stpncpy(buf, "ab", 5) == buf + 2);
	CHECK(memcmp(buf, "ab\0\0\0x", 6) == 0);
	CHECK(stpncpy(buf, "abcdef", 4) == buf + 4);
	CHECK(memcmp(buf, "abcd\0", 5) == 0);
	/* stpcpy / strcpy */
	CHECK(stpcpy(buf, "") == buf && buf[0] == 0);
	CHECK(stpcpy(buf, "hey") == buf + 3 && streq(buf, "hey"));
	/* strcat / strncat */
	strcpy(buf, "foo");
	CHECK(strcat(buf, "bar") == buf && streq(buf, "foobar"));
	CHECK(strncat(buf, "bazqux", 3) == buf && streq(buf, "foobarbaz"));
	CHECK(streq(strncat(buf, "", 5), "foobarbaz"));
	{
		char unterminated[3] = {'1', '2', '3'};
		strncat(buf, unterminated, 3);
		CHECK(streq(buf, "foobarbaz123"));
		strncat(buf, "45", 0);
		CHECK(streq(buf, "foobarbaz123"));
	}
	/* strlcpy / strlcat (POSIX.1-2024; the host glibc predates them) */
#ifndef AGAINST_GLIBC
	memset(buf, 'x', sizeof buf);
	CHECK_EQ(strlcpy(buf, "hello", 3), 5);
	CHECK(streq(buf, "he"));
	CHECK_EQ(strlcpy(buf, "hello", 0), 5);
	CHECK(streq(buf, "he"));
	CHECK_EQ(strlcpy(buf, "hi", 10), 2);
	CHECK(streq(buf, "hi"));
	CHECK_EQ(strlcat(buf, "there", 5), 7);
	CHECK(streq(buf, "hith"));
	CHECK_EQ(strlcat(buf, "x", 3), 3 + 1); /* no NUL in 3 bytes */
	CHECK_EQ(strlcat(buf, "!", 64), 5);
	CHECK(streq(buf, "hith!"));
#endif
	/* memccpy */
	memset(buf, 'x', sizeof buf);
	CHECK(memccpy(buf, "abc:def", ':', 7) == buf + 4);
	CHECK(memcmp(buf, "abc:x", 5) == 0);
	CHECK(memccpy(buf, "abcdef", ':', 3) == 0);
	CHECK(memcmp(buf, "abc:", 4) == 0);
	CHECK(memccpy(buf, "\xff", 0x1ff, 1) == buf + 1);
	/* memchr/strchr with c converted to (unsigned) char */
	{
		const char *s = "ab\xe9";
		CHECK(memchr(s, 0xe9, 3) == s + 2);
		CHECK(memchr(s, 0x1e9, 3) == s + 2);
		CHECK(strchr(s, 0xe9) == s + 2);
		CHECK(strchr(s, (char)0xe9) == s + 2);
		CHECK(strrchr(s, 0) == s + 3);
		CHECK(memchr(s, 'a', 0) == 0);
	}
	/* strcmp-family sign with bytes >= 0x80 */
	CHECK(strcmp("\x80", "\x7f") > 0);
	CHECK(strncmp("abc\x80", "abc\x01", 4) > 0);
	CHECK(strncmp("abc", "abd", 2) == 0);
	CHECK(strncmp("a", "b", 0) == 0);
	CHECK(memcmp("\xff", "\x01", 1) > 0);
	CHECK(strcoll("a", "b") < 0 && strcoll("b", "a") > 0 && strcoll("x", "x") == 0);
	/* strxfrm: identity in the C locale; returns the length */
	CHECK_EQ(strxfrm(buf, "hello", sizeof buf), 5);
	CHECK(streq(buf, "hello"));
	CHECK_EQ(strxfrm(0, "hello", 0), 5);
	/* strstr */
	{
		const char *h = "abcabd";
		CHECK(strstr(h, "") == h);
		CHECK(strstr("", "") != 0);
		CHECK(strstr("", "a") == 0);
		CHECK(strstr(h, "abd") == h + 3);
		CHECK(strstr(h, "abdx") == 0);
		CHECK(strstr(h, "c") == h + 2);
		CHECK(strstr("aaab", "aab") != 0);
	}
	/* strspn / strcspn / strpbrk */
	CHECK_EQ(strspn("aabbc", "ab"), 4);
	CHECK_EQ(strspn("abc", ""), 0);
	CHECK_EQ(strcspn("abc", ""), 3);
	CHECK_EQ(strcspn("abc", "c"), 2);
	CHECK_EQ(strcspn("abc", "xc"), 2);
	CHECK_EQ(strspn("\xff\xfe", "\xfe\xff"), 2);
	CHECK(strpbrk("abc", "xy") == 0);
	{
		const char *s = "hello world";
		CHECK(strpbrk(s, "ow") == s + 4);
	}
	/* strtok: runs of delimiters are one separator; empty tokens skipped */
	{
		char s[] = ",,a,,b c,";
		CHECK(streq(strtok(s, ", "), "a"));
		CHECK(streq(strtok(0, ", "), "b"));
		CHECK(streq(strtok(0, ", "), "c"));
		CHECK(strtok(0, ", ") == 0);
		CHECK(strtok(0, ", ") == 0);
		char e[] = ",,,";
		CHECK(strtok(e, ",") == 0);
		char f[] = "";
		CHECK(strtok(f, ",") == 0);
		char g[] = "abc";
		CHECK(streq(strtok(g, ""), "abc"));
		CHECK(strtok(0, "") == 0);
	}
	/* strtok_r */
	{
		char s[] = "x=1;y=2", *save, *t;
		t = strtok_r(s, ";", &save);
		CHECK(streq(t, "x=1"));
		char *inner_save;
		CHECK(streq(strtok_r(t, "=", &inner_save), "x"));
		CHECK(streq(strtok_r(0, "=", &inner_save), "1"));
		CHECK(strtok_r(0, "=", &inner_save) == 0);
		CHECK(streq(strtok_r(0, ";", &save), "y=2"));
		CHECK(strtok_r(0, ";", &save) == 0);
	}
	/* strsep: empty fields are returned */
	{
		char s[] = "a,,b,", *p = s, *t;
		CHECK(streq(t = strsep(&p, ","), "a"));
		CHECK(streq(t = strsep(&p, ","), ""));
		CHECK(streq(t = strsep(&p, ","), "b"));
		CHECK(streq(t = strsep(&p, ","), ""));
		CHECK(p == 0);
		CHECK(strsep(&p, ",") == 0);
		char u[] = "abc";
		p = u;
		CHECK(strsep(&p, "") == u && p == 0);
	}
	/* strdup / strndup */
	{
		char *d = strdup("dup me");
		CHECK(d && streq(d, "dup me"));
		free(d);
		d = strndup("abcdef", 3);
		CHECK(d && streq(d, "abc"));
		free(d);
		d = strndup("ab", 10);
		CHECK(d && streq(d, "ab"));
		free(d);
		char raw[4] = {'w', 'x', 'y', 'z'};
		d = strndup(raw, 4);
		CHECK(d && streq(d, "wxyz"));
		free(d);
	}
	/* strerror, POSIX strerror_r */
	CHECK(streq(strerror(EPERM), "Operation not permitted"));
	CHECK(streq(strerror(0), "Success"));
	CHECK(streq(strerror(9999), "Unknown error 9999"));
	memset(buf, 'x', sizeof buf);
	CHECK_EQ(strerror_r(ENOENT, buf, sizeof buf), 0);
	CHECK(streq(buf, "No such file or directory"));
	CHECK_EQ(strerror_r(EPERM, buf, 8), ERANGE);
	CHECK(streq(buf, "Operati"));
	CHECK_EQ(strerror_r(EPERM, buf, 0), ERANGE);
	CHECK_EQ(strerror_r(9999, buf, sizeof buf), EINVAL);
	CHECK(streq(buf, "Unknown error 9999"));
	CHECK_EQ(strerror_r(-3, buf, 8), EINVAL);
	CHECK(streq(buf, "Unknown"));
	/* strsignal */
	CHECK(streq(strsignal(1), "Hangup"));
	CHECK(streq(strsignal(2), "Interrupt"));
	CHECK(streq(strsignal(11), "Segmentation fault"));
	CHECK(streq(strsignal(17), "Child exited"));
	CHECK(streq(strsignal(31), "Bad system call"));
	CHECK(streq(strsignal(0), "Unknown signal 0"));
	CHECK(streq(strsignal(-1), "Unknown signal -1"));
	CHECK(streq(strsignal(32), "Unknown signal 32"));
	CHECK(streq(strsignal(34), "Real-time signal 0"));
	CHECK(streq(strsignal(64), "Real-time signal 30"));
	CHECK(streq(strsignal(65), "Unknown signal 65"));
	/* explicit_bzero, bzero, bcopy, bcmp */
	strcpy(buf, "secret");
	explicit_bzero(buf, 6);
	CHECK(memcmp(buf, "\0\0\0\0\0\0", 7) == 0);
	strcpy(buf, "abcdef");
	bzero(buf + 1, 2);
	CHECK(memcmp(buf, "a\0\0def", 7) == 0);
	strcpy(buf, "abcdef");
	bcopy(buf, buf + 2, 4);
	CHECK(streq(buf, "ababcd"));
	CHECK(bcmp("abc", "abd", 2) == 0 && bcmp("abc", "abd", 3) != 0 && bcmp("", "", 0) == 0);
	/* index / rindex */
	{
		const char *s = "a/b/c";
		CHECK(index(s, '/') == s + 1);
		CHECK(rindex(s, '/') == s + 3);
		CHECK(index(s, 'x') == 0 && rindex(s, 0) == s + 5);
	}
	/* ffs family */
	CHECK_EQ(ffs(0), 0);
	CHECK_EQ(ffs(1), 1);
	CHECK_EQ(ffs(0x80), 8);
	CHECK_EQ(ffs((int)0x80000000u), 32);
	CHECK_EQ(ffsl(0), 0);
	CHECK_EQ(ffsl(1L << (sizeof(long) * 8 - 1)), (int)sizeof(long) * 8);
	CHECK_EQ(ffsll(0), 0);
	CHECK_EQ(ffsll(1LL << 40), 41);
	CHECK_EQ(ffsll(-1), 1);
	/* strcasecmp / strncasecmp (C locale: ASCII only) */
	CHECK(strcasecmp("HeLLo", "hello") == 0);
	CHECK(strcasecmp("a", "B") < 0 && strcasecmp("B", "a") > 0);
	CHECK(strcasecmp("\xc9", "\xe9") != 0);
	CHECK(strcasecmp("[", "a") < 0); /* '[' (0x5b) < 'a'; not folded */
	CHECK(strncasecmp("ABCx", "abcy", 3) == 0);
	CHECK(strncasecmp("ABCx", "abcy", 4) < 0);
	CHECK(strncasecmp("x", "y", 0) == 0);
	CHECK(strcasecmp("abc", "ab") > 0);
	return 0;
}
