/* <monetary.h>: monetary formatting (POSIX.1-2024): strfmon, strfmon_l. */
#ifndef _MONETARY_H
#define _MONETARY_H 1
#include <features.h>
#include <bits/size_t.h>
#ifndef __FERRO_DEFINED_ssize_t
#define __FERRO_DEFINED_ssize_t
typedef __PTRDIFF_TYPE__ ssize_t;
#endif
#if defined(__FERRO_USE_POSIX2008) && !defined(__FERRO_DEFINED_locale_t)
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif
__FERRO_BEGIN_DECLS
ssize_t strfmon(char *__restrict, size_t, const char *__restrict, ...);
#ifdef __FERRO_USE_POSIX2008
ssize_t strfmon_l(char *__restrict, size_t, locale_t, const char *__restrict, ...);
#endif
__FERRO_END_DECLS
#endif
