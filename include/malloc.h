/*
 * malloc.h - the GNU allocation extensions of ferrolibc.
 *
 * Declares the standard allocation functions again (as glibc's does),
 * memalign, valloc, pvalloc, malloc_usable_size, and glibc's heap
 * queries and knobs: mallinfo mallinfo2 malloc_stats malloc_trim mallopt.
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

struct mallinfo {
	int arena;    /* memory obtained for small blocks */
	int ordblks;  /* free chunks */
	int smblks;   /* 0: no fastbins */
	int hblks;    /* blocks with a mapping of their own */
	int hblkhd;   /* their bytes */
	int usmblks;  /* 0 */
	int fsmblks;  /* 0 */
	int uordblks; /* bytes in use */
	int fordblks; /* bytes free */
	int keepcost; /* bytes malloc_trim could release */
};
struct mallinfo2 {
	size_t arena;
	size_t ordblks;
	size_t smblks;
	size_t hblks;
	size_t hblkhd;
	size_t usmblks;
	size_t fsmblks;
	size_t uordblks;
	size_t fordblks;
	size_t keepcost;
};
struct mallinfo mallinfo(void);
struct mallinfo2 mallinfo2(void);
int malloc_trim(size_t);
void malloc_stats(void);
int mallopt(int, int);

/* mallopt parameters (glibc's numbers) */
#define M_MXFAST 1
#define M_NLBLKS 2
#define M_GRAIN 3
#define M_KEEP 4
#define M_TRIM_THRESHOLD -1
#define M_TOP_PAD -2
#define M_MMAP_THRESHOLD -3
#define M_MMAP_MAX -4
#define M_CHECK_ACTION -5
#define M_PERTURB -6
#define M_ARENA_TEST -7
#define M_ARENA_MAX -8
__FERRO_END_DECLS
#endif
