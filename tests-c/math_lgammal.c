// STDOUT: ok\n
// LIBS: -lm
/* lgammal, lgammal_r and gammal (C17 7.12.8.3, GNU/BSD), and pow10,
 * pow10f and pow10l (GNU): known values, the numbers next to the first
 * negative zeros of log|Γ| (where the reflection formula cancels; the
 * expected results from MPFR, per format), the sign in signgam and
 * lgammal_r's output, poles, overflow, errno and the exception flags. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>

typedef long double ld;
static ld L(ld x)
{
	volatile ld v = x;
	return v;
}
static double V2(double x)
{
	volatile double v = x;
	return v;
}
static float F2(float x)
{
	volatile float v = x;
	return v;
}
static int sameld(ld a, ld b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}
#define S(a, b) CHECK(sameld((a), (b)))
/* within n ulps of the expected value */
static int near(ld got, ld want, int n)
{
	ld d = fabsl(got - want), u = fabsl(want) * LDBL_EPSILON;
	if (u < LDBL_TRUE_MIN)
		u = LDBL_TRUE_MIN;
	return d <= n * u;
}
#define NEAR(a, b) CHECK(near((a), (b), 2))
#define SINK(call)                                     \
	do {                                           \
		volatile __typeof__(call) r_ = (call); \
		(void)r_;                              \
	} while (0)
#define ERRNO(call, e)              \
	do {                        \
		errno = 0;          \
		SINK(call);         \
		CHECK_EQ(errno, e); \
	} while (0)
#define RAISES(call, f)                         \
	do {                                    \
		feclearexcept(FE_ALL_EXCEPT);   \
		SINK(call);                     \
		CHECK_EQ(fetestexcept(f), (f)); \
	} while (0)
#define QUIET(call, f)                        \
	do {                                  \
		feclearexcept(FE_ALL_EXCEPT); \
		SINK(call);                   \
		CHECK_EQ(fetestexcept(f), 0); \
	} while (0)

/* x next to a zero of log|Γ|, lgammal(x) correctly rounded (MPFR), the
 * sign of Γ(x): the float nearest each of the zeros near -2.457, -2.748,
 * -3.144, -3.961 and -9.9999997 and the numbers either side. */
static const struct {
	ld x, y;
	int s;
} zeros[] = {
#if LDBL_MANT_DIG == 64
	{-0x1.3a7fc9600f86c158p+1L, -0x1.8b563dde3976afecp-62L, -1},
	{-0x1.3a7fc9600f86c156p+1L, -0x1.d5e9dcd11030bba0p-68L, -1},
	{-0x1.3a7fc9600f86c154p+1L, 0x1.7ca6eef7b0f52a36p-62L, -1},
	{-0x1.5fb410a1bd900cbep+1L, 0x1.27f012447d574d70p-62L, -1},
	{-0x1.5fb410a1bd900cbcp+1L, -0x1.844590979b82ee3ep-63L, -1},
	{-0x1.5fb410a1bd900cbap+1L, -0x1.561ad16e0c6d1db2p-61L, -1},
	{-0x1.9260dbc9e59af7dep+1L, -0x1.956e1b29d7349244p-60L, 1},
	{-0x1.9260dbc9e59af7dcp+1L, 0x1.72712b248e42edc6p-62L, 1},
	{-0x1.9260dbc9e59af7dap+1L, 0x1.2753585e0f2b04aep-59L, 1},
	{-0x1.fa471547c2fe50bap+1L, 0x1.06d71ff58810fa0ep-58L, 1},
	{-0x1.fa471547c2fe50b8p+1L, -0x1.130ae5c4f54dbe92p-60L, 1},
	{-0x1.fa471547c2fe50b6p+1L, -0x1.905c92d802b7d8d8p-58L, 1},
	{-0x1.3fffff6c0d7bfb9cp+3L, 0x1.b04bce0de0599196p-39L, 1},
	{-0x1.3fffff6c0d7bfb9ap+3L, -0x1.55818a2b42ba2174p-44L, 1},
	{-0x1.3fffff6c0d7bfb98p+3L, -0x1.c5a3e6b08e883990p-39L, 1},
#elif LDBL_MANT_DIG == 113
	{-0x1.3a7fc9600f86c155f64f98af8d05p+1L, -0x1.1be3008ba6dd248bd663bb37e55bp-110L, -1},
	{-0x1.3a7fc9600f86c155f64f98af8d04p+1L, -0x1.678ed558b108b80cbdb57a893e71p-112L, -1},
	{-0x1.3a7fc9600f86c155f64f98af8d03p+1L, 0x1.a06e577d39632215de23f7cd18afp-112L, -1},
	{-0x1.5fb410a1bd900cbccad25a320f58p+1L, 0x1.32f90797ab49a65216ab6926f264p-111L, -1},
	{-0x1.5fb410a1bd900cbccad25a320f57p+1L, -0x1.6e33a5f13f9e3c6bdc30fa8b829ap-112L, -1},
	{-0x1.5fb410a1bd900cbccad25a320f56p+1L, -0x1.509656c47573f15ef96e31d93a6cp-110L, -1},
	{-0x1.9260dbc9e59af7dc5f34cd69ecdep+1L, -0x1.8f87efcf4d45591c95ca2ce4df84p-109L, 1},
	{-0x1.9260dbc9e59af7dc5f34cd69ecddp+1L, 0x1.8a09d88eb5ffd2a47c64f40d3fc9p-111L, 1},
	{-0x1.9260dbc9e59af7dc5f34cd69ecdcp+1L, 0x1.2a466e0b5422a13769fe5375bfc1p-108L, 1},
	{-0x1.fa471547c2fe50b86a2b094891b7p+1L, 0x1.9a7339d9ba8406f455a88d6bf278p-108L, 1},
	{-0x1.fa471547c2fe50b86a2b094891b6p+1L, -0x1.f980f1e7a089984bb269da2827bep-109L, 1},
	{-0x1.fa471547c2fe50b86a2b094891b5p+1L, -0x1.c9fa15e0ad86cfa0040933ca0cdcp-107L, 1},
	{-0x1.3fffff6c0d7bfb9a0c55cef4a0aap+3L, 0x1.c7615ff3a911852418ba80d33af2p-88L, 1},
	{-0x1.3fffff6c0d7bfb9a0c55cef4a0a9p+3L, 0x1.8d30b28e2f76192f4cc383c73301p-93L, 1},
	{-0x1.3fffff6c0d7bfb9a0c55cef4a0a8p+3L, -0x1.ae8e54cac61a239123ee45984ab3p-88L, 1},
#else
#error "long double format"
#endif
};

int main(void)
{
	ld inf = L(INFINITY), nan = L(NAN);
	int s;

	/* Known values; log Γ(1) = log Γ(2) = +0. */
	NEAR(lgammal(L(0.5L)), 0.5723649429247000870717136756765293558236L);
	NEAR(lgammal(L(3.0L)), 0.693147180559945309417232121458176568075500L);
	NEAR(lgammal(L(10.25L)), 13.36802367147604629543091304266496461083L);
	S(lgammal(L(1.0L)), 0.0L);
	S(lgammal(L(2.0L)), 0.0L);
	NEAR(lgammal(L(1e-30L)), 69.07755278982137052053974364053034901237L);
	NEAR(lgammal(L(LDBL_TRUE_MIN)), -logl(L(LDBL_TRUE_MIN)));
	/* The negative axis and the sign of Γ. */
	signgam = 0;
	NEAR(lgammal(L(-0.5L)), 1.265512123484645396488945797134705923899L);
	CHECK_EQ(signgam, -1);
	NEAR(lgammal(L(-1.5L)), 0.8600470153764810145109326816703567873272L);
	CHECK_EQ(signgam, 1);
	NEAR(lgammal(L(-2.5L)), -0.05624371649767405067259453009765428412294L);
	CHECK_EQ(signgam, -1);
	NEAR(lgammal(L(-100.5L)), -364.9009683094273518227565704629957760343L);
	CHECK_EQ(signgam, -1);
	s = 0;
	NEAR(lgammal_r(L(-2.5L), &s), -0.05624371649767405067259453009765428412294L);
	CHECK_EQ(s, -1);
	s = 0;
	NEAR(lgammal_r(L(-1.5L), &s), 0.8600470153764810145109326816703567873272L);
	CHECK_EQ(s, 1);
	s = 0;
	NEAR(lgammal_r(L(0.5L), &s), 0.5723649429247000870717136756765293558236L);
	CHECK_EQ(s, 1);
	signgam = 0;
	NEAR(gammal(L(-0.5L)), 1.265512123484645396488945797134705923899L);
	CHECK_EQ(signgam, -1);
	/* lgammal_r leaves signgam alone. */
	signgam = 7;
	(void)lgammal_r(L(-2.5L), &s);
	CHECK_EQ(signgam, 7);

	/* Next to the zeros: relative accuracy of a tiny result. */
	for (unsigned i = 0; i < sizeof zeros / sizeof zeros[0]; i++) {
		s = 0;
		ld y = lgammal_r(L(zeros[i].x), &s);
		CHECK(near(y, zeros[i].y, 2));
		CHECK_EQ(s, zeros[i].s);
		signgam = 0;
		CHECK(near(lgammal(L(zeros[i].x)), zeros[i].y, 2));
		CHECK_EQ(signgam, zeros[i].s);
	}

	/* Poles: +inf, ERANGE, FE_DIVBYZERO; the sign of ±0. */
	signgam = 0;
	S(lgammal(L(0.0L)), INFINITY);
	CHECK_EQ(signgam, 1);
	S(lgammal(L(-0.0L)), INFINITY);
	CHECK_EQ(signgam, -1);
	s = 0;
	S(lgammal_r(L(-0.0L), &s), INFINITY);
	CHECK_EQ(s, -1);
	S(lgammal(L(-3.0L)), INFINITY);
	S(lgammal(L(-1e30L)), INFINITY);
	ERRNO(lgammal(L(0.0L)), ERANGE);
	ERRNO(lgammal(L(-0.0L)), ERANGE);
	ERRNO(lgammal(L(-1.0L)), ERANGE);
	ERRNO(lgammal(L(-4.0L)), ERANGE);
	RAISES(lgammal(L(0.0L)), FE_DIVBYZERO);
	RAISES(lgammal(L(-2.0L)), FE_DIVBYZERO);
	RAISES(gammal(L(-5.0L)), FE_DIVBYZERO);
	/* Overflow: ERANGE and FE_OVERFLOW. */
	S(lgammal(L(LDBL_MAX)), INFINITY);
	ERRNO(lgammal(L(LDBL_MAX)), ERANGE);
	RAISES(lgammal(L(LDBL_MAX)), FE_OVERFLOW);
	/* No error for ordinary arguments. */
	ERRNO(lgammal(L(-2.5L)), 0);
	ERRNO(lgammal(L(1e100L)), 0);
	QUIET(lgammal(L(-2.5L)), FE_DIVBYZERO | FE_INVALID | FE_OVERFLOW);
	/* NaN and the infinities: +inf at both. */
	CHECK(isnan(lgammal(nan)));
	QUIET(lgammal(nan), FE_INVALID);
	S(lgammal(inf), INFINITY);
	S(lgammal(-inf), INFINITY);
	ERRNO(lgammal(inf), 0);
	ERRNO(lgammal(-inf), 0);
	QUIET(lgammal(-inf), FE_INVALID | FE_DIVBYZERO);
	s = 0;
	CHECK(isnan(lgammal_r(nan, &s)));

#ifndef AGAINST_GLIBC
	/* pow10*: glibc 2.36 keeps them only as compatibility symbols (no
	 * declaration, nothing new links to them); the values of exp10*. */
	CHECK(pow10(V2(2.0)) == 100.0);
	CHECK(pow10f(F2(3.0f)) == 1000.0f);
	CHECK(pow10l(L(4.0L)) == 10000.0L);
	NEAR(pow10l(L(-1.0L)), 0.1L);
	CHECK(pow10(V2(0.5)) == exp10(V2(0.5)));
	CHECK(pow10f(F2(-2.5f)) == exp10f(F2(-2.5f)));
	CHECK(sameld(pow10l(L(1.25L)), exp10l(L(1.25L))));
	ERRNO(pow10(V2(400.0)), ERANGE);
	ERRNO(pow10l(L(5000.0L)), ERANGE);
	S(pow10l(-inf), 0.0L);
#endif
	t_puts(1, "ok\n");
	return 0;
}
