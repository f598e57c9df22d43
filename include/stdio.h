#ifndef _STDIO_H
#define _STDIO_H
/* Streams and printf come with the stdio issue; for now this header
 * declares what is implemented: rename and the SEEK_ constants. */
#include <features.h>
#ifndef __FERRO_DEFINED_size_t
#define __FERRO_DEFINED_size_t
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef NULL
#ifdef __cplusplus
#define NULL __null
#else
#define NULL ((void *)0)
#endif
#endif
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#ifdef __FERRO_USE_GNU
#define SEEK_DATA 3
#define SEEK_HOLE 4
#endif
#define EOF (-1)
/* ---- printf family without FILE (issue 5) ---- */
#ifndef __FERRO_DEFINED_va_list
#define __FERRO_DEFINED_va_list
typedef __builtin_va_list va_list;
#endif
__FERRO_BEGIN_DECLS
int snprintf(char *__restrict, size_t, const char *__restrict, ...)
	__attribute__((__format__(__printf__, 3, 4)));
int sprintf(char *__restrict, const char *__restrict, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int vsnprintf(char *__restrict, size_t, const char *__restrict, va_list)
	__attribute__((__format__(__printf__, 3, 0)));
int vsprintf(char *__restrict, const char *__restrict, va_list)
	__attribute__((__format__(__printf__, 2, 0)));
#if defined(__FERRO_USE_XOPEN2K8)
int dprintf(int, const char *__restrict, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int vdprintf(int, const char *__restrict, va_list)
	__attribute__((__format__(__printf__, 2, 0)));
#endif
#if defined(__FERRO_USE_GNU)
int asprintf(char **__restrict, const char *__restrict, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int vasprintf(char **__restrict, const char *__restrict, va_list)
	__attribute__((__format__(__printf__, 2, 0)));
#endif
__FERRO_END_DECLS
/* ---- end printf family ---- */
__FERRO_BEGIN_DECLS
int rename(const char *, const char *);
#if defined(__FERRO_USE_POSIX)
int renameat(int, const char *, int, const char *);
#endif
__FERRO_END_DECLS
#endif
