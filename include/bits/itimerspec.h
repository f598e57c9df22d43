/* POSIX struct itimerspec, for <time.h> and <sys/timerfd.h>. */
#ifndef _BITS_ITIMERSPEC_H
#define _BITS_ITIMERSPEC_H 1
#include <bits/alltypes.h>
#include <bits/timespec.h>
struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};
#endif
