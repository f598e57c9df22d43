// STDOUT: ok\n
// LIBS: -lm
/* The long double exponentials, logarithms, powl and the hyperbolic
 * functions, tgammal, erfl and erfcl: values (to a few
 * ulps, the format's LDBL_EPSILON), exact cases, C17 Annex F special
 * values, errno and the exception flags. */
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

/* ferrolibc is exact (and raises no FE_INEXACT) where the result is
 * representable; glibc is not always, so against it only near. */
#ifdef AGAINST_GLIBC
#define SX(a, b) NEAR(a, b)
#define QX(call, f) SINK(call)
#else
#define SX(a, b) S(a, b)
#define QX(call, f) QUIET(call, f)
#endif

int main(void)
{
	ld inf = L(INFINITY), nan = L(NAN), mx = L(LDBL_MAX);

	/* expl */
	S(expl(L(0.0L)), 1.0L);
	S(expl(L(-0.0L)), 1.0L);
	S(expl(inf), INFINITY);
	S(expl(-inf), 0.0L);
	CHECK(isnan(expl(nan)));
	NEAR(expl(L(1.0L)), 2.71828182845904523536028747135266249775724709L);
	NEAR(expl(L(-1.0L)), 0.367879441171442321595523770161460867445811131L);
	NEAR(expl(L(100.0L)), 2.68811714181613544841262555158001358736111188e+43L);
	NEAR(expl(L(-100.5L)), 2.25634013591703631320281828241534366417520786e-44L);
	NEAR(expl(L(1e-30L)), 1.000000000000000000000000000001L);
	S(expl(L(12000.0L)), INFINITY);
	S(expl(L(-12000.0L)), 0.0L);
	ERRNO(expl(L(12000.0L)), ERANGE);
	ERRNO(expl(L(-12000.0L)), ERANGE);
	ERRNO(expl(L(1.0L)), 0);
	RAISES(expl(L(12000.0L)), FE_OVERFLOW | FE_INEXACT);
	RAISES(expl(L(-12000.0L)), FE_UNDERFLOW | FE_INEXACT);
	RAISES(expl(L(1.0L)), FE_INEXACT);
	QUIET(expl(L(0.0L)), FE_INEXACT);
	fesetround(FE_TOWARDZERO);
	S(expl(L(12000.0L)), LDBL_MAX);
	fesetround(FE_UPWARD);
	S(expl(L(-12000.0L)), LDBL_TRUE_MIN);
	CHECK(expl(L(1.0L)) > 2.71828182845904523536028747135266249775724709L ||
	      expl(L(1.0L)) == (ld)2.71828182845904523536028747135266249775724709L);
	fesetround(FE_TONEAREST);

	/* exp2l, exp10l: exact at the integers */
	SX(exp2l(L(10.0L)), 1024.0L);
	SX(exp2l(L(-16000.0L)), 0x1p-16000L);
	SX(exp2l(L(LDBL_MIN_EXP - LDBL_MANT_DIG)), LDBL_TRUE_MIN);
	QX(exp2l(L(-3.0L)), FE_INEXACT);
	NEAR(exp2l(L(0.5L)), 1.41421356237309504880168872420969807856967188L);
	NEAR(exp2l(L(-1000.25L)), 7.84778031286066973799203915176228965389804159e-302L);
	S(exp2l(L(16384.0L)), INFINITY);
	ERRNO(exp2l(L(16384.0L)), ERANGE);
	ERRNO(exp2l(L(-17000.0L)), ERANGE);
	S(exp2l(-inf), 0.0L);
	SX(exp10l(L(3.0L)), 1000.0L);
	SX(exp10l(L(20.0L)), 1e20L);
	SX(exp10l(L(0.0L)), 1.0L);
	QX(exp10l(L(15.0L)), FE_INEXACT);
	NEAR(exp10l(L(-1.0L)), 0.1L);
	NEAR(exp10l(L(0.5L)), 3.16227766016837933199889354443271853371955514L);
	NEAR(exp10l(L(4000.25L)), 1.77827941003892280122542119519268484473579053e+4000L);
	S(exp10l(L(5000.0L)), INFINITY);
	ERRNO(exp10l(L(5000.0L)), ERANGE);
	ERRNO(exp10l(L(-5000.0L)), ERANGE);

	/* expm1l */
	S(expm1l(L(0.0L)), 0.0L);
	S(expm1l(L(-0.0L)), -0.0L);
	S(expm1l(-inf), -1.0L);
	S(expm1l(inf), INFINITY);
	NEAR(expm1l(L(1e-10L)), 1.00000000005000000000166666666670833333333417e-10L);
	NEAR(expm1l(L(-0.3L)), -0.259181779318282133933126220682183127817748768L);
	NEAR(expm1l(L(2.0L)), 6.38905609893065022723042746057500781318031557L);
	S(expm1l(L(-200.0L)), -1.0L);
	S(expm1l(L(0x1p-16000L)), 0x1p-16000L);
	S(expm1l(L(12000.0L)), INFINITY);
	ERRNO(expm1l(L(12000.0L)), ERANGE);
	ERRNO(expm1l(L(-200.0L)), 0);

	/* logl, log2l, log10l, log1pl */
	S(logl(L(1.0L)), 0.0L);
	S(logl(inf), INFINITY);
	S(logl(L(0.0L)), -INFINITY);
	S(logl(L(-0.0L)), -INFINITY);
	CHECK(isnan(logl(L(-1.0L))));
	CHECK(isnan(logl(-inf)));
	ERRNO(logl(L(0.0L)), ERANGE);
	ERRNO(logl(L(-1.0L)), EDOM);
	ERRNO(logl(L(2.0L)), 0);
	RAISES(logl(L(0.0L)), FE_DIVBYZERO);
	RAISES(logl(L(-1.0L)), FE_INVALID);
	QUIET(logl(L(1.0L)), FE_INEXACT);
	NEAR(logl(L(2.0L)), 0.693147180559945309417232121458176568075500134L);
	NEAR(logl(L(10.0L)), 2.30258509299404568401799145468436420760110149L);
	NEAR(logl(L(1e-4000L)), -9210.34037197618273607196581873745683040440595L);
	NEAR(logl(mx), LDBL_MANT_DIG == 64 ? 11356.5234062941439494918768678621406161272924L : 11356.5234062941439494919310779707648912526977L);
	NEAR(logl(L(LDBL_TRUE_MIN)), (LDBL_MIN_EXP - LDBL_MANT_DIG) * 0.693147180559945309417232121458176568075500134L);
	NEAR(logl(L(1.0L) + LDBL_EPSILON), LDBL_EPSILON);
	NEAR(logl(L(0.75L)), -0.287682072451780927439219005993827431503509711L);
	SX(log2l(L(1024.0L)), 10.0L);
	SX(log2l(L(0x1p-16000L)), -16000.0L);
	QX(log2l(L(0x1p-100L)), FE_INEXACT);
	NEAR(log2l(L(3.0L)), 1.58496250072115618145373894394781650875981441L);
	S(log2l(L(0.0L)), -INFINITY);
	ERRNO(log2l(L(-2.0L)), EDOM);
	SX(log10l(L(1000.0L)), 3.0L);
	SX(log10l(L(1e20L)), 20.0L);
	S(log10l(L(1.0L)), 0.0L);
	QX(log10l(L(1e15L)), FE_INEXACT);
	NEAR(log10l(L(2.0L)), 0.301029995663981195213738894724493026768189881L);
	NEAR(log10l(L(1e-300L)), -300.0L);
	ERRNO(log10l(L(0.0L)), ERANGE);
	S(log1pl(L(0.0L)), 0.0L);
	S(log1pl(L(-0.0L)), -0.0L);
	S(log1pl(L(-1.0L)), -INFINITY);
	S(log1pl(inf), INFINITY);
	CHECK(isnan(log1pl(L(-2.0L))));
	CHECK(isnan(log1pl(-inf)));
	ERRNO(log1pl(L(-1.0L)), ERANGE);
	ERRNO(log1pl(L(-2.0L)), EDOM);
	RAISES(log1pl(L(-1.0L)), FE_DIVBYZERO);
	S(log1pl(L(0x1p-16000L)), 0x1p-16000L);
	NEAR(log1pl(L(1e-10L)), 9.99999999950000000003333333333083333333353333e-11L);
	NEAR(log1pl(L(-0.25L)), -0.287682072451780927439219005993827431503509711L);
	NEAR(log1pl(L(3.0L)), 1.38629436111989061883446424291635313615100027L);

	/* powl: C17 F.10.4.4 */
	S(powl(nan, L(0.0L)), 1.0L);
	S(powl(L(1.0L), nan), 1.0L);
	S(powl(L(-1.0L), inf), 1.0L);
	S(powl(L(-1.0L), -inf), 1.0L);
	CHECK(isnan(powl(nan, L(1.0L))));
	CHECK(isnan(powl(L(2.0L), nan)));
	S(powl(L(0.0L), L(3.0L)), 0.0L);
	S(powl(L(-0.0L), L(3.0L)), -0.0L);
	S(powl(L(-0.0L), L(2.0L)), 0.0L);
	S(powl(L(-0.0L), L(0.5L)), 0.0L);
	S(powl(L(-0.0L), L(-3.0L)), -INFINITY);
	S(powl(L(0.0L), L(-2.0L)), INFINITY);
	S(powl(L(-0.0L), L(-0.5L)), INFINITY);
	ERRNO(powl(L(0.0L), L(-2.0L)), ERANGE);
	RAISES(powl(L(-0.0L), L(-3.0L)), FE_DIVBYZERO);
	S(powl(L(0.5L), inf), 0.0L);
	S(powl(L(0.5L), -inf), INFINITY);
	S(powl(L(1.5L), inf), INFINITY);
	S(powl(L(-1.5L), -inf), 0.0L);
	S(powl(-inf, L(-3.0L)), -0.0L);
	S(powl(-inf, L(-2.0L)), 0.0L);
	S(powl(-inf, L(3.0L)), -INFINITY);
	S(powl(-inf, L(2.5L)), INFINITY);
	S(powl(inf, L(-0.5L)), 0.0L);
	S(powl(inf, L(0.5L)), INFINITY);
	CHECK(isnan(powl(L(-2.0L), L(0.5L))));
	ERRNO(powl(L(-2.0L), L(0.5L)), EDOM);
	RAISES(powl(L(-2.0L), L(0.5L)), FE_INVALID);
	SX(powl(L(2.0L), L(10.0L)), 1024.0L);
	SX(powl(L(-3.0L), L(3.0L)), -27.0L);
	SX(powl(L(10.0L), L(19.0L)), 1e19L);
	SX(powl(L(2.0L), L(-16000.0L)), 0x1p-16000L);
	SX(powl(L(0.5L), L(-3.0L)), 8.0L);
	SX(powl(L(4.0L), L(0.5L)), 2.0L);
	SX(powl(L(-8.0L), L(-1.0L)), -0.125L);
	QX(powl(L(3.0L), L(4.0L)), FE_INEXACT);
	NEAR(powl(L(2.0L), L(0.5L)), 1.41421356237309504880168872420969807856967188L);
	NEAR(powl(L(10.0L), L(-1.0L)), 0.1L);
	NEAR(powl(L(1.0L) + LDBL_EPSILON, L(1.0L) / LDBL_EPSILON), 2.71828182845904523536028747135266249775724709L);
	NEAR(powl(L(7.0L), L(1234.5L)), 1.8772858107564992482206332696281470292981567e+1043L);
	NEAR(powl(L(-1.125L), L(101.0L)), -146691.438421749734664160500374005175129099669L);
	S(powl(L(10.0L), L(5000.0L)), INFINITY);
	S(powl(L(-10.0L), L(5001.0L)), -INFINITY);
	S(powl(L(10.0L), L(-5000.0L)), 0.0L);
	ERRNO(powl(L(10.0L), L(5000.0L)), ERANGE);
	ERRNO(powl(L(10.0L), L(-5000.0L)), ERANGE);
	ERRNO(powl(L(10.0L), L(50.5L)), 0);
	RAISES(powl(L(10.0L), L(5000.0L)), FE_OVERFLOW);
	RAISES(powl(L(10.0L), L(-5000.0L)), FE_UNDERFLOW);

	/* hyperbolic */
	S(sinhl(L(-0.0L)), -0.0L);
	S(sinhl(-inf), -INFINITY);
	S(sinhl(L(0x1p-16000L)), 0x1p-16000L);
	NEAR(sinhl(L(1e-5L)), 1.00000000001666666666675000000000019841269841e-5L);
	NEAR(sinhl(L(-0.75L)), -0.822316731935829980703661634446913848582144003L);
	NEAR(sinhl(L(100.0L)), 1.34405857090806772420631277579000679368055594e+43L);
	S(sinhl(L(12000.0L)), INFINITY);
	ERRNO(sinhl(L(-12000.0L)), ERANGE);
	RAISES(sinhl(L(12000.0L)), FE_OVERFLOW);
	S(coshl(L(0.0L)), 1.0L);
	S(coshl(-inf), INFINITY);
	NEAR(coshl(L(0.5L)), 1.12762596520638078522622516140267201254784712L);
	NEAR(coshl(L(-30.0L)), 5.34323729076223107349523437215881566921312053e+12L);
	ERRNO(coshl(L(12000.0L)), ERANGE);
	S(tanhl(L(-0.0L)), -0.0L);
	S(tanhl(inf), 1.0L);
	S(tanhl(-inf), -1.0L);
	S(tanhl(L(100.0L)), 1.0L);
	NEAR(tanhl(L(0.25L)), 0.244918662403709129277801131491016957506558731L);
	NEAR(tanhl(L(-3.0L)), -0.995054753686730451331880185255488475097813855L);
	S(asinhl(L(-0.0L)), -0.0L);
	S(asinhl(-inf), -INFINITY);
	NEAR(asinhl(L(0.5L)), 0.481211825059603447497758913424368423135184334L);
	NEAR(asinhl(L(-1e30L)), -69.7706999703813158299569757619891027961085448L);
	S(acoshl(L(1.0L)), 0.0L);
	S(acoshl(inf), INFINITY);
	NEAR(acoshl(L(1.5L)), 0.962423650119206894995517826848736846270368669L);
	NEAR(acoshl(L(1e300L)), 691.468675078773650514814668526767438848405947L);
	CHECK(isnan(acoshl(L(0.5L))));
	ERRNO(acoshl(L(0.5L)), EDOM);
	RAISES(acoshl(-inf), FE_INVALID);
	S(atanhl(L(-0.0L)), -0.0L);
	S(atanhl(L(1.0L)), INFINITY);
	S(atanhl(L(-1.0L)), -INFINITY);
	ERRNO(atanhl(L(1.0L)), ERANGE);
	RAISES(atanhl(L(-1.0L)), FE_DIVBYZERO);
	CHECK(isnan(atanhl(L(1.5L))));
	ERRNO(atanhl(L(-1.5L)), EDOM);
	NEAR(atanhl(L(0.5L)), 0.549306144334054845697622618461262852323745279L);
	NEAR(atanhl(L(-0.125L)), -0.125657214140453038842568865200935839828948193L);

	/* tgammal */
	S(tgammal(L(0.0L)), INFINITY);
	S(tgammal(L(-0.0L)), -INFINITY);
	ERRNO(tgammal(L(0.0L)), ERANGE);
	RAISES(tgammal(L(-0.0L)), FE_DIVBYZERO);
	CHECK(isnan(tgammal(L(-3.0L))) && isnan(tgammal(-inf)));
	ERRNO(tgammal(L(-3.0L)), EDOM);
	RAISES(tgammal(-inf), FE_INVALID);
	S(tgammal(inf), INFINITY);
	CHECK(isnan(tgammal(nan)));
	SX(tgammal(L(5.0L)), 24.0L);
	SX(tgammal(L(21.0L)), 2432902008176640000.0L);
	NEAR(tgammal(L(0.5L)), 1.77245385090551602729816748334114518279754946L);
	NEAR(tgammal(L(-0.5L)), -3.54490770181103205459633496668229036559509891L);
	NEAR(tgammal(L(-2.5L)), -0.945308720482941881225689324448610764158693043L);
	NEAR(tgammal(L(10.25L)), 639232.598779576794283758401876084967153425285L);
	NEAR(tgammal(L(170.5L)), 5.56209241455999961070580965935774286766899655e+305L);
	NEAR(tgammal(L(1700.5L)), 7.27153999618965802703819479530419895617720604e+4753L);
	NEAR(tgammal(L(-170.25L)), -1.69383874965141914100150138531387072293791666e-307L);
	NEAR(tgammal(L(1e-30L)), 999999999999999999999999999999.422784335098467L);
	S(tgammal(L(1800.0L)), INFINITY);
	ERRNO(tgammal(L(1800.0L)), ERANGE);
	RAISES(tgammal(L(1800.0L)), FE_OVERFLOW);
	S(tgammal(L(-1800.5L)), -0.0L);
	ERRNO(tgammal(L(-1800.5L)), ERANGE);

	/* erfl, erfcl */
	S(erfl(L(-0.0L)), -0.0L);
	S(erfl(inf), 1.0L);
	S(erfl(-inf), -1.0L);
	S(erfcl(inf), 0.0L);
	S(erfcl(-inf), 2.0L);
	S(erfcl(L(0.0L)), 1.0L);
	CHECK(isnan(erfl(nan)) && isnan(erfcl(nan)));
	NEAR(erfl(L(0x1p-16000L)), 3.73701151119228256645841578415240011245515603e-4817L);
	NEAR(erfl(L(0.5L)), 0.520499877813046537682746653891964528736451576L);
	NEAR(erfl(L(-2.0L)), -0.995322265018952734162069256367252928610891797L);
	NEAR(erfl(L(5.5L)), 0.99999999999999264215208202560193693163760143L);
	NEAR(erfl(L(7.0L)), 0.99999999999999999999995816174392220585601386L);
	S(erfl(L(100.0L)), 1.0L);
	NEAR(erfcl(L(0.25L)), 0.723673609831763067014931732235184287934646022L);
	NEAR(erfcl(L(-1.5L)), 1.96610514647531072706697626164594785868141048L);
	NEAR(erfcl(L(1.0L)), 0.157299207050285130658779364917390740703933002L);
	NEAR(erfcl(L(3.0L)), 2.20904969985854413727761295823203798477070874e-5L);
	NEAR(erfcl(L(27.0L)), 5.23704892378925568501606768284954709093391255e-319L);
	NEAR(erfcl(L(106.0L)), 9.846938138879952376551814245344763140438479e-4883L);
	S(erfcl(L(110.0L)), 0.0L);
	ERRNO(erfcl(L(110.0L)), ERANGE);
	RAISES(erfcl(L(110.0L)), FE_UNDERFLOW);
	ERRNO(erfcl(L(3.0L)), 0);

	puts("ok");
	return 0;
}

