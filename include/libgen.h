/* <libgen.h>: POSIX path splitting. basename is the POSIX form, which
   glibc's ABI names __xpg_basename (the symbol basename is the GNU form
   of <string.h>). */
#ifndef _LIBGEN_H
#define _LIBGEN_H 1
#include <features.h>
__FERRO_BEGIN_DECLS
char *dirname(char *);
char *__xpg_basename(char *);
#define basename __xpg_basename
__FERRO_END_DECLS
#endif
