// STDOUT: ok\n
// LIBS: -lm
// CFLAGS: -frounding-math -fno-builtin
/* <fenv.h>: the flags that exact operations and library functions raise
 * (C17 Annex F), rounding modes as rint, nearbyint, lrint and division
 * see them, nearbyint leaving FE_INEXACT alone, saving and restoring
 * flags and environments (FE_DFL_ENV, feholdexcept/feupdateenv), and
 * glibc's trap controls: on x86 an enabled trap is delivered as SIGFPE,
 * on aarch64 (qemu) and riscv64 feenableexcept reports -1. Operands pass
 * through volatiles and -frounding-math keeps gcc from folding. */
#define _GNU_SOURCE
#include "check.h"
#include "mathcheck.h"
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <signal.h>
#include <sys/auxv.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile double vzero = 0.0, vone = 1.0, vthree = 3.0;
static volatile float fvzero = 0.0f, fvone = 1.0f;
/* results land here, so gcc keeps the operations */
static volatile double sink;


/* exactly the flags `want` (of the five) after evaluating `expr` */
#define RAISES(expr, want)                                     \
	do {                                                   \
		feclearexcept(FE_ALL_EXCEPT);                  \
		sink = (expr);                                 \
		CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), (want)); \
	} while (0)
/* the same, FE_INEXACT aside: whether a library function raises it is
 * unspecified (C17 F.10), and glibc raises it for some exact results */
#define RAISES_LIB(expr, want)                                         \
	do {                                                           \
		feclearexcept(FE_ALL_EXCEPT);                          \
		sink = (expr);                                         \
		CHECK_EQ(fetestexcept(FE_ALL_EXCEPT & ~FE_INEXACT),    \
			 (want) & ~FE_INEXACT);                        \
	} while (0)
/* at least `want`, and none of `not` */
#define RAISES_SOME(expr, want, not)                             \
	do {                                                     \
		feclearexcept(FE_ALL_EXCEPT);                    \
		sink = (expr);                                   \
		CHECK_EQ(fetestexcept(want), (want));            \
		CHECK_EQ(fetestexcept(not), 0);                  \
	} while (0)

/* x/3 rounded to double (i386 computes in the x87's wider format) */
static double div3(double x)
{
	volatile double r = x / vthree;
	return r;
}

static void modes(void)
{
	static const int m[4] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
	/* rint(2.5), rint(-2.5), nearbyint(0.5), lrint(-1.5) per mode */
	static const double r25[4] = {2.0, 3.0, 2.0, 2.0};
	static const double rm25[4] = {-2.0, -2.0, -3.0, -2.0};
	static const double n05[4] = {0.0, 1.0, 0.0, 0.0};
	static const long lm15[4] = {-2, -1, -2, -1};
	for (int i = 0; i < 4; i++) {
		CHECK_EQ(fesetround(m[i]), 0);
		CHECK_EQ(fegetround(), m[i]);
		CHECK(rint(V(2.5)) == r25[i]);
		CHECK(rint(V(-2.5)) == rm25[i]);
		CHECK(nearbyint(V(0.5)) == n05[i]);
		CHECK(nearbyintf(F(-2.5f)) == (float)rm25[i]);
		CHECK_EQ(lrint(V(-1.5)), lm15[i]);
		CHECK_EQ(llrintf(F(-1.5f)), lm15[i]);
		CHECK(signbit(nearbyint(V(-0.5))));
		/* nearbyint never raises FE_INEXACT; rint does */
		RAISES(nearbyint(V(2.5)), 0);
		RAISES(nearbyintf(F(0.25f)), 0);
		RAISES(rint(V(2.5)), FE_INEXACT);
	}
	/* the directions seen by the hardware, the C code and the library */
	CHECK_EQ(fesetround(FE_UPWARD), 0);
	double up = div3(1.0), sup = sqrt(V(2.0));
	float fup = sqrtf(F(2.0f));
	CHECK_EQ(fesetround(FE_DOWNWARD), 0);
	double down = div3(1.0), sdown = sqrt(V(2.0));
	float fdown = sqrtf(F(2.0f));
	CHECK(up > down && nextafter(down, 1.0) == up);
	CHECK(sup > sdown && nextafter(sdown, 2.0) == sup);
	CHECK(fup > fdown);
	/* transcendental functions stay accurate in every mode */
	CHECK(fabs(exp(V(1.0)) - 2.718281828459045) < 1e-15);
	CHECK(fabs(sin(V(1e6)) - -0.34999350217129294) < 1e-15);
	CHECK_EQ(fesetround(FE_TOWARDZERO), 0);
	CHECK(div3(-1.0) == -down);
	/* an unknown direction is refused and changes nothing */
	CHECK(fesetround(12345) != 0);
	CHECK(fesetround(-1) != 0);
	CHECK_EQ(fegetround(), FE_TOWARDZERO);
	CHECK_EQ(fesetround(FE_TONEAREST), 0);
}

static void flags(void)
{
	/* the five exceptions from exact arithmetic */
	RAISES(vone / vzero, FE_DIVBYZERO);
	RAISES(vzero / vzero, FE_INVALID);
	RAISES(fvone / fvzero, FE_DIVBYZERO);
	RAISES(vone / vthree, FE_INEXACT);
	RAISES(V(DBL_MAX) * V(2.0), FE_OVERFLOW | FE_INEXACT);
	RAISES(V(DBL_MIN) * V(DBL_MIN), FE_UNDERFLOW | FE_INEXACT);
	RAISES(V(2.0) * V(3.0), 0);
	/* from the library */
	RAISES(sqrt(V(-1.0)), FE_INVALID);
	RAISES(sqrtf(F(-1.0f)), FE_INVALID);
	RAISES(sqrt(V(4.0)), 0);
	RAISES_LIB(log(V(0.0)), FE_DIVBYZERO);
	RAISES_LIB(logf(F(-0.0f)), FE_DIVBYZERO);
	RAISES_LIB(log(V(-1.0)), FE_INVALID);
	RAISES_LIB(log2(V(-1.0)), FE_INVALID);
	RAISES_LIB(log10(V(0.0)), FE_DIVBYZERO);
	RAISES_LIB(log1p(V(-1.0)), FE_DIVBYZERO);
	RAISES_LIB(log(V(1.0)), 0);
	RAISES_LIB(exp(V(0.0)), 0);
	RAISES_LIB(exp(V(1000.0)), FE_OVERFLOW | FE_INEXACT);
	RAISES_LIB(expf(F(100.0f)), FE_OVERFLOW | FE_INEXACT);
	RAISES_LIB(exp(V(-1000.0)), FE_UNDERFLOW | FE_INEXACT);
#ifndef AGAINST_GLIBC
	/* an exact subnormal result is no underflow (IEEE 754 7.5, C17 F.10);
	 * glibc raises FE_UNDERFLOW | FE_INEXACT here (a documented difference) */
	RAISES(exp2(V(-1074.0)), 0);
#endif
	RAISES_LIB(sin(V(INFINITY)), FE_INVALID);
	RAISES_LIB(cosf(F(-INFINITY)), FE_INVALID);
	RAISES_LIB(sin(V(-0.0)), 0);
	RAISES_LIB(atanh(V(1.0)), FE_DIVBYZERO);
	RAISES_LIB(atanhf(F(-1.0f)), FE_DIVBYZERO);
	RAISES_LIB(acos(V(2.0)), FE_INVALID);
	RAISES_LIB(pow(V(0.0), V(-1.0)), FE_DIVBYZERO);
	RAISES_LIB(powf(F(-0.0f), F(-3.0f)), FE_DIVBYZERO);
	RAISES_LIB(pow(V(-2.0), V(0.5)), FE_INVALID);
	RAISES_LIB(pow(V(2.0), V(0.5)), FE_INEXACT);
	RAISES_LIB(pow(V(2.0), V(3.0)), 0);
	RAISES_LIB(pow(V(-1.0), V(INFINITY)), 0);
	RAISES_LIB(pow(V(10.0), V(400.0)), FE_OVERFLOW | FE_INEXACT);
	RAISES_LIB(lgamma(V(0.0)), FE_DIVBYZERO);
	RAISES_LIB(lgamma(V(-2.0)), FE_DIVBYZERO);
	RAISES_LIB(tgamma(V(-1.0)), FE_INVALID);
	RAISES_LIB(tgamma(V(-0.0)), FE_DIVBYZERO);
	RAISES_LIB(y0(V(0.0)), FE_DIVBYZERO);
	RAISES_LIB(y1(V(-1.0)), FE_INVALID);
	RAISES_LIB(hypot(V(DBL_MAX), V(DBL_MAX)), FE_OVERFLOW | FE_INEXACT);
	RAISES_SOME(hypot(V(3.0), V(4.0)), 0, FE_ALL_EXCEPT & ~FE_INEXACT);
	RAISES_LIB(sinh(V(1000.0)), FE_OVERFLOW | FE_INEXACT);
	RAISES_LIB(cosh(V(-1000.0)), FE_OVERFLOW | FE_INEXACT);
	RAISES(fma(V(INFINITY), V(0.0), V(1.0)), FE_INVALID);
	RAISES(fmod(V(1.0), V(0.0)), FE_INVALID);
	RAISES(remainder(V(INFINITY), V(1.0)), FE_INVALID);
	RAISES_LIB(lrint(V(1e300)), FE_INVALID);
	RAISES(ilogb(V(0.0)), FE_INVALID);
	RAISES(nextafter(V(DBL_MAX), V(INFINITY)), FE_OVERFLOW | FE_INEXACT);
	RAISES(nextafter(V(0.0), V(1.0)), FE_UNDERFLOW | FE_INEXACT);
	RAISES(ldexp(V(1.0), 2000), FE_OVERFLOW | FE_INEXACT);
	RAISES(floor(V(2.5)), 0);
	RAISES(fabs(V(-NAN)), 0);
	RAISES(copysign(V(NAN), V(-1.0)), 0);
	/* underflow: tiny and inexact (whether a library function raises
	 * FE_INEXACT is unspecified, C17 F.10; these do) */
	RAISES_SOME(sin(V(DBL_TRUE_MIN)), FE_UNDERFLOW | FE_INEXACT, FE_INVALID);
	RAISES_SOME(erfc(V(30.0)), FE_UNDERFLOW | FE_INEXACT, FE_INVALID);
	RAISES_SOME(atan(V(1e300)), 0, FE_UNDERFLOW | FE_OVERFLOW | FE_INVALID);
	RAISES_SOME(exp(V(1.0)), FE_INEXACT, FE_UNDERFLOW | FE_OVERFLOW);
	RAISES_SOME(erfcf(F(-20.0f)), FE_INEXACT, FE_UNDERFLOW);
}

static void saving(void)
{
	fexcept_t f;
	fenv_t e, h;

	/* fegetexceptflag / fesetexceptflag */
	feclearexcept(FE_ALL_EXCEPT);
	CHECK_EQ(feraiseexcept(FE_DIVBYZERO | FE_INEXACT), 0);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO | FE_INEXACT);
	CHECK_EQ(fegetexceptflag(&f, FE_DIVBYZERO | FE_INVALID), 0);
	feclearexcept(FE_ALL_EXCEPT);
	CHECK_EQ(fesetexceptflag(&f, FE_ALL_EXCEPT), 0);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
	feraiseexcept(FE_OVERFLOW); /* aarch64 glibc adds FE_INEXACT */
	CHECK_EQ(fesetexceptflag(&f, FE_OVERFLOW), 0);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT & ~FE_INEXACT), FE_DIVBYZERO);
	feclearexcept(FE_DIVBYZERO | FE_INEXACT);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
	/* each raised alone */
	int each[5] = {FE_INVALID, FE_DIVBYZERO, FE_OVERFLOW, FE_UNDERFLOW, FE_INEXACT};
	for (int i = 0; i < 5; i++) {
		feclearexcept(FE_ALL_EXCEPT);
		CHECK_EQ(feraiseexcept(each[i]), 0);
		CHECK_EQ(fetestexcept(each[i]), each[i]);
		CHECK_EQ(fetestexcept(FE_ALL_EXCEPT & ~each[i] & ~FE_INEXACT), 0);
	}

	/* fegetenv / fesetenv, FE_DFL_ENV */
	feclearexcept(FE_ALL_EXCEPT);
	fesetround(FE_UPWARD);
	feraiseexcept(FE_INVALID);
	CHECK_EQ(fegetenv(&e), 0);
	CHECK_EQ(fesetenv(FE_DFL_ENV), 0);
	CHECK_EQ(fegetround(), FE_TONEAREST);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
	CHECK(rint(V(0.5)) == 0.0);
	CHECK_EQ(fesetenv(&e), 0);
	CHECK_EQ(fegetround(), FE_UPWARD);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INVALID);
	CHECK(rint(V(0.5)) == 1.0);
	CHECK(div3(1.0) > 0.3333333333333333);
	feclearexcept(FE_INEXACT);

	/* feholdexcept / feupdateenv: the held flags come back, merged */
	CHECK_EQ(feholdexcept(&h), 0);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
	CHECK_EQ(fegetround(), FE_UPWARD);
	sink = vone / vzero;
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
	CHECK_EQ(feupdateenv(&h), 0);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INVALID | FE_DIVBYZERO);
	CHECK_EQ(fegetround(), FE_UPWARD);
#if !(defined(AGAINST_GLIBC) && defined(TEST_ARCH_RISCV64))
	/* riscv64 glibc 2.36 dereferences FE_DFL_ENV here (a crash) */
	CHECK_EQ(feupdateenv(FE_DFL_ENV), 0);
	CHECK_EQ(fegetround(), FE_TONEAREST);
	CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INVALID | FE_DIVBYZERO);
#else
	fesetround(FE_TONEAREST);
#endif
	feclearexcept(FE_ALL_EXCEPT);
}

static void traps(void)
{
	CHECK_EQ(fegetexcept(), 0);
	CHECK_EQ(feenableexcept(0), 0);
	CHECK_EQ(fedisableexcept(0), 0);
#if defined(TEST_ARCH_X86_64) || defined(TEST_ARCH_I386)
	CHECK_EQ(feenableexcept(FE_DIVBYZERO), 0);
	CHECK_EQ(fegetexcept(), FE_DIVBYZERO);
	CHECK_EQ(feenableexcept(FE_INVALID), FE_DIVBYZERO);
	CHECK_EQ(fedisableexcept(FE_ALL_EXCEPT), FE_DIVBYZERO | FE_INVALID);
	CHECK_EQ(fegetexcept(), 0);
	/* an enabled trap is delivered: SIGFPE */
	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0) {
		feenableexcept(FE_DIVBYZERO);
		sink = vone / vzero;
		_exit(0);
	}
	int st;
	CHECK_EQ(waitpid(p, &st, 0), p);
	/* qemu-i386 (the run without a vDSO) neither delivers x87 traps nor
	 * masks them on fnstenv (which glibc's feholdexcept relies on) */
	if (getauxval(AT_SYSINFO_EHDR) == 0) {
		fedisableexcept(FE_ALL_EXCEPT);
		return;
	}
	CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGFPE);
	/* feholdexcept stops trapping; fesetenv brings it back */
	fenv_t h;
	feenableexcept(FE_OVERFLOW);
	CHECK_EQ(feholdexcept(&h), 0);
	CHECK_EQ(fegetexcept(), 0);
	sink = V(DBL_MAX) * V(2.0);
	CHECK(fetestexcept(FE_OVERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	CHECK_EQ(fesetenv(&h), 0);
	CHECK_EQ(fegetexcept(), FE_OVERFLOW);
	fedisableexcept(FE_ALL_EXCEPT);
#else
	/* no trap hardware (riscv64; aarch64 under qemu): -1, nothing enabled */
	CHECK_EQ(feenableexcept(FE_DIVBYZERO), -1);
	CHECK_EQ(fegetexcept(), 0);
	CHECK_EQ(fedisableexcept(FE_DIVBYZERO), 0);
#endif
}

int main(void)
{
	CHECK((FE_ALL_EXCEPT & (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW |
				FE_UNDERFLOW | FE_INEXACT)) == FE_ALL_EXCEPT);
	CHECK(FE_INVALID && FE_DIVBYZERO && FE_OVERFLOW && FE_UNDERFLOW && FE_INEXACT);
	CHECK_EQ(fegetround(), FE_TONEAREST);
	/* glibc's layouts */
#if defined(TEST_ARCH_X86_64)
	CHECK_EQ(sizeof(fenv_t), 32);
	CHECK_EQ(sizeof(fexcept_t), 2);
	CHECK_EQ(__builtin_offsetof(fenv_t, __mxcsr), 28);
	CHECK_EQ(__builtin_offsetof(fenv_t, __status_word), 4);
#elif defined(TEST_ARCH_I386)
	CHECK_EQ(sizeof(fenv_t), 28);
	CHECK_EQ(sizeof(fexcept_t), 2);
	CHECK_EQ(__builtin_offsetof(fenv_t, __eip), 12);
#elif defined(TEST_ARCH_AARCH64)
	CHECK_EQ(sizeof(fenv_t), 8);
	CHECK_EQ(sizeof(fexcept_t), 4);
	CHECK_EQ(__builtin_offsetof(fenv_t, __fpsr), 4);
#else
	CHECK_EQ(sizeof(fenv_t), 4);
	CHECK_EQ(sizeof(fexcept_t), 4);
#endif
	flags();
	modes();
	saving();
	traps();
	t_puts(1, "ok\n");
	return 0;
}
