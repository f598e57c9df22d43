#ifndef _SYS_STAT_H
#define _SYS_STAT_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/statmode.h>
#include <bits/timespec.h>
#include <bits/stat.h>
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec
#define UTIME_NOW ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)
#ifndef AT_FDCWD
#define AT_FDCWD (-100)
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_NO_AUTOMOUNT 0x800
#define AT_EMPTY_PATH 0x1000
#endif
#define S_IREAD S_IRUSR
#define S_IWRITE S_IWUSR
#define S_IEXEC S_IXUSR
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)
#ifdef __FERRO_USE_POSIX199309
/* POSIX: message queues, semaphores and shared memory objects are not
   files with a type of their own on Linux, so these are 0 for every
   struct stat (the argument is still evaluated as one). */
#define S_TYPEISMQ(buf) ((int)(0 & (buf)->st_mode))
#define S_TYPEISSEM(buf) ((int)(0 & (buf)->st_mode))
#define S_TYPEISSHM(buf) ((int)(0 & (buf)->st_mode))
#endif
__FERRO_BEGIN_DECLS
int mkdir(const char *, mode_t);
int mkdirat(int, const char *, mode_t);
int chmod(const char *, mode_t);
int fchmod(int, mode_t);
mode_t umask(mode_t);
int stat(const char *__restrict, struct stat *__restrict);
int fstat(int, struct stat *);
int lstat(const char *__restrict, struct stat *__restrict);
int fstatat(int, const char *__restrict, struct stat *__restrict, int);
int fchmodat(int, const char *, mode_t, int);
int mknod(const char *, mode_t, dev_t);
int mknodat(int, const char *, mode_t, dev_t);
int mkfifo(const char *, mode_t);
int mkfifoat(int, const char *, mode_t);
int utimensat(int, const char *, const struct timespec[2], int);
int futimens(int, const struct timespec[2]);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int lchmod(const char *, mode_t);
#endif
#ifdef __FERRO_USE_GNU
/* statx: glibc's layout, 256 bytes on every arch. */
struct statx_timestamp {
	__INT64_TYPE__ tv_sec;
	__UINT32_TYPE__ tv_nsec;
	__INT32_TYPE__ __statx_timestamp_pad1[1];
};
struct statx {
	__UINT32_TYPE__ stx_mask;
	__UINT32_TYPE__ stx_blksize;
	__UINT64_TYPE__ stx_attributes;
	__UINT32_TYPE__ stx_nlink;
	__UINT32_TYPE__ stx_uid;
	__UINT32_TYPE__ stx_gid;
	__UINT16_TYPE__ stx_mode;
	__UINT16_TYPE__ __statx_pad1[1];
	__UINT64_TYPE__ stx_ino;
	__UINT64_TYPE__ stx_size;
	__UINT64_TYPE__ stx_blocks;
	__UINT64_TYPE__ stx_attributes_mask;
	struct statx_timestamp stx_atime;
	struct statx_timestamp stx_btime;
	struct statx_timestamp stx_ctime;
	struct statx_timestamp stx_mtime;
	__UINT32_TYPE__ stx_rdev_major;
	__UINT32_TYPE__ stx_rdev_minor;
	__UINT32_TYPE__ stx_dev_major;
	__UINT32_TYPE__ stx_dev_minor;
	__UINT64_TYPE__ stx_mnt_id;
	__UINT32_TYPE__ stx_dio_mem_align;
	__UINT32_TYPE__ stx_dio_offset_align;
	__UINT64_TYPE__ __statx_pad2[12];
};
/* statx masks: what to ask for, what was filled. */
# define STATX_TYPE 0x0001U
# define STATX_MODE 0x0002U
# define STATX_NLINK 0x0004U
# define STATX_UID 0x0008U
# define STATX_GID 0x0010U
# define STATX_ATIME 0x0020U
# define STATX_MTIME 0x0040U
# define STATX_CTIME 0x0080U
# define STATX_INO 0x0100U
# define STATX_SIZE 0x0200U
# define STATX_BLOCKS 0x0400U
# define STATX_BASIC_STATS 0x07ffU
# define STATX_BTIME 0x0800U
# define STATX_ALL 0x0fffU
# define STATX_MNT_ID 0x1000U
# define STATX_DIOALIGN 0x2000U
# define STATX__RESERVED 0x80000000U
/* stx_attributes bits. */
# define STATX_ATTR_COMPRESSED 0x0004
# define STATX_ATTR_IMMUTABLE 0x0010
# define STATX_ATTR_APPEND 0x0020
# define STATX_ATTR_NODUMP 0x0040
# define STATX_ATTR_ENCRYPTED 0x0800
# define STATX_ATTR_AUTOMOUNT 0x1000
# define STATX_ATTR_MOUNT_ROOT 0x2000
# define STATX_ATTR_VERITY 0x100000
# define STATX_ATTR_DAX 0x200000
/* statx sync modes (in the AT_* flags). */
# ifndef AT_STATX_SYNC_TYPE
#  define AT_STATX_SYNC_TYPE 0x6000
#  define AT_STATX_SYNC_AS_STAT 0x0000
#  define AT_STATX_FORCE_SYNC 0x2000
#  define AT_STATX_DONT_SYNC 0x4000
# endif
int statx(int, const char *__restrict, int, unsigned int, struct statx *__restrict);
#endif
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define stat64 stat
# define fstat64 fstat
# define lstat64 lstat
# define fstatat64 fstatat
#endif
#endif
