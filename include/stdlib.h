#ifndef _STDLIB_H
#define _STDLIB_H
#include <features.h>
#include <bits/size_t.h>
#if !defined(__cplusplus) && !defined(__FERRO_DEFINED_wchar_t)
#define __FERRO_DEFINED_wchar_t
typedef __WCHAR_TYPE__ wchar_t;
#endif
#include <bits/null.h>
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* ---- multibyte characters (locale.rs, stdlib/mb.rs) ---- */
__FERRO_BEGIN_DECLS
size_t __ctype_get_mb_cur_max(void);
int mblen(const char *, size_t);
int mbtowc(wchar_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
int wctomb(char *, wchar_t);
size_t mbstowcs(wchar_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
size_t wcstombs(char *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
__FERRO_END_DECLS
#define MB_CUR_MAX (__ctype_get_mb_cur_max())

/* ---- number conversions, abs/div, a64l/l64a (stdlib/conv.rs) ---- */
typedef struct {
  int quot;
  int rem;
} div_t;
typedef struct {
  long quot;
  long rem;
} ldiv_t;
#ifdef __FERRO_USE_ISOC99
typedef struct {
  long long quot;
  long long rem;
} lldiv_t;
#endif

__FERRO_BEGIN_DECLS
double atof(const char *);
int atoi(const char *);
long atol(const char *);
double strtod(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT);
long strtol(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, int);
unsigned long strtoul(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, int);
int abs(int) __FERRO_CONST;
long labs(long) __FERRO_CONST;
div_t div(int, int) __FERRO_CONST;
ldiv_t ldiv(long, long) __FERRO_CONST;
#ifdef __FERRO_USE_ISOC99
long long atoll(const char *);
float strtof(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT);
long double strtold(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT);
#ifdef __FERRO_USE_GNU
# ifndef __FERRO_DEFINED_locale_t
#  define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
# endif
double strtod_l(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, locale_t);
float strtof_l(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, locale_t);
long double strtold_l(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, locale_t);
#endif
long long strtoll(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, int);
unsigned long long strtoull(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, int);
long long llabs(long long) __FERRO_CONST;
lldiv_t lldiv(long long, long long) __FERRO_CONST;
#endif
#ifdef __FERRO_USE_XOPEN_EXTENDED
long a64l(const char *);
char *l64a(long);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_XOPEN_EXTENDED)
/* SUSv2 legacy, removed in POSIX.1-2008 */
char *ecvt(double, int, int *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
char *fcvt(double, int, int *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
char *gcvt(double, int, char *);
#endif
__FERRO_END_DECLS
/* ---- end number conversions ---- */

__FERRO_BEGIN_DECLS
__FERRO_NORETURN void exit(int);
__FERRO_NORETURN void _Exit(int);
__FERRO_NORETURN void abort(void);
int atexit(void (*)(void));
char *getenv(const char *);
int system(const char *);
/* ---- memory allocation (owner: malloc family; see also <malloc.h>) ---- */
void *malloc(size_t) __FERRO_MALLOC;
void *calloc(size_t, size_t) __FERRO_MALLOC;
void *realloc(void *, size_t);
void free(void *);
#ifdef __FERRO_USE_ISOC11
void *aligned_alloc(size_t, size_t) __FERRO_MALLOC;
#endif
#if defined(__FERRO_USE_POSIX2001) || defined(__FERRO_USE_XOPEN2K)
int posix_memalign(void **, size_t, size_t);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_POSIX2024)
void *reallocarray(void *, size_t, size_t);
#endif
#ifdef __FERRO_USE_DEFAULT
void *valloc(size_t) __FERRO_MALLOC;
#endif
/* ---- end memory allocation ---- */
__FERRO_END_DECLS

/* ---- sorting, random numbers, environment, temporary files (stdlib2) ---- */
#define RAND_MAX 2147483647
__FERRO_BEGIN_DECLS
void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
void *bsearch(const void *, const void *, size_t, size_t,
	      int (*)(const void *, const void *));
int rand(void);
void srand(unsigned int);
#if defined(__FERRO_USE_ISOC11) || (defined(__cplusplus) && __cplusplus >= 201103L)
int at_quick_exit(void (*)(void));
__FERRO_NORETURN void quick_exit(int);
#endif
#if defined(__FERRO_USE_POSIX2024) || defined(__FERRO_USE_GNU)
void qsort_r(void *, size_t, size_t,
	     int (*)(const void *, const void *, void *), void *);
#endif
#ifdef __FERRO_USE_POSIX199506
int rand_r(unsigned int *);
#endif
#if defined(__FERRO_USE_XOPEN_EXTENDED) || defined(__FERRO_USE_POSIX2008)
long random(void);
void srandom(unsigned int);
char *initstate(unsigned int, char *, size_t);
char *setstate(char *);
int mkstemp(char *);
char *realpath(const char *__FERRO_RESTRICT, char *__FERRO_RESTRICT);
int getsubopt(char **__FERRO_RESTRICT, char *const *__FERRO_RESTRICT,
	      char **__FERRO_RESTRICT);
#endif
/* Only on request: glibc no longer declares it. */
#if defined(_XOPEN_SOURCE) || defined(__FERRO_USE_GNU)
void setkey(const char *);
#endif
#ifdef __FERRO_USE_XOPEN
double drand48(void);
double erand48(unsigned short[3]);
long lrand48(void);
long nrand48(unsigned short[3]);
long mrand48(void);
long jrand48(unsigned short[3]);
void srand48(long);
unsigned short *seed48(unsigned short[3]);
void lcong48(unsigned short[7]);
int putenv(char *);
#endif
#ifdef __FERRO_USE_POSIX2001
int setenv(const char *, const char *, int);
int unsetenv(const char *);
#endif
#ifdef __FERRO_USE_POSIX2008
char *mkdtemp(char *);
#endif
#if defined(__FERRO_USE_POSIX2024) || defined(__FERRO_USE_GNU)
int mkostemp(char *, int);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int mkstemps(char *, int);
int mkostemps(char *, int, int);
int clearenv(void);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_XOPEN_EXTENDED)
char *mktemp(char *);
#endif
#ifdef __FERRO_USE_DEFAULT
int getloadavg(double[], int);
#endif
#ifdef __FERRO_USE_GNU
char *secure_getenv(const char *);
char *canonicalize_file_name(const char *);
#endif
#ifdef __FERRO_USE_DEFAULT
int rpmatch(const char *);
unsigned int arc4random(void);
void arc4random_buf(void *, size_t);
unsigned int arc4random_uniform(unsigned int);
#endif
/* pseudo-terminals: XSI until POSIX.1-2024 made them (and ptsname_r) base */
#if defined(__FERRO_USE_XOPEN_EXTENDED) || defined(__FERRO_USE_POSIX2024)
int posix_openpt(int);
int grantpt(int);
int unlockpt(int);
char *ptsname(int);
#endif
#if defined(__FERRO_USE_GNU) || defined(__FERRO_USE_POSIX2024)
int ptsname_r(int, char *, size_t);
#endif
__FERRO_END_DECLS
/* ---- end stdlib2 ---- */
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define mkstemp64 mkstemp
# define mkostemp64 mkostemp
# define mkstemps64 mkstemps
# define mkostemps64 mkostemps
#endif
#endif
