/* Differential test: the string functions against simple reference
 * implementations on random inputs, with bytes >= 0x80 (compared as
 * unsigned char) and small alphabets so matches are frequent. */
#define _GNU_SOURCE
#include "check.h"
#include <strings.h>

static unsigned long long seed = 12345;
static unsigned rnd(void)
{
	seed = seed * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned)(seed >> 33);
}

static int sgn(int v) { return (v > 0) - (v < 0); }
static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static size_t r_strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
static int r_strncmp(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char x = a[i], y = b[i];
		if (x != y || !x)
			return x - y;
	}
	return 0;
}
static int r_strncasecmp(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int x = lc((unsigned char)a[i]), y = lc((unsigned char)b[i]);
		if (x != y || !x)
			return x - y;
	}
	return 0;
}
static int r_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	for (size_t i = 0; i < n; i++)
		if (x[i] != y[i])
			return x[i] - y[i];
	return 0;
}
static const char *r_strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return s;
		if (!*s)
			return 0;
	}
}
static const char *r_strrchr(const char *s, int c)
{
	const char *r = 0;
	for (;; s++) {
		if (*s == (char)c)
			r = s;
		if (!*s)
			return r;
	}
}
static const void *r_memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	for (size_t i = 0; i < n; i++)
		if (p[i] == (unsigned char)c)
			return p + i;
	return 0;
}
static const void *r_memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	while (n--)
		if (p[n] == (unsigned char)c)
			return p + n;
	return 0;
}
static const char *r_strstr(const char *h, const char *n, int icase)
{
	size_t ln = r_strlen(n);
	for (; ; h++) {
		if ((icase ? r_strncasecmp(h, n, ln) : r_strncmp(h, n, ln)) == 0)
			return h;
		if (!*h)
			return 0;
	}
}
static const void *r_memmem(const void *h, size_t hl, const void *n, size_t nl)
{
	if (nl > hl)
		return 0;
	for (size_t i = 0; i + nl <= hl; i++)
		if (r_memcmp((const char *)h + i, n, nl) == 0)
			return (const char *)h + i;
	return 0;
}
static size_t r_span(const char *s, const char *set, int in)
{
	size_t i = 0;
	for (; s[i]; i++) {
		int found = 0;
		for (const char *p = set; *p; p++)
			if (*p == s[i])
				found = 1;
		if (found != in)
			break;
	}
	return i;
}

static const char alpha[] = "aAbB\x80\xff\x7f" "01z";

static void rstr(char *s, size_t maxlen, int wide)
{
	size_t n = rnd() % (maxlen + 1);
	for (size_t i = 0; i < n; i++) {
		s[i] = wide ? (char)(rnd() % 255 + 1) : alpha[rnd() % (sizeof alpha - 1)];
	}
	s[n] = 0;
}

static char A[600], B[600];

int main(void)
{
	for (int it = 0; it < 20000; it++) {
		int wide = it & 1, maxlen = it % 3 == 0 ? 300 : 24;
		char *a = A + rnd() % 64, *b = B + rnd() % 64;
		rstr(a, maxlen, wide);
		if (rnd() % 2) {
			/* b shares a prefix with a */
			size_t la = r_strlen(a), k = la ? rnd() % (la + 1) : 0;
			for (size_t i = 0; i < k; i++)
				b[i] = a[i];
			rstr(b + k, maxlen / 2, wide);
		} else {
			rstr(b, maxlen, wide);
		}
		size_t la = r_strlen(a), lb = r_strlen(b);
		size_t n = rnd() % 40;
		int c = rnd() % 3 ? (unsigned char)alpha[rnd() % (sizeof alpha - 1)] : (int)(rnd() % 256);

		CHECK_EQ(strlen(a), la);
		CHECK_EQ(strnlen(a, n), n < la ? n : la);
		CHECK_EQ(sgn(strcmp(a, b)), sgn(r_strncmp(a, b, (size_t)-1)));
		CHECK_EQ(sgn(strncmp(a, b, n)), sgn(r_strncmp(a, b, n)));
		CHECK_EQ(sgn(strcasecmp(a, b)), sgn(r_strncasecmp(a, b, (size_t)-1)));
		CHECK_EQ(sgn(strncasecmp(a, b, n)), sgn(r_strncasecmp(a, b, n)));
		size_t m = la < lb ? la : lb;
		CHECK_EQ(sgn(memcmp(a, b, m)), sgn(r_memcmp(a, b, m)));
		CHECK_EQ(sgn(bcmp(a, b, m)) != 0, r_memcmp(a, b, m) != 0);
		CHECK(strchr(a, c) == r_strchr(a, c));
		CHECK(strrchr(a, c) == r_strrchr(a, c));
		CHECK(strchrnul(a, c) == (r_strchr(a, c) ? r_strchr(a, c) : a + la));
		CHECK(memchr(a, c, la) == r_memchr(a, c, la));
		CHECK(memrchr(a, c, la) == r_memrchr(a, c, la));
		/* needles: a random string, or a piece of the haystack */
		char needle[40];
		if (rnd() % 2 && la) {
			size_t st = rnd() % la, nl = rnd() % 6;
			if (st + nl > la)
				nl = la - st;
			for (size_t i = 0; i < nl; i++)
				needle[i] = a[st + i];
			needle[nl] = 0;
		} else {
			rstr(needle, 4, wide);
		}
		size_t nl = r_strlen(needle);
		CHECK(strstr(a, needle) == r_strstr(a, needle, 0));
		CHECK(strcasestr(a, needle) == r_strstr(a, needle, 1));
		CHECK(memmem(a, la, needle, nl) == r_memmem(a, la, needle, nl));
		CHECK_EQ(strspn(a, needle), r_span(a, needle, 1));
		CHECK_EQ(strcspn(a, needle), r_span(a, needle, 0));
		CHECK(strpbrk(a, needle) == (a[r_span(a, needle, 0)] ? a + r_span(a, needle, 0) : 0));
		/* copies */
		char d[700];
		char *dd = d + rnd() % 64;
		CHECK(strcpy(dd, a) == dd && r_strncmp(dd, a, (size_t)-1) == 0);
		CHECK(stpcpy(dd, b) == dd + lb && r_strncmp(dd, b, (size_t)-1) == 0);
	}
	return 0;
}
