/* <nl_types.h>: message catalogs (POSIX.1-2024 XSI), read in the format
 * GNU gencat writes. */
#ifndef _NL_TYPES_H
#define _NL_TYPES_H 1
#include <features.h>
#define NL_SETD 1
#define NL_CAT_LOCALE 1
typedef void *nl_catd;
#ifndef __FERRO_DEFINED_nl_item
#define __FERRO_DEFINED_nl_item
typedef int nl_item;
#endif
__FERRO_BEGIN_DECLS
nl_catd catopen(const char *, int);
char *catgets(nl_catd, int, int, const char *);
int catclose(nl_catd);
__FERRO_END_DECLS
#endif
