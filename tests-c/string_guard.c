/* The scanning functions never read past a string's terminator into an
 * unmapped (PROT_NONE) page, nor before the start of a page: strings are
 * placed with their NUL as the last byte before a guard page, at every
 * length (so every start alignment), and at the very start of a page
 * that follows a guard page. */
#define _GNU_SOURCE
#include "check.h"
#include <sys/mman.h>

static char *guarded(long pg)
{
	/* [guard][rw][guard] */
	char *m = mmap(0, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(m != MAP_FAILED);
	CHECK(mprotect(m, pg, PROT_NONE) == 0);
	CHECK(mprotect(m + 2 * pg, pg, PROT_NONE) == 0);
	return m + pg;
}

int main(void)
{
	long pg = getpagesize();
	char *A = guarded(pg), *B = guarded(pg), *C = guarded(pg);
	char *endA = A + pg, *endB = B + pg, *endC = C + pg;
	for (size_t len = 0; len < 300; len++) {
		/* s ends right before the guard page of A */
		char *s = endA - 1 - len;
		for (size_t i = 0; i < len; i++)
			s[i] = 'a' + i % 23;
		s[len] = 0;
		CHECK_EQ(strlen(s), len);
		CHECK_EQ(strnlen(s, len + 1), len);
		CHECK_EQ(strnlen(s, (size_t)-1), len);
		CHECK_EQ(strnlen(s, len), len);
		CHECK(strchr(s, 'A') == 0);
		CHECK(strchr(s, 0) == s + len);
		CHECK(strchrnul(s, 'A') == s + len);
		CHECK(strrchr(s, 'A') == 0);
		CHECK(strrchr(s, 0) == s + len);
		CHECK(memchr(s, 'A', len + 1) == 0);
		CHECK(memchr(s, 0, len + 1) == s + len);
		CHECK(memrchr(s, 'A', len + 1) == 0);
		CHECK(rawmemchr(s, 0) == s + len);
		if (len) {
			char last = s[len - 1];
			CHECK(strchr(s, last) != 0 && *strchr(s, last) == last);
			CHECK(strrchr(s, last) == s + len - 1);
			CHECK(memrchr(s, last, len) == s + len - 1);
			CHECK(memchr(s, s[0], len) == s);
			CHECK(strchrnul(s, s[0]) == s);
			/* the array itself at the page end, no NUL inside it */
			char *arr = endA - len;
			for (size_t i = 0; i < len; i++)
				arr[i] = 'q';
			CHECK(memchr(arr, 0x7f, len) == 0);
			CHECK(memrchr(arr, 0x7f, len) == 0);
			CHECK(strnlen(arr, len) == len);
			/* repair */
			for (size_t i = 0; i < len; i++)
				s[i] = 'a' + i % 23;
			s[len] = 0;
		}
		/* copies: source at the end of A, destination at the end of B */
		char *d = endB - 1 - len;
		CHECK(strcpy(d, s) == d);
		CHECK(memcmp(d, s, len + 1) == 0);
		CHECK(stpcpy(d, s) == d + len);
		/* comparisons against a copy ending at the guard page of B */
		CHECK(strcmp(s, d) == 0);
		CHECK(strcmp(d, s) == 0);
		CHECK(strncmp(s, d, len + 1) == 0);
		CHECK(strncmp(s, d, (size_t)-1) == 0);
		/* and against copies at every alignment in the middle of C, so
		 * the two strings have every relative alignment */
		for (int off = 0; off < 64; off += (len < 80 ? 1 : 13)) {
			char *e = C + 512 + off;
			for (size_t i = 0; i <= len; i++)
				e[i] = s[i];
			CHECK(strcmp(s, e) == 0 && strcmp(e, s) == 0);
			CHECK(strncmp(s, e, len + 5) == 0);
			if (len) {
				e[len - 1] = (char)0x90;
				CHECK(strcmp(s, e) < 0 && strcmp(e, s) > 0);
				CHECK(strncmp(s, e, len) < 0 && strncmp(e, s, len) > 0);
				CHECK(strncmp(s, e, len - 1) == 0);
				e[len - 1] = s[len - 1];
			}
		}
		/* a string ending at the end of C compared with one ending at B:
		 * different lengths, both right against a guard */
		char *f = endC - 1 - (len / 2);
		for (size_t i = 0; i < len / 2; i++)
			f[i] = s[i];
		f[len / 2] = 0;
		if (len / 2 < len) {
			CHECK(strcmp(f, s) < 0 && strcmp(s, f) > 0);
			CHECK(strncmp(f, s, len) < 0);
		}
	}
	/* strings starting at the first byte of a page (guard page before):
	 * backward scans must not touch the page before */
	for (size_t len = 0; len < 200; len++) {
		char *s = A;
		for (size_t i = 0; i < len; i++)
			s[i] = 'b';
		s[len] = 0;
		CHECK(memrchr(s, 'x', len) == 0);
		CHECK(strrchr(s, 'x') == 0);
		CHECK_EQ(strlen(s), len);
		if (len) {
			CHECK(memrchr(s, 'b', len) == s + len - 1);
			s[0] = 'x';
			CHECK(memrchr(s, 'x', len) == s);
			CHECK(strrchr(s, 'x') == s);
		}
		/* and at every small offset from the page start */
		for (int off = 0; off < 64 && off + len + 1 < (size_t)pg; off++) {
			char *t = A + off;
			for (size_t i = 0; i < len; i++)
				t[i] = 'c';
			t[len] = 0;
			CHECK(memrchr(t, 'z', len) == 0);
			CHECK(memchr(t, 'z', len) == 0);
			CHECK_EQ(strlen(t), len);
		}
	}
	return 0;
}
