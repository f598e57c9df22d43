/*
 * stdarg.h - variable arguments (C17 7.16).  Part of ferrolibc.
 *
 * Everything maps onto the compiler builtins.  va_list is guarded with
 * __FERRO_DEFINED_va_list so that e.g. <stdio.h> can provide it as well.
 */
#ifndef _STDARG_H
#define _STDARG_H 1

/* GCC convention: __gnuc_va_list, guarded by __GNUC_VA_LIST. */
#ifndef __GNUC_VA_LIST
#define __GNUC_VA_LIST 1
typedef __builtin_va_list __gnuc_va_list;
#endif

#ifndef __FERRO_DEFINED_va_list
#define __FERRO_DEFINED_va_list
typedef __builtin_va_list va_list;
#endif

#define va_start(v, l) __builtin_va_start(v, l)
#define va_end(v) __builtin_va_end(v)
#define va_arg(v, type) __builtin_va_arg(v, type)

#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) \
    || (defined(__cplusplus) && __cplusplus >= 201103L) \
    || !defined(__STRICT_ANSI__)
# define va_copy(d, s) __builtin_va_copy(d, s)
#endif

#ifndef __STRICT_ANSI__
# define __va_copy(d, s) __builtin_va_copy(d, s)
#endif

#endif /* _STDARG_H */
