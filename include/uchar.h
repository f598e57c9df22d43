/*
 * uchar.h - UTF-16 and UTF-32 characters (C11 7.28) and C23's char8_t.
 * Part of ferrolibc.
 */
#ifndef _UCHAR_H
#define _UCHAR_H 1
#include <features.h>
#include <bits/size_t.h>
#include <bits/mbstate.h>

#if (defined(__FERRO_USE_ISOC23) || defined(__FERRO_USE_GNU)) && !defined(__cpp_char8_t)
typedef unsigned char char8_t;
#endif
#ifndef __cplusplus
typedef __UINT_LEAST16_TYPE__ char16_t;
typedef __UINT_LEAST32_TYPE__ char32_t;
#endif

__FERRO_BEGIN_DECLS
#if defined(__FERRO_USE_ISOC23) || defined(__FERRO_USE_GNU) || defined(__cpp_char8_t)
size_t mbrtoc8(char8_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t,
	       mbstate_t *__FERRO_RESTRICT);
size_t c8rtomb(char *__FERRO_RESTRICT, char8_t, mbstate_t *__FERRO_RESTRICT);
#endif
size_t mbrtoc16(char16_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t,
		mbstate_t *__FERRO_RESTRICT);
size_t c16rtomb(char *__FERRO_RESTRICT, char16_t, mbstate_t *__FERRO_RESTRICT);
size_t mbrtoc32(char32_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t,
		mbstate_t *__FERRO_RESTRICT);
size_t c32rtomb(char *__FERRO_RESTRICT, char32_t, mbstate_t *__FERRO_RESTRICT);
__FERRO_END_DECLS
#endif
