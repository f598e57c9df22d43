#ifndef _SEARCH_H
#define _SEARCH_H
/* Linear search (lfind, lsearch); the hash and tree tables are not
 * implemented yet. */
#include <features.h>
#include <bits/size_t.h>

__FERRO_BEGIN_DECLS
void *lfind(const void *, const void *, size_t *, size_t,
	    int (*)(const void *, const void *));
void *lsearch(const void *, void *, size_t *, size_t,
	      int (*)(const void *, const void *));
__FERRO_END_DECLS
#endif
