/* <wordexp.h>: shell word expansion. */
#ifndef _WORDEXP_H
#define _WORDEXP_H 1
#include <features.h>
#include <bits/size_t.h>

#define WRDE_DOOFFS (1 << 0)
#define WRDE_APPEND (1 << 1)
#define WRDE_NOCMD (1 << 2)
#define WRDE_REUSE (1 << 3)
#define WRDE_SHOWERR (1 << 4)
#define WRDE_UNDEF (1 << 5)

#define WRDE_NOSPACE 1
#define WRDE_BADCHAR 2
#define WRDE_BADVAL 3
#define WRDE_CMDSUB 4
#define WRDE_SYNTAX 5

__FERRO_BEGIN_DECLS
typedef struct {
	size_t we_wordc;
	char **we_wordv;
	size_t we_offs;
} wordexp_t;

int wordexp(const char *__FERRO_RESTRICT, wordexp_t *__FERRO_RESTRICT, int);
void wordfree(wordexp_t *);
__FERRO_END_DECLS
#endif
