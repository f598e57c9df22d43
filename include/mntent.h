/* <mntent.h>: fstab/mtab-format tables (BSD/GNU). */
#ifndef _MNTENT_H
#define _MNTENT_H 1
#include <features.h>
#include <stdio.h>
#include <paths.h>

#define MNTTAB _PATH_MNTTAB
#define MOUNTED _PATH_MOUNTED
#define MNTTYPE_IGNORE "ignore"
#define MNTTYPE_NFS "nfs"
#define MNTTYPE_SWAP "swap"
#define MNTOPT_DEFAULTS "defaults"
#define MNTOPT_RO "ro"
#define MNTOPT_RW "rw"
#define MNTOPT_SUID "suid"
#define MNTOPT_NOSUID "nosuid"
#define MNTOPT_NOAUTO "noauto"

struct mntent {
	char *mnt_fsname;
	char *mnt_dir;
	char *mnt_type;
	char *mnt_opts;
	int mnt_freq;
	int mnt_passno;
};

__FERRO_BEGIN_DECLS
FILE *setmntent(const char *, const char *);
struct mntent *getmntent(FILE *);
struct mntent *getmntent_r(FILE *__FERRO_RESTRICT, struct mntent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, int);
int addmntent(FILE *__FERRO_RESTRICT, const struct mntent *__FERRO_RESTRICT);
int endmntent(FILE *);
char *hasmntopt(const struct mntent *, const char *);
__FERRO_END_DECLS
#endif
