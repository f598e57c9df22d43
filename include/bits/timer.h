/* POSIX per-process timers, for <time.h>. */
#ifndef _BITS_TIMER_H
#define _BITS_TIMER_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>

#ifdef __FERRO_USE_POSIX199309
#include <bits/itimerspec.h>

struct sigevent;
__FERRO_BEGIN_DECLS
int timer_create(clockid_t, struct sigevent *__FERRO_RESTRICT, timer_t *__FERRO_RESTRICT);
int timer_delete(timer_t);
int timer_settime(timer_t, int, const struct itimerspec *__FERRO_RESTRICT, struct itimerspec *__FERRO_RESTRICT);
int timer_gettime(timer_t, struct itimerspec *);
int timer_getoverrun(timer_t);
__FERRO_END_DECLS
#endif
#endif
