/*
 * The long double reference for the host unit tests
 * (crates/libc/src/math/ldtests.rs builds and runs it): MPFR, with the
 * target format's precision and exponent range (subnormals emulated with
 * mpfr_subnormalize), gives the correctly rounded result of a function in
 * one of the four rounding modes; and, from a 320-bit evaluation, how far
 * the exact value lies from the nearest result, in ulps.
 *
 * One request per line on stdin:   FUNC FMT MODE A B C
 * FUNC a name below (jn and yn take the order n in A, as a 32-bit two's
 * complement integer); FMT 64 (x87 extended, the host's long double) or 113
 * (binary128, the host's __float128); MODE 0..3 = nearest, up, down,
 * zero; A B C the operands' bit patterns as 32 hex digits (unused ones
 * are 0). Reply: R F, R the correctly rounded result's pattern in MODE
 * (hex), F the exact value minus the nearest result, in ulps of the
 * format (a double; 0 for NaN and infinite results).
 *
 * MPFR is the system's libmpfr.so.6 with its entry points declared here
 * (no -dev package needed), as mpfr_ref.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	long prec;
	int sign;
	long exp;
	void *d;
} mpfr_s;
typedef mpfr_s mpfr_t[1];
enum { RNDN = 0, RNDZ = 1, RNDU = 2, RNDD = 3 };
void mpfr_init2(mpfr_t, long);
void mpfr_set_prec(mpfr_t, long);
int mpfr_set_ld(mpfr_t, long double, int);
long double mpfr_get_ld(const mpfr_t, int);
int mpfr_set_float128(mpfr_t, __float128, int);
__float128 mpfr_get_float128(const mpfr_t, int);
int mpfr_set_emin(long);
int mpfr_set_emax(long);
long mpfr_get_emin(void);
long mpfr_get_emax(void);
int mpfr_check_range(mpfr_t, int, int);
int mpfr_subnormalize(mpfr_t, int, int);
int mpfr_sub(mpfr_t, const mpfr_t, const mpfr_t, int);
int mpfr_set(mpfr_t, const mpfr_t, int);
int mpfr_mul_2si(mpfr_t, const mpfr_t, long, int);
double mpfr_get_d(const mpfr_t, int);
long mpfr_get_exp(const mpfr_t);
int mpfr_nan_p(const mpfr_t);
int mpfr_inf_p(const mpfr_t);
int mpfr_zero_p(const mpfr_t);
typedef int (*mf1)(mpfr_t, const mpfr_t, int);
typedef int (*mf2)(mpfr_t, const mpfr_t, const mpfr_t, int);
typedef int (*mf3)(mpfr_t, const mpfr_t, const mpfr_t, const mpfr_t, int);
#define M1(n) int mpfr_##n(mpfr_t, const mpfr_t, int);
#define M2(n) int mpfr_##n(mpfr_t, const mpfr_t, const mpfr_t, int);
M1(sqrt) M1(cbrt) M1(exp) M1(exp2) M1(exp10) M1(expm1) M1(log) M1(log2)
M1(log10) M1(log1p) M1(sin) M1(cos) M1(tan) M1(asin) M1(acos) M1(atan)
M1(sinh) M1(cosh) M1(tanh) M1(asinh) M1(acosh) M1(atanh) M1(erf) M1(erfc)
M1(gamma) M1(rint) M1(j0) M1(j1) M1(y0) M1(y1)
M2(hypot) M2(add) M2(sub) M2(fmod) M2(remainder) M2(pow) M2(atan2)
int mpfr_fma(mpfr_t, const mpfr_t, const mpfr_t, const mpfr_t, int);
int mpfr_jn(mpfr_t, long, const mpfr_t, int);
int mpfr_yn(mpfr_t, long, const mpfr_t, int);
typedef int (*mfn)(mpfr_t, long, const mpfr_t, int);
int mpfr_lgamma(mpfr_t, int *, const mpfr_t, int);
static int mpfr_lgam(mpfr_t r, const mpfr_t x, int rnd)
{
	int s;
	return mpfr_lgamma(r, &s, x, rnd);
}

struct fn {
	const char *name;
	int arity;
	void *f;
};
static const struct fn T[] = {
	{"sqrt", 1, mpfr_sqrt}, {"cbrt", 1, mpfr_cbrt}, {"exp", 1, mpfr_exp},
	{"exp2", 1, mpfr_exp2}, {"exp10", 1, mpfr_exp10}, {"expm1", 1, mpfr_expm1},
	{"log", 1, mpfr_log}, {"log2", 1, mpfr_log2}, {"log10", 1, mpfr_log10},
	{"log1p", 1, mpfr_log1p}, {"sin", 1, mpfr_sin}, {"cos", 1, mpfr_cos},
	{"tan", 1, mpfr_tan}, {"asin", 1, mpfr_asin}, {"acos", 1, mpfr_acos},
	{"atan", 1, mpfr_atan}, {"sinh", 1, mpfr_sinh}, {"cosh", 1, mpfr_cosh},
	{"tanh", 1, mpfr_tanh}, {"asinh", 1, mpfr_asinh}, {"acosh", 1, mpfr_acosh},
	{"atanh", 1, mpfr_atanh}, {"erf", 1, mpfr_erf}, {"erfc", 1, mpfr_erfc},
	{"tgamma", 1, mpfr_gamma}, {"rint", 1, mpfr_rint},
	{"lgamma", 1, mpfr_lgam}, {"j0", 1, mpfr_j0}, {"j1", 1, mpfr_j1},
	{"y0", 1, mpfr_y0}, {"y1", 1, mpfr_y1},
	/* Arity 0: order n (A, a two's complement integer) and x (B). */
	{"jn", 0, mpfr_jn}, {"yn", 0, mpfr_yn},
	{"hypot", 2, mpfr_hypot}, {"add", 2, mpfr_add}, {"sub", 2, mpfr_sub},
	{"fmod", 2, mpfr_fmod}, {"remainder", 2, mpfr_remainder},
	{"pow", 2, mpfr_pow}, {"atan2", 2, mpfr_atan2}, {"fma", 3, mpfr_fma},
};

static int fmt;

static void get(mpfr_t m, const char *hex)
{
	unsigned char b[16] = {0};
	for (int i = 0; i < 16; i++) {
		unsigned v;
		sscanf(hex + 30 - 2 * i, "%2x", &v);
		b[i] = (unsigned char)v;
	}
	if (fmt == 64) {
		long double x;
		memcpy(&x, b, 10);
		mpfr_set_ld(m, x, RNDN);
	} else {
		__float128 x;
		memcpy(&x, b, 16);
		mpfr_set_float128(m, x, RNDN);
	}
}

static void put(const mpfr_t m)
{
	unsigned char b[16] = {0};
	if (fmt == 64) {
		long double x = mpfr_get_ld(m, RNDN);
		memcpy(b, &x, 10);
	} else {
		__float128 x = mpfr_get_float128(m, RNDN);
		memcpy(b, &x, 16);
	}
	for (int i = 15; i >= 0; i--)
		printf("%02x", b[i]);
}

static long order;

static int call(const struct fn *f, mpfr_t r, mpfr_t *a, int rnd)
{
	switch (f->arity) {
	case 0:
		return ((mfn)f->f)(r, order, a[1], rnd);
	case 1:
		return ((mf1)f->f)(r, a[0], rnd);
	case 2:
		return ((mf2)f->f)(r, a[0], a[1], rnd);
	default:
		return ((mf3)f->f)(r, a[0], a[1], a[2], rnd);
	}
}

int main(void)
{
	static const int rnds[4] = {RNDN, RNDU, RNDD, RNDZ};
	long emin0 = mpfr_get_emin(), emax0 = mpfr_get_emax();
	char name[32], h[3][40];
	int mode;
	mpfr_t a[3], r, rn, hi, d;
	for (int i = 0; i < 3; i++)
		mpfr_init2(a[i], 113);
	mpfr_init2(r, 113);
	mpfr_init2(rn, 113);
	mpfr_init2(hi, 320);
	mpfr_init2(d, 320);
	while (scanf("%31s %d %d %39s %39s %39s", name, &fmt, &mode, h[0], h[1], h[2]) == 6) {
		const struct fn *f = 0;
		for (size_t i = 0; i < sizeof T / sizeof T[0]; i++)
			if (!strcmp(T[i].name, name))
				f = &T[i];
		if (!f) {
			fprintf(stderr, "unknown %s\n", name);
			return 1;
		}
		long p = fmt == 64 ? 64 : 113;
		for (int i = 0; i < 3; i++) {
			mpfr_set_prec(a[i], p);
			get(a[i], h[i]);
		}
		if (f->arity == 0)
			order = (long)(int)strtoull(h[0] + 24, 0, 16);
		mpfr_set_prec(r, p);
		mpfr_set_prec(rn, p);
		/* The format's range in MPFR's convention (x = 0.1b… · 2^exp):
		 * the largest finite is below 2^16384; the least subnormal is
		 * 2^-16445 (x87) or 2^-16494 (binary128). */
		mpfr_set_emax(16384);
		mpfr_set_emin(fmt == 64 ? -16444 : -16493);
		int t = call(f, r, a, rnds[mode]);
		t = mpfr_check_range(r, t, rnds[mode]);
		mpfr_subnormalize(r, t, rnds[mode]);
		t = call(f, rn, a, RNDN);
		t = mpfr_check_range(rn, t, RNDN);
		mpfr_subnormalize(rn, t, RNDN);
		mpfr_set_emin(emin0);
		mpfr_set_emax(emax0);
		call(f, hi, a, RNDN);
		double fr = 0;
		if (!mpfr_nan_p(rn) && !mpfr_inf_p(rn) && !mpfr_inf_p(hi)) {
			long e = mpfr_zero_p(rn) ? -100000 : mpfr_get_exp(rn);
			long emin_n = -16381; /* 2^-16382 = 0.1b · 2^-16381 */
			if (e < emin_n)
				e = emin_n;
			mpfr_sub(d, hi, rn, RNDN);
			mpfr_mul_2si(d, d, p - e, RNDN);
			fr = mpfr_get_d(d, RNDN);
		}
		put(r);
		printf(" %.17g\n", fr);
	}
	return 0;
}
