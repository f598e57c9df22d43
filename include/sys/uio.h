/* <sys/uio.h>: vectored I/O. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <bits/iovec.h>

__FERRO_BEGIN_DECLS

#define UIO_MAXIOV 1024

ssize_t readv(int, const struct iovec *, int);
ssize_t writev(int, const struct iovec *, int);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_POSIX2024)
ssize_t preadv(int, const struct iovec *, int, off_t);
ssize_t pwritev(int, const struct iovec *, int, off_t);
#endif
#ifdef __FERRO_USE_GNU
ssize_t preadv2(int, const struct iovec *, int, off_t, int);
ssize_t pwritev2(int, const struct iovec *, int, off_t, int);
ssize_t process_vm_readv(pid_t, const struct iovec *, unsigned long, const struct iovec *, unsigned long, unsigned long);
ssize_t process_vm_writev(pid_t, const struct iovec *, unsigned long, const struct iovec *, unsigned long, unsigned long);
# define RWF_HIPRI 0x00000001
# define RWF_DSYNC 0x00000002
# define RWF_SYNC 0x00000004
# define RWF_NOWAIT 0x00000008
# define RWF_APPEND 0x00000010
# define RWF_NOAPPEND 0x00000020
#endif
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define preadv64 preadv
# define pwritev64 pwritev
# define preadv64v2 preadv2
# define pwritev64v2 pwritev2
#endif
#endif
