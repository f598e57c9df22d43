#ifndef _STRINGS_H
#define _STRINGS_H
#include <features.h>
#include <bits/size_t.h>
#if defined(__FERRO_USE_POSIX2008) && !defined(__FERRO_DEFINED_locale_t)
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif
__FERRO_BEGIN_DECLS
int ffs(int);
#if defined(__FERRO_USE_POSIX2024) || defined(__FERRO_USE_DEFAULT)
int ffsl(long);
int ffsll(long long);
#endif
int strcasecmp(const char *, const char *);
int strncasecmp(const char *, const char *, size_t);
#if defined(__FERRO_USE_POSIX2008)
int strcasecmp_l(const char *, const char *, locale_t);
int strncasecmp_l(const char *, const char *, size_t, locale_t);
#endif
#if defined(__FERRO_USE_DEFAULT) || !defined(__FERRO_USE_POSIX2008)
/* Legacy BSD interfaces (removed from POSIX.1-2008). */
int bcmp(const void *, const void *, size_t);
void bcopy(const void *, void *, size_t);
void bzero(void *, size_t);
char *index(const char *, int);
char *rindex(const char *, int);
#endif
__FERRO_END_DECLS
#endif
