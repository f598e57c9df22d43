#ifndef _ERRNO_H
#define _ERRNO_H
#include <features.h>
#include <bits/errno.h>

__FERRO_BEGIN_DECLS
int *__errno_location(void);
#define errno (*__errno_location())
#ifdef __FERRO_USE_GNU
extern char *program_invocation_name;
extern char *program_invocation_short_name;
# ifndef __error_t_defined
#  define __error_t_defined 1
typedef int error_t;
# endif
#endif
__FERRO_END_DECLS
#endif
