#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <bits/timeval.h>
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};
__FERRO_BEGIN_DECLS
int gettimeofday(struct timeval *__FERRO_RESTRICT, void *__FERRO_RESTRICT);
__FERRO_END_DECLS
#endif
