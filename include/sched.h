#ifndef _SCHED_H
#define _SCHED_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/sched_param.h>
__FERRO_BEGIN_DECLS
int sched_yield(void);
#ifdef __FERRO_USE_GNU
int sched_getcpu(void);
int getcpu(unsigned int *, unsigned int *);
#endif
__FERRO_END_DECLS
#endif
