/*
 * stdalign.h - alignment (C17 7.15).  Part of ferrolibc.
 */
#ifndef _STDALIGN_H
#define _STDALIGN_H 1

#if !defined(__cplusplus) \
    && !(defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L)
# define alignas _Alignas
# define alignof _Alignof
#endif

#define __alignas_is_defined 1
#define __alignof_is_defined 1

#endif /* _STDALIGN_H */
