/* <ftw.h>: file tree walks (POSIX nftw, XSI ftw; GNU FTW_ACTIONRETVAL). */
#ifndef _FTW_H
#define _FTW_H 1
#include <features.h>
#include <sys/stat.h>

/* typeflag values passed to the callback */
#define FTW_F 0
#define FTW_D 1
#define FTW_DNR 2
#define FTW_NS 3
#define FTW_SL 4
#define FTW_DP 5
#define FTW_SLN 6

/* nftw flags */
#define FTW_PHYS 1
#define FTW_MOUNT 2
#define FTW_CHDIR 4
#define FTW_DEPTH 8
#ifdef __FERRO_USE_GNU
# define FTW_ACTIONRETVAL 16
/* callback results under FTW_ACTIONRETVAL */
# define FTW_CONTINUE 0
# define FTW_STOP 1
# define FTW_SKIP_SUBTREE 2
# define FTW_SKIP_SIBLINGS 3
#endif

struct FTW {
	int base;
	int level;
};

__FERRO_BEGIN_DECLS
typedef int (*__ftw_func_t)(const char *, const struct stat *, int);
typedef int (*__nftw_func_t)(const char *, const struct stat *, int, struct FTW *);
int ftw(const char *, __ftw_func_t, int);
int nftw(const char *, __nftw_func_t, int, int);
#ifdef __FERRO_USE_LARGEFILE64
# define ftw64 ftw
# define nftw64 nftw
#endif
__FERRO_END_DECLS
#endif
