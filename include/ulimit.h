#ifndef _ULIMIT_H
#define _ULIMIT_H
#include <features.h>
/* The file size limit, in 512-byte blocks. */
#define UL_GETFSIZE 1
#define UL_SETFSIZE 2
__FERRO_BEGIN_DECLS
long ulimit(int, ...);
__FERRO_END_DECLS
#endif
