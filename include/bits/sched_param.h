#ifndef _BITS_SCHED_PARAM_H
#define _BITS_SCHED_PARAM_H
/* struct sched_param, shared by <sched.h> and <spawn.h>. */
struct sched_param {
	int sched_priority;
};
#endif
