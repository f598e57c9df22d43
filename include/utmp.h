/* <utmp.h>: the login records (SVID/XPG2, as glibc: the file itself is
   read and written) and BSD login_tty. */
#ifndef _UTMP_H
#define _UTMP_H 1
#include <features.h>
#include <paths.h>
#include <sys/time.h>
#include <bits/utmp.h>

#define UTMP_FILE _PATH_UTMP
#define UTMP_FILENAME _PATH_UTMP
#define WTMP_FILE _PATH_WTMP
#define WTMP_FILENAME _PATH_WTMP

struct exit_status {
	short e_termination;
	short e_exit;
};

struct utmp {
	__FERRO_UT_FIELDS(struct exit_status)
};
#define ut_name ut_user
#ifdef __FERRO_USE_DEFAULT
# define ut_time ut_tv.tv_sec
# define ut_xtime ut_tv.tv_sec
# define ut_addr ut_addr_v6[0]
#endif

struct lastlog {
#ifdef __aarch64__
	time_t ll_time;
#else
	int32_t ll_time; /* as glibc, also on i386 with 64-bit time */
#endif
	char ll_line[UT_LINESIZE];
	char ll_host[UT_HOSTSIZE];
};

__FERRO_BEGIN_DECLS
int login_tty(int);
void login(const struct utmp *);
int logout(const char *);
void logwtmp(const char *, const char *, const char *);
void setutent(void);
void endutent(void);
struct utmp *getutent(void);
struct utmp *getutid(const struct utmp *);
struct utmp *getutline(const struct utmp *);
struct utmp *pututline(const struct utmp *);
int utmpname(const char *);
void updwtmp(const char *, const struct utmp *);
#ifdef __FERRO_USE_DEFAULT
int getutent_r(struct utmp *, struct utmp **);
int getutid_r(const struct utmp *, struct utmp *, struct utmp **);
int getutline_r(const struct utmp *, struct utmp *, struct utmp **);
#endif
__FERRO_END_DECLS
#endif
