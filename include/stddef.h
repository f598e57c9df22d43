/*
 * stddef.h - common definitions (C17 7.19).  Part of ferrolibc.
 *
 * Freestanding: relies only on compiler-predefined macros.
 * The typedefs are individually guarded with __FERRO_DEFINED_<name> so that
 * other ferrolibc headers may provide the same types.
 */
#ifndef _STDDEF_H
#define _STDDEF_H 1

#ifndef __FERRO_DEFINED_size_t
#define __FERRO_DEFINED_size_t
typedef __SIZE_TYPE__ size_t;
#endif

#ifndef __FERRO_DEFINED_ptrdiff_t
#define __FERRO_DEFINED_ptrdiff_t
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif

/* wchar_t is a keyword in C++. */
#ifndef __cplusplus
#ifndef __FERRO_DEFINED_wchar_t
#define __FERRO_DEFINED_wchar_t
typedef __WCHAR_TYPE__ wchar_t;
#endif
#endif

/* max_align_t: C11 / C++11.  Members carry explicit alignment attributes
   because on i386 the in-struct alignment of long long / double is only 4,
   while their preferred (and malloc-guaranteed) alignment is larger.  The
   i386 ABI as used by GCC and clang gives max_align_t 16-byte alignment. */
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) \
    || (defined(__cplusplus) && __cplusplus >= 201103L) \
    || !defined(__STRICT_ANSI__)
#ifndef __FERRO_DEFINED_max_align_t
#define __FERRO_DEFINED_max_align_t
typedef struct {
  long long __ferro_ll __attribute__((__aligned__(__alignof__(long long))));
  long double __ferro_ld __attribute__((__aligned__(__alignof__(long double))));
#ifdef __i386__
  char __ferro_v16 __attribute__((__aligned__(16)));
#endif
} max_align_t;
#endif
#endif

#if defined(__cplusplus) && __cplusplus >= 201103L
#ifndef __FERRO_DEFINED_nullptr_t
#define __FERRO_DEFINED_nullptr_t
namespace std { typedef decltype(nullptr) nullptr_t; }
using ::std::nullptr_t;
#endif
#endif

#undef NULL
#ifdef __cplusplus
# if defined(__GNUG__)
#  define NULL __null
# else
#  define NULL 0L
# endif
#else
# define NULL ((void *)0)
#endif

#undef offsetof
#define offsetof(type, member) __builtin_offsetof(type, member)

#endif /* _STDDEF_H */
