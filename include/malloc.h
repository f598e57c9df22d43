/*
 * malloc.h - the GNU allocation extensions of ferrolibc.
 *
 * Declares the standard allocation functions again (as glibc's does) and
 * memalign, valloc, pvalloc and malloc_usable_size.
 */
#ifndef _MALLOC_H
#define _MALLOC_H 1
#include <features.h>
#include <bits/size_t.h>
#include <bits/null.h>

__FERRO_BEGIN_DECLS
void *malloc(size_t) __FERRO_MALLOC;
void *calloc(size_t, size_t) __FERRO_MALLOC;
void *realloc(void *, size_t);
void free(void *);
void *memalign(size_t, size_t) __FERRO_MALLOC;
void *valloc(size_t) __FERRO_MALLOC;
void *pvalloc(size_t) __FERRO_MALLOC;
size_t malloc_usable_size(void *);
__FERRO_END_DECLS
#endif
