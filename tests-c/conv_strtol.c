/* strtol family: overflow in every base 2..36, sign and endptr rules,
 * base prefixes, invalid bases; atoi & co, abs/div, a64l/l64a, and the
 * <inttypes.h> functions and format macros. */
#include "check.h"
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* (local helpers: the test must not depend on more of <string.h>) */
static const char *t_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return s;
	return 0;
}
static void t_strcpy(char *d, const char *s)
{
	memcpy(d, s, strlen(s) + 1);
}

static const char dig[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* v in base b (digits upper or lower case by `up`), after `prefix`. */
static void fmt(char *p, const char *prefix, unsigned long long v, int b, int up)
{
	char tmp[80];
	int n = 0;
	while (*prefix)
		*p++ = *prefix++;
	do {
		char c = dig[v % b];
		if (up && c >= 'a')
			c -= 32;
		tmp[n++] = c;
	} while (v /= b);
	while (n)
		*p++ = tmp[--n];
	*p = 0;
}

/* Add one to the base-b number spelled in s (after any sign/prefix). */
static void incr(char *s, int b)
{
	size_t n = strlen(s);
	for (size_t i = n; i-- > 0;) {
		const char *d = t_strchr(dig, s[i] | 32);
		if (!d || (s[i] | 32) == 'x' && b <= 33)
			break;
		int v = d - dig + 1;
		if (v < b) {
			s[i] = dig[v];
			return;
		}
		s[i] = '0';
		if (i == 0 || !t_strchr(dig, s[i - 1] | 32) || s[i - 1] == '-') {
			memmove(s + i + 1, s + i, n - i + 1);
			s[i] = '1';
			return;
		}
	}
}

#define EXPECT(call, val, err, endoff)                                  \
	do {                                                            \
		errno = 0;                                              \
		CHECK((call) == (val));                                 \
		CHECK_EQ(errno, err);                                   \
		CHECK_EQ(e - buf, endoff);                              \
	} while (0)

int main(void)
{
	char buf[200], *e;
	for (int b = 2; b <= 36; b++) {
		int up = b & 1;
		size_t n;
		fmt(buf, "", LONG_MAX, b, up);
		n = strlen(buf);
		EXPECT(strtol(buf, &e, b), LONG_MAX, 0, (long)n);
		incr(buf, b); /* LONG_MAX + 1 */
		n = strlen(buf);
		EXPECT(strtol(buf, &e, b), LONG_MAX, ERANGE, (long)n);
		EXPECT(strtoul(buf, &e, b), (unsigned long)LONG_MAX + 1, 0, (long)n);
		fmt(buf, "  -", (unsigned long)LONG_MAX + 1, b, up);
		n = strlen(buf);
		EXPECT(strtol(buf, &e, b), LONG_MIN, 0, (long)n);
		EXPECT(strtoul(buf, &e, b), (unsigned long)LONG_MAX + 1, 0, (long)n);
		incr(buf, b); /* LONG_MIN - 1 */
		EXPECT(strtol(buf, &e, b), LONG_MIN, ERANGE, (long)n);
		fmt(buf, "+", ULONG_MAX, b, up);
		n = strlen(buf);
		EXPECT(strtoul(buf, &e, b), ULONG_MAX, 0, (long)n);
		EXPECT(strtol(buf, &e, b), LONG_MAX, ERANGE, (long)n);
		incr(buf, b); /* ULONG_MAX + 1 */
		n = strlen(buf);
		EXPECT(strtoul(buf, &e, b), ULONG_MAX, ERANGE, (long)n);
		t_strcpy(buf + strlen(buf), "00000000000000000000000000000000000000000!");
		EXPECT(strtoul(buf, &e, b), ULONG_MAX, ERANGE, (long)strlen(buf) - 1);
		/* long long */
		fmt(buf, "", LLONG_MAX, b, up);
		incr(buf, b);
		n = strlen(buf);
		EXPECT(strtoll(buf, &e, b), LLONG_MAX, ERANGE, (long)n);
		EXPECT(strtoimax(buf, &e, b), INTMAX_MAX, ERANGE, (long)n);
		EXPECT(strtoull(buf, &e, b), (unsigned long long)LLONG_MAX + 1, 0, (long)n);
		fmt(buf, "-", ULLONG_MAX, b, up);
		n = strlen(buf);
		EXPECT(strtoull(buf, &e, b), 1ULL, 0, (long)n);
		EXPECT(strtoumax(buf, &e, b), 1ULL, 0, (long)n);
		EXPECT(strtoll(buf, &e, b), LLONG_MIN, ERANGE, (long)n);
		incr(buf, b);
		n = strlen(buf);
		EXPECT(strtoull(buf, &e, b), ULLONG_MAX, ERANGE, (long)n);
		/* a digit equal to the base ends the number */
		buf[0] = '1';
		buf[1] = b < 10 ? '0' + b : dig[b];
		buf[2] = 0;
		if (b < 36)
			EXPECT(strtol(buf, &e, b), 1L, 0, 1);
	}

	/* sign, endptr and prefix rules */
#define S(str) t_strcpy(buf, str)
	S("-1");
	EXPECT(strtoul(buf, &e, 10), ULONG_MAX, 0, 2);
	S("");
	EXPECT(strtol(buf, &e, 10), 0L, 0, 0);
	S("  -");
	EXPECT(strtol(buf, &e, 10), 0L, 0, 0);
	S(" +x");
	EXPECT(strtol(buf, &e, 0), 0L, 0, 0);
	S("0x");
	EXPECT(strtol(buf, &e, 16), 0L, 0, 1);
	S("0xg");
	EXPECT(strtol(buf, &e, 0), 0L, 0, 1);
	S("0X1f");
	EXPECT(strtol(buf, &e, 0), 31L, 0, 4);
	EXPECT(strtol(buf, &e, 16), 31L, 0, 4);
	EXPECT(strtol(buf, &e, 33), 0L, 0, 1); /* 'x' is 33 */
	EXPECT(strtol(buf, &e, 34), 38197L, 0, 4);
	EXPECT(strtol(buf, &e, 36), 42819L, 0, 4);
	S("0777");
	EXPECT(strtol(buf, &e, 0), 511L, 0, 4);
	S("0789");
	EXPECT(strtol(buf, &e, 0), 7L, 0, 2);
	S("  \t\n\v\f\r-42 ");
	EXPECT(strtol(buf, &e, 10), -42L, 0, 10);
	S("- 1");
	EXPECT(strtol(buf, &e, 10), 0L, 0, 0);
	S("--1");
	EXPECT(strtol(buf, &e, 10), 0L, 0, 0);
	S("z");
	EXPECT(strtol(buf, &e, 36), 35L, 0, 1);
	/* invalid bases: EINVAL, 0 (where *endptr points: conv_strtol_base.c,
	 * as glibc leaves it unwritten) */
	S("123");
	int bad[] = {-1, 1, 37, 100, INT_MIN};
	for (int i = 0; i < 5; i++) {
		errno = 0;
		CHECK(strtol(buf, &e, bad[i]) == 0);
		CHECK_EQ(errno, EINVAL);
		errno = 0;
		CHECK(strtoull(buf, &e, bad[i]) == 0);
		CHECK_EQ(errno, EINVAL);
	}
	CHECK(strtol("12", NULL, 10) == 12);

	/* atoi family: (int)strtol */
	CHECK_EQ(atoi("  -123abc"), -123);
	CHECK_EQ(atoi("x"), 0);
	CHECK_EQ(atol("2147483647"), 2147483647L);
	CHECK(atoll("-9223372036854775808") == LLONG_MIN);
	CHECK(atoll("9223372036854775807") == LLONG_MAX);
#if LONG_MAX > INT_MAX
	CHECK_EQ(atoi("99999999999"), 1215752191);
#endif

	/* abs, div */
	CHECK_EQ(abs(-5), 5);
	CHECK_EQ(abs(INT_MIN + 1), INT_MAX);
	CHECK_EQ(labs(-7L), 7);
	CHECK(llabs(LLONG_MIN + 1) == LLONG_MAX);
	CHECK(imaxabs(-9) == 9);
	div_t d = div(-7, 2);
	CHECK_EQ(d.quot, -3);
	CHECK_EQ(d.rem, -1);
	ldiv_t ld = ldiv(7L, -2L);
	CHECK_EQ(ld.quot, -3);
	CHECK_EQ(ld.rem, 1);
	lldiv_t lld = lldiv(LLONG_MIN, 10);
	CHECK(lld.quot == LLONG_MIN / 10 && lld.rem == -8);
	imaxdiv_t id = imaxdiv(INTMAX_MAX, 1000);
	CHECK(id.quot == INTMAX_MAX / 1000 && id.rem == 807);

	/* a64l / l64a */
	CHECK_EQ(a64l(""), 0);
	CHECK_EQ(a64l("/"), 1);
	CHECK_EQ(a64l("z"), 63);
	CHECK_EQ(a64l(".0"), 128);
	CHECK_EQ(a64l("./"), 64);
	CHECK_EQ(a64l("!a"), 0);
	CHECK_EQ(a64l("zzzzz/"), 0x7fffffff);
	CHECK_EQ(a64l("zzzzz1zzz"), (long)(unsigned)0xffffffff);
	CHECK(strcmp(l64a(0), "") == 0);
	CHECK(strcmp(l64a(1), "/") == 0);
	CHECK(strcmp(l64a(64), "./") == 0);
	CHECK(strcmp(l64a(-1), "zzzzz1") == 0);
	CHECK(strcmp(l64a(0x7fffffff), "zzzzz/") == 0);
	for (long long v = 1; v < 0x7fffffff; v = v * 3 + 7)
		CHECK_EQ(a64l(l64a((long)v)), v);

	/* format macros: the length modifier matches the type */
	CHECK(strcmp(PRId8, "d") == 0 && strcmp(SCNd8, "hhd") == 0);
	CHECK(strcmp(SCNu16, "hu") == 0 && strcmp(PRIx32, "x") == 0);
	CHECK(strcmp(SCNdFAST8, "hhd") == 0);
#if LONG_MAX > INT_MAX
	CHECK(strcmp(PRId64, "ld") == 0 && strcmp(PRIuMAX, "lu") == 0);
	CHECK(strcmp(PRIxPTR, "lx") == 0 && strcmp(SCNdFAST32, "ld") == 0);
#else
	CHECK(strcmp(PRId64, "lld") == 0 && strcmp(PRIuMAX, "llu") == 0);
	CHECK(strcmp(PRIxPTR, "x") == 0 && strcmp(SCNdFAST32, "d") == 0);
#endif
	CHECK(strcmp(PRIXLEAST64, PRIX64) == 0 && strcmp(SCNoFAST64, SCNo64) == 0);
	return 0;
}
