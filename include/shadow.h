/* <shadow.h>: the shadow password database (/etc/shadow). */
#ifndef _SHADOW_H
#define _SHADOW_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <paths.h>

#define SHADOW _PATH_SHADOW

__FERRO_BEGIN_DECLS
#ifndef __FERRO_DEFINED_FILE
# define __FERRO_DEFINED_FILE
typedef struct _IO_FILE FILE;
#endif

struct spwd {
	char *sp_namp;
	char *sp_pwdp;
	long sp_lstchg;
	long sp_min;
	long sp_max;
	long sp_warn;
	long sp_inact;
	long sp_expire;
	unsigned long sp_flag;
};

void setspent(void);
void endspent(void);
struct spwd *getspent(void);
struct spwd *getspnam(const char *);
struct spwd *sgetspent(const char *);
struct spwd *fgetspent(FILE *);
int putspent(const struct spwd *, FILE *);
int getspent_r(struct spwd *, char *, size_t, struct spwd **);
int getspnam_r(const char *, struct spwd *, char *, size_t, struct spwd **);
int sgetspent_r(const char *, struct spwd *, char *, size_t, struct spwd **);
int fgetspent_r(FILE *, struct spwd *, char *, size_t, struct spwd **);
int lckpwdf(void);
int ulckpwdf(void);
__FERRO_END_DECLS
#endif
