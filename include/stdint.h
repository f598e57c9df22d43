/*
 * stdint.h - integer types (C17 7.20).  Part of ferrolibc.
 *
 * Exact-width, least-width, pointer and greatest-width types come from the
 * compiler's predefined type macros.  The fast types are chosen here rather
 * than taken from __INT_FAST*_TYPE__, because clang's choice differs from the
 * Linux ABI used by the other C libraries: on Linux, int_fast16_t and
 * int_fast32_t are `long` on LP64 targets and `int` on ILP32 targets,
 * int_fast8_t is `signed char` and int_fast64_t is the 64-bit type.
 */
#ifndef _STDINT_H
#define _STDINT_H 1

#if defined(__LP64__) || (defined(__SIZEOF_LONG__) && __SIZEOF_LONG__ == 8)
# define __FERRO_LP64 1
#endif

/* 7.20.1.1 Exact-width integer types */
typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;

/* 7.20.1.2 Minimum-width integer types */
typedef __INT_LEAST8_TYPE__ int_least8_t;
typedef __INT_LEAST16_TYPE__ int_least16_t;
typedef __INT_LEAST32_TYPE__ int_least32_t;
typedef __INT_LEAST64_TYPE__ int_least64_t;
typedef __UINT_LEAST8_TYPE__ uint_least8_t;
typedef __UINT_LEAST16_TYPE__ uint_least16_t;
typedef __UINT_LEAST32_TYPE__ uint_least32_t;
typedef __UINT_LEAST64_TYPE__ uint_least64_t;

/* 7.20.1.3 Fastest minimum-width integer types (Linux ABI, see above) */
typedef signed char int_fast8_t;
typedef unsigned char uint_fast8_t;
#ifdef __FERRO_LP64
typedef long int_fast16_t;
typedef long int_fast32_t;
typedef unsigned long uint_fast16_t;
typedef unsigned long uint_fast32_t;
#else
typedef int int_fast16_t;
typedef int int_fast32_t;
typedef unsigned int uint_fast16_t;
typedef unsigned int uint_fast32_t;
#endif
typedef __INT64_TYPE__ int_fast64_t;
typedef __UINT64_TYPE__ uint_fast64_t;

/* 7.20.1.4 Integer types capable of holding object pointers */
typedef __INTPTR_TYPE__ intptr_t;
typedef __UINTPTR_TYPE__ uintptr_t;

/* 7.20.1.5 Greatest-width integer types */
typedef __INTMAX_TYPE__ intmax_t;
typedef __UINTMAX_TYPE__ uintmax_t;

/* 7.20.4 Macros for integer constants */
#define INT8_C(c) c
#define INT16_C(c) c
#define INT32_C(c) c
#define UINT8_C(c) c
#define UINT16_C(c) c
#define UINT32_C(c) c ## U
#ifdef __FERRO_LP64
# define INT64_C(c) c ## L
# define UINT64_C(c) c ## UL
#else
# define INT64_C(c) c ## LL
# define UINT64_C(c) c ## ULL
#endif
#define INTMAX_C(c) INT64_C(c)
#define UINTMAX_C(c) UINT64_C(c)

/* 7.20.2.1 Limits of exact-width integer types */
#define INT8_MIN (-INT8_MAX - 1)
#define INT16_MIN (-INT16_MAX - 1)
#define INT32_MIN (-INT32_MAX - 1)
#define INT64_MIN (-INT64_MAX - 1)
#define INT8_MAX 127
#define INT16_MAX 32767
#define INT32_MAX 2147483647
#define INT64_MAX INT64_C(9223372036854775807)
#define UINT8_MAX 255
#define UINT16_MAX 65535
#define UINT32_MAX UINT32_C(4294967295)
#define UINT64_MAX UINT64_C(18446744073709551615)

/* 7.20.2.2 Limits of minimum-width integer types */
#define INT_LEAST8_MIN INT8_MIN
#define INT_LEAST16_MIN INT16_MIN
#define INT_LEAST32_MIN INT32_MIN
#define INT_LEAST64_MIN INT64_MIN
#define INT_LEAST8_MAX INT8_MAX
#define INT_LEAST16_MAX INT16_MAX
#define INT_LEAST32_MAX INT32_MAX
#define INT_LEAST64_MAX INT64_MAX
#define UINT_LEAST8_MAX UINT8_MAX
#define UINT_LEAST16_MAX UINT16_MAX
#define UINT_LEAST32_MAX UINT32_MAX
#define UINT_LEAST64_MAX UINT64_MAX

/* 7.20.2.3 Limits of fastest minimum-width integer types */
#define INT_FAST8_MIN INT8_MIN
#define INT_FAST8_MAX INT8_MAX
#define UINT_FAST8_MAX UINT8_MAX
#ifdef __FERRO_LP64
# define INT_FAST16_MIN INT64_MIN
# define INT_FAST32_MIN INT64_MIN
# define INT_FAST16_MAX INT64_MAX
# define INT_FAST32_MAX INT64_MAX
# define UINT_FAST16_MAX UINT64_MAX
# define UINT_FAST32_MAX UINT64_MAX
#else
# define INT_FAST16_MIN INT32_MIN
# define INT_FAST32_MIN INT32_MIN
# define INT_FAST16_MAX INT32_MAX
# define INT_FAST32_MAX INT32_MAX
# define UINT_FAST16_MAX UINT32_MAX
# define UINT_FAST32_MAX UINT32_MAX
#endif
#define INT_FAST64_MIN INT64_MIN
#define INT_FAST64_MAX INT64_MAX
#define UINT_FAST64_MAX UINT64_MAX

/* 7.20.2.4 Limits of pointer-holding integer types */
#define INTPTR_MIN (-INTPTR_MAX - 1)
#define INTPTR_MAX __INTPTR_MAX__
#define UINTPTR_MAX __UINTPTR_MAX__

/* 7.20.2.5 Limits of greatest-width integer types */
#define INTMAX_MIN (-INTMAX_MAX - 1)
#define INTMAX_MAX __INTMAX_MAX__
#define UINTMAX_MAX __UINTMAX_MAX__

/* 7.20.3 Limits of other integer types */
#define PTRDIFF_MIN (-PTRDIFF_MAX - 1)
#define PTRDIFF_MAX __PTRDIFF_MAX__

#define SIG_ATOMIC_MAX __SIG_ATOMIC_MAX__
#ifdef __SIG_ATOMIC_MIN__
# define SIG_ATOMIC_MIN __SIG_ATOMIC_MIN__
#else
# define SIG_ATOMIC_MIN (-SIG_ATOMIC_MAX - 1)
#endif

#define SIZE_MAX __SIZE_MAX__

#define WCHAR_MAX __WCHAR_MAX__
#if defined(__WCHAR_MIN__)
# define WCHAR_MIN __WCHAR_MIN__
#elif defined(__WCHAR_UNSIGNED__)
# define WCHAR_MIN 0U
#else
# define WCHAR_MIN (-WCHAR_MAX - 1)
#endif

#define WINT_MAX __WINT_MAX__
#if defined(__WINT_MIN__)
# define WINT_MIN __WINT_MIN__
#elif defined(__WINT_UNSIGNED__)
# define WINT_MIN 0U
#else
# define WINT_MIN (-WINT_MAX - 1)
#endif

/* C23 width macros (also exposed as an extension outside strict modes). */
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L) \
    || !defined(__STRICT_ANSI__)
# define INT8_WIDTH 8
# define UINT8_WIDTH 8
# define INT16_WIDTH 16
# define UINT16_WIDTH 16
# define INT32_WIDTH 32
# define UINT32_WIDTH 32
# define INT64_WIDTH 64
# define UINT64_WIDTH 64
# define INT_LEAST8_WIDTH 8
# define UINT_LEAST8_WIDTH 8
# define INT_LEAST16_WIDTH 16
# define UINT_LEAST16_WIDTH 16
# define INT_LEAST32_WIDTH 32
# define UINT_LEAST32_WIDTH 32
# define INT_LEAST64_WIDTH 64
# define UINT_LEAST64_WIDTH 64
# define INT_FAST8_WIDTH 8
# define UINT_FAST8_WIDTH 8
# ifdef __FERRO_LP64
#  define INT_FAST16_WIDTH 64
#  define UINT_FAST16_WIDTH 64
#  define INT_FAST32_WIDTH 64
#  define UINT_FAST32_WIDTH 64
# else
#  define INT_FAST16_WIDTH 32
#  define UINT_FAST16_WIDTH 32
#  define INT_FAST32_WIDTH 32
#  define UINT_FAST32_WIDTH 32
# endif
# define INT_FAST64_WIDTH 64
# define UINT_FAST64_WIDTH 64
# define INTPTR_WIDTH (__SIZEOF_POINTER__ * 8)
# define UINTPTR_WIDTH (__SIZEOF_POINTER__ * 8)
# define INTMAX_WIDTH 64
# define UINTMAX_WIDTH 64
# define PTRDIFF_WIDTH (__SIZEOF_PTRDIFF_T__ * 8)
# define SIG_ATOMIC_WIDTH 32
# define SIZE_WIDTH (__SIZEOF_SIZE_T__ * 8)
# define WCHAR_WIDTH (__SIZEOF_WCHAR_T__ * 8)
# define WINT_WIDTH (__SIZEOF_WINT_T__ * 8)
#endif

#endif /* _STDINT_H */
