/* <utmpx.h>: POSIX login records; struct utmpx is struct utmp's layout and
   the functions read the same file (as glibc on Linux). */
#ifndef _UTMPX_H
#define _UTMPX_H 1
#include <features.h>
#include <sys/time.h>
#include <bits/utmp.h>

#ifdef __FERRO_USE_GNU
# include <paths.h>
# define UTMPX_FILE _PATH_UTMP
# define UTMPX_FILENAME _PATH_UTMP
# define WTMPX_FILE _PATH_WTMP
# define WTMPX_FILENAME _PATH_WTMP
#endif

struct __exit_status {
	short e_termination;
	short e_exit;
};

struct utmpx {
	__FERRO_UT_FIELDS(struct __exit_status)
};

__FERRO_BEGIN_DECLS
void setutxent(void);
void endutxent(void);
struct utmpx *getutxent(void);
struct utmpx *getutxid(const struct utmpx *);
struct utmpx *getutxline(const struct utmpx *);
struct utmpx *pututxline(const struct utmpx *);
#ifdef __FERRO_USE_GNU
int utmpxname(const char *);
void updwtmpx(const char *, const struct utmpx *);
struct utmp;
void getutmp(const struct utmpx *, struct utmp *);
void getutmpx(const struct utmp *, struct utmpx *);
#endif
__FERRO_END_DECLS
#endif
