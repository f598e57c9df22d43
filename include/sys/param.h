/* <sys/param.h>: BSD system parameters and bit/rounding helpers, with the
 * values glibc gives on Linux. */
#ifndef _SYS_PARAM_H
#define _SYS_PARAM_H 1
#include <features.h>
#include <bits/null.h>
#include <sys/types.h>
#include <limits.h>
#include <endian.h>
#include <signal.h>
#include <bits/param.h>

#define NBBY CHAR_BIT
#define HZ 100
#define NGROUPS NGROUPS_MAX
#define MAXSYMLINKS 20
#define CANBSIZ MAX_CANON
#define MAXPATHLEN PATH_MAX
#define NOFILE 256
#define MAXHOSTNAMELEN 64
#define NCARGS 131072
#define NOGROUP (-1)
#define NODEV ((dev_t)-1)
#define DEV_BSIZE 512

/* Bit maps: the i-th bit of the byte array a. */
#define setbit(a, i) ((a)[(i) / NBBY] |= 1 << ((i) % NBBY))
#define clrbit(a, i) ((a)[(i) / NBBY] &= ~(1 << ((i) % NBBY)))
#define isset(a, i) ((a)[(i) / NBBY] & (1 << ((i) % NBBY)))
#define isclr(a, i) (((a)[(i) / NBBY] & (1 << ((i) % NBBY))) == 0)

/* How many y-sized units hold x; x rounded up to a multiple of y. */
#define howmany(x, y) (((x) + ((y) - 1)) / (y))
#define roundup(x, y) ((((x) + ((y) - 1)) / (y)) * (y))
#define powerof2(x) ((((x) - 1) & (x)) == 0)

#define MIN(a, b) (((a) < (b)) ? (a) : (b))
#define MAX(a, b) (((a) > (b)) ? (a) : (b))
#endif
