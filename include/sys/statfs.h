/* <sys/statfs.h>: file-system statistics as the kernel gives them. */
#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
#ifndef __FERRO_DEFINED_fsid_t
#define __FERRO_DEFINED_fsid_t
typedef struct {
	int __val[2];
} fsid_t;
#endif

struct statfs {
	long f_type;
	long f_bsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsblkcnt_t f_bavail;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsid_t f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
	long f_spare[4];
};

int statfs(const char *, struct statfs *);
int fstatfs(int, struct statfs *);
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define statfs64 statfs
# define fstatfs64 fstatfs
#endif
#endif
