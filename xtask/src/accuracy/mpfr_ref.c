/*
 * The libm accuracy harness's reference generator (host side, built and
 * run by `cargo xtask libm-accuracy`): for one function and format it
 * writes N input records to stdout, each with the exact result as a
 * double-double (hi = the value rounded to nearest double, lo = the rest,
 * from MPFR at 160 bits, correctly rounded there) and glibc's result for
 * comparison. Inputs: the special values first, then random bit patterns
 * (every exponent range) and uniform values on the function's interesting
 * interval, alternately.
 *
 * MPFR is the system's libmpfr.so.6 (a dependency of gcc, so on every
 * machine that builds ferrolibc); its few entry points are declared here,
 * so no -dev package is needed. Record (native-endian f64s):
 *   arity 1: x, hi, lo, glibc      arity 2: x, y, hi, lo, glibc
 * Float functions take x (and y) rounded to float; glibc's float result
 * is widened to double.
 */
#define _GNU_SOURCE
#include <math.h>
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
enum { RNDN = 0 };
void mpfr_init2(mpfr_t, long);
int mpfr_set_d(mpfr_t, double, int);
double mpfr_get_d(const mpfr_t, int);
int mpfr_sub_d(mpfr_t, const mpfr_t, double, int);
typedef int (*mf1)(mpfr_t, const mpfr_t, int);
typedef int (*mf2)(mpfr_t, const mpfr_t, const mpfr_t, int);
#define M(n) int mpfr_##n(mpfr_t, const mpfr_t, int);
M(exp) M(exp2) M(exp10) M(expm1) M(log) M(log2) M(log10) M(log1p) M(cbrt)
M(sin) M(cos) M(tan) M(asin) M(acos) M(atan) M(sinh) M(cosh) M(tanh)
M(asinh) M(acosh) M(atanh) M(erf) M(erfc) M(gamma) M(j0) M(j1) M(y0)
M(y1) M(sqrt)
int mpfr_lgamma(mpfr_t, int *, const mpfr_t, int);
int mpfr_pow(mpfr_t, const mpfr_t, const mpfr_t, int);
int mpfr_atan2(mpfr_t, const mpfr_t, const mpfr_t, int);
int mpfr_hypot(mpfr_t, const mpfr_t, const mpfr_t, int);

static int mpfr_lgam(mpfr_t r, const mpfr_t x, int rnd)
{
	int s;
	return mpfr_lgamma(r, &s, x, rnd);
}

struct fn {
	const char *name;
	int arity;
	mf1 m1;
	mf2 m2;
	double (*d1)(double);
	float (*f1)(float);
	double (*d2)(double, double);
	float (*f2)(float, float);
	double lo, hi;     /* the uniform interval for x */
	double ylo, yhi;   /* and for y */
};
#define F1(n, m, a, b) {#n, 1, mpfr_##m, 0, n, n##f, 0, 0, a, b, 0, 0}
#define F2(n, m, a, b, c, d) {#n, 2, 0, mpfr_##m, 0, 0, n, n##f, a, b, c, d}
static const struct fn T[] = {
	F1(exp, exp, -745, 710), F1(exp2, exp2, -1075, 1024),
	F1(exp10, exp10, -324, 309), F1(expm1, expm1, -40, 710),
	F1(log, log, 0, 1e6), F1(log2, log2, 0, 1e6), F1(log10, log10, 0, 1e6),
	F1(log1p, log1p, -1, 1e6), F1(cbrt, cbrt, -1e6, 1e6),
	F1(sin, sin, -1e5, 1e5), F1(cos, cos, -1e5, 1e5), F1(tan, tan, -1e5, 1e5),
	F1(asin, asin, -1, 1), F1(acos, acos, -1, 1), F1(atan, atan, -100, 100),
	F1(sinh, sinh, -710, 710), F1(cosh, cosh, -710, 710),
	F1(tanh, tanh, -20, 20), F1(asinh, asinh, -1e6, 1e6),
	F1(acosh, acosh, 1, 1e6), F1(atanh, atanh, -1, 1),
	F1(erf, erf, -6, 6), F1(erfc, erfc, -6, 28),
	F1(tgamma, gamma, -180, 172), F1(lgamma, lgam, -100, 1e5),
	F1(j0, j0, -100, 100), F1(j1, j1, -100, 100),
	F1(y0, y0, 0, 100), F1(y1, y1, 0, 100), F1(sqrt, sqrt, 0, 1e10),
	F2(pow, pow, 0, 10, -300, 300), F2(atan2, atan2, -10, 10, -10, 10),
	F2(hypot, hypot, -1e10, 1e10, -1e10, 1e10),
};

static uint64_t s = 0x9e3779b97f4a7c15ULL;
static uint64_t rnd64(void)
{
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return s;
}
static double pick(int i, double a, double b, int isf)
{
	static const double sp[] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0,
				    INFINITY, -INFINITY, NAN, 0x1p-1074, -0x1p-1074,
				    0x1p-1022, 0x1p-149, 0x1p-126, 1e-300, 1e-30,
				    1e-8, 3.0, 10.0, 100.0, 1e10, 1e30, 1e300,
				    0x1.fffffffffffffp1023, 0x1.fffffep127};
	double x;
	if (i < (int)(sizeof sp / sizeof sp[0]))
		x = sp[i];
	else if (i & 1) {
		uint64_t u = rnd64();
		if (isf) {
			uint32_t w = (uint32_t)u;
			float f;
			memcpy(&f, &w, 4);
			x = f;
		} else
			memcpy(&x, &u, 8);
	} else
		x = a + (b - a) * ((rnd64() >> 11) * 0x1p-53);
	return isf ? (double)(float)x : x;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: mpfr_ref FUNC d|f N SEED\n");
		return 2;
	}
	const struct fn *f = 0;
	for (unsigned i = 0; i < sizeof T / sizeof T[0]; i++)
		if (!strcmp(T[i].name, argv[1]))
			f = &T[i];
	if (!f) {
		fprintf(stderr, "mpfr_ref: unknown function %s\n", argv[1]);
		return 2;
	}
	int isf = argv[2][0] == 'f';
	long n = atol(argv[3]);
	s ^= strtoull(argv[4], 0, 0) * 0x2545f4914f6cdd1dULL;
	mpfr_t mx, my, mr;
	mpfr_init2(mx, 64);
	mpfr_init2(my, 64);
	mpfr_init2(mr, 160);
	static double buf[5 * 4096];
	int k = 0;
	for (long i = 0; i < n; i++) {
		double x = pick(i, f->lo, f->hi, isf), y = 0, g;
		mpfr_set_d(mx, x, RNDN);
		if (f->arity == 2) {
			/* the special values pair with each other, then random pairs */
			int ns = 27;
			y = i < ns * ns ? pick(i / ns, 0, 0, isf) : pick((int)(rnd64() & 0x7fffffff) | 64, f->ylo, f->yhi, isf);
			if (i < ns * ns)
				x = pick(i % ns, 0, 0, isf);
			mpfr_set_d(mx, x, RNDN);
			mpfr_set_d(my, y, RNDN);
			f->m2(mr, mx, my, RNDN);
			g = isf ? f->f2((float)x, (float)y) : f->d2(x, y);
		} else {
			f->m1(mr, mx, RNDN);
			g = isf ? f->f1((float)x) : f->d1(x);
		}
		double hi = mpfr_get_d(mr, RNDN), lo = 0;
		if (isfinite(hi)) {
			mpfr_sub_d(mr, mr, hi, RNDN);
			lo = mpfr_get_d(mr, RNDN);
		}
		buf[k++] = x;
		if (f->arity == 2)
			buf[k++] = y;
		buf[k++] = hi;
		buf[k++] = lo;
		buf[k++] = g;
		if (k > 5 * 4095) {
			fwrite(buf, 8, k, stdout);
			k = 0;
		}
	}
	fwrite(buf, 8, k, stdout);
	return 0;
}
