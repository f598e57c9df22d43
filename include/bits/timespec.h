#ifndef _BITS_TIMESPEC_H
#define _BITS_TIMESPEC_H
/* time_t is 64-bit everywhere; on 32-bit arches tv_nsec is a 32-bit long
 * followed by 32 bits of padding, which gives the kernel's 64-bit layout. */
struct timespec {
	time_t tv_sec;
	long tv_nsec;
#if __SIZEOF_LONG__ == 4
	int : 32;
#endif
};
#endif
