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
void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
#ifdef __FERRO_USE_GNU
size_t malloc_usable_size(void *);
#endif
__FERRO_END_DECLS
#endif
