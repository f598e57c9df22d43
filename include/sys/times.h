#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H
#include <features.h>
#include <bits/alltypes.h>
struct tms {
	clock_t tms_utime;
	clock_t tms_stime;
	clock_t tms_cutime;
	clock_t tms_cstime;
};
__FERRO_BEGIN_DECLS
clock_t times(struct tms *);
__FERRO_END_DECLS
#endif
