#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <bits/timeval.h>
#include <bits/sigset.h>
#ifndef __FERRO_DEFINED_sigset_t
#define __FERRO_DEFINED_sigset_t
typedef __sigset_t sigset_t;
#endif

#define FD_SETSIZE 1024
typedef long __fd_mask;
#define __NFDBITS (8 * (int)sizeof(__fd_mask))

/* glibc's layout: 1024 bits in longs. */
typedef struct {
	__fd_mask fds_bits[FD_SETSIZE / __NFDBITS];
} fd_set;
#ifdef __FERRO_USE_DEFAULT
typedef __fd_mask fd_mask;
#define NFDBITS __NFDBITS
#endif

#define FD_ZERO(s) do { \
	unsigned __i; \
	fd_set *__s = (s); \
	for (__i = 0; __i < sizeof(fd_set) / sizeof(__fd_mask); __i++) \
		__s->fds_bits[__i] = 0; \
} while (0)
#define FD_SET(d, s) ((void)((s)->fds_bits[(d) / __NFDBITS] |= (__fd_mask)(1UL << ((d) % __NFDBITS))))
#define FD_CLR(d, s) ((void)((s)->fds_bits[(d) / __NFDBITS] &= ~(__fd_mask)(1UL << ((d) % __NFDBITS))))
#define FD_ISSET(d, s) (((s)->fds_bits[(d) / __NFDBITS] & (__fd_mask)(1UL << ((d) % __NFDBITS))) != 0)

__FERRO_BEGIN_DECLS
int select(int, fd_set *, fd_set *, fd_set *, struct timeval *);
int pselect(int, fd_set *, fd_set *, fd_set *, const struct timespec *, const sigset_t *);
__FERRO_END_DECLS
#endif
