/* <sys/swap.h>: swap areas (Linux). */
#ifndef _SYS_SWAP_H
#define _SYS_SWAP_H 1
#include <features.h>

/* swapon flags: a priority (with SWAP_FLAG_PREFER), discard. */
#define SWAP_FLAG_PREFER 0x8000
#define SWAP_FLAG_PRIO_MASK 0x7fff
#define SWAP_FLAG_PRIO_SHIFT 0
#define SWAP_FLAG_DISCARD 0x10000

__FERRO_BEGIN_DECLS
int swapon(const char *, int);
int swapoff(const char *);
__FERRO_END_DECLS
#endif
