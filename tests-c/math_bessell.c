// STDOUT: ok\n
// LIBS: -lm
/* The GNU long double Bessel functions j0l j1l jnl y0l y1l ynl: values
 * against MPFR (correctly rounded, per format; within 1 ulp here, within
 * glibc's documented 9 ulps against glibc), symmetries in n and x, and
 * glibc's special cases, errno and exception flags: j at ±0 and ±inf,
 * the poles of y at 0 (ERANGE, FE_DIVBYZERO), y of x < 0 (EDOM,
 * FE_INVALID), underflow to zero (ERANGE) and overflow of y (ERANGE). */
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
static int sameld(ld a, ld b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}
#define S(a, b) CHECK(sameld((a), (b)))
static int near(ld got, ld want, int n)
{
	ld d = fabsl(got - want), u = fabsl(want) * LDBL_EPSILON;
	return d <= n * u;
}
#ifdef __FERRO_LDBL_MATH
#define TOL 1
#else
#define TOL 9
#endif
#define ERRNO(call, e)                          \
	do {                                    \
		errno = 0;                      \
		volatile ld r_ = (call);        \
		(void)r_;                       \
		CHECK_EQ(errno, e);             \
	} while (0)
#define RAISES(call, f)                         \
	do {                                    \
		feclearexcept(FE_ALL_EXCEPT);   \
		volatile ld r_ = (call);        \
		(void)r_;                       \
		CHECK_EQ(fetestexcept(f), (f)); \
	} while (0)

enum { J0, J1, Y0, Y1, JN, YN };
static ld call(int f, int n, ld x)
{
	switch (f) {
	case J0:
		return j0l(L(x));
	case J1:
		return j1l(L(x));
	case Y0:
		return y0l(L(x));
	case Y1:
		return y1l(L(x));
	case JN:
		return jnl(n, L(x));
	default:
		return ynl(n, L(x));
	}
}

/* (function, order, x, the correctly rounded result from MPFR) */
static const struct {
	int f, n;
	ld x, y;
} vals[] = {
#if LDBL_MANT_DIG == 64
	{J0, 0, 1.5L, 0x8.30723674b28d6eap-4L},
	{J0, 0, 2.5L, -0xc.62e111967f9de88p-8L},
	{J0, 0, 100L, 0xa.3b95dae0f7b895bp-9L},
	{J0, 0, 1e10L, 0x9.20061b4ee38f6acp-22L},
	{J1, 0, 0.5L, 0xf.81538fa4386b441p-6L},
	{J1, 0, 7L, -0x9.9725edad4b40139p-11L},
	{J1, 0, -3L, -0xa.d9922c491c67c9dp-5L},
	{J1, 0, 60.25L, 0xb.74fb50a53bdea3ep-9L},
	{Y0, 0, 0.5L, -0xe.397f59dbdc50ee5p-5L},
	{Y0, 0, 3L, 0xc.0f27c0901214e6dp-5L},
	{Y0, 0, 60L, 0xc.1fb75ee993d7147p-8L},
	{Y0, 0, 1e-30L, -0xb.0332387f5e687f8p+2L},
	{Y1, 0, 1L, -0xc.7fd903eb35ca24fp-4L},
	{Y1, 0, 10L, 0xf.efde63cac79e011p-6L},
	{Y1, 0, 75L, -0x9.03c547a2106fa15p-8L},
	{JN, 3, 2.5L, 0xd.dcc7e2f4155d907p-6L},
	{JN, -5, 10L, 0xe.fadd34341992bddp-6L},
	{JN, 20, 5L, 0xf.3ae4975b4d18926p-39L},
	{JN, 2, 100L, -0xb.05d1396fb406309p-9L},
	{JN, 4, -1.25L, 0xc.093ced497712ecdp-11L},
	{YN, 2, 2.5L, -0xc.33e73d292659805p-5L},
	{YN, 5, 10L, 0x8.aa718b66b0c645cp-6L},
	{YN, -3, 2.5L, 0xc.18cda60849eff31p-4L},
	{YN, 10, 100L, 0xe.eed16bab6acb2a8p-8L},
	{YN, 30, 5L, -0xd.fa166879518224ep+58L},
#else
	{J0, 0, 1.5L, 0x1.060e46ce9651add49dfb7f7696eap-1L},
	{J0, 0, 2.5L, -0x1.8c5c2232cff3bd10b4c01d510b65p-5L},
	{J0, 0, 100L, 0x1.4772bb5c1ef712b5115a104d874fp-6L},
	{J0, 0, 1e10L, 0x1.2400c369dc71ed5864cd5240f461p-19L},
	{J1, 0, 0.5L, 0x1.f02a71f4870d68829908d1298f5ap-3L},
	{J1, 0, 7L, -0x1.32e4bdb5a9680272ae0f1beb22edp-8L},
	{J1, 0, -3L, -0x1.5b324589238cf93999cde84a5daap-2L},
	{J1, 0, 60.25L, 0x1.6e9f6a14a77bd47b04825be5c4f0p-6L},
	{Y0, 0, 0.5L, -0x1.c72feb3b7b8a1dca1e1e4472aac6p-2L},
	{Y0, 0, 3L, 0x1.81e4f81202429cd9597c23d1fba0p-2L},
	{Y0, 0, 60L, 0x1.83f6ebdd327ae28d506db38505bap-5L},
	{Y0, 0, 1e-30L, -0x1.6066470febcd0fefbd276e97c7c1p+5L},
	{Y1, 0, 1L, -0x1.8ffb207d66b9449de59bf12b032cp-1L},
	{Y1, 0, 10L, 0x1.fdfbcc7958f3c02268b65b92818cp-3L},
	{Y1, 0, 75L, -0x1.2078a8f4420df42aba704e3a5146p-5L},
	{JN, 3, 2.5L, 0x1.bb98fc5e82abb20d377d0fadde40p-3L},
	{JN, -5, 10L, 0x1.df5ba686833257ba60a60f1c727dp-3L},
	{JN, 20, 5L, 0x1.e75c92eb69a3124b5b8b2d1cb7b9p-36L},
	{JN, 2, 100L, -0x1.60ba272df680c6122b3769a1fbe3p-6L},
	{JN, 4, -1.25L, 0x1.81279da92ee25d99d98a18d2b1f2p-8L},
	{YN, 2, 2.5L, -0x1.867ce7a524cb30093bd06ff0946bp-2L},
	{YN, 5, 10L, 0x1.154e316cd618c8b79702e8be31bbp-3L},
	{YN, -3, 2.5L, 0x1.8319b4c1093dfe62d671ffdb32bep-1L},
	{YN, 10, 100L, 0x1.ddda2d756d596550b181044b1e1dp-5L},
	{YN, 30, 5L, -0x1.bf42cd0f2a30449cfb15286ee137p+61L},
#endif
};

int main(void)
{
	for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
		CHECK(near(call(vals[i].f, vals[i].n, vals[i].x), vals[i].y, TOL));
	/* j0 is even, j1 odd; the order's and the argument's symmetries */
	S(j0l(L(-2.5L)), j0l(L(2.5L)));
	S(j1l(L(-2.5L)), -j1l(L(2.5L)));
	S(jnl(0, L(2.5L)), j0l(L(2.5L)));
	S(jnl(1, L(2.5L)), j1l(L(2.5L)));
	S(ynl(0, L(2.5L)), y0l(L(2.5L)));
	S(ynl(1, L(2.5L)), y1l(L(2.5L)));
	S(jnl(-2, L(2.5L)), jnl(2, L(2.5L)));
	S(jnl(-3, L(2.5L)), -jnl(3, L(2.5L)));
	S(jnl(3, L(-2.5L)), -jnl(3, L(2.5L)));
	S(jnl(2, L(-2.5L)), jnl(2, L(2.5L)));
	S(ynl(-2, L(2.5L)), ynl(2, L(2.5L)));
	S(ynl(-3, L(2.5L)), -ynl(3, L(2.5L)));
	/* zeros and infinities */
	S(j0l(L(0.0L)), 1.0L);
	S(j0l(L(-0.0L)), 1.0L);
	S(j0l(L(INFINITY)), 0.0L);
	S(j0l(L(-INFINITY)), 0.0L);
	S(j1l(L(0.0L)), 0.0L);
	S(j1l(L(-0.0L)), -0.0L);
	S(j1l(L(INFINITY)), 0.0L);
	/* -0 here and in glibc's x87 j1l, +0 in its binary128 one */
	CHECK(j1l(L(-INFINITY)) == 0);
	S(jnl(3, L(0.0L)), 0.0L);
	S(jnl(3, L(-0.0L)), -0.0L);
	S(jnl(2, L(-0.0L)), 0.0L);
	S(jnl(-3, L(0.0L)), -0.0L);
	S(jnl(-3, L(-0.0L)), 0.0L);
	S(jnl(3, L(INFINITY)), 0.0L);
	S(jnl(3, L(-INFINITY)), -0.0L);
	S(jnl(-3, L(INFINITY)), -0.0L);
	S(jnl(2, L(-INFINITY)), 0.0L);
	S(y0l(L(INFINITY)), 0.0L);
	S(y1l(L(INFINITY)), 0.0L);
	S(ynl(3, L(INFINITY)), 0.0L);
	CHECK(isnan(j0l(L(NAN))) && isnan(y1l(L(NAN))) && isnan(jnl(3, L(NAN))) && isnan(ynl(3, L(NAN))));
	/* no error for NaN, ±inf and zero in j */
	ERRNO(j0l(L(NAN)), 0);
	ERRNO(j1l(L(-INFINITY)), 0);
	ERRNO(jnl(5, L(0.0L)), 0);
	/* the poles of y at +0: -inf (+inf for negative odd n), ERANGE */
	S(y0l(L(0.0L)), -INFINITY);
	S(y1l(L(0.0L)), -INFINITY);
	S(ynl(3, L(0.0L)), -INFINITY);
	S(ynl(3, L(-0.0L)), -INFINITY);
	S(ynl(-3, L(0.0L)), INFINITY);
	S(ynl(-2, L(0.0L)), -INFINITY);
	ERRNO(y0l(L(0.0L)), ERANGE);
	ERRNO(y1l(L(0.0L)), ERANGE);
	ERRNO(ynl(3, L(0.0L)), ERANGE);
	RAISES(ynl(3, L(0.0L)), FE_DIVBYZERO);
	/* y of x < 0: NaN, EDOM, FE_INVALID */
	CHECK(isnan(y0l(L(-1.0L))) && isnan(y1l(L(-1.0L))) && isnan(ynl(2, L(-1.0L))));
	CHECK(isnan(y0l(L(-INFINITY))) && isnan(ynl(3, L(-INFINITY))));
	ERRNO(y0l(L(-1.0L)), EDOM);
	ERRNO(y1l(L(-INFINITY)), EDOM);
	ERRNO(ynl(3, L(-2.5L)), EDOM);
	RAISES(y0l(L(-1.0L)), FE_INVALID);
	RAISES(ynl(2, L(-1.0L)), FE_INVALID);
	/* tiny arguments: j0 → 1 (inexact), j1 → x/2 (underflow, no errno),
	 * y0 ≈ (2/π)·log x, y1 overflows to -inf (ERANGE) */
	S(j0l(L(0x1p-16000L)), 1.0L);
#ifdef __FERRO_LDBL_MATH
	/* glibc's binary128 j0l leaves FE_INEXACT clear */
	RAISES(j0l(L(0x1p-16000L)), FE_INEXACT);
#endif
	S(j1l(L(0x1p-16000L)), 0x1p-16001L);
	S(j1l(L(-0x1p-16000L)), -0x1p-16001L);
	S(j1l(L(LDBL_TRUE_MIN * 4)), LDBL_TRUE_MIN * 2);
	ERRNO(j1l(L(LDBL_TRUE_MIN * 4)), 0);
	RAISES(j1l(L(LDBL_TRUE_MIN * 4)), FE_UNDERFLOW);
	CHECK(y0l(L(0x1p-16000L)) > -7060.42L && y0l(L(0x1p-16000L)) < -7060.40L);
	S(y1l(L(0x1p-16440L)), -INFINITY);
	ERRNO(y1l(L(0x1p-16440L)), ERANGE);
	RAISES(y1l(L(0x1p-16440L)), FE_OVERFLOW);
	/* underflow to zero and overflow for large orders */
	S(jnl(5000, L(1.0L)), 0.0L);
	ERRNO(jnl(5000, L(1.0L)), ERANGE);
	S(jnl(2, L(0x1p-8300L)), 0.0L);
	ERRNO(jnl(2, L(0x1p-8300L)), ERANGE);
	S(ynl(5000, L(1.0L)), -INFINITY);
	ERRNO(ynl(5000, L(1.0L)), ERANGE);
	RAISES(ynl(5000, L(1.0L)), FE_OVERFLOW);
	CHECK(jnl(1000, L(1.0L)) > 0 && jnl(1000, L(1.0L)) < 1e-2800L);
	ERRNO(jnl(1000, L(1.0L)), 0);
	/* huge arguments: small, finite, no error */
	ERRNO(j0l(L(0x1p16000L)), 0);
	CHECK(fabsl(j0l(L(0x1p16000L))) < 1e-2400L);
	CHECK(fabsl(y1l(L(0x1p16000L))) < 1e-2400L);
	CHECK(fabsl(jnl(10, L(1e20L))) < 1e-10L);
	t_puts(1, "ok\n");
	return 0;
}
