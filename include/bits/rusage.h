#ifndef _BITS_RUSAGE_H
#define _BITS_RUSAGE_H
/* struct rusage with glibc's layout (its 64-bit time_t form on i386:
 * struct timeval is 16 bytes there, the counters are longs). Shared by
 * <sys/wait.h> and <sys/resource.h>. */
#include <bits/alltypes.h>
#include <bits/timeval.h>
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
