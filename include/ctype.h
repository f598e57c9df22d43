/*
 * ctype.h - character classification and case mapping (C17 7.4).
 * Part of ferrolibc.  Only the C locale exists.  Defined arguments are EOF
 * and the values of unsigned char; like glibc, -128..-2 (a signed char) is
 * accepted too.
 */
#ifndef _CTYPE_H
#define _CTYPE_H 1
#include <features.h>

__FERRO_BEGIN_DECLS
int isalnum(int);
int isalpha(int);
int isblank(int);
int iscntrl(int);
int isdigit(int);
int isgraph(int);
int islower(int);
int isprint(int);
int ispunct(int);
int isspace(int);
int isupper(int);
int isxdigit(int);
int tolower(int);
int toupper(int);

#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
int isascii(int);
int toascii(int);
#endif

#ifdef __FERRO_USE_POSIX2008
#ifndef __FERRO_DEFINED_locale_t
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif
int isalnum_l(int, locale_t);
int isalpha_l(int, locale_t);
int isblank_l(int, locale_t);
int iscntrl_l(int, locale_t);
int isdigit_l(int, locale_t);
int isgraph_l(int, locale_t);
int islower_l(int, locale_t);
int isprint_l(int, locale_t);
int ispunct_l(int, locale_t);
int isspace_l(int, locale_t);
int isupper_l(int, locale_t);
int isxdigit_l(int, locale_t);
int tolower_l(int, locale_t);
int toupper_l(int, locale_t);
#endif
__FERRO_END_DECLS
#endif
