/* <sys/timerfd.h>: timers read from a descriptor. */
#ifndef _SYS_TIMERFD_H
#define _SYS_TIMERFD_H 1
#include <features.h>
#include <time.h>
#include <bits/alltypes.h>
#include <bits/itimerspec.h>

#define TFD_TIMER_ABSTIME (1 << 0)
#define TFD_TIMER_CANCEL_ON_SET (1 << 1)
#define TFD_CLOEXEC 02000000
#define TFD_NONBLOCK 00004000

__FERRO_BEGIN_DECLS
int timerfd_create(clockid_t, int);
int timerfd_settime(int, int, const struct itimerspec *, struct itimerspec *);
int timerfd_gettime(int, struct itimerspec *);
__FERRO_END_DECLS
#endif
