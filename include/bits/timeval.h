#ifndef _BITS_TIMEVAL_H
#define _BITS_TIMEVAL_H
#include <bits/alltypes.h>
/* 64-bit time_t everywhere; on 32-bit arches tv_usec is a 32-bit long
 * followed by 32 bits of padding. */
struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
#if __SIZEOF_LONG__ == 4
	int : 32;
#endif
};
#endif
