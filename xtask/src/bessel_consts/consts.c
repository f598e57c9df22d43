/*
 * The constants of the long double Bessel functions, for `cargo xtask
 * gen-bessel-consts` (xtask/src/bessel_consts.rs writes
 * crates/libc/src/math/ldbessel_table.rs): Euler's γ, log 2 and 2/π from
 * MPFR at 1000 bits.
 *
 * Output, one line per constant: NAME BITS EXP, BITS the first 600 binary
 * digits and EXP the exponent (the value is 0.BITS·2^EXP), as
 * mpfr_get_str gives them, truncated.
 *
 * MPFR is the system's libmpfr.so.6 with its entry points declared here
 * (no -dev package needed), as accuracy/mpfr_ref.c.
 */
#include <stdio.h>

typedef struct {
	long prec;
	int sign;
	long exp;
	void *d;
} mpfr_s;
typedef mpfr_s mpfr_t[1];
enum { RNDN = 0, RNDZ = 1 };

void mpfr_init2(mpfr_t, long);
int mpfr_const_euler(mpfr_t, int);
int mpfr_const_log2(mpfr_t, int);
int mpfr_const_pi(mpfr_t, int);
int mpfr_ui_div(mpfr_t, unsigned long, const mpfr_t, int);
char *mpfr_get_str(char *, long *, int, size_t, const mpfr_t, int);
void mpfr_free_str(char *);

static void put(const char *name, const mpfr_t v)
{
	long e;
	char *s = mpfr_get_str(0, &e, 2, 600, v, RNDZ);
	printf("%s %s %ld\n", name, s, e);
	mpfr_free_str(s);
}

int main(void)
{
	mpfr_t v, p;
	mpfr_init2(v, 1000);
	mpfr_init2(p, 1000);
	mpfr_const_euler(v, RNDN);
	put("EULER", v);
	mpfr_const_log2(v, RNDN);
	put("LN2", v);
	mpfr_const_pi(p, RNDN);
	mpfr_ui_div(v, 2, p, RNDN);
	put("TWO_OVER_PI", v);
	return 0;
}
