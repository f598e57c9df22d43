#ifndef _UTIME_H
#define _UTIME_H
#include <features.h>
#include <bits/alltypes.h>

struct utimbuf {
	time_t actime;
	time_t modtime;
};

__FERRO_BEGIN_DECLS
int utime(const char *, const struct utimbuf *);
__FERRO_END_DECLS
#endif
