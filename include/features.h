/*
 * features.h - feature-test macro processing for ferrolibc.
 *
 * Part of ferrolibc.  Reads the feature-test macros a program may define
 * (_GNU_SOURCE, _DEFAULT_SOURCE, _BSD_SOURCE, _SVID_SOURCE, _POSIX_SOURCE,
 * _POSIX_C_SOURCE, _XOPEN_SOURCE, _LARGEFILE64_SOURCE, _FILE_OFFSET_BITS)
 * and derives the internal __FERRO_USE_* switches that the other headers
 * test.  Also provides a handful of portability helper macros.
 *
 * Rules:
 *   - _GNU_SOURCE turns on everything (POSIX.1-2024, XSI, default/BSD
 *     extensions, LFS64 and the GNU extensions).
 *   - _XOPEN_SOURCE N implies the matching _POSIX_C_SOURCE level.
 *   - With no feature-test macro at all and no __STRICT_ANSI__ (i.e. the
 *     gnuXX dialects), the default set (_DEFAULT_SOURCE) is active, which
 *     includes the latest POSIX interfaces.
 *   - A strict ISO mode (-std=cXX) without feature-test macros exposes only
 *     ISO C interfaces.
 */
#ifndef _FEATURES_H
#define _FEATURES_H 1

/* Library identification. */
#define __ferrolibc__ 1
#define __FERROLIBC__ 1

/* ---------------------------------------------------------------------- */
/* Default feature set.                                                    */

#if defined(_BSD_SOURCE) || defined(_SVID_SOURCE)
# define __FERRO_WANT_DEFAULT 1
#endif
#if defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE)
# undef __FERRO_WANT_DEFAULT
# define __FERRO_WANT_DEFAULT 1
#endif

#if !defined(__FERRO_WANT_DEFAULT) && !defined(__STRICT_ANSI__) \
    && !defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) \
    && !defined(_XOPEN_SOURCE) && !defined(_ISOC99_SOURCE) \
    && !defined(_ISOC11_SOURCE)
# define __FERRO_WANT_DEFAULT 1
#endif

/* The program asked for a POSIX or X/Open level itself (not through the
   default set): getopt is then POSIX's, with no argument permutation. */
#if (defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE)) && !defined(_GNU_SOURCE)
# define __FERRO_POSIX_EXPLICIT 1
#endif

/* ---------------------------------------------------------------------- */
/* _GNU_SOURCE: everything.                                                */

#ifdef _GNU_SOURCE
# undef _POSIX_C_SOURCE
# define _POSIX_C_SOURCE 202405L
# undef _XOPEN_SOURCE
# define _XOPEN_SOURCE 800
# undef _XOPEN_SOURCE_EXTENDED
# define _XOPEN_SOURCE_EXTENDED 1
#endif

/* The default set includes the latest POSIX level (unless the program
   asked for a specific one). */
#if defined(__FERRO_WANT_DEFAULT) && !defined(_POSIX_C_SOURCE) \
    && !defined(_XOPEN_SOURCE) && !defined(_POSIX_SOURCE)
# define _POSIX_C_SOURCE 202405L
#endif

/* _XOPEN_SOURCE implies a POSIX level.  An empty _XOPEN_SOURCE (XPG4)
   evaluates as 0 here. */
#ifdef _XOPEN_SOURCE
# if (_XOPEN_SOURCE - 0) >= 800
#  define __FERRO_XOPEN_IMPLIES 202405L
# elif (_XOPEN_SOURCE - 0) >= 700
#  define __FERRO_XOPEN_IMPLIES 200809L
# elif (_XOPEN_SOURCE - 0) >= 600
#  define __FERRO_XOPEN_IMPLIES 200112L
# elif (_XOPEN_SOURCE - 0) >= 500
#  define __FERRO_XOPEN_IMPLIES 199506L
# else
#  define __FERRO_XOPEN_IMPLIES 2L
# endif
# if !defined(_POSIX_C_SOURCE)
#  define _POSIX_C_SOURCE __FERRO_XOPEN_IMPLIES
# elif (_POSIX_C_SOURCE - 0) < __FERRO_XOPEN_IMPLIES
#  undef _POSIX_C_SOURCE
#  define _POSIX_C_SOURCE __FERRO_XOPEN_IMPLIES
# endif
#endif

/* _POSIX_SOURCE alone means POSIX.1-1990. */
#if defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE)
# define _POSIX_C_SOURCE 1
#endif

/* ---------------------------------------------------------------------- */
/* Internal switches.                                                      */

/* ISO C levels (C++11 and later include the C99/C11 library). */
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) \
    || (defined(__cplusplus) && __cplusplus >= 201103L) \
    || defined(_ISOC99_SOURCE) || defined(_ISOC11_SOURCE) \
    || !defined(__STRICT_ANSI__)
# define __FERRO_USE_ISOC99 1
#endif
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) \
    || (defined(__cplusplus) && __cplusplus >= 201703L) \
    || defined(_ISOC11_SOURCE) || !defined(__STRICT_ANSI__)
# define __FERRO_USE_ISOC11 1
#endif
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L) \
    || defined(_ISOC2X_SOURCE) || defined(_GNU_SOURCE)
# define __FERRO_USE_ISOC23 1
#endif

#ifdef _POSIX_C_SOURCE
# define __FERRO_POSIX_LEVEL (_POSIX_C_SOURCE - 0)
#else
# define __FERRO_POSIX_LEVEL 0L
#endif

#if defined(_POSIX_C_SOURCE)
# define __FERRO_USE_POSIX 1
#endif
#if __FERRO_POSIX_LEVEL >= 2
# define __FERRO_USE_POSIX2 1
#endif
#if __FERRO_POSIX_LEVEL >= 199309L
# define __FERRO_USE_POSIX199309 1
#endif
#if __FERRO_POSIX_LEVEL >= 199506L
# define __FERRO_USE_POSIX199506 1
#endif
#if __FERRO_POSIX_LEVEL >= 200112L
# define __FERRO_USE_POSIX2001 1
#endif
#if __FERRO_POSIX_LEVEL >= 200809L
# define __FERRO_USE_POSIX2008 1
#endif
#if __FERRO_POSIX_LEVEL >= 202405L
# define __FERRO_USE_POSIX2024 1
#endif

#if defined(_XOPEN_SOURCE) || defined(__FERRO_WANT_DEFAULT)
# define __FERRO_USE_XOPEN 1
#endif
#if (defined(_XOPEN_SOURCE) && (_XOPEN_SOURCE - 0) >= 500) \
    || defined(_XOPEN_SOURCE_EXTENDED) || defined(__FERRO_WANT_DEFAULT)
# define __FERRO_USE_XOPEN_EXTENDED 1
#endif
#if defined(_XOPEN_SOURCE) && (_XOPEN_SOURCE - 0) >= 600
# define __FERRO_USE_XOPEN2K 1
#endif
#if defined(_XOPEN_SOURCE) && (_XOPEN_SOURCE - 0) >= 700
# define __FERRO_USE_XOPEN2K8 1
#endif
#if (defined(_XOPEN_SOURCE) && (_XOPEN_SOURCE - 0) >= 800) \
    || defined(__FERRO_WANT_DEFAULT)
# ifndef __FERRO_USE_XOPEN2K
#  define __FERRO_USE_XOPEN2K 1
# endif
# ifndef __FERRO_USE_XOPEN2K8
#  define __FERRO_USE_XOPEN2K8 1
# endif
# define __FERRO_USE_XOPEN2024 1
#endif

#ifdef __FERRO_WANT_DEFAULT
# define __FERRO_USE_DEFAULT 1
#endif

#ifdef _GNU_SOURCE
# define __FERRO_USE_GNU 1
#endif

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
# define __FERRO_USE_LARGEFILE64 1
#endif
#if defined(_FILE_OFFSET_BITS) && (_FILE_OFFSET_BITS - 0) == 64
# define __FERRO_USE_FILE_OFFSET64 1
#endif

/* ---------------------------------------------------------------------- */
/* Helper macros.                                                          */

#ifdef __cplusplus
# define __FERRO_BEGIN_DECLS extern "C" {
# define __FERRO_END_DECLS }
#else
# define __FERRO_BEGIN_DECLS
# define __FERRO_END_DECLS
#endif

/* restrict qualifier. */
#if defined(__cplusplus)
# define __FERRO_RESTRICT
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
# define __FERRO_RESTRICT restrict
#else
# define __FERRO_RESTRICT __restrict
#endif

/* Functions that do not return. */
#if defined(__cplusplus) && __cplusplus >= 201103L
# define __FERRO_NORETURN [[noreturn]]
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) \
      && __STDC_VERSION__ >= 201112L
# define __FERRO_NORETURN _Noreturn
#else
# define __FERRO_NORETURN __attribute__((__noreturn__))
#endif

/* Inline helpers defined in headers. */
#if defined(__cplusplus) \
    || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
# define __FERRO_INLINE static inline
#else
# define __FERRO_INLINE static __inline__
#endif

/* Declaration attributes (GCC and clang both understand these). */
#define __FERRO_NOTHROW_ATTR
#ifdef __cplusplus
# if __cplusplus >= 201103L
#  undef __FERRO_NOTHROW_ATTR
#  define __FERRO_NOTHROW_ATTR noexcept(true)
# else
#  undef __FERRO_NOTHROW_ATTR
#  define __FERRO_NOTHROW_ATTR throw()
# endif
#endif
#define __FERRO_ATTR(x) __attribute__(x)
#define __FERRO_DEPRECATED __attribute__((__deprecated__))
#define __FERRO_PURE __attribute__((__pure__))
#define __FERRO_CONST __attribute__((__const__))
#define __FERRO_MALLOC __attribute__((__malloc__))
#define __FERRO_NONNULL(params) __attribute__((__nonnull__ params))
#define __FERRO_FORMAT(kind, fmt, first) \
  __attribute__((__format__(kind, fmt, first)))
#define __FERRO_WARN_UNUSED __attribute__((__warn_unused_result__))

#endif /* _FEATURES_H */
