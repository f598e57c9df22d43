#ifndef _TIME_H
#define _TIME_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <bits/null.h>
#include <bits/timer.h>

#define CLOCKS_PER_SEC 1000000L
#define TIME_UTC 1
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define CLOCK_REALTIME_ALARM 8
#define CLOCK_BOOTTIME_ALARM 9
#define CLOCK_TAI 11
#define TIMER_ABSTIME 1

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
	long tm_gmtoff;
	const char *tm_zone;
};

__FERRO_BEGIN_DECLS
time_t time(time_t *);
clock_t clock(void);
int timespec_get(struct timespec *, int);
double difftime(time_t, time_t);
time_t mktime(struct tm *);
struct tm *gmtime(const time_t *);
struct tm *localtime(const time_t *);
char *asctime(const struct tm *);
char *ctime(const time_t *);
size_t strftime(char *, size_t, const char *, const struct tm *);
#ifdef __FERRO_USE_POSIX
extern char *tzname[2];
/* glibc's second names for tzname, timezone and daylight (one object each) */
extern char *__tzname[2];
extern long __timezone;
extern int __daylight;
void tzset(void);
struct tm *gmtime_r(const time_t *, struct tm *);
struct tm *localtime_r(const time_t *, struct tm *);
char *asctime_r(const struct tm *, char *);
char *ctime_r(const time_t *, char *);
#endif
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
extern long timezone;
extern int daylight;
#endif
#ifdef __FERRO_USE_XOPEN
char *strptime(const char *, const char *, struct tm *);
#endif
#ifdef __FERRO_USE_XOPEN_EXTENDED
extern int getdate_err;
struct tm *getdate(const char *);
#endif
#ifdef __FERRO_USE_GNU
int getdate_r(const char *__FERRO_RESTRICT, struct tm *__FERRO_RESTRICT);
#endif
#ifdef __FERRO_USE_POSIX2008
#ifndef __FERRO_DEFINED_locale_t
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif
size_t strftime_l(char *, size_t, const char *, const struct tm *, locale_t);
#ifdef __FERRO_USE_GNU
char *strptime_l(const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, struct tm *, locale_t);
#endif
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_POSIX2024)
time_t timegm(struct tm *);
#endif
#ifdef __FERRO_USE_DEFAULT
time_t timelocal(struct tm *);
#endif
#ifdef __FERRO_USE_GNU
/* SVr4: set the clock to *t (glibc 2.31 dropped its declaration) */
int stime(const time_t *);
#endif
#ifdef __FERRO_USE_POSIX
int clock_gettime(clockid_t, struct timespec *);
int clock_getres(clockid_t, struct timespec *);
int clock_settime(clockid_t, const struct timespec *);
int clock_nanosleep(clockid_t, int, const struct timespec *, struct timespec *);
int nanosleep(const struct timespec *, struct timespec *);
#endif
#ifdef __FERRO_USE_POSIX2001
int clock_getcpuclockid(pid_t, clockid_t *);
#endif
__FERRO_END_DECLS
#endif
