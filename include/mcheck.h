#ifndef _MCHECK_H
#define _MCHECK_H
/* GNU <mcheck.h>: the allocation trace (mtrace, muntrace) only. */
#include <features.h>
__FERRO_BEGIN_DECLS
void mtrace(void);
void muntrace(void);
__FERRO_END_DECLS
#endif
