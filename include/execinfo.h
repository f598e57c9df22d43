#ifndef _EXECINFO_H
#define _EXECINFO_H
/* GNU <execinfo.h>: the calling thread's stack, by the program's
 * .eh_frame call-frame information. */
#include <features.h>
__FERRO_BEGIN_DECLS
int backtrace(void **, int);
char **backtrace_symbols(void *const *, int);
void backtrace_symbols_fd(void *const *, int, int);
__FERRO_END_DECLS
#endif
