/* <grp.h>: the group database (/etc/group) and supplementary groups. */
#ifndef _GRP_H
#define _GRP_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

struct group *getgrnam(const char *);
struct group *getgrgid(gid_t);
int getgrnam_r(const char *, struct group *, char *, size_t, struct group **);
int getgrgid_r(gid_t, struct group *, char *, size_t, struct group **);
#if defined(__FERRO_USE_XOPEN_EXTENDED) || defined(__FERRO_USE_DEFAULT)
void setgrent(void);
void endgrent(void);
struct group *getgrent(void);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
# ifndef __FERRO_DEFINED_FILE
#  define __FERRO_DEFINED_FILE
typedef struct _IO_FILE FILE;
# endif
struct group *fgetgrent(FILE *);
int getgrent_r(struct group *, char *, size_t, struct group **);
int fgetgrent_r(FILE *, struct group *, char *, size_t, struct group **);
int setgroups(size_t, const gid_t *);
int getgrouplist(const char *, gid_t, gid_t *, int *);
int initgroups(const char *, gid_t);
#endif
#ifdef __FERRO_USE_GNU
int putgrent(const struct group *, FILE *);
#endif
__FERRO_END_DECLS
#endif
