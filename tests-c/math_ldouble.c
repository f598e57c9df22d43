// STDOUT: ok\n
// LIBS: -lm
/* The long double <math.h> functions that are exact or correctly
 * rounded: integer rounding in every mode, remainders, exponent
 * manipulation, neighbours, min/max, sqrtl/fmal/hypotl/cbrtl, nanl, the
 * GNU extras; special values, errno and the exception flags. The format
 * is the arch's (x87 extended or binary128): the checks use <float.h>'s
 * LDBL_* so they hold for both. Arguments pass through volatiles. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

/* Call through volatile pointers: gcc expands ceill, floorl, rintl,
 * sqrtl … inline on x87 (frndint, fsqrt), which would bypass the library. */
#define VIA(f) p_##f
#define PTR(f) static __typeof__(&f) volatile p_##f = f
PTR(fabsl);
PTR(copysignl);
PTR(ceill);
PTR(floorl);
PTR(truncl);
PTR(roundl);
PTR(roundevenl);
PTR(rintl);
PTR(nearbyintl);
PTR(lrintl);
PTR(llrintl);
PTR(lroundl);
PTR(llroundl);
PTR(sqrtl);
PTR(fmal);
PTR(fmaxl);
PTR(fminl);
PTR(fmodl);
PTR(ldexpl);
PTR(scalbnl);
#define fabsl(x) VIA(fabsl)(x)
#define copysignl(x, y) VIA(copysignl)(x, y)
#define ceill(x) VIA(ceill)(x)
#define floorl(x) VIA(floorl)(x)
#define truncl(x) VIA(truncl)(x)
#define roundl(x) VIA(roundl)(x)
#define roundevenl(x) VIA(roundevenl)(x)
#define rintl(x) VIA(rintl)(x)
#define nearbyintl(x) VIA(nearbyintl)(x)
#define lrintl(x) VIA(lrintl)(x)
#define llrintl(x) VIA(llrintl)(x)
#define lroundl(x) VIA(lroundl)(x)
#define llroundl(x) VIA(llroundl)(x)
#define sqrtl(x) VIA(sqrtl)(x)
#define fmal(x, y, z) VIA(fmal)(x, y, z)
#define fmaxl(x, y) VIA(fmaxl)(x, y)
#define fminl(x, y) VIA(fminl)(x, y)
#define fmodl(x, y) VIA(fmodl)(x, y)
#define ldexpl(x, n) VIA(ldexpl)(x, n)
#define scalbnl(x, n) VIA(scalbnl)(x, n)

typedef long double ld;
static ld L(ld x)
{
	volatile ld v = x;
	return v;
}
static double V_D(double x)
{
	volatile double v = x;
	return v;
}
static float V_F(float x)
{
	volatile float v = x;
	return v;
}
static int sameld(ld a, ld b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}
#define S(a, b) CHECK(sameld((a), (b)))
/* keep the result: glibc declares some of these const */
#define SINK(call)                                  \
	do {                                        \
		volatile __typeof__(call) r_ = (call); \
		(void)r_;                            \
	} while (0)
/* the call sets errno to e (0: leaves it alone) */
#define ERRNO(call, e)              \
	do {                        \
		errno = 0;          \
		SINK(call);         \
		CHECK_EQ(errno, e); \
	} while (0)
/* the call raises (at least) the flags f */
#define RAISES(call, f)                                         \
	do {                                                    \
		feclearexcept(FE_ALL_EXCEPT);                   \
		SINK(call);                                     \
		CHECK_EQ(fetestexcept(f), (f));                 \
	} while (0)
/* the call raises none of the flags f */
#define QUIET(call, f)                                          \
	do {                                                    \
		feclearexcept(FE_ALL_EXCEPT);                   \
		SINK(call);                                     \
		CHECK_EQ(fetestexcept(f), 0);                   \
	} while (0)
#if defined(AGAINST_GLIBC) && defined(TEST_ARCH_I386)
#define QCHECK(e) ((void)0)
#else
#define QCHECK(e) CHECK(e)
#endif

static const int modes[4] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};

int main(void)
{
	ld inf = L(INFINITY), nan = L(NAN), mx = L(LDBL_MAX), mn = L(LDBL_MIN);
	ld tmin = L(LDBL_TRUE_MIN), eps = L(LDBL_EPSILON);
	int e;
	ld ip;

	/* fabsl, copysignl */
	S(fabsl(L(-0.0L)), 0.0L);
	S(fabsl(-inf), inf);
	S(copysignl(L(3.0L), L(-0.0L)), -3.0L);
	S(copysignl(-inf, L(1.0L)), inf);

	/* integer rounding */
	S(ceill(L(2.5L)), 3.0L);
	S(ceill(L(-0.5L)), -0.0L);
	S(floorl(L(-2.5L)), -3.0L);
	S(floorl(L(0.5L)), 0.0L);
	S(truncl(L(-2.7L)), -2.0L);
	S(roundl(L(2.5L)), 3.0L);
	S(roundl(L(-0.5L)), -1.0L);
	S(roundevenl(L(2.5L)), 2.0L);
	S(roundevenl(L(3.5L)), 4.0L);
	S(roundevenl(L(-0.5L)), -0.0L);
	S(floorl(L(0x1p62L + 0.5L)), 0x1p62L);
	S(roundl(L(0x1p62L + 0.5L)), 0x1p62L + 1);
	S(roundevenl(L(0x1p62L + 0.5L)), 0x1p62L);
	S(ceill(L(0x1p62L + 0.5L)), 0x1p62L + 1);
	S(truncl(mx), LDBL_MAX);
	S(floorl(tmin), 0.0L);
	S(ceill(tmin), 1.0L);
	S(ceill(-inf), -INFINITY);
	CHECK(isnan(floorl(nan)));
	/* C23 7.12.9: no FE_INEXACT (glibc's x87 code raises it) */
#if !(defined(AGAINST_GLIBC) && (defined(TEST_ARCH_I386) || defined(TEST_ARCH_X86_64)))
	QUIET(ceill(L(2.5L)), FE_INEXACT);
	QUIET(floorl(L(2.5L)), FE_INEXACT);
	QUIET(truncl(L(2.5L)), FE_INEXACT);
	QUIET(roundl(L(2.5L)), FE_INEXACT);
#endif
	S(rintl(L(2.5L)), 2.0L);
	S(nearbyintl(L(-3.5L)), -4.0L);
	RAISES(rintl(L(2.5L)), FE_INEXACT);
	QUIET(rintl(L(2.0L)), FE_INEXACT);
	QUIET(nearbyintl(L(2.5L)), FE_INEXACT);
	{
		/* rint/nearbyint/lrint follow the mode */
		static const ld up[4] = {2, 3, 2, 2}, dn[4] = {-2, -2, -3, -2};
		for (int i = 0; i < 4; i++) {
			fesetround(modes[i]);
			S(rintl(L(2.25L)), up[i]);
			S(nearbyintl(L(-2.25L)), dn[i]);
			CHECK_EQ(lrintl(L(2.25L)), (long)up[i]);
			CHECK_EQ(llrintl(L(-2.25L)), (long long)dn[i]);
			/* round ignores the mode */
			CHECK_EQ(lroundl(L(2.5L)), 3);
		}
		fesetround(FE_TONEAREST);
	}
	CHECK_EQ(lroundl(L(-2.5L)), -3);
	CHECK_EQ(llroundl(L(-0x1p62L - 0.5L)), -(1LL << 62) - 1);
	CHECK_EQ(llrintl(L(-0x1p63L)), LLONG_MIN);
	CHECK_EQ(llroundl(L(0x1p62L)), 1LL << 62);
	RAISES(llrintl(L(0x1p63L)), FE_INVALID);
	RAISES(llroundl(nan), FE_INVALID);
	RAISES(lrintl(inf), FE_INVALID);
	RAISES(lrintl(L(0.5L)), FE_INEXACT);

	/* remainders */
	S(fmodl(L(-7.5L), L(2.0L)), -1.5L);
	S(fmodl(L(7.0L), L(-2.0L)), 1.0L);
	S(fmodl(L(-0.0L), L(1.0L)), -0.0L);
	S(fmodl(L(5.0L), inf), 5.0L);
	S(fmodl(mx, tmin), 0.0L);
	S(fmodl(L(3.0L), L(0.75L)), 0.0L);
	S(fmodl(mn + tmin * 7, mn), 7 * LDBL_TRUE_MIN);
	CHECK(isnan(fmodl(L(1.0L), L(0.0L))));
	ERRNO(fmodl(L(1.0L), L(0.0L)), EDOM);
	ERRNO(fmodl(inf, L(1.0L)), EDOM);
	ERRNO(fmodl(nan, L(1.0L)), 0);
	RAISES(fmodl(inf, L(1.0L)), FE_INVALID);
	QUIET(fmodl(L(7.0L), L(0.3L)), FE_INEXACT);
	S(remainderl(L(7.0L), L(2.0L)), -1.0L);
	S(remainderl(L(5.0L), L(2.0L)), 1.0L);
	S(remainderl(L(-1.5L), L(2.0L)), 0.5L);
	S(remainderl(L(1.0L), inf), 1.0L);
	S(dreml(L(7.0L), L(2.0L)), -1.0L);
	ERRNO(remainderl(L(1.0L), L(0.0L)), EDOM);
	RAISES(remainderl(inf, L(2.0L)), FE_INVALID);
	{
		int q = 99;
		S(remquol(L(7.0L), L(2.0L), &q), -1.0L);
		QCHECK((q & 7) == 4);
		S(remquol(L(-7.0L), L(2.0L), &q), 1.0L);
		QCHECK(q < 0 && (-q & 7) == 4);
		S(remquol(L(10.0L), L(3.0L), &q), 1.0L);
		QCHECK((q & 7) == 3);
		S(remquol(L(1.5L), L(-2.0L), &q), -0.5L);
		QCHECK(q < 0 && (-q & 7) == 1);
		/* glibc's remquol leaves errno alone (remainderl sets EDOM) */
		ERRNO(remquol(L(1.0L), L(0.0L), &q), 0);
		RAISES(remquol(L(1.0L), L(0.0L), &q), FE_INVALID);
	}

	/* exponents */
	S(frexpl(L(-12.0L), &e), -0.75L);
	CHECK_EQ(e, 4);
	S(frexpl(tmin, &e), 0.5L);
	CHECK_EQ(e, LDBL_MIN_EXP - LDBL_MANT_DIG + 1);
	S(frexpl(L(-0.0L), &e), -0.0L);
	CHECK_EQ(e, 0);
	S(frexpl(inf, &e), inf);
	S(ldexpl(L(0.75L), 4), 12.0L);
	S(ldexpl(L(1.0L), LDBL_MIN_EXP - LDBL_MANT_DIG), LDBL_TRUE_MIN);
	S(scalbnl(L(1.0L), LDBL_MAX_EXP - 1), 0x1p16383L);
	S(scalblnl(L(1.0L), -100000L), 0.0L);
	S(scalbnl(mn, -1), LDBL_MIN / 2);
	ERRNO(ldexpl(L(1.0L), 20000), ERANGE);
	ERRNO(ldexpl(L(1.0L), -20000), ERANGE);
	ERRNO(ldexpl(L(1.0L), 100), 0);
	RAISES(ldexpl(L(1.0L), 20000), FE_OVERFLOW);
	RAISES(ldexpl(L(1.0L), -20000), FE_UNDERFLOW);
	RAISES(ldexpl(L(3.0L), LDBL_MIN_EXP - LDBL_MANT_DIG - 1), FE_UNDERFLOW | FE_INEXACT);
	QUIET(ldexpl(L(3.0L), LDBL_MIN_EXP - LDBL_MANT_DIG), FE_UNDERFLOW | FE_INEXACT);
	S(ldexpl(L(1.0L), 20000), INFINITY);
	S(ldexpl(L(-3.0L), LDBL_MIN_EXP - LDBL_MANT_DIG - 1), -2 * LDBL_TRUE_MIN);
	S(modfl(L(-3.25L), &ip), -0.25L);
	S(ip, -3.0L);
	S(modfl(-inf, &ip), -0.0L);
	S(ip, -INFINITY);
	S(modfl(L(5.0L), &ip), 0.0L);
	S(ip, 5.0L);
	CHECK_EQ(ilogbl(L(1024.5L)), 10);
	CHECK_EQ(ilogbl(tmin), LDBL_MIN_EXP - LDBL_MANT_DIG);
	CHECK_EQ(ilogbl(L(0.0L)), FP_ILOGB0);
	CHECK_EQ(ilogbl(nan), FP_ILOGBNAN);
	CHECK_EQ(ilogbl(inf), INT_MAX);
	RAISES(ilogbl(L(0.0L)), FE_INVALID);
	S(logbl(L(0.1L)), -4.0L);
	S(logbl(tmin), (ld)(LDBL_MIN_EXP - LDBL_MANT_DIG));
	S(logbl(-inf), INFINITY);
	S(logbl(L(0.0L)), -INFINITY);
	RAISES(logbl(L(-0.0L)), FE_DIVBYZERO);
	S(significandl(L(12.0L)), 1.5L);
	S(significandl(tmin), 1.0L);
	S(scalbl(L(1.0L), L(3.0L)), 8.0L);
	S(scalbl(L(2.0L), -inf), 0.0L);
	ERRNO(scalbl(L(1.0L), L(0.5L)), EDOM);

	/* neighbours */
	S(nextafterl(L(1.0L), L(2.0L)), 1.0L + LDBL_EPSILON);
	S(nextafterl(L(1.0L), L(0.0L)), 1.0L - LDBL_EPSILON / 2);
	S(nextafterl(L(0.0L), L(-1.0L)), -LDBL_TRUE_MIN);
	S(nextafterl(tmin, L(0.0L)), 0.0L);
	S(nextafterl(L(0.0L), L(-0.0L)), -0.0L);
	S(nextafterl(mx, inf), INFINITY);
	S(nextafterl(inf, L(0.0L)), LDBL_MAX);
	S(nextafterl(mn, L(0.0L)), LDBL_MIN - LDBL_TRUE_MIN);
	S(nextafterl(mn - tmin, L(1.0L)), LDBL_MIN);
	CHECK(isnan(nextafterl(nan, L(1.0L))));
	ERRNO(nextafterl(mx, inf), ERANGE);
	RAISES(nextafterl(mx, inf), FE_OVERFLOW | FE_INEXACT);
	RAISES(nextafterl(L(0.0L), L(1.0L)), FE_UNDERFLOW | FE_INEXACT);
	ERRNO(nextafterl(L(1.0L), L(2.0L)), 0);
	S(nexttowardl(L(1.0L), L(2.0L)), 1.0L + LDBL_EPSILON);
	CHECK(nexttoward(V_D(1.0), L(1.0L) + eps) == 1.0 + DBL_EPSILON);
	CHECK(nexttoward(V_D(1.0), L(1.0L) - eps) == 1.0 - DBL_EPSILON / 2);
	CHECK(nexttoward(V_D(1.0), L(1.0L)) == 1.0);
	CHECK(nexttoward(V_D(0.0), L(-0.0L)) == 0.0 && signbit(nexttoward(V_D(0.0), L(-0.0L))));
	CHECK(nexttoward(V_D(DBL_MAX), inf) == INFINITY);
	CHECK(isnan(nexttoward(V_D(1.0), nan)));
	CHECK(nexttowardf(V_F(1.0f), L(1.0L) - eps) == 1.0f - FLT_EPSILON / 2);
	CHECK(nexttowardf(V_F(-1.0f), -inf) == -1.0f - FLT_EPSILON);
	CHECK(nexttowardf(V_F(0.0f), L(1e-300L)) == FLT_TRUE_MIN);
	RAISES(nexttowardf(V_F(0.0f), L(1e-300L)), FE_UNDERFLOW);

	/* min, max, positive difference */
	S(fmaxl(nan, L(1.0L)), 1.0L);
	S(fmaxl(L(1.0L), nan), 1.0L);
	/* (the sign of a zero result from zeros of both signs is
	 * unspecified; glibc's differs from ferrolibc's) */
	CHECK(fmaxl(L(-0.0L), L(0.0L)) == 0);
	S(fmaxl(-inf, mx), LDBL_MAX);
	CHECK(fminl(L(0.0L), L(-0.0L)) == 0);
	S(fminl(nan, L(-2.0L)), -2.0L);
	S(fminl(L(3.0L), L(1.0L) + eps), 1.0L + LDBL_EPSILON);
	CHECK(isnan(fminl(nan, nan)));
	S(fdiml(L(1.0L), L(3.0L)), 0.0L);
	S(fdiml(L(3.0L), L(1.0L)), 2.0L);
	S(fdiml(inf, inf), 0.0L);
	S(fdiml(mx, -mx), INFINITY);
	ERRNO(fdiml(mx, -mx), ERANGE);
	CHECK(isnan(fdiml(nan, L(1.0L))));

	/* sqrtl: correctly rounded in every mode */
	S(sqrtl(L(4.0L)), 2.0L);
	S(sqrtl(L(-0.0L)), -0.0L);
	S(sqrtl(inf), INFINITY);
	S(sqrtl(tmin * 4), 2 * (ld)sqrtl(tmin));
	CHECK(isnan(sqrtl(L(-1.0L))));
	ERRNO(sqrtl(L(-1.0L)), EDOM);
	ERRNO(sqrtl(L(2.0L)), 0);
	RAISES(sqrtl(-inf), FE_INVALID);
	RAISES(sqrtl(L(2.0L)), FE_INEXACT);
	QUIET(sqrtl(L(0x1p-200L)), FE_INEXACT);
	{
		ld r[4];
		for (int i = 0; i < 4; i++) {
			fesetround(modes[i]);
			r[i] = sqrtl(L(2.0L));
		}
		fesetround(FE_TONEAREST);
		CHECK(r[1] == nextafterl(r[2], 2));
		CHECK(r[3] == r[2]);
		CHECK(r[0] == r[1] || r[0] == r[2]);
		/* the down result squared is below 2, the up one above */
		CHECK(fmal(r[2], r[2], L(-2.0L)) < 0 && fmal(r[1], r[1], L(-2.0L)) > 0);
		/* nearest: 1.41421356237309504880168872420969807856967187537694... */
		CHECK(fabsl(r[0] - 1.4142135623730950488016887242096980785697L) <= LDBL_EPSILON);
	}

	/* fmal: one rounding */
	S(fmal(L(1.0L) + eps, L(1.0L) - eps, L(-1.0L)), -LDBL_EPSILON * LDBL_EPSILON);
	S(fmal(mx, L(2.0L), -mx), LDBL_MAX);
	S(fmal(L(2.0L), L(3.0L), L(4.0L)), 10.0L);
	S(fmal(L(-0.0L), L(1.0L), L(-0.0L)), -0.0L);
	S(fmal(L(1.0L), L(1.0L), L(-1.0L)), 0.0L);
	S(fmal(L(1.0L), inf, L(5.0L)), INFINITY);
	S(fmal(tmin, L(0.5L), L(0.0L)), 0.0L);
	CHECK(isnan(fmal(inf, L(0.0L), L(1.0L))));
	CHECK(isnan(fmal(inf, L(1.0L), -inf)));
	RAISES(fmal(inf, L(0.0L), L(1.0L)), FE_INVALID);
	RAISES(fmal(mx, mx, L(0.0L)), FE_OVERFLOW);
	RAISES(fmal(tmin, L(0.5L), L(0.0L)), FE_UNDERFLOW);
	QUIET(fmal(L(2.0L), L(3.0L), L(4.0L)), FE_INEXACT);
	fesetround(FE_UPWARD);
	S(fmal(L(1.0L), L(1.0L), tmin), 1.0L + LDBL_EPSILON);
	fesetround(FE_DOWNWARD);
	S(fmal(L(1.0L), L(1.0L), -tmin), 1.0L - LDBL_EPSILON / 2);
	S(fmal(L(1.0L), L(1.0L), L(-1.0L)), -0.0L);
	fesetround(FE_TONEAREST);

	/* hypotl */
	S(hypotl(L(3.0L), L(-4.0L)), 5.0L);
	S(hypotl(L(-0.0L), L(-7.0L)), 7.0L);
	S(hypotl(inf, nan), INFINITY);
	S(hypotl(nan, -inf), INFINITY);
	CHECK(isnan(hypotl(nan, L(1.0L))));
	S(hypotl(mx, L(1.0L)), LDBL_MAX);
	S(hypotl(tmin * 3, tmin * 4), 5 * LDBL_TRUE_MIN);
	CHECK(fabsl(hypotl(mx / 2, mx / 2) / (mx / 2) - 1.4142135623730950488016887242096980785697L) <= 2 * LDBL_EPSILON);
	S(hypotl(mx, mx), INFINITY);
	ERRNO(hypotl(mx, mx), ERANGE);
	RAISES(hypotl(mx, mx), FE_OVERFLOW);

	/* cbrtl */
	/* exact cubes give exact roots (glibc's i386 cbrtl is an ulp off) */
#if defined(AGAINST_GLIBC) && defined(TEST_ARCH_I386)
	CHECK(fabsl(cbrtl(L(-27.0L)) + 3) <= 4 * LDBL_EPSILON);
#else
	S(cbrtl(L(-27.0L)), -3.0L);
	S(cbrtl(L(0x1p-300L)), 0x1p-100L);
	S(cbrtl(L(0x1.f4p+3L)), 0x1.4p+1L);
#endif
	S(cbrtl(L(-0.0L)), -0.0L);
	S(cbrtl(-inf), -INFINITY);
	CHECK(isnan(cbrtl(nan)));
	CHECK(fabsl(cbrtl(L(2.0L)) - 1.2599210498948731647672106072782283505703L) <= LDBL_EPSILON);
	CHECK(fabsl(cbrtl(mx) / 0x1p5461L - 1.2599210498948731647672L) < 1e-18L);

	/* nanl and the GNU classification functions */
	CHECK(isnan(nanl("")));
	CHECK(!signbit(nanl("")));
	{
		ld a = nanl("0x2a"), b = __builtin_nanl("0x2a");
		CHECK(memcmp(&a, &b, LDBL_MANT_DIG == 64 ? 10 : 16) == 0);
		a = nanl("junk");
		b = __builtin_nanl("");
		CHECK(memcmp(&a, &b, LDBL_MANT_DIG == 64 ? 10 : 16) == 0);
	}
	CHECK(finitel(mx) && finitel(tmin) && !finitel(inf) && !finitel(nan));
	/* (gcc may fold the call to its sign-less builtin) */
	CHECK((isinfl)(-inf) != 0);
	CHECK_EQ((isinfl)(inf), 1);
	CHECK_EQ((isinfl)(mx), 0);
	CHECK((isnanl)(nan) && !(isnanl)(inf));

	puts("ok");
	return 0;
}
