/* The GNU extensions of <string.h>, and the GNU strerror_r. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>

static int streq(const char *a, const char *b) { return strcmp(a, b) == 0; }
static int sgn(int v) { return (v > 0) - (v < 0); }

int main(void)
{
	char buf[64];
	/* GNU strerror_r: a known number gives the message (buf untouched),
	 * an unknown one "Unknown error N" truncated into buf */
	memset(buf, 'x', sizeof buf);
	char *p = strerror_r(EPERM, buf, sizeof buf);
	CHECK(streq(p, "Operation not permitted"));
	p = strerror_r(EPERM, buf, 4);
	CHECK(streq(p, "Operation not permitted"));
	p = strerror_r(9999, buf, sizeof buf);
	CHECK(p == buf && streq(p, "Unknown error 9999"));
	p = strerror_r(9999, buf, 8);
	CHECK(p == buf && streq(p, "Unknown"));
	/* the POSIX one stays reachable under its glibc name */
	CHECK_EQ(__xpg_strerror_r(EPERM, buf, sizeof buf), 0);
	CHECK(streq(buf, "Operation not permitted"));

	/* mempcpy */
	CHECK(mempcpy(buf, "abc", 3) == buf + 3);
	CHECK(mempcpy(buf, "", 0) == buf);
	/* memrchr / rawmemchr / strchrnul */
	{
		const char *s = "abcabc";
		CHECK(memrchr(s, 'a', 6) == s + 3);
		CHECK(memrchr(s, 'a', 3) == s);
		CHECK(memrchr(s, 'c', 2) == 0);
		CHECK(memrchr(s, 'a', 0) == 0);
		CHECK(memrchr(s, 0x161, 6) == s + 3);
		CHECK(rawmemchr(s, 'c') == s + 2);
		CHECK(rawmemchr(s, 0) == s + 6);
		CHECK(strchrnul(s, 'z') == s + 6);
		CHECK(strchrnul(s, 'b') == s + 1);
		CHECK(strchrnul(s, 0) == s + 6);
	}
	/* memmem: empty needle gives the haystack, even an empty one */
	{
		const char *h = "hello";
		CHECK(memmem(h, 5, "", 0) == h);
		CHECK(memmem(h, 0, "", 0) == h);
		CHECK(memmem(h, 0, "h", 1) == 0);
		CHECK(memmem(h, 5, "lo", 2) == h + 3);
		CHECK(memmem(h, 4, "lo", 2) == 0);
		CHECK(memmem(h, 5, "hello!", 6) == 0);
		CHECK(memmem("a\0b\0c", 5, "b\0c", 3) != 0);
	}
	/* strcasestr */
	{
		const char *h = "Hello World";
		CHECK(strcasestr(h, "WORLD") == h + 6);
		CHECK(strcasestr(h, "") == h);
		CHECK(strcasestr(h, "worlds") == 0);
		CHECK(strcasestr(h, "o w") == h + 4);
	}
	/* strverscmp, checked against glibc's ordering */
	{
		static const char *order[] = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
		for (int i = 0; i < 9; i++)
			for (int j = 0; j < 9; j++) {
				int want = (i > j) - (i < j);
				if (sgn(strverscmp(order[i], order[j])) != want) {
					t_puts(2, order[i]);
					t_puts(2, " vs ");
					t_puts(2, order[j]);
					t_puts(2, "\n");
					CHECK(!"strverscmp order");
				}
			}
		CHECK(strverscmp("", "") == 0);
		CHECK(strverscmp("abc", "abc") == 0);
		CHECK(strverscmp("a", "b") < 0);
		CHECK(strverscmp("item9", "item10") < 0);
		CHECK(strverscmp("item10", "item9") > 0);
		CHECK(strverscmp("file-1.9.tar", "file-1.10.tar") < 0);
		CHECK(strverscmp("1.01", "1.1") < 0);
		CHECK(strverscmp("a01b", "a1b") < 0);
		CHECK(strverscmp("x12y", "x12") > 0);
		CHECK(strverscmp("x12", "x123") < 0);
		CHECK(strverscmp("x19", "x123") < 0);
		CHECK(strverscmp("x0", "x00") > 0);
		CHECK(strverscmp("a0", "a") > 0);
		CHECK(strverscmp("\xff", "a") > 0);
	}
	return 0;
}
