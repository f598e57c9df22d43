// LIBS: -lm
// CFLAGS: -fno-builtin
/* C17 7.25 <tgmath.h>: which function each type-generic macro selects,
 * seen through the type of the result (_Generic) and its value compared
 * with a direct call of the expected function, for float, double, integer
 * (as double), float complex and double complex arguments, mixed
 * arguments of the two- and three-argument macros (the usual arithmetic
 * conversions with integers as double), the complex-only macros on real
 * arguments, and long double and long double complex arguments (the
 * part functions everywhere, the others once math.h announces them). */
#define _GNU_SOURCE
#include "check.h"
#include <tgmath.h>

#define TYPE(e)                                                             \
	_Generic((e), float: 1, double: 2, long double: 3, float _Complex: 4,  \
		 double _Complex: 5, long double _Complex: 6, int: 7, long: 8, \
		 long long: 9, default: 0)
enum { FL = 1, DB, LD, CF, CD, CL, IN, LO, LL };

static volatile float vf = 0.375f;
static volatile double vd = 0.625;
static volatile int vi = 2;
static volatile long double vl = 0.5L;

/* through memory: i386 returns x87 values with excess precision */
static int samef(float a0, float b0)
{
	volatile float a = a0, b = b0;
	return a == b || (a != a && b != b);
}
static int samed(double a0, double b0)
{
	volatile double a = a0, b = b0;
	return a == b || (a != a && b != b);
}
static int samecf(float complex a, float complex b)
{
	return samef(crealf(a), crealf(b)) && samef(cimagf(a), cimagf(b));
}
static int samecd(double complex a, double complex b)
{
	return samed((creal)(a), (creal)(b)) && samed((cimag)(a), (cimag)(b));
}
static int samel(long double a0, long double b0)
{
	volatile long double a = a0, b = b0;
	return a == b || (a != a && b != b);
}
static int samecl(long double complex a, long double complex b)
{
	return samel((creall)(a), (creall)(b)) && samel((cimagl)(a), (cimagl)(b));
}

/* a long double complex argument selects cfn##l */
#define CL1(fn, cfn)                                                 \
	do {                                                         \
		long double complex z = CMPLXL(vl, -vl);             \
		CHECK_EQ(TYPE(fn(z)), CL);                           \
		CHECK(samecl(fn(z), cfn##l(z)));                     \
	} while (0)

/* a macro with real and complex forms: f(float) -> ff, f(double) -> f,
 * f(int) -> f on the converted value, complex arguments -> cff / cf */
#define RC(fn, cfn)                                                            \
	do {                                                                 \
		float x = vf;                                                \
		double y = vd;                                               \
		int n = vi;                                                  \
		float complex zf = CMPLXF(vf, vf);                           \
		double complex zd = CMPLX(vd, vd);                           \
		CHECK_EQ(TYPE(fn(x)), FL);                                    \
		CHECK(samef(fn(x), fn##f(x)));                                 \
		CHECK_EQ(TYPE(fn(y)), DB);                                    \
		CHECK(samed(fn(y), (fn)(y)));                                  \
		CHECK_EQ(TYPE(fn(n)), DB);                                    \
		CHECK(samed(fn(n), (fn)((double)n)));                          \
		CHECK_EQ(TYPE(fn(zf)), CF);                                   \
		CHECK(samecf(fn(zf), cfn##f(zf)));                             \
		CHECK_EQ(TYPE(fn(zd)), CD);                                   \
		CHECK(samecd(fn(zd), cfn(zd)));                                \
	} while (0)

/* a real-only macro of one argument */
#define R1(fn, T)                                                             \
	do {                                                                 \
		float x = vf;                                                \
		double y = vd;                                               \
		int n = vi;                                                  \
		CHECK_EQ(TYPE(fn(x)), T == DB ? FL : T);                      \
		CHECK(samed(fn(x), fn##f(x)));                      \
		CHECK_EQ(TYPE(fn(y)), T);                                     \
		CHECK(samed(fn(y), (fn)(y)));                       \
		CHECK_EQ(TYPE(fn(n)), T);                                     \
		CHECK(samed(fn(n), (fn)((double)n)));               \
	} while (0)

/* a real-only macro of two arguments */
#define R2(fn)                                                                \
	do {                                                                 \
		float x = vf, x2 = vf * 2;                                   \
		double y = vd;                                               \
		int n = vi;                                                  \
		CHECK_EQ(TYPE(fn(x, x2)), FL);                                \
		CHECK(samef(fn(x, x2), fn##f(x, x2)));                         \
		CHECK_EQ(TYPE(fn(x, y)), DB);                                 \
		CHECK(samed(fn(x, y), (fn)(x, y)));                            \
		CHECK_EQ(TYPE(fn(x, n)), DB);                                 \
		CHECK(samed(fn(x, n), (fn)(x, (double)n)));                    \
		CHECK_EQ(TYPE(fn(n, n)), DB);                                 \
		CHECK(samed(fn(n, y), (fn)((double)n, y)));                    \
	} while (0)

int main(void)
{
	RC(acos, cacos);
	RC(asin, casin);
	RC(atan, catan);
	RC(acosh, cacosh);
	RC(asinh, casinh);
	RC(atanh, catanh);
	RC(cos, ccos);
	RC(sin, csin);
	RC(tan, ctan);
	RC(cosh, ccosh);
	RC(sinh, csinh);
	RC(tanh, ctanh);
	RC(exp, cexp);
	RC(log, clog);
	RC(sqrt, csqrt);

	R1(cbrt, DB);
	R1(ceil, DB);
	R1(erf, DB);
	R1(erfc, DB);
	R1(exp2, DB);
	R1(expm1, DB);
	R1(floor, DB);
	R1(lgamma, DB);
	R1(log10, DB);
	R1(log1p, DB);
	R1(log2, DB);
	R1(logb, DB);
	R1(nearbyint, DB);
	R1(rint, DB);
	R1(round, DB);
	R1(tgamma, DB);
	R1(trunc, DB);
	R1(exp10, DB);
	R1(ilogb, IN);
	R1(lrint, LO);
	R1(lround, LO);
	R1(llrint, LL);
	R1(llround, LL);

	R2(atan2);
	R2(copysign);
	R2(fdim);
	R2(fmax);
	R2(fmin);
	R2(fmod);
	R2(hypot);
	R2(nextafter);
	R2(remainder);

	/* pow: real and complex, mixed */
	float x = vf;
	double y = vd;
	int n = vi;
	float complex zf = CMPLXF(vf, 1);
	double complex zd = CMPLX(vd, 1);
	CHECK_EQ(TYPE(pow(x, x)), FL);
	CHECK(samef(pow(x, x), powf(x, x)));
	CHECK_EQ(TYPE(pow(x, y)), DB);
	CHECK_EQ(TYPE(pow(n, n)), DB);
	CHECK(pow(n, n) == 4);
	CHECK_EQ(TYPE(pow(x, 2)), DB);
	CHECK_EQ(TYPE(pow(zf, x)), CF);
	CHECK(samecf(pow(zf, x), cpowf(zf, x)));
	CHECK_EQ(TYPE(pow(zf, y)), CD);
	CHECK_EQ(TYPE(pow(x, zd)), CD);
	CHECK(samecd(pow(y, zd), cpow(y, zd)));
	CHECK_EQ(TYPE(pow(zf, n)), CD);

	/* fabs: the modulus of a complex value */
	CHECK_EQ(TYPE(fabs(-x)), FL);
	CHECK(fabs(-x) == x);
	CHECK_EQ(TYPE(fabs(-y)), DB);
	CHECK_EQ(TYPE(fabs(-n)), DB);
	CHECK(fabs(-n) == 2);
	CHECK_EQ(TYPE(fabs(zf)), FL);
	CHECK(samef(fabs(zf), cabsf(zf)));
	CHECK_EQ(TYPE(fabs(CMPLX(3, -4))), DB);
	CHECK(fabs(CMPLX(vd * 0 + 3, -4)) == 5);

	/* three arguments, and the non-generic extra arguments */
	CHECK_EQ(TYPE(fma(x, x, x)), FL);
	CHECK(samef(fma(x, x, x), fmaf(x, x, x)));
	CHECK_EQ(TYPE(fma(x, x, n)), DB);
	CHECK_EQ(TYPE(fma(n, n, n)), DB);
	CHECK(fma(n, n, n) == 6);
	int e;
	CHECK_EQ(TYPE(frexp(x, &e)), FL);
	CHECK(frexp(x, &e) == 0.75f && e == -1);
	CHECK_EQ(TYPE(frexp(n, &e)), DB);
	CHECK(frexp(n, &e) == 0.5 && e == 2);
	CHECK_EQ(TYPE(ldexp(x, 3)), FL);
	CHECK(ldexp(x, 3) == 3);
	CHECK_EQ(TYPE(ldexp(n, 3)), DB);
	CHECK_EQ(TYPE(scalbn(x, 1)), FL);
	CHECK_EQ(TYPE(scalbn(y, 1)), DB);
	CHECK(scalbn(y, 1) == 1.25);
	CHECK_EQ(TYPE(scalbln(x, 1L)), FL);
	CHECK_EQ(TYPE(scalbln(n, 1L)), DB);
	CHECK(scalbln(n, 1L) == 4);
	int q;
	CHECK_EQ(TYPE(remquo(x, x, &q)), FL);
	CHECK_EQ(TYPE(remquo(7, 2, &q)), DB);
	CHECK(remquo(7, 2, &q) == -1);

	/* complex-only macros on real and complex arguments */
	CHECK_EQ(TYPE(carg(x)), FL);
	CHECK_EQ(TYPE(carg(-y)), DB);
	CHECK(samed(carg(-y), (carg)(-y)));
	CHECK_EQ(TYPE(carg(n)), DB);
	CHECK_EQ(TYPE(carg(zf)), FL);
	CHECK(samef(carg(zf), cargf(zf)));
	CHECK_EQ(TYPE(carg(zd)), DB);
	CHECK_EQ(TYPE(creal(x)), FL);
	CHECK(creal(x) == x);
	CHECK_EQ(TYPE(creal(zd)), DB);
	CHECK(creal(zd) == y);
	CHECK_EQ(TYPE(cimag(zf)), FL);
	CHECK(cimag(zf) == 1);
	CHECK_EQ(TYPE(cimag(n)), DB);
	CHECK(cimag(n) == 0);
	CHECK_EQ(TYPE(conj(x)), CF);
	CHECK_EQ(TYPE(conj(zd)), CD);
	CHECK(cimag(conj(zd)) == -1);
	CHECK_EQ(TYPE(conj(n)), CD);
	CHECK_EQ(TYPE(cproj(zf)), CF);
	CHECK_EQ(TYPE(cproj(y)), CD);
	CHECK(creal(cproj(y)) == y);

	/* long double: the part functions exist everywhere */
	long double l = vl;
	long double complex zl = CMPLXL(vl, -1);
	CHECK_EQ(TYPE(creal(l)), LD);
	CHECK(creal(l) == 0.5L);
	CHECK_EQ(TYPE(creal(zl)), LD);
	CHECK_EQ(TYPE(cimag(zl)), LD);
	CHECK(cimag(zl) == -1);
	CHECK_EQ(TYPE(conj(zl)), CL);
	CHECK(cimag(conj(zl)) == 1);
	CHECK_EQ(TYPE(conj(l)), CL);
	CHECK_EQ(TYPE(cproj(zl)), CL);
	CHECK(creal(cproj(zl)) == 0.5L);
	/* and a float mixed with a long double is long double */
	CHECK_EQ(TYPE(creal(zl + x)), LD);
#if !defined(__FERROLIBC__) || defined(__FERRO_LDBL_MATH)
	CHECK_EQ(TYPE(sin(l)), LD);
	volatile long double s1 = sin(l), s2 = sinl(l);
	CHECK(s1 == s2);
	CHECK_EQ(TYPE(pow(l, x)), LD);
	CHECK_EQ(TYPE(pow(x, l)), LD);
	CHECK_EQ(TYPE(fabs(-l)), LD);
	CHECK_EQ(TYPE(fma(l, n, x)), LD);
	CHECK_EQ(TYPE(ilogb(l)), IN);
	CHECK_EQ(TYPE(nexttoward(x, l)), FL);
	CHECK_EQ(TYPE(lgamma(l)), LD);
	volatile long double g1 = lgamma(l), g2 = lgammal(l);
	CHECK(g1 == g2);
#endif
#if !defined(__FERROLIBC__) || defined(__FERRO_LDBL_MATH)
	CL1(acos, cacos);
	CL1(asin, casin);
	CL1(atan, catan);
	CL1(acosh, cacosh);
	CL1(asinh, casinh);
	CL1(atanh, catanh);
	CL1(cos, ccos);
	CL1(sin, csin);
	CL1(tan, ctan);
	CL1(cosh, ccosh);
	CL1(sinh, csinh);
	CL1(tanh, ctanh);
	CL1(exp, cexp);
	CL1(log, clog);
	CL1(sqrt, csqrt);
	CHECK_EQ(TYPE(sin(zl)), CL);
	CHECK_EQ(TYPE(fabs(zl)), LD);
	CHECK(samel(fabs(zl), cabsl(zl)));
	CHECK_EQ(TYPE(carg(zl)), LD);
	CHECK(samel(carg(zl), cargl(zl)));
	CHECK_EQ(TYPE(pow(zl, x)), CL);
	CHECK(samecl(pow(zl, x), cpowl(zl, x)));
	CHECK_EQ(TYPE(pow(zd, l)), CL);
	CHECK_EQ(TYPE(pow(l, zf)), CL);
	CHECK_EQ(TYPE(pow(zl, n)), CL);
	/* a double complex mixed with a long double is long double complex */
	CHECK_EQ(TYPE(exp(zd + l)), CL);
	CHECK(samecl(exp(zd + l), cexpl(zd + l)));
#endif
	return 0;
}
