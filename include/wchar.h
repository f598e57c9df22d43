/*
 * wchar.h - wide characters and multibyte conversion (C17 7.29,
 * POSIX.1-2024).  Part of ferrolibc.  wchar_t is gcc's __WCHAR_TYPE__
 * (32 bits; unsigned on aarch64), wint_t unsigned int, mbstate_t glibc's
 * 8 bytes.  The multibyte encoding is LC_CTYPE's: strict UTF-8 in UTF-8
 * locales, ASCII in the C locale.
 */
#ifndef _WCHAR_H
#define _WCHAR_H 1
#include <features.h>
#include <bits/size_t.h>
#include <bits/null.h>
#include <bits/mbstate.h>
#if !defined(__cplusplus) && !defined(__FERRO_DEFINED_wchar_t)
#define __FERRO_DEFINED_wchar_t
typedef __WCHAR_TYPE__ wchar_t;
#endif
#ifndef __FERRO_DEFINED_wint_t
#define __FERRO_DEFINED_wint_t
typedef __WINT_TYPE__ wint_t;
#endif
#if defined(__FERRO_USE_POSIX2008) && !defined(__FERRO_DEFINED_locale_t)
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif

#ifndef WCHAR_MAX
#define WCHAR_MAX __WCHAR_MAX__
#endif
#ifndef WCHAR_MIN
#define WCHAR_MIN __WCHAR_MIN__
#endif
#ifndef WEOF
#define WEOF (0xffffffffu)
#endif
#ifndef __FERRO_DEFINED_FILE
#define __FERRO_DEFINED_FILE
typedef struct _IO_FILE FILE;
#endif

__FERRO_BEGIN_DECLS
/* ---- multibyte conversion (wchar/mod.rs) ---- */
wint_t btowc(int);
int wctob(wint_t);
int mbsinit(const mbstate_t *);
size_t mbrlen(const char *__FERRO_RESTRICT, size_t, mbstate_t *__FERRO_RESTRICT);
size_t mbrtowc(wchar_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t,
	       mbstate_t *__FERRO_RESTRICT);
size_t wcrtomb(char *__FERRO_RESTRICT, wchar_t, mbstate_t *__FERRO_RESTRICT);
size_t mbsrtowcs(wchar_t *__FERRO_RESTRICT, const char **__FERRO_RESTRICT, size_t,
		 mbstate_t *__FERRO_RESTRICT);
size_t wcsrtombs(char *__FERRO_RESTRICT, const wchar_t **__FERRO_RESTRICT, size_t,
		 mbstate_t *__FERRO_RESTRICT);
#ifdef __FERRO_USE_POSIX2008
size_t mbsnrtowcs(wchar_t *__FERRO_RESTRICT, const char **__FERRO_RESTRICT, size_t,
		  size_t, mbstate_t *__FERRO_RESTRICT);
size_t wcsnrtombs(char *__FERRO_RESTRICT, const wchar_t **__FERRO_RESTRICT, size_t,
		  size_t, mbstate_t *__FERRO_RESTRICT);
#endif

/* ---- wide strings and memory (wchar/wcs.rs) ---- */
size_t wcslen(const wchar_t *);
wchar_t *wcscpy(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT);
wchar_t *wcsncpy(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
wchar_t *wcscat(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT);
wchar_t *wcsncat(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
int wcscmp(const wchar_t *, const wchar_t *);
int wcsncmp(const wchar_t *, const wchar_t *, size_t);
int wcscoll(const wchar_t *, const wchar_t *);
size_t wcsxfrm(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
wchar_t *wcschr(const wchar_t *, wchar_t);
wchar_t *wcsrchr(const wchar_t *, wchar_t);
size_t wcsspn(const wchar_t *, const wchar_t *);
size_t wcscspn(const wchar_t *, const wchar_t *);
wchar_t *wcspbrk(const wchar_t *, const wchar_t *);
wchar_t *wcsstr(const wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT);
#ifdef __FERRO_USE_XOPEN
wchar_t *wcswcs(const wchar_t *, const wchar_t *);
#endif
wchar_t *wcstok(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT,
		wchar_t **__FERRO_RESTRICT);
wchar_t *wmemchr(const wchar_t *, wchar_t, size_t);
int wmemcmp(const wchar_t *, const wchar_t *, size_t);
wchar_t *wmemcpy(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
wchar_t *wmemmove(wchar_t *, const wchar_t *, size_t);
wchar_t *wmemset(wchar_t *, wchar_t, size_t);
double wcstod(const wchar_t *__FERRO_RESTRICT, wchar_t **__FERRO_RESTRICT);
long wcstol(const wchar_t *__FERRO_RESTRICT, wchar_t **__FERRO_RESTRICT, int);
unsigned long wcstoul(const wchar_t *__FERRO_RESTRICT, wchar_t **__FERRO_RESTRICT, int);
#ifdef __FERRO_USE_ISOC99
float wcstof(const wchar_t *__FERRO_RESTRICT, wchar_t **__FERRO_RESTRICT);
long double wcstold(const wchar_t *__FERRO_RESTRICT, wchar_t **__FERRO_RESTRICT);
long long wcstoll(const wchar_t *__FERRO_RESTRICT, wchar_t **__FERRO_RESTRICT, int);
unsigned long long wcstoull(const wchar_t *__FERRO_RESTRICT, wchar_t **__FERRO_RESTRICT, int);
#endif
#ifdef __FERRO_USE_POSIX2008
size_t wcsnlen(const wchar_t *, size_t);
wchar_t *wcpcpy(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT);
wchar_t *wcpncpy(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
wchar_t *wcsdup(const wchar_t *);
int wcscasecmp(const wchar_t *, const wchar_t *);
int wcsncasecmp(const wchar_t *, const wchar_t *, size_t);
int wcscasecmp_l(const wchar_t *, const wchar_t *, locale_t);
int wcsncasecmp_l(const wchar_t *, const wchar_t *, size_t, locale_t);
int wcscoll_l(const wchar_t *, const wchar_t *, locale_t);
size_t wcsxfrm_l(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t, locale_t);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_POSIX2024)
size_t wcslcpy(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
size_t wcslcat(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
#endif
#ifdef __FERRO_USE_GNU
wchar_t *wmempcpy(wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, size_t);
#endif
#ifdef __FERRO_USE_XOPEN
int wcwidth(wchar_t);
int wcswidth(const wchar_t *, size_t);
#endif

/* ---- wide streams (wchar/stdio.rs) ---- */
int fwide(FILE *, int);
wint_t fgetwc(FILE *);
wint_t getwc(FILE *);
wint_t getwchar(void);
wint_t fputwc(wchar_t, FILE *);
wint_t putwc(wchar_t, FILE *);
wint_t putwchar(wchar_t);
wint_t ungetwc(wint_t, FILE *);
wchar_t *fgetws(wchar_t *__FERRO_RESTRICT, int, FILE *__FERRO_RESTRICT);
int fputws(const wchar_t *__FERRO_RESTRICT, FILE *__FERRO_RESTRICT);
#ifdef __FERRO_USE_POSIX2008
FILE *open_wmemstream(wchar_t **, size_t *);
#endif

/* ---- wide printf (wchar/printf.rs) ---- */
int fwprintf(FILE *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, ...);
int wprintf(const wchar_t *__FERRO_RESTRICT, ...);
int swprintf(wchar_t *__FERRO_RESTRICT, size_t, const wchar_t *__FERRO_RESTRICT, ...);
int vfwprintf(FILE *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, __builtin_va_list);
int vwprintf(const wchar_t *__FERRO_RESTRICT, __builtin_va_list);
int vswprintf(wchar_t *__FERRO_RESTRICT, size_t, const wchar_t *__FERRO_RESTRICT,
	      __builtin_va_list);

/* ---- wide scanf (stdio/scanf.rs) ---- */
int fwscanf(FILE *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, ...);
int wscanf(const wchar_t *__FERRO_RESTRICT, ...);
int swscanf(const wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, ...);
#ifdef __FERRO_USE_ISOC99
int vfwscanf(FILE *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT, __builtin_va_list);
int vwscanf(const wchar_t *__FERRO_RESTRICT, __builtin_va_list);
int vswscanf(const wchar_t *__FERRO_RESTRICT, const wchar_t *__FERRO_RESTRICT,
	     __builtin_va_list);
#endif

/* ---- time (wchar/time.rs) ---- */
struct tm;
size_t wcsftime(wchar_t *__FERRO_RESTRICT, size_t, const wchar_t *__FERRO_RESTRICT,
		const struct tm *__FERRO_RESTRICT);
#ifdef __FERRO_USE_POSIX2008
size_t wcsftime_l(wchar_t *__FERRO_RESTRICT, size_t, const wchar_t *__FERRO_RESTRICT,
		  const struct tm *__FERRO_RESTRICT, locale_t);
#endif
#ifdef __FERRO_USE_GNU
wint_t fgetwc_unlocked(FILE *);
wint_t getwc_unlocked(FILE *);
wint_t getwchar_unlocked(void);
wint_t fputwc_unlocked(wchar_t, FILE *);
wint_t putwc_unlocked(wchar_t, FILE *);
wint_t putwchar_unlocked(wchar_t);
wchar_t *fgetws_unlocked(wchar_t *__FERRO_RESTRICT, int, FILE *__FERRO_RESTRICT);
int fputws_unlocked(const wchar_t *__FERRO_RESTRICT, FILE *__FERRO_RESTRICT);
#endif
__FERRO_END_DECLS

/* wcstoimax, wcstoumax: <inttypes.h>. */
#endif
