#ifndef _UTMP_H
#define _UTMP_H
/* login_tty (BSD; in libc.a, libutil.a is empty). The login records
 * (struct utmp, getutent …) are not implemented. */
#include <features.h>
__FERRO_BEGIN_DECLS
int login_tty(int);
__FERRO_END_DECLS
#endif
