/* <pwd.h>: the user database (/etc/passwd). */
#ifndef _PWD_H
#define _PWD_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;
	char *pw_dir;
	char *pw_shell;
};

struct passwd *getpwnam(const char *);
struct passwd *getpwuid(uid_t);
int getpwnam_r(const char *, struct passwd *, char *, size_t, struct passwd **);
int getpwuid_r(uid_t, struct passwd *, char *, size_t, struct passwd **);
#if defined(__FERRO_USE_XOPEN_EXTENDED) || defined(__FERRO_USE_DEFAULT)
void setpwent(void);
void endpwent(void);
struct passwd *getpwent(void);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
# ifndef __FERRO_DEFINED_FILE
#  define __FERRO_DEFINED_FILE
typedef struct _IO_FILE FILE;
# endif
struct passwd *fgetpwent(FILE *);
int getpwent_r(struct passwd *, char *, size_t, struct passwd **);
int fgetpwent_r(FILE *, struct passwd *, char *, size_t, struct passwd **);
#endif
#ifdef __FERRO_USE_GNU
int getpw(uid_t, char *);
int putpwent(const struct passwd *, FILE *);
#endif
__FERRO_END_DECLS
#endif
