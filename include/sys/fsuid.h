/* <sys/fsuid.h>: the file-system user and group ids (Linux). */
#ifndef _SYS_FSUID_H
#define _SYS_FSUID_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
int setfsuid(uid_t);
int setfsgid(gid_t);
__FERRO_END_DECLS
#endif
