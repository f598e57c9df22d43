/* <search.h>: linear search, queues, the hash table and binary trees. */
#ifndef _SEARCH_H
#define _SEARCH_H 1
#include <features.h>
#include <bits/size_t.h>

__FERRO_BEGIN_DECLS
typedef enum { FIND, ENTER } ACTION;
typedef enum { preorder, postorder, endorder, leaf } VISIT;

typedef struct entry {
	char *key;
	void *data;
} ENTRY;

#ifdef __FERRO_USE_GNU
struct qelem {
	struct qelem *q_forw;
	struct qelem *q_back;
	char q_data[1];
};

struct _ENTRY;
struct hsearch_data {
	struct _ENTRY *table;
	unsigned int size;
	unsigned int filled;
};
#endif

void insque(void *, void *);
void remque(void *);

int hcreate(size_t);
void hdestroy(void);
ENTRY *hsearch(ENTRY, ACTION);
#ifdef __FERRO_USE_GNU
int hcreate_r(size_t, struct hsearch_data *);
void hdestroy_r(struct hsearch_data *);
int hsearch_r(ENTRY, ACTION, ENTRY **, struct hsearch_data *);
#endif

void *tsearch(const void *, void **, int (*)(const void *, const void *));
void *tfind(const void *, void *const *, int (*)(const void *, const void *));
void *tdelete(const void *__FERRO_RESTRICT, void **__FERRO_RESTRICT,
	      int (*)(const void *, const void *));
void twalk(const void *, void (*)(const void *, VISIT, int));
#ifdef __FERRO_USE_GNU
void twalk_r(const void *, void (*)(const void *, VISIT, void *), void *);
void tdestroy(void *, void (*)(void *));
#endif

void *lfind(const void *, const void *, size_t *, size_t,
	    int (*)(const void *, const void *));
void *lsearch(const void *, void *, size_t *, size_t,
	      int (*)(const void *, const void *));
__FERRO_END_DECLS
#endif
