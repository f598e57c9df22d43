#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <bits/timeval.h>
#ifdef __FERRO_USE_DEFAULT
#include <sys/select.h>
#endif
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};
struct itimerval {
	struct timeval it_interval;
	struct timeval it_value;
};
#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#define timercmp(a, b, op) ((a)->tv_sec == (b)->tv_sec ? \
	(a)->tv_usec op (b)->tv_usec : (a)->tv_sec op (b)->tv_sec)
#define timeradd(a, b, r) do { \
	(r)->tv_sec = (a)->tv_sec + (b)->tv_sec; \
	(r)->tv_usec = (a)->tv_usec + (b)->tv_usec; \
	if ((r)->tv_usec >= 1000000) { (r)->tv_sec++; (r)->tv_usec -= 1000000; } \
} while (0)
#define timersub(a, b, r) do { \
	(r)->tv_sec = (a)->tv_sec - (b)->tv_sec; \
	(r)->tv_usec = (a)->tv_usec - (b)->tv_usec; \
	if ((r)->tv_usec < 0) { (r)->tv_sec--; (r)->tv_usec += 1000000; } \
} while (0)
#endif
__FERRO_BEGIN_DECLS
int getitimer(int, struct itimerval *);
int setitimer(int, const struct itimerval *__FERRO_RESTRICT, struct itimerval *__FERRO_RESTRICT);
int utimes(const char *, const struct timeval[2]);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int lutimes(const char *, const struct timeval[2]);
int futimes(int, const struct timeval[2]);
#endif
int gettimeofday(struct timeval *__FERRO_RESTRICT, void *__FERRO_RESTRICT);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int settimeofday(const struct timeval *, const struct timezone *);
int adjtime(const struct timeval *, struct timeval *);
#endif
#ifdef __FERRO_USE_GNU
int futimesat(int, const char *, const struct timeval[2]);
#endif
__FERRO_END_DECLS
#endif
