/* <iconv.h>: character set conversion (POSIX.1-2024). */
#ifndef _ICONV_H
#define _ICONV_H 1
#include <features.h>
#include <bits/size_t.h>
typedef void *iconv_t;
__FERRO_BEGIN_DECLS
iconv_t iconv_open(const char *, const char *);
size_t iconv(iconv_t, char **__FERRO_RESTRICT, size_t *__FERRO_RESTRICT,
	     char **__FERRO_RESTRICT, size_t *__FERRO_RESTRICT);
int iconv_close(iconv_t);
__FERRO_END_DECLS
#endif
