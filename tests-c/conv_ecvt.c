/* ecvt fcvt gcvt (SUSv2 legacy): digits, point, sign; glibc's choices for
 * zeros, non-finite values, negative fcvt counts and the 17-digit cap.
 * Halfway and carry cases, where glibc's ecvt gives one digit too many or
 * a wrongly rounded one, are checked on ferrolibc only. */
#define _DEFAULT_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static void e(double v, int n, const char *digits, int decpt, int sign)
{
	int d = -99, s = -99;
	char *r = ecvt(v, n, &d, &s);
	if (strcmp(r, digits) || d != decpt || s != sign) {
		t_puts(2, "ecvt got \"");
		t_puts(2, r);
		t_puts(2, "\" want \"");
		t_puts(2, digits);
		t_puts(2, "\"\n");
	}
	CHECK(strcmp(r, digits) == 0);
	CHECK_EQ(d, decpt);
	CHECK_EQ(s, sign);
}

static void f(double v, int n, const char *digits, int decpt, int sign)
{
	int d = -99, s = -99;
	char *r = fcvt(v, n, &d, &s);
	if (strcmp(r, digits) || d != decpt || s != sign) {
		t_puts(2, "fcvt got \"");
		t_puts(2, r);
		t_puts(2, "\" want \"");
		t_puts(2, digits);
		t_puts(2, "\"\n");
	}
	CHECK(strcmp(r, digits) == 0);
	CHECK_EQ(d, decpt);
	CHECK_EQ(s, sign);
}

static void g(double v, int n, const char *want)
{
	char b[64];
	CHECK(gcvt(v, n, b) == b);
	CHECK(strcmp(b, want) == 0);
}

int main(void)
{
	e(123.456, 5, "12346", 3, 0);
	e(123.456, 2, "12", 3, 0);
	e(0.0, 4, "0000", 1, 0);
	e(-0.0, 3, "000", 1, 1);
	e(1e-5, 3, "100", -4, 0);
	e(123.456, 0, "", 3, 0);
	e(123.456, -1, "", 3, 0);
	e(1.5, 30, "15000000000000000", 1, 0);
	e(INFINITY, 3, "inf", 0, 0);
	e(-INFINITY, 3, "-inf", 0, 0);
	e(0.5, 1, "5", 0, 0);
	e(5e-324, 3, "494", -323, 0);
	e(-123.56, 3, "124", 3, 1);
	e(0.001234, 2, "12", -2, 0);
	e(1e22, 3, "100", 23, 0);
	e(2.0 / 3, 4, "6667", 0, 0);

	f(123.456, 2, "12346", 3, 0);
	f(123.456, 0, "123", 3, 0);
	f(0.001234, 2, "", -2, 0);
	f(0.001234, 5, "123", -2, 0);
	f(0.0, 3, "0000", 1, 0);
	f(-0.0, 0, "0", 1, 1);
	f(999.999, 1, "10000", 4, 0);
	f(1.5, -1, "2", 1, 0);
	f(1234.5, -2, "1200", 4, 0);
	f(0.5, 0, "0", 1, 0);
	f(1e20, 2, "10000000000000000000000", 21, 0);
	f(INFINITY, 2, "inf", 0, 0);
	f(0.001, -1, "0", 1, 0);
	f(1.25, 1, "12", 1, 0);
	f(1.0 / 3, 30, "33333333333333331", 0, 0);
	f(123.456, 20, "12345600000000000307", 3, 0);
	f(0.25, 1, "2", 0, 0);
	f(-1.5, 0, "2", 1, 1);
	f(1e-320, 3, "", -3, 0);
	f(12, -5, "10", 2, 0);
	f(0.96, 1, "10", 1, 0);
	f(-7.0, 2, "700", 1, 1);
	{
		int d, s;
		char *r = fcvt(1e300, 1, &d, &s);
		CHECK_EQ(d, 301);
		CHECK_EQ((int)strlen(r), 302);
		CHECK(strncmp(r, "1000000000000000052504760255204420248704468581108159", 52) == 0);
	}
	/* ecvt and fcvt have buffers of their own */
	int d, s;
	char *r1 = ecvt(1.0, 3, &d, &s);
	char *r2 = fcvt(2.0, 3, &d, &s);
	CHECK(r1 != r2 && strcmp(r1, "100") == 0);

	g(123.456, 5, "123.46");
	g(0.0001234, 3, "0.000123");
	g(1e20, 5, "1e+20");
	g(100, 3, "100");
	g(1.5, 30, "1.5");
	g(-2.0, 1, "-2");
	g(123, 0, "1e+02");
	g(0.1, 17, "0.10000000000000001");
#ifndef AGAINST_GLIBC
	/* exactly ndigit digits, correctly rounded (glibc: "100", "99",
	 * "100000" and "10000000000000000") */
	e(9.999, 2, "10", 2, 0);
	e(99.5, 2, "10", 3, 0);
	e(1e300, 5, "10000", 301, 0);
	e(0.1, 17, "10000000000000001", 0, 0);
#endif
	return 0;
}
