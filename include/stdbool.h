/*
 * stdbool.h - boolean type and values (C17 7.18).  Part of ferrolibc.
 */
#ifndef _STDBOOL_H
#define _STDBOOL_H 1

#ifndef __cplusplus

# if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L
/* C23: bool, true and false are keywords; nothing to do. */
# else
#  define bool _Bool
#  define true 1
#  define false 0
# endif

#else /* __cplusplus */

/* GNU extension: accept _Bool in C++ code that includes this header. */
# if !defined(__STRICT_ANSI__) || __cplusplus < 201103L
#  define _Bool bool
# endif

#endif

#define __bool_true_false_are_defined 1

#endif /* _STDBOOL_H */
