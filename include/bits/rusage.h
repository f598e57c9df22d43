/* struct rusage, shared by <sys/resource.h> (getrusage) and <sys/wait.h>
 * (wait3, wait4). glibc's layout on every arch: two struct timeval
 * (64-bit time_t here, on i386 too), then 14 longs. */
#ifndef _BITS_RUSAGE_H
#define _BITS_RUSAGE_H
#include <sys/time.h>
struct rusage {
	struct timeval ru_utime;
	struct timeval ru_stime;
	long ru_maxrss;
	long ru_ixrss;
	long ru_idrss;
	long ru_isrss;
	long ru_minflt;
	long ru_majflt;
	long ru_nswap;
	long ru_inblock;
	long ru_oublock;
	long ru_msgsnd;
	long ru_msgrcv;
	long ru_nsignals;
	long ru_nvcsw;
	long ru_nivcsw;
};
#endif
