#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
#if __SIZEOF_LONG__ == 4
	int : 32;
#endif
};
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};
__FERRO_BEGIN_DECLS
int gettimeofday(struct timeval *__FERRO_RESTRICT, void *__FERRO_RESTRICT);
__FERRO_END_DECLS
#endif
