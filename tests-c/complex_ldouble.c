// LIBS: -lm
// CFLAGS: -fno-builtin
/* The long double forms of <complex.h> (C17 7.3, Annex G) on ordinary
 * values: every function against the double function on the same
 * arguments (the long double result rounded to double within 6 double
 * ulps: both err by a few ulps of their own format), against long double
 * constants to a few LDBL_EPSILON (so the long double precision is really
 * used), the results Annex G makes exact, branch cuts with the sign of a
 * zero part, cabsl/cargl/cpowl, and FE_OVERFLOW / FE_DIVBYZERO. The
 * special values are in complex_annexg.c. Every argument passes through a
 * volatile so the library is called. */
#define _GNU_SOURCE
#include "check.h"
#include <complex.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef double complex (*fd)(double complex);
typedef long double complex (*fld)(long double complex);
static const struct {
	const char *name;
	fd d;
	fld l;
} T[] = {
#define E(n) {#n, n, n##l},
	E(cacos) E(cacosh) E(casin) E(casinh) E(catan) E(catanh) E(ccos)
	E(ccosh) E(cexp) E(clog) E(csin) E(csinh) E(csqrt) E(ctan) E(ctanh)
	E(clog10)
};
static const double A[][2] = {
	{0.5, 0.25}, {-3, 2}, {0x1.4f8b588e368f1p-17, -7}, {20, -0.75},
	{-0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30}, {1.5, -1e-300},
	{1e10, 1e-10}, {-0.6, -0.8}, {1, 1}, {-2.5, 0.125}, {0.75, -3},
	{100, 100}, {-1e-5, 3e-5}, {0.999, 0.001}, {-700, 1},
};

static long long key(double x)
{
	int64_t i;
	memcpy(&i, &x, 8);
	return i < 0 ? -(i & INT64_MAX) : i;
}
static int near(double r, double e, long long tol)
{
	if (e == 0 || r == 0 || !isfinite(e) || !isfinite(r))
		return r == e && !signbit(r) == !signbit(e);
	long long d = key(r) - key(e);
	return d >= -tol && d <= tol;
}
/* |r - e| <= n ulps of long double, relative to |e| */
static int nearl(long double r, long double e, int n)
{
	long double d = r - e;
	if (d < 0)
		d = -d;
	long double a = e < 0 ? -e : e;
	return d <= n * LDBL_EPSILON * a;
}
static int samel(long double a, long double b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}
static double complex Z(double x, double y)
{
	volatile double a = x, b = y;
	return CMPLX(a, b);
}
static long double complex ZL(long double x, long double y)
{
	volatile long double a = x, b = y;
	return CMPLXL(a, b);
}
static long double L(long double x)
{
	volatile long double v = x;
	return v;
}

#define PIL 3.14159265358979323846264338327950288L
#define SQRT2L 1.41421356237309504880168872420969808L

int main(void)
{
	int bad = 0;
	for (unsigned f = 0; f < sizeof T / sizeof T[0]; f++) {
		for (unsigned i = 0; i < sizeof A / sizeof A[0]; i++) {
			volatile double x = A[i][0], y = A[i][1];
			double complex r = T[f].d(Z(x, y));
			long double complex rl = T[f].l(ZL(x, y));
			if (!near((double)creall(rl), creal(r), 6) ||
			    !near((double)cimagl(rl), cimag(r), 6)) {
				t_puts(2, T[f].name);
				t_puts(2, "l row ");
				t_putl(2, i);
				t_puts(2, "\n");
				bad++;
			}
		}
	}
	CHECK_EQ(bad, 0);

	/* long double precision */
	long double complex r;
	r = cexpl(ZL(1, 0));
	CHECK(nearl(creall(r), 2.71828182845904523536028747135266250L, 2) && cimagl(r) == 0);
	r = cexpl(ZL(0, PIL / 3));
	CHECK(nearl(creall(r), 0.5L, 4));
	CHECK(nearl(cimagl(r), 0.866025403784438646763723170752936183L, 4));
	r = clogl(ZL(0, 1));
	CHECK(creall(r) == 0 && !signbit(creall(r)) && nearl(cimagl(r), PIL / 2, 2));
	r = clogl(ZL(-2, 0));
	CHECK(nearl(creall(r), 0.693147180559945309417232121458176568L, 2));
	CHECK(nearl(cimagl(r), PIL, 2));
	r = clog10l(ZL(100, 0));
	CHECK(nearl(creall(r), 2, 2) && cimagl(r) == 0);
	r = csqrtl(ZL(2, 0));
	CHECK(nearl(creall(r), SQRT2L, 1) && cimagl(r) == 0);
	r = casinhl(ZL(1, 0));
	CHECK(nearl(creall(r), 0.881373587019543025232609324979792309L, 4) && cimagl(r) == 0);
	r = catanhl(ZL(0.5, 0));
	CHECK(nearl(creall(r), 0.549306144334054845697622618461262852L, 4) && cimagl(r) == 0);
	r = catanl(ZL(1, 0));
	CHECK(nearl(creall(r), PIL / 4, 2) && cimagl(r) == 0);
	r = casinl(ZL(0.5, 0));
	CHECK(nearl(creall(r), PIL / 6, 4) && cimagl(r) == 0);
	r = cacosl(ZL(0.5, 0));
	CHECK(nearl(creall(r), PIL / 3, 4) && cimagl(r) == 0 && signbit(cimagl(r)));
	r = cacoshl(ZL(2, 0));
	CHECK(nearl(creall(r), 1.31695789692481670862504634730796844L, 4) && cimagl(r) == 0);
	r = ccoshl(ZL(1, 0));
	CHECK(nearl(creall(r), 1.54308063481524377847790562075706168L, 4) && cimagl(r) == 0);
	r = csinhl(ZL(1, 0));
	CHECK(nearl(creall(r), 1.17520119364380145688238185059560082L, 4) && cimagl(r) == 0);
	r = ccosl(ZL(1, 0));
	CHECK(nearl(creall(r), 0.540302305868139717400936607442976604L, 4));
	r = csinl(ZL(1, 0));
	CHECK(nearl(creall(r), 0.841470984807896506652502321630298999L, 4) && cimagl(r) == 0);
	r = ctanl(ZL(1, 0));
	CHECK(nearl(creall(r), 1.55740772465490223050697480745836017L, 4) && cimagl(r) == 0);
	r = ctanhl(ZL(0, 1));
	CHECK(creall(r) == 0 && nearl(cimagl(r), 1.55740772465490223050697480745836017L, 4));
	r = csinl(ZL(0, 1));
	CHECK(creall(r) == 0 && nearl(cimagl(r), 1.17520119364380145688238185059560082L, 4));

	/* exact results */
	r = csqrtl(ZL(-4, 0));
	CHECK(samel(creall(r), 0) && cimagl(r) == 2);
	r = csqrtl(ZL(-4, -0.0L));
	CHECK(samel(creall(r), 0) && cimagl(r) == -2);
	r = csqrtl(ZL(0, 2));
	CHECK(creall(r) == 1 && cimagl(r) == 1);
	r = csqrtl(ZL(3, 4));
	CHECK(creall(r) == 2 && cimagl(r) == 1);
	r = cexpl(ZL(0, 0));
	CHECK(creall(r) == 1 && samel(cimagl(r), 0));
	r = clogl(ZL(1, -0.0L));
	CHECK(samel(creall(r), 0) && samel(cimagl(r), -0.0L));
	CHECK(L(cabsl(ZL(3, -4))) == 5);
	CHECK(L(cabsl(ZL(-INFINITY, NAN))) == INFINITY);
	CHECK(L(cabsl(ZL(LDBL_MAX, LDBL_MAX))) == INFINITY);
	CHECK(nearl(L(cabsl(ZL(1, 1))), SQRT2L, 1));
	CHECK(nearl(L(cabsl(ZL(LDBL_MAX / 2, LDBL_MAX / 2))), LDBL_MAX / 2 * SQRT2L, 1));
	CHECK(nearl(L(cargl(ZL(-1, 0))), PIL, 1));
	CHECK(nearl(L(cargl(ZL(-1, -0.0L))), -PIL, 1));
	CHECK(nearl(L(cargl(ZL(0, 2))), PIL / 2, 1));
	CHECK(samel(L(cargl(ZL(0, -0.0L))), -0.0L));
	CHECK(samel(L(cargl(ZL(-0.0L, 0))), L(PIL)));

	/* branch cuts: the sign of the zero part picks the side */
	r = clogl(ZL(-1, -0.0L));
	CHECK(samel(creall(r), 0) && nearl(cimagl(r), -PIL, 1));
	r = casinl(ZL(2, 0));
	CHECK(nearl(creall(r), PIL / 2, 1) && cimagl(r) > 0);
	r = casinl(ZL(2, -0.0L));
	CHECK(nearl(creall(r), PIL / 2, 1) && cimagl(r) < 0);
	CHECK(nearl(cimagl(r), -1.31695789692481670862504634730796844L, 4));
	r = cacosl(ZL(-2, 0));
	CHECK(nearl(creall(r), PIL, 1) && cimagl(r) < 0);
	r = cacosl(ZL(-2, -0.0L));
	CHECK(nearl(creall(r), PIL, 1) && cimagl(r) > 0);
	r = catanhl(ZL(2, 0));
	CHECK(nearl(cimagl(r), PIL / 2, 2));
	r = catanhl(ZL(2, -0.0L));
	CHECK(nearl(cimagl(r), -PIL / 2, 2));
	r = catanl(ZL(0, 2));
	CHECK(nearl(creall(r), PIL / 2, 2));
	r = catanl(ZL(-0.0L, 2));
	CHECK(nearl(creall(r), -PIL / 2, 2));
	r = cacoshl(ZL(0.5, -0.0L));
	CHECK(samel(creall(r), 0) && nearl(cimagl(r), -PIL / 3, 4));
	r = casinhl(ZL(0, 2));
	CHECK(creall(r) > 0 && nearl(cimagl(r), PIL / 2, 1));
	r = casinhl(ZL(-0.0L, 2));
	CHECK(creall(r) < 0);

	/* cpowl: cexpl(w clogl z) */
	r = cpowl(ZL(2, 0), ZL(0.5, 0));
	CHECK(nearl(creall(r), SQRT2L, 8) && fabsl(cimagl(r)) <= 8 * LDBL_EPSILON);
	r = cpowl(ZL(0, 1), ZL(2, 0));
	CHECK(nearl(creall(r), -1, 8) && fabsl(cimagl(r)) <= 8 * LDBL_EPSILON);
	r = cpowl(ZL(-8, 0), ZL(1.0L / 3, 0));
	CHECK(nearl(creall(r), 1, 8) && nearl(cimagl(r), 1.73205080756887729352744634150587237L, 8));

	/* flags */
	feclearexcept(FE_ALL_EXCEPT);
	r = cexpl(ZL(20000, 0.5));
	CHECK(isinf(creall(r)) && isinf(cimagl(r)) && fetestexcept(FE_OVERFLOW));
	/* e^x overflows but e^x · sin y does not: no spurious overflow */
	feclearexcept(FE_ALL_EXCEPT);
	r = cexpl(ZL(11400, 1e-30L));
	CHECK(isinf(creall(r)) && isfinite(cimagl(r)) && cimagl(r) > 1e4900L);
	r = cexpl(ZL(-20000, 1));
	CHECK(samel(creall(r), 0) && samel(cimagl(r), 0));
	feclearexcept(FE_ALL_EXCEPT);
	r = clogl(ZL(0, 0));
	CHECK(creall(r) == -INFINITY && samel(cimagl(r), 0) && fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	r = catanhl(ZL(1, 0));
	CHECK(creall(r) == INFINITY && fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	r = ccoshl(ZL(1e5, 1));
	CHECK(isinf(creall(r)) && isinf(cimagl(r)) && fetestexcept(FE_OVERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	r = ctanhl(ZL(1e5, 1));
	CHECK(creall(r) == 1 && cimagl(r) == 0 && !fetestexcept(FE_OVERFLOW | FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	r = csqrtl(ZL(LDBL_MAX, LDBL_MAX));
	CHECK(isfinite(creall(r)) && isfinite(cimagl(r)) && !fetestexcept(FE_OVERFLOW));
	CHECK(fabsl(creall(r) / sqrtl(LDBL_MAX) - 1.09868411346781) < 1e-12L);
	r = csqrtl(ZL(LDBL_TRUE_MIN, LDBL_TRUE_MIN));
	CHECK(creall(r) > 0 && cimagl(r) > 0);
	r = casinhl(ZL(1e4000L, 1e4000L));
	CHECK(isfinite(creall(r)) && nearl(cimagl(r), PIL / 4, 2));

	/* directed rounding: exact zeros keep their Annex F signs */
	int modes[] = {FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
	for (unsigned m = 0; m < 3; m++) {
		CHECK_EQ(fesetround(modes[m]), 0);
		r = clogl(ZL(1, 0));
		CHECK(samel(creall(r), 0) && samel(cimagl(r), 0));
		r = clogl(ZL(-1, 0));
		CHECK(samel(creall(r), 0) && fabsl(cimagl(r) - PIL) <= 2 * LDBL_EPSILON);
		r = csqrtl(ZL(1, -0.0L));
		CHECK(creall(r) == 1 && samel(cimagl(r), -0.0L));
		r = cexpl(ZL(0, -0.0L));
		CHECK(creall(r) == 1 && samel(cimagl(r), -0.0L));
		r = catanhl(ZL(0, 0));
		CHECK(samel(creall(r), 0) && samel(cimagl(r), 0));
		r = casinhl(ZL(-0.0L, 0));
		CHECK(samel(creall(r), -0.0L) && samel(cimagl(r), 0));
	}
	fesetround(FE_TONEAREST);
	return 0;
}
