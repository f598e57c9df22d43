/* <sys/cdefs.h>: the declaration helpers programs written for glibc or
 * the BSDs expect (__BEGIN_DECLS, __THROW, __P, attribute shorthands). */
#ifndef _SYS_CDEFS_H
#define _SYS_CDEFS_H 1
#include <features.h>

#ifdef __cplusplus
# define __BEGIN_DECLS extern "C" {
# define __END_DECLS }
# define __THROW throw()
# define __NTH(fct) fct throw()
#else
# define __BEGIN_DECLS
# define __END_DECLS
# define __THROW __attribute__((__nothrow__))
# define __NTH(fct) __attribute__((__nothrow__)) fct
#endif
#define __THROWNL __THROW
#define __LEAF
#define __LEAF_ATTR
#define __wur __attribute__((__warn_unused_result__))

#define __P(args) args
#define __PMT(args) args
#define __CONCAT(x, y) x##y
#define __STRING(x) #x
#define __ptr_t void *
#define __long_double_t long double

#if defined(__GNUC__) && defined(__GNUC_MINOR__)
# define __GNUC_PREREQ(maj, min) ((__GNUC__ << 16) + __GNUC_MINOR__ >= ((maj) << 16) + (min))
#else
# define __GNUC_PREREQ(maj, min) 0
#endif
#if defined(__clang_major__) && defined(__clang_minor__)
# define __glibc_clang_prereq(maj, min) ((__clang_major__ << 16) + __clang_minor__ >= ((maj) << 16) + (min))
#else
# define __glibc_clang_prereq(maj, min) 0
#endif
#define __glibc_has_attribute(attr) __has_attribute(attr)
#define __glibc_has_builtin(name) __has_builtin(name)

#define __attribute_malloc__ __attribute__((__malloc__))
#define __attribute_pure__ __attribute__((__pure__))
#define __attribute_const__ __attribute__((__const__))
#define __attribute_used__ __attribute__((__used__))
#define __attribute_noinline__ __attribute__((__noinline__))
#define __attribute_deprecated__ __attribute__((__deprecated__))
#define __attribute_deprecated_msg__(msg) __attribute__((__deprecated__(msg)))
#define __attribute_format_arg__(x) __attribute__((__format_arg__(x)))
#define __attribute_format_strfmon__(a, b) __attribute__((__format__(__strfmon__, a, b)))
#define __attribute_warn_unused_result__ __attribute__((__warn_unused_result__))
#define __attribute_artificial__ __attribute__((__artificial__))
#define __attribute_alloc_size__(params) __attribute__((__alloc_size__ params))
#define __attribute_nonstring__ __attribute__((__nonstring__))
#define __returns_nonnull __attribute__((__returns_nonnull__))
#define __nonnull(params) __attribute__((__nonnull__ params))
#define __always_inline __inline __attribute__((__always_inline__))
#define __extern_inline extern __inline __attribute__((__gnu_inline__))
#define __extern_always_inline extern __always_inline __attribute__((__gnu_inline__))
#define __fortify_function __extern_always_inline __attribute_artificial__
#define __attribute_noreturn__ __attribute__((__noreturn__))

#define __glibc_unlikely(cond) __builtin_expect((cond), 0)
#define __glibc_likely(cond) __builtin_expect((cond), 1)

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L && !defined(__cplusplus)
# define __flexarr []
#else
# define __flexarr [0]
#endif

#define __ASMNAME(cname) __ASMNAME2(__USER_LABEL_PREFIX__, cname)
#define __ASMNAME2(prefix, cname) __STRING(prefix) cname
#define __REDIRECT(name, proto, alias) name proto __asm__(__ASMNAME(#alias))
#define __REDIRECT_NTH(name, proto, alias) name proto __THROW __asm__(__ASMNAME(#alias))
#define __REDIRECT_NTHNL(name, proto, alias) __REDIRECT_NTH(name, proto, alias)

#ifndef __cplusplus
# define __restrict_arr __restrict
#else
# define __restrict_arr
#endif
#endif
