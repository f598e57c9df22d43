/* <fnmatch.h>: shell wildcard matching. */
#ifndef _FNMATCH_H
#define _FNMATCH_H 1
#include <features.h>

#define FNM_PATHNAME 0x1
#define FNM_NOESCAPE 0x2
#define FNM_PERIOD 0x4
#define FNM_NOMATCH 1
#if defined(__FERRO_USE_GNU) || defined(__FERRO_USE_DEFAULT)
# define FNM_FILE_NAME FNM_PATHNAME
# define FNM_LEADING_DIR 0x8
# define FNM_CASEFOLD 0x10
# define FNM_IGNORECASE FNM_CASEFOLD
# define FNM_EXTMATCH 0x20
#endif

__FERRO_BEGIN_DECLS
int fnmatch(const char *, const char *, int);
__FERRO_END_DECLS
#endif
