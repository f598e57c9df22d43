#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/rusage.h>

/* 64-bit limits on every arch (i386 included: prlimit64 underneath),
 * spelled as glibc spells them (unsigned long where that is 64 bits). */
#if __SIZEOF_LONG__ == 8
typedef unsigned long rlim_t;
#else
typedef unsigned long long rlim_t;
#endif
#define RLIM_INFINITY ((rlim_t)-1)
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

#define RLIMIT_CPU 0
#define RLIMIT_FSIZE 1
#define RLIMIT_DATA 2
#define RLIMIT_STACK 3
#define RLIMIT_CORE 4
#define RLIMIT_RSS 5
#define RLIMIT_NPROC 6
#define RLIMIT_NOFILE 7
#define RLIMIT_MEMLOCK 8
#define RLIMIT_AS 9
#define RLIMIT_LOCKS 10
#define RLIMIT_SIGPENDING 11
#define RLIMIT_MSGQUEUE 12
#define RLIMIT_NICE 13
#define RLIMIT_RTPRIO 14
#define RLIMIT_RTTIME 15
#define RLIMIT_NLIMITS 16
#define RLIM_NLIMITS RLIMIT_NLIMITS
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
#define RLIMIT_OFILE RLIMIT_NOFILE
#endif

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)
#ifdef __FERRO_USE_GNU
#define RUSAGE_THREAD 1
#define RUSAGE_LWP RUSAGE_THREAD
#endif

#define PRIO_MIN (-20)
#define PRIO_MAX 20
#define PRIO_PROCESS 0
#define PRIO_PGRP 1
#define PRIO_USER 2

struct rlimit {
	rlim_t rlim_cur;
	rlim_t rlim_max;
};
#ifdef __FERRO_USE_LARGEFILE64
/* rlim_t is always 64-bit: the *64 names are the plain ones. */
#define rlim64_t rlim_t
#define rlimit64 rlimit
#define RLIM64_INFINITY RLIM_INFINITY
#define getrlimit64 getrlimit
#define setrlimit64 setrlimit
#ifdef __FERRO_USE_GNU
#define prlimit64 prlimit
#endif
#endif

__FERRO_BEGIN_DECLS
int getrlimit(int, struct rlimit *);
int setrlimit(int, const struct rlimit *);
int getrusage(int, struct rusage *);
int getpriority(int, id_t);
int setpriority(int, id_t, int);
#ifdef __FERRO_USE_GNU
int prlimit(pid_t, int, const struct rlimit *, struct rlimit *);
#endif
__FERRO_END_DECLS
#endif
