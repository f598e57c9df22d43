/*
 * stdnoreturn.h - the noreturn convenience macro (C17 7.23).
 * Part of ferrolibc.
 */
#ifndef _STDNORETURN_H
#define _STDNORETURN_H 1

#ifndef __cplusplus
# define noreturn _Noreturn
#endif

#endif /* _STDNORETURN_H */
