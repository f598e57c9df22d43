#ifndef _STRING_H
#define _STRING_H
#include <features.h>
#include <bits/size_t.h>
#include <bits/null.h>
#if defined(__FERRO_USE_POSIX2008) && !defined(__FERRO_DEFINED_locale_t)
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif

__FERRO_BEGIN_DECLS
/* ---- C17 ---- */
void *memcpy(void *__FERRO_RESTRICT, const void *__FERRO_RESTRICT, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
int memcmp(const void *, const void *, size_t);
void *memchr(const void *, int, size_t);
char *strcpy(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT);
char *strncpy(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
char *strcat(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT);
char *strncat(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
int strcmp(const char *, const char *);
int strncmp(const char *, const char *, size_t);
int strcoll(const char *, const char *);
size_t strxfrm(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
char *strchr(const char *, int);
char *strrchr(const char *, int);
size_t strspn(const char *, const char *);
size_t strcspn(const char *, const char *);
char *strpbrk(const char *, const char *);
char *strstr(const char *, const char *);
char *strtok(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT);
size_t strlen(const char *);
char *strerror(int);

/* ---- POSIX ---- */
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_ISOC23)
void *memccpy(void *__FERRO_RESTRICT, const void *__FERRO_RESTRICT, int, size_t);
#endif
#if defined(__FERRO_USE_POSIX199506)
char *strtok_r(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
               char **__FERRO_RESTRICT);
#endif
#if defined(__FERRO_USE_XOPEN_EXTENDED) || defined(__FERRO_USE_POSIX2008) \
    || defined(__FERRO_USE_ISOC23)
char *strdup(const char *);
#endif
#if defined(__FERRO_USE_POSIX2008) || defined(__FERRO_USE_ISOC23)
char *strndup(const char *, size_t);
#endif
#if defined(__FERRO_USE_POSIX2008)
char *stpcpy(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT);
char *stpncpy(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
size_t strnlen(const char *, size_t);
char *strsignal(int);
int strcoll_l(const char *, const char *, locale_t);
size_t strxfrm_l(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t,
                 locale_t);
char *strerror_l(int, locale_t);
#endif
#if defined(__FERRO_USE_POSIX2001)
/* strerror_r: the POSIX (int-returning) one unless _GNU_SOURCE, which gets
   the GNU one returning the message pointer; like glibc, the POSIX one is
   exported as __xpg_strerror_r. */
# ifdef __FERRO_USE_GNU
char *strerror_r(int, char *, size_t);
# else
int strerror_r(int, char *, size_t) __asm__("__xpg_strerror_r");
# endif
#endif
int __xpg_strerror_r(int, char *, size_t);
#if defined(__FERRO_USE_POSIX2024) || defined(__FERRO_USE_DEFAULT)
size_t strlcpy(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
size_t strlcat(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t);
#endif

/* ---- BSD / GNU extensions ---- */
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_ISOC23)
void explicit_bzero(void *, size_t);
#endif
#if defined(__FERRO_USE_DEFAULT)
char *strsep(char **__FERRO_RESTRICT, const char *__FERRO_RESTRICT);
#endif
#if defined(__FERRO_USE_GNU)
void *mempcpy(void *__FERRO_RESTRICT, const void *__FERRO_RESTRICT, size_t);
void *memrchr(const void *, int, size_t);
void *rawmemchr(const void *, int);
void *memmem(const void *, size_t, const void *, size_t);
char *strchrnul(const char *, int);
char *strcasestr(const char *, const char *);
int strverscmp(const char *, const char *);
const char *strerrorname_np(int);
const char *strerrordesc_np(int);
const char *sigabbrev_np(int);
const char *sigdescr_np(int);
/* the GNU basename; <libgen.h> (before or after) makes the name the
   POSIX one, which a macro of its own keeps in force here too */
# ifdef basename
#  pragma push_macro("basename")
#  undef basename
char *basename(const char *);
#  pragma pop_macro("basename")
# else
char *basename(const char *);
# endif
#endif
__FERRO_END_DECLS

#if defined(__FERRO_USE_DEFAULT)
#include <strings.h>
#endif
#endif
