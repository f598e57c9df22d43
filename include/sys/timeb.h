/* <sys/timeb.h>: ftime (obsolete; removed from POSIX.1-2008). */
#ifndef _SYS_TIMEB_H
#define _SYS_TIMEB_H 1
#include <features.h>
#include <bits/alltypes.h>
struct timeb {
	time_t time;
	unsigned short millitm;
	short timezone;
	short dstflag;
};
__FERRO_BEGIN_DECLS
int ftime(struct timeb *);
__FERRO_END_DECLS
#endif
