#ifndef _GNU_LIBC_VERSION_H
#define _GNU_LIBC_VERSION_H
/* GNU: the glibc interface version this library provides ("2.36"). */
#include <features.h>
__FERRO_BEGIN_DECLS
const char *gnu_get_libc_version(void);
const char *gnu_get_libc_release(void);
__FERRO_END_DECLS
#endif
