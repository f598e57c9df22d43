#ifndef _STDLIB_H
#define _STDLIB_H
#include <features.h>
#ifndef __FERRO_DEFINED_size_t
#define __FERRO_DEFINED_size_t
typedef __SIZE_TYPE__ size_t;
#endif
#if !defined(__cplusplus) && !defined(__FERRO_DEFINED_wchar_t)
#define __FERRO_DEFINED_wchar_t
typedef __WCHAR_TYPE__ wchar_t;
#endif
#ifndef NULL
#ifdef __cplusplus
#define NULL __null
#else
#define NULL ((void *)0)
#endif
#endif
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

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
long long strtoll(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, int);
unsigned long long strtoull(const char *__FERRO_RESTRICT, char **__FERRO_RESTRICT, int);
long long llabs(long long) __FERRO_CONST;
lldiv_t lldiv(long long, long long) __FERRO_CONST;
#endif
#ifdef __FERRO_USE_XOPEN_EXTENDED
long a64l(const char *);
char *l64a(long);
#endif
__FERRO_END_DECLS
/* ---- end number conversions ---- */

__FERRO_BEGIN_DECLS
__FERRO_NORETURN void exit(int);
__FERRO_NORETURN void _Exit(int);
__FERRO_NORETURN void abort(void);
int atexit(void (*)(void));
char *getenv(const char *);
void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
#ifdef __FERRO_USE_GNU
size_t malloc_usable_size(void *);
#endif
__FERRO_END_DECLS
#endif
