#ifndef _FCNTL_H
#define _FCNTL_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/fcntl.h>

#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_ACCMODE 03
#define O_CREAT 0100
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_NDELAY O_NONBLOCK
#define O_DSYNC 010000
#define O_ASYNC 020000
#define FASYNC O_ASYNC
#define O_NOATIME 01000000
#define O_CLOEXEC 02000000
#define O_SYNC 04010000
#define O_RSYNC O_SYNC
#define O_PATH 010000000
#define O_SEARCH O_PATH
#define O_EXEC O_PATH
#define O_TMPFILE (020000000 | O_DIRECTORY)

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_SETOWN 8
#define F_GETOWN 9
#define F_SETSIG 10
#define F_GETSIG 11
#define F_SETOWN_EX 15
#define F_GETOWN_EX 16
#define F_GETOWNER_UIDS 17
#define F_OFD_GETLK 36
#define F_OFD_SETLK 37
#define F_OFD_SETLKW 38
#define F_SETLEASE 1024
#define F_GETLEASE 1025
#define F_NOTIFY 1026
#define F_DUPFD_CLOEXEC 1030
#define F_SETPIPE_SZ 1031
#define F_GETPIPE_SZ 1032
#define F_ADD_SEALS 1033
#define F_GET_SEALS 1034
#define F_SEAL_SEAL 0x0001
#define F_SEAL_SHRINK 0x0002
#define F_SEAL_GROW 0x0004
#define F_SEAL_WRITE 0x0008
#define F_SEAL_FUTURE_WRITE 0x0010
#define F_SEAL_EXEC 0x0020
#define F_OWNER_TID 0
#define F_OWNER_PID 1
#define F_OWNER_PGRP 2
#define FD_CLOEXEC 1
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

#define AT_FDCWD (-100)
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_REMOVEDIR 0x200
#define AT_EACCESS 0x200
#define AT_SYMLINK_FOLLOW 0x400
#define AT_NO_AUTOMOUNT 0x800
#define AT_EMPTY_PATH 0x1000

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#include <bits/statmode.h>

/* off_t is 64-bit, so struct flock is the kernel's flock64. */
struct flock {
	short l_type;
	short l_whence;
	off_t l_start;
	off_t l_len;
	pid_t l_pid;
};
#ifdef __FERRO_USE_GNU
struct f_owner_ex {
	int type;
	pid_t pid;
};
#define SEEK_DATA 3
#define SEEK_HOLE 4
/* fallocate modes. */
#define FALLOC_FL_KEEP_SIZE 0x01
#define FALLOC_FL_PUNCH_HOLE 0x02
#define FALLOC_FL_NO_HIDE_STALE 0x04
#define FALLOC_FL_COLLAPSE_RANGE 0x08
#define FALLOC_FL_ZERO_RANGE 0x10
#define FALLOC_FL_INSERT_RANGE 0x20
#define FALLOC_FL_UNSHARE_RANGE 0x40
/* sync_file_range flags. */
#define SYNC_FILE_RANGE_WAIT_BEFORE 1
#define SYNC_FILE_RANGE_WRITE 2
#define SYNC_FILE_RANGE_WAIT_AFTER 4
#define SYNC_FILE_RANGE_WRITE_AND_WAIT 7
/* splice, tee and vmsplice flags. */
#define SPLICE_F_MOVE 1
#define SPLICE_F_NONBLOCK 2
#define SPLICE_F_MORE 4
#define SPLICE_F_GIFT 8
/* name_to_handle_at: the largest handle any file system gives. */
#define MAX_HANDLE_SZ 128
struct file_handle {
	unsigned int handle_bytes;
	int handle_type;
#ifdef __cplusplus
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
	unsigned char f_handle[];
#ifdef __cplusplus
#pragma GCC diagnostic pop
#endif
};
#endif
#if defined(__FERRO_USE_POSIX2001) || defined(__FERRO_USE_XOPEN2K)
/* posix_fadvise advice. */
#define POSIX_FADV_NORMAL 0
#define POSIX_FADV_RANDOM 1
#define POSIX_FADV_SEQUENTIAL 2
#define POSIX_FADV_WILLNEED 3
#define POSIX_FADV_DONTNEED 4
#define POSIX_FADV_NOREUSE 5
#endif
#ifdef __FERRO_USE_LARGEFILE64
/* off_t is always 64-bit: the *64 names are the plain ones. */
#define flock64 flock
#define F_GETLK64 F_GETLK
#define F_SETLK64 F_SETLK
#define F_SETLKW64 F_SETLKW
#endif

__FERRO_BEGIN_DECLS
int open(const char *, int, ...);
int openat(int, const char *, int, ...);
int creat(const char *, mode_t);
int fcntl(int, int, ...);
#if defined(__FERRO_USE_POSIX2001) || defined(__FERRO_USE_XOPEN2K)
int posix_fallocate(int, off_t, off_t);
int posix_fadvise(int, off_t, off_t, int);
#endif
#ifdef __FERRO_USE_GNU
int fallocate(int, int, off_t, off_t);
ssize_t readahead(int, off_t, size_t);
int sync_file_range(int, off_t, off_t, unsigned int);
struct iovec;
ssize_t splice(int, off_t *, int, off_t *, size_t, unsigned int);
ssize_t tee(int, int, size_t, unsigned int);
ssize_t vmsplice(int, const struct iovec *, size_t, unsigned int);
int name_to_handle_at(int, const char *, struct file_handle *, int *, int);
int open_by_handle_at(int, struct file_handle *, int);
#endif
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define open64 open
# define openat64 openat
# define creat64 creat
# define posix_fallocate64 posix_fallocate
# define posix_fadvise64 posix_fadvise
# define fallocate64 fallocate
# define fcntl64 fcntl
#endif
#endif
