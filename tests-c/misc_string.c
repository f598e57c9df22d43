/* Process ids and the string basics every test relies on: strlen,
 * memcpy, memset, memmove (both overlap directions), memcmp and strcmp
 * comparing as unsigned char. */
#include "check.h"
#include <stdint.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	pid_t pid = getpid(), ppid = getppid();
	CHECK(pid > 0);
	CHECK(ppid > 0);
	CHECK(pid != ppid);
	CHECK_EQ(getpid(), pid);
	CHECK_EQ(getppid(), ppid);

	CHECK_EQ(strlen(""), 0);
	CHECK_EQ(strlen("abc"), 3);
	char big[300];
	for (int off = 0; off < 16; off++) {
		memset(big, 'x', sizeof big);
		big[off + 257] = 0;
		CHECK_EQ(strlen(big + off), 257);
	}

	unsigned char a[64], b[64];
	for (int i = 0; i < 64; i++)
		a[i] = (unsigned char)(i * 3 + 1);
	CHECK(memcpy(b, a, 64) == b);
	CHECK(memcmp(a, b, 64) == 0);
	CHECK(memset(b + 3, 0xfe, 10) == b + 3);
	CHECK_EQ(b[2], a[2]);
	CHECK_EQ(b[3], 0xfe);
	CHECK_EQ(b[12], 0xfe);
	CHECK_EQ(b[13], a[13]);
	/* memset uses only the low byte of its int */
	memset(b, 0x1234, 4);
	CHECK_EQ(b[0], 0x34);
	memset(b, -1, 4);
	CHECK_EQ(b[3], 0xff);

	/* unsigned comparison: 0x80 > 0x7f, 0xff > 0x01 */
	CHECK(memcmp("\x80", "\x7f", 1) > 0);
	CHECK(memcmp("\x01", "\xff", 1) < 0);
	CHECK(memcmp("abc", "abd", 2) == 0);
	CHECK(memcmp("abc", "abd", 3) < 0);
	CHECK(memcmp(a, a, 0) == 0);
	CHECK(strcmp("\xff", "a") > 0);
	CHECK(strcmp("a", "\x80") < 0);
	CHECK(strcmp("abc", "abc") == 0);
	CHECK(strcmp("ab", "abc") < 0);
	CHECK(strcmp("abc", "ab") > 0);
	CHECK(strcmp("", "") == 0);

	/* memmove: forward and backward overlap, each alignment */
	for (int sh = 1; sh < 9; sh++) {
		char s[80];
		for (int i = 0; i < 80; i++)
			s[i] = (char)i;
		CHECK(memmove(s + sh, s, 64) == s + sh);
		for (int i = 0; i < 64; i++)
			CHECK_EQ(s[i + sh], i);
		for (int i = 0; i < 80; i++)
			s[i] = (char)i;
		CHECK(memmove(s, s + sh, 64) == s);
		for (int i = 0; i < 64; i++)
			CHECK_EQ(s[i], i + sh);
		CHECK_EQ(s[64], 64); /* past the end: untouched */
	}
	return 0;
}
