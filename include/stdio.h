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
__FERRO_BEGIN_DECLS
int rename(const char *, const char *);
#if defined(__FERRO_USE_POSIX)
int renameat(int, const char *, int, const char *);
#endif
__FERRO_END_DECLS
#endif
