/*
 * The zeros of log|Γ| on the negative axis, for `cargo xtask
 * gen-lgamma-zeros` (xtask/src/lgzeros.rs writes the table the long double
 * lgamma uses, crates/libc/src/math/ldgamma_zeros.rs).
 *
 * On each interval (-n, -n+1), n >= 3, log|Γ| is convex (its second
 * derivative is the trigamma function, a sum of squares) and tends to +inf
 * at both ends, while |Γ(-n+1/2)| < 1: so it has exactly two zeros, one on
 * each side of -n+1/2, and none on (-2, 0), where |Γ| > 2. Each zero is
 * found by Newton's iteration on f(d) = log|Γ(m+d)| in the offset d from
 * the nearest integer m, at 1200 bits, from a start on the pole's side
 * (f > 0): on a convex monotonic function the iterates then move
 * monotonically to the zero, without overshooting. Both ends of the
 * final bracket are checked to have opposite signs of f.
 *
 * Output, one line per zero: N SIDE BITS EXP, SIDE 0 for the zero near -n
 * (m = -n, d > 0) and 1 for the one near -n+1 (m = -n+1, d < 0); BITS the
 * first 400 binary digits of |d| and EXP its exponent (|d| = 0.BITS·2^EXP),
 * as mpfr_get_str gives them.
 *
 * MPFR is the system's libmpfr.so.6 with its entry points declared here
 * (no -dev package needed), as accuracy/mpfr_ref.c.
 */
#include <stdio.h>
#include <stdlib.h>

typedef struct {
	long prec;
	int sign;
	long exp;
	void *d;
} mpfr_s;
typedef mpfr_s mpfr_t[1];
enum { RNDN = 0, RNDZ = 1, RNDU = 2, RNDD = 3 };

void mpfr_init2(mpfr_t, long);
int mpfr_set_si(mpfr_t, long, int);
int mpfr_set(mpfr_t, const mpfr_t, int);
int mpfr_add(mpfr_t, const mpfr_t, const mpfr_t, int);
int mpfr_sub(mpfr_t, const mpfr_t, const mpfr_t, int);
int mpfr_div(mpfr_t, const mpfr_t, const mpfr_t, int);
int mpfr_mul_2si(mpfr_t, const mpfr_t, long, int);
int mpfr_lgamma(mpfr_t, int *, const mpfr_t, int);
int mpfr_digamma(mpfr_t, const mpfr_t, int);
double mpfr_get_d(const mpfr_t, int);
long mpfr_get_exp(const mpfr_t);
int mpfr_zero_p(const mpfr_t);
int mpfr_set_emin(long);
long mpfr_get_emin_min(void);
int mpfr_set_emax(long);
long mpfr_get_emax_max(void);
char *mpfr_get_str(char *, long *, int, size_t, const mpfr_t, int);
void mpfr_free_str(char *);

enum { PREC = 1200 };

static mpfr_t x, f, g, t;

/* The sign of log|Γ(m + d)|: 1, -1 or 0. */
static int fsign(long m, const mpfr_t d)
{
	int s;
	mpfr_set_si(x, m, RNDN);
	mpfr_add(x, x, d, RNDN);
	mpfr_lgamma(f, &s, x, RNDN);
	if (mpfr_zero_p(f))
		return 0;
	return f->sign > 0 ? 1 : -1; /* MPFR_SIGN: the field itself */
}

static void zero(long n, int side)
{
	long m = side ? -n + 1 : -n;
	mpfr_t d, lo;
	mpfr_init2(d, PREC);
	mpfr_init2(lo, PREC);
	/* Start on the pole's side: |d| = 2^-k with f > 0. */
	long k = 1;
	for (;;) {
		mpfr_set_si(d, side ? -1 : 1, RNDN);
		mpfr_mul_2si(d, d, -k, RNDN);
		if (fsign(m, d) > 0)
			break;
		k++;
	}
	int it;
	for (it = 0; it < 400; it++) {
		int s;
		mpfr_set_si(x, m, RNDN);
		mpfr_add(x, x, d, RNDN);
		mpfr_lgamma(f, &s, x, RNDN);
		mpfr_digamma(g, x, RNDN);
		mpfr_div(t, f, g, RNDN);
		mpfr_sub(d, d, t, RNDN);
		if (mpfr_zero_p(t) || mpfr_get_exp(t) < mpfr_get_exp(x) - (PREC - 8))
			break;
	}
	if (it == 400) {
		fprintf(stderr, "no convergence at n=%ld side %d\n", n, side);
		exit(1);
	}
	/* Bracket: d·(1 ± 2^-900) (x = m + d resolves d to about 2^-1050) have opposite signs of f. */
	mpfr_mul_2si(t, d, -900, RNDN);
	mpfr_add(lo, d, t, RNDN);
	int a = fsign(m, lo);
	mpfr_sub(lo, d, t, RNDN);
	int b = fsign(m, lo);
	if (a * b != -1) {
		fprintf(stderr, "zero not bracketed at n=%ld side %d\n", n, side);
		exit(1);
	}
	long e;
	char *str = mpfr_get_str(NULL, &e, 2, 400, d, RNDN);
	printf("%ld %d %s %ld\n", n, side, str[0] == '-' ? str + 1 : str, e);
	mpfr_free_str(str);
}

int main(int argc, char **argv)
{
	long last = argc > 1 ? atol(argv[1]) : 40;
	mpfr_set_emin(mpfr_get_emin_min());
	mpfr_set_emax(mpfr_get_emax_max());
	mpfr_init2(x, PREC);
	mpfr_init2(f, PREC);
	mpfr_init2(g, PREC);
	mpfr_init2(t, PREC);
	for (long n = 3; n <= last; n++) {
		zero(n, 0);
		zero(n, 1);
	}
	return 0;
}
