/* <assert.h>: no include guard for assert itself, as C requires: each
 * inclusion redefines it by the NDEBUG of that moment. */
#include <features.h>

#undef assert
#ifdef NDEBUG
# define assert(expr) ((void)0)
#else
# define assert(expr) \
	((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __FERRO_ASSERT_FUNC))
#endif

#ifdef __FERRO_USE_GNU
# undef assert_perror
# ifdef NDEBUG
#  define assert_perror(errnum) ((void)0)
# else
#  define assert_perror(errnum) \
	(!(errnum) ? (void)0 \
	 : __assert_perror_fail((errnum), __FILE__, __LINE__, __FERRO_ASSERT_FUNC))
# endif
#endif

#ifndef _ASSERT_H_DECLS
#define _ASSERT_H_DECLS
#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
# define __FERRO_ASSERT_FUNC __func__
#elif defined(__GNUC__)
# define __FERRO_ASSERT_FUNC __extension__ __FUNCTION__
#else
# define __FERRO_ASSERT_FUNC ((const char *)0)
#endif
__FERRO_BEGIN_DECLS
__FERRO_NORETURN void __assert_fail(const char *, const char *, unsigned, const char *);
__FERRO_NORETURN void __assert_perror_fail(int, const char *, unsigned, const char *);
__FERRO_END_DECLS
#endif

/* C11's static_assert macro (a keyword from C23 on). */
#if defined(__FERRO_USE_ISOC11) && !defined(__cplusplus) \
    && (!defined(__STDC_VERSION__) || __STDC_VERSION__ <= 201710L)
# undef static_assert
# define static_assert _Static_assert
#endif
