/*
 * fenv.h - C17 7.6 floating-point environment (ferrolibc), with glibc's
 * trap controls. The exception bits, rounding directions, fenv_t and
 * fexcept_t are per arch (bits/fenv.h), with glibc's values and layouts.
 */
#ifndef _FENV_H
#define _FENV_H 1

#include <features.h>
#include <bits/fenv.h>

__FERRO_BEGIN_DECLS

/* 7.6.2 exceptions */
int feclearexcept(int);
int fegetexceptflag(fexcept_t *, int);
int feraiseexcept(int);
int fesetexceptflag(const fexcept_t *, int);
int fetestexcept(int);

/* 7.6.3 rounding */
int fegetround(void);
int fesetround(int);

/* 7.6.4 environment */
int fegetenv(fenv_t *);
int feholdexcept(fenv_t *);
int fesetenv(const fenv_t *);
int feupdateenv(const fenv_t *);

#ifdef __FERRO_USE_GNU
/* GNU: traps (-1 from feenableexcept where the hardware has none) */
int feenableexcept(int);
int fedisableexcept(int);
int fegetexcept(void);
#endif

__FERRO_END_DECLS

#endif /* _FENV_H */
