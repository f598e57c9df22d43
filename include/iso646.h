/*
 * iso646.h - alternative spellings (C17 7.9).  Part of ferrolibc.
 * In C++ these spellings are keywords, so nothing is defined there.
 */
#ifndef _ISO646_H
#define _ISO646_H 1

#ifndef __cplusplus
# define and    &&
# define and_eq &=
# define bitand &
# define bitor  |
# define compl  ~
# define not    !
# define not_eq !=
# define or     ||
# define or_eq  |=
# define xor    ^
# define xor_eq ^=
#endif

#endif /* _ISO646_H */
