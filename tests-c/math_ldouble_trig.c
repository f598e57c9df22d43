// STDOUT: ok\n
// LIBS: -lm
/* The long double trigonometric functions: values (to two ulps, the
 * format's LDBL_EPSILON), huge arguments (the reduction modulo π/2 over
 * the whole exponent range), C17 Annex F special values, errno and the
 * exception flags. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

/* Through volatile pointers: gcc merges sinl and cosl of one argument
 * into one sincosl call, which it also moves across the errno writes. */
#define VIA(f) p_##f
#define PTR(f) static __typeof__(&f) volatile p_##f = f
PTR(sinl);
PTR(cosl);
PTR(tanl);
#define sinl(x) VIA(sinl)(x)
#define cosl(x) VIA(cosl)(x)
#define tanl(x) VIA(tanl)(x)

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


int main(void)
{
	ld inf = L(INFINITY), nan = L(NAN), mx = L(LDBL_MAX);
	ld pio2 = 1.57079632679489661923132169163975144209858469968755L;

	/* sinl, cosl, tanl, sincosl */
	S(sinl(L(-0.0L)), -0.0L);
	S(cosl(L(-0.0L)), 1.0L);
	S(tanl(L(-0.0L)), -0.0L);
	S(sinl(L(0x1p-16000L)), 0x1p-16000L);
	S(tanl(L(0x1p-16000L)), 0x1p-16000L);
	QUIET(sinl(L(0.0L)), FE_INEXACT);
	QUIET(cosl(L(0.0L)), FE_INEXACT);
	CHECK(isnan(sinl(inf)) && isnan(cosl(-inf)) && isnan(tanl(inf)));
	CHECK(isnan(sinl(nan)));
	/* EDOM (glibc's sinl sets it in a plain program but not after the
	 * calls above; not compared against it) */
#ifndef AGAINST_GLIBC
	ERRNO(sinl(inf), EDOM);
	ERRNO(cosl(-inf), EDOM);
	ERRNO(tanl(inf), EDOM);
#endif
	ERRNO(sinl(L(1.0L)), 0);
	RAISES(cosl(inf), FE_INVALID);
	RAISES(sinl(L(1.0L)), FE_INEXACT);
	NEAR(sinl(L(1.0L)), 0.841470984807896506652502321630298999622563061L);
	NEAR(cosl(L(1.0L)), 0.540302305868139717400936607442976603732310421L);
	NEAR(tanl(L(1.0L)), 1.55740772465490223050697480745836017308725077L);
	NEAR(sinl(L(-0.5L)), -0.479425538604203000273287935215571388081803368L);
	NEAR(cosl(L(3.0L)), -0.989992496600445457271572794731261302393679097L);
	NEAR(sinl(L(100.0L)), -0.506365641109758793656557610459785432065032721L);
	NEAR(cosl(L(-1e6L)), 0.936752127533144786938532535074918775708097804L);
	NEAR(tanl(L(1e6L)), -0.373624453987599029173497088575381419785303798L);
	NEAR(sinl(L(0x1p1000L)), -0.159201703086242438240048630820839033813686899L);
	NEAR(cosl(L(0x1p16000L)), 0.714881246233344453181191532977609170748327721L);
	NEAR(sinl(L(0x1p16383L)), 0.389362998589420812694811585261059540556260475L);
	NEAR(tanl(L(-0x1p5000L)), -0.662613201081071495151115810656684534160184052L);
	/* near π/2: the reduction keeps the full precision of the residual */
	{
		ld x = L(pio2);
		ld r = cosl(x);
		ld want = LDBL_MANT_DIG == 64 ? -2.50827880633416601177866354016537850691656987e-20L : 4.33590506506189051239852201302167598438116167e-35L;
		NEAR(r, want);
	}
	{
		ld s, c;
		sincosl(L(2.0L), &s, &c);
		NEAR(s, 0.909297426825681695396019865911744842702254971L);
		NEAR(c, -0.416146836547142386997568229500762189766000771L);
		sincosl(L(-0.0L), &s, &c);
		S(s, -0.0L);
		S(c, 1.0L);
		sincosl(inf, &s, &c);
		CHECK(isnan(s) && isnan(c));
	}
	{
		/* sin² + cos² = 1 across the range */
		static const ld xs[] = {0.25L, 7.0L, 1e10L, 1e300L, 0x1.234p8000L};
		for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
			ld s = sinl(L(xs[i])), c = cosl(L(xs[i]));
			CHECK(fabsl(s * s + c * c - 1) <= 4 * LDBL_EPSILON);
		}
	}

	/* asinl, acosl, atanl */
	S(asinl(L(-0.0L)), -0.0L);
	S(acosl(L(1.0L)), 0.0L);
	S(atanl(L(-0.0L)), -0.0L);
	S(asinl(L(0x1p-16000L)), 0x1p-16000L);
	S(atanl(L(0x1p-16000L)), 0x1p-16000L);
	CHECK(isnan(asinl(L(1.5L))) && isnan(acosl(L(-1.5L))) && isnan(asinl(inf)));
	ERRNO(asinl(L(1.5L)), EDOM);
	ERRNO(acosl(-inf), EDOM);
	RAISES(asinl(L(-2.0L)), FE_INVALID);
	NEAR(asinl(L(1.0L)), pio2);
	NEAR(asinl(L(-1.0L)), -pio2);
	NEAR(acosl(L(-1.0L)), 2 * pio2);
	NEAR(acosl(L(0.0L)), pio2);
	NEAR(atanl(inf), pio2);
	NEAR(atanl(-inf), -pio2);
	NEAR(atanl(L(1.0L)), pio2 / 2);
	NEAR(asinl(L(0.5L)), 0.523598775598298873077107230546583814032861567L);
	NEAR(asinl(L(-0.9921875L)), -1.44571480320191383763011841784698992201592237L);
	NEAR(acosl(L(0.25L)), 1.31811607165281796574566425464604046984639097L);
	NEAR(acosl(L(-0.75L)), 2.41885840577637762728426603063816952217195091L);
	NEAR(acosl(L(0.9990234375L)), 0.0441977711457153179265666879627552431330841011L);
	NEAR(atanl(L(0.125L)), 0.124354994546761435031354849163871025573170192L);
	NEAR(atanl(L(-3.0L)), -1.2490457723982544258299170772810901230778294L);
	NEAR(atanl(L(1e100L)), pio2);

	/* atan2l: C17 F.10.1.4 */
	S(atan2l(L(0.0L), L(1.0L)), 0.0L);
	S(atan2l(L(-0.0L), L(1.0L)), -0.0L);
	S(atan2l(L(0.0L), L(0.0L)), 0.0L);
	S(atan2l(L(-0.0L), L(0.0L)), -0.0L);
	NEAR(atan2l(L(0.0L), L(-0.0L)), 2 * pio2);
	NEAR(atan2l(L(-0.0L), L(-0.0L)), -2 * pio2);
	NEAR(atan2l(L(-0.0L), L(-5.0L)), -2 * pio2);
	NEAR(atan2l(L(3.0L), L(0.0L)), pio2);
	NEAR(atan2l(L(-3.0L), L(-0.0L)), -pio2);
	NEAR(atan2l(L(3.0L), -inf), 2 * pio2);
	S(atan2l(L(-3.0L), inf), -0.0L);
	NEAR(atan2l(inf, L(-1.0L)), pio2);
	NEAR(atan2l(-inf, -inf), -3 * pio2 / 2);
	NEAR(atan2l(inf, inf), pio2 / 2);
	CHECK(isnan(atan2l(nan, L(1.0L))) && isnan(atan2l(L(1.0L), nan)));
	NEAR(atan2l(L(1.0L), L(2.0L)), 0.463647609000806116214256231461214402028537054L);
	NEAR(atan2l(L(-1.0L), L(-2.0L)), -2.67794504458898712224838715181828848216863235L);
	NEAR(atan2l(L(2.0L), L(-1.0L)), 2.03444393579570273544557792310096584412712175L);
	NEAR(atan2l(L(1e-4000L), L(1e-4000L)), pio2 / 2);
	NEAR(atan2l(mx, L(0x1p-16000L)), pio2);
	ERRNO(atan2l(L(1.0L), L(2.0L)), 0);
	S(atan2l(L(0x1p-16000L), mx), 0.0L);
	ERRNO(atan2l(L(0x1p-16000L), mx), ERANGE);
	RAISES(atan2l(L(0x1p-16000L), mx), FE_UNDERFLOW);

	puts("ok");
	return 0;
}
