#ifndef _STROPTS_H
#define _STROPTS_H
/* XSI STREAMS (obsolescent, removed in POSIX.1-2024): Linux has no
 * STREAMS, so only the query is offered. */
#include <features.h>
__FERRO_BEGIN_DECLS
int isastream(int);
__FERRO_END_DECLS
#endif
