#ifndef _GRP_H
#define _GRP_H
#include <features.h>
#include <bits/alltypes.h>
/* Only setgroups so far; the group database (getgrnam …) comes later. */
__FERRO_BEGIN_DECLS
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int setgroups(size_t, const gid_t *);
#endif
__FERRO_END_DECLS
#endif
