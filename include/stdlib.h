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

__FERRO_BEGIN_DECLS
__FERRO_NORETURN void exit(int);
__FERRO_NORETURN void _Exit(int);
__FERRO_NORETURN void abort(void);
int atexit(void (*)(void));
char *getenv(const char *);
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
#endif
