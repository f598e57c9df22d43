/* <glob.h>: pathname expansion. */
#ifndef _GLOB_H
#define _GLOB_H 1
#include <features.h>
#include <bits/size_t.h>

#define GLOB_ERR (1 << 0)
#define GLOB_MARK (1 << 1)
#define GLOB_NOSORT (1 << 2)
#define GLOB_DOOFFS (1 << 3)
#define GLOB_NOCHECK (1 << 4)
#define GLOB_APPEND (1 << 5)
#define GLOB_NOESCAPE (1 << 6)
#define GLOB_PERIOD (1 << 7)
#if defined(__FERRO_USE_GNU) || defined(__FERRO_USE_DEFAULT)
# define GLOB_MAGCHAR (1 << 8)
# define GLOB_ALTDIRFUNC (1 << 9)
# define GLOB_BRACE (1 << 10)
# define GLOB_NOMAGIC (1 << 11)
# define GLOB_TILDE (1 << 12)
# define GLOB_ONLYDIR (1 << 13)
# define GLOB_TILDE_CHECK (1 << 14)
#endif

#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS 4
#ifdef __FERRO_USE_GNU
# define GLOB_ABEND GLOB_ABORTED
#endif

__FERRO_BEGIN_DECLS
#ifdef __FERRO_USE_GNU
struct dirent;
struct stat;
#endif
typedef struct {
	size_t gl_pathc;
	char **gl_pathv;
	size_t gl_offs;
	int gl_flags;
	/* With GLOB_ALTDIRFUNC: the directory and stat functions to use. */
	void (*gl_closedir)(void *);
#ifdef __FERRO_USE_GNU
	struct dirent *(*gl_readdir)(void *);
#else
	void *(*gl_readdir)(void *);
#endif
	void *(*gl_opendir)(const char *);
#ifdef __FERRO_USE_GNU
	int (*gl_lstat)(const char *__FERRO_RESTRICT, struct stat *__FERRO_RESTRICT);
	int (*gl_stat)(const char *__FERRO_RESTRICT, struct stat *__FERRO_RESTRICT);
#else
	int (*gl_lstat)(const char *__FERRO_RESTRICT, void *__FERRO_RESTRICT);
	int (*gl_stat)(const char *__FERRO_RESTRICT, void *__FERRO_RESTRICT);
#endif
} glob_t;

int glob(const char *__FERRO_RESTRICT, int, int (*)(const char *, int), glob_t *__FERRO_RESTRICT);
void globfree(glob_t *);
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define glob64_t glob_t
# define glob64 glob
# define globfree64 globfree
#endif
#endif
