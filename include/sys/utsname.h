#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H
#include <features.h>
struct utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
#ifdef __FERRO_USE_GNU
	char domainname[65];
#else
	char __domainname[65];
#endif
};
__FERRO_BEGIN_DECLS
int uname(struct utsname *);
__FERRO_END_DECLS
#endif
