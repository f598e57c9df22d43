#ifndef _SCHED_H
#define _SCHED_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/sched_param.h>
#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2
#ifdef __FERRO_USE_GNU
# define SCHED_BATCH 3
# define SCHED_IDLE 5
# define SCHED_RESET_ON_FORK 0x40000000
#endif

__FERRO_BEGIN_DECLS
int sched_yield(void);
int sched_get_priority_max(int);
int sched_get_priority_min(int);
int sched_setscheduler(pid_t, int, const struct sched_param *);
int sched_getscheduler(pid_t);
int sched_setparam(pid_t, const struct sched_param *);
int sched_getparam(pid_t, struct sched_param *);
#ifdef __FERRO_USE_GNU
int sched_getcpu(void);
int getcpu(unsigned int *, unsigned int *);
#endif
__FERRO_END_DECLS
#endif
