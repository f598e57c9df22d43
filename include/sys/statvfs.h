/* <sys/statvfs.h>: POSIX file-system statistics. */
#ifndef _SYS_STATVFS_H
#define _SYS_STATVFS_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
struct statvfs {
	unsigned long f_bsize;
	unsigned long f_frsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsblkcnt_t f_bavail;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsfilcnt_t f_favail;
	unsigned long f_fsid;
#if __SIZEOF_LONG__ == 4
	int __f_unused;
#endif
	unsigned long f_flag;
	unsigned long f_namemax;
	int __f_spare[6];
};

#define ST_RDONLY 1
#define ST_NOSUID 2
#ifdef __FERRO_USE_GNU
# define ST_NODEV 4
# define ST_NOEXEC 8
# define ST_SYNCHRONOUS 16
# define ST_MANDLOCK 64
# define ST_WRITE 128
# define ST_APPEND 256
# define ST_IMMUTABLE 512
# define ST_NOATIME 1024
# define ST_NODIRATIME 2048
# define ST_RELATIME 4096
#endif

int statvfs(const char *__FERRO_RESTRICT, struct statvfs *__FERRO_RESTRICT);
int fstatvfs(int, struct statvfs *);
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define statvfs64 statvfs
# define fstatvfs64 fstatvfs
#endif
#endif
