/*
 * tgmath.h - C17 7.25 type-generic math (ferrolibc).
 *
 * Each macro picks the float, double or long double function (and for
 * the functions with a complex counterpart, the float/double/long double
 * complex one) from the types of its generic arguments, integers counting
 * as double (C17 7.25p3): a C11 _Generic selection of the function, which
 * gcc and clang also accept in C99 under __extension__. gcc's
 * __builtin_tgmath is not used: it needs every variant declared. The long
 * double (complex) functions are selected when math.h announces them
 * (__FERRO_LDBL_MATH); without it, a long double argument selects no
 * function and the call does not compile, except for the complex part
 * functions (creall, cimagl, conjl, cprojl).
 */
#ifndef _TGMATH_H
#define _TGMATH_H 1

#include <math.h>

#ifndef __cplusplus
#include <complex.h>

/* The long double (complex) function, where it exists. */
#ifdef __FERRO_LDBL_MATH
#define __TG_L(fn) fn##l
#define __TG_LC(fn) fn##l
#else
#define __TG_L(fn) ((void)0)
#define __TG_LC(fn) ((void)0)
#endif

/* An expression whose type is the generic argument's, with integers as
 * double (never evaluated: it only steers _Generic). */
#define __TG_P(x) \
	__extension__ _Generic((x), float: (x), double: (x), long double: (x), \
			       float _Complex: (x), double _Complex: (x), \
			       long double _Complex: (x), default: 0.0)
/* Real and complex counterparts. */
#define __TG_RC(e, fn, cfn) \
	__extension__ _Generic((e), float: fn##f, long double: __TG_L(fn), \
			       float _Complex: cfn##f, double _Complex: cfn, \
			       long double _Complex: __TG_LC(cfn), default: fn)
/* Real only. */
#define __TG_R(e, fn) \
	__extension__ _Generic((e), float: fn##f, long double: __TG_L(fn), default: fn)
/* Complex only (a real argument is a complex one with zero imaginary part). */
#define __TG_C(e, fn, lfn) \
	__extension__ _Generic((e), float: fn##f, long double: lfn, \
			       float _Complex: fn##f, long double _Complex: lfn, \
			       default: fn)

#define acos(x) __TG_RC(__TG_P(x), acos, cacos)(x)
#define asin(x) __TG_RC(__TG_P(x), asin, casin)(x)
#define atan(x) __TG_RC(__TG_P(x), atan, catan)(x)
#define acosh(x) __TG_RC(__TG_P(x), acosh, cacosh)(x)
#define asinh(x) __TG_RC(__TG_P(x), asinh, casinh)(x)
#define atanh(x) __TG_RC(__TG_P(x), atanh, catanh)(x)
#define cos(x) __TG_RC(__TG_P(x), cos, ccos)(x)
#define sin(x) __TG_RC(__TG_P(x), sin, csin)(x)
#define tan(x) __TG_RC(__TG_P(x), tan, ctan)(x)
#define cosh(x) __TG_RC(__TG_P(x), cosh, ccosh)(x)
#define sinh(x) __TG_RC(__TG_P(x), sinh, csinh)(x)
#define tanh(x) __TG_RC(__TG_P(x), tanh, ctanh)(x)
#define exp(x) __TG_RC(__TG_P(x), exp, cexp)(x)
#define log(x) __TG_RC(__TG_P(x), log, clog)(x)
#define sqrt(x) __TG_RC(__TG_P(x), sqrt, csqrt)(x)
#define pow(x, y) __TG_RC(__TG_P(x) + __TG_P(y), pow, cpow)(x, y)
/* fabs of a complex value is its modulus (cabs). */
#define fabs(x) \
	__extension__ _Generic(__TG_P(x), float: fabsf, long double: __TG_L(fabs), \
			       float _Complex: cabsf, double _Complex: cabs, \
			       long double _Complex: __TG_LC(cabs), default: fabs)(x)

#define cbrt(x) __TG_R(__TG_P(x), cbrt)(x)
#define ceil(x) __TG_R(__TG_P(x), ceil)(x)
#define erf(x) __TG_R(__TG_P(x), erf)(x)
#define erfc(x) __TG_R(__TG_P(x), erfc)(x)
#define exp2(x) __TG_R(__TG_P(x), exp2)(x)
#define expm1(x) __TG_R(__TG_P(x), expm1)(x)
#define floor(x) __TG_R(__TG_P(x), floor)(x)
#define ilogb(x) __TG_R(__TG_P(x), ilogb)(x)
#define lgamma(x) __TG_R(__TG_P(x), lgamma)(x)
#define llrint(x) __TG_R(__TG_P(x), llrint)(x)
#define llround(x) __TG_R(__TG_P(x), llround)(x)
#define log10(x) __TG_R(__TG_P(x), log10)(x)
#define log1p(x) __TG_R(__TG_P(x), log1p)(x)
#define log2(x) __TG_R(__TG_P(x), log2)(x)
#define logb(x) __TG_R(__TG_P(x), logb)(x)
#define lrint(x) __TG_R(__TG_P(x), lrint)(x)
#define lround(x) __TG_R(__TG_P(x), lround)(x)
#define nearbyint(x) __TG_R(__TG_P(x), nearbyint)(x)
#define rint(x) __TG_R(__TG_P(x), rint)(x)
#define round(x) __TG_R(__TG_P(x), round)(x)
#define tgamma(x) __TG_R(__TG_P(x), tgamma)(x)
#define trunc(x) __TG_R(__TG_P(x), trunc)(x)
#define atan2(x, y) __TG_R(__TG_P(x) + __TG_P(y), atan2)(x, y)
#define copysign(x, y) __TG_R(__TG_P(x) + __TG_P(y), copysign)(x, y)
#define fdim(x, y) __TG_R(__TG_P(x) + __TG_P(y), fdim)(x, y)
#define fmax(x, y) __TG_R(__TG_P(x) + __TG_P(y), fmax)(x, y)
#define fmin(x, y) __TG_R(__TG_P(x) + __TG_P(y), fmin)(x, y)
#define fmod(x, y) __TG_R(__TG_P(x) + __TG_P(y), fmod)(x, y)
#define hypot(x, y) __TG_R(__TG_P(x) + __TG_P(y), hypot)(x, y)
#define nextafter(x, y) __TG_R(__TG_P(x) + __TG_P(y), nextafter)(x, y)
#define remainder(x, y) __TG_R(__TG_P(x) + __TG_P(y), remainder)(x, y)
#define fma(x, y, z) __TG_R(__TG_P(x) + __TG_P(y) + __TG_P(z), fma)(x, y, z)
#define frexp(x, e) __TG_R(__TG_P(x), frexp)(x, e)
#define ldexp(x, e) __TG_R(__TG_P(x), ldexp)(x, e)
#define scalbn(x, n) __TG_R(__TG_P(x), scalbn)(x, n)
#define scalbln(x, n) __TG_R(__TG_P(x), scalbln)(x, n)
#define remquo(x, y, q) __TG_R(__TG_P(x) + __TG_P(y), remquo)(x, y, q)
#ifdef __FERRO_LDBL_MATH
#define nexttoward(x, y) __TG_R(__TG_P(x), nexttoward)(x, y)
#endif

#define carg(x) __TG_C(__TG_P(x), carg, __TG_LC(carg))(x)
#define cimag(x) __TG_C(__TG_P(x), cimag, cimagl)(x)
#define conj(x) __TG_C(__TG_P(x), conj, conjl)(x)
#define cproj(x) __TG_C(__TG_P(x), cproj, cprojl)(x)
#define creal(x) __TG_C(__TG_P(x), creal, creall)(x)

#ifdef __FERRO_USE_ISOC23
#define roundeven(x) __TG_R(__TG_P(x), roundeven)(x)
#endif
#ifdef __FERRO_USE_GNU
#define exp10(x) __TG_R(__TG_P(x), exp10)(x)
#endif

#endif /* !__cplusplus */

#endif

