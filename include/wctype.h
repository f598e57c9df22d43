/*
 * wctype.h - wide character classification and mapping (C17 7.30).
 * Part of ferrolibc.  Unicode's classes in UTF-8 locales (the data's
 * version: ferrolibc's wctype/data.rs), ASCII in the C locale.
 */
#ifndef _WCTYPE_H
#define _WCTYPE_H 1
#include <features.h>
#ifndef __FERRO_DEFINED_wint_t
#define __FERRO_DEFINED_wint_t
typedef __WINT_TYPE__ wint_t;
#endif
#ifndef WEOF
#define WEOF (0xffffffffu)
#endif
typedef unsigned long int wctype_t;
typedef const int *wctrans_t;
#if defined(__FERRO_USE_POSIX2008) && !defined(__FERRO_DEFINED_locale_t)
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif

__FERRO_BEGIN_DECLS
int iswalnum(wint_t);
int iswalpha(wint_t);
int iswblank(wint_t);
int iswcntrl(wint_t);
int iswdigit(wint_t);
int iswgraph(wint_t);
int iswlower(wint_t);
int iswprint(wint_t);
int iswpunct(wint_t);
int iswspace(wint_t);
int iswupper(wint_t);
int iswxdigit(wint_t);
int iswctype(wint_t, wctype_t);
wctype_t wctype(const char *);
wint_t towlower(wint_t);
wint_t towupper(wint_t);
wint_t towctrans(wint_t, wctrans_t);
wctrans_t wctrans(const char *);
#ifdef __FERRO_USE_POSIX2008
int iswalnum_l(wint_t, locale_t);
int iswalpha_l(wint_t, locale_t);
int iswblank_l(wint_t, locale_t);
int iswcntrl_l(wint_t, locale_t);
int iswdigit_l(wint_t, locale_t);
int iswgraph_l(wint_t, locale_t);
int iswlower_l(wint_t, locale_t);
int iswprint_l(wint_t, locale_t);
int iswpunct_l(wint_t, locale_t);
int iswspace_l(wint_t, locale_t);
int iswupper_l(wint_t, locale_t);
int iswxdigit_l(wint_t, locale_t);
int iswctype_l(wint_t, wctype_t, locale_t);
wctype_t wctype_l(const char *, locale_t);
wint_t towlower_l(wint_t, locale_t);
wint_t towupper_l(wint_t, locale_t);
wint_t towctrans_l(wint_t, wctrans_t, locale_t);
wctrans_t wctrans_l(const char *, locale_t);
#endif
__FERRO_END_DECLS
#endif
