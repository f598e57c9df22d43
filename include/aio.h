/* <aio.h>: POSIX asynchronous I/O. */
#ifndef _AIO_H
#define _AIO_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <fcntl.h>
#include <signal.h>
#include <bits/sigevent.h>

__FERRO_BEGIN_DECLS
/* glibc's layout: 168 bytes (144 on i386), a 64-bit aio_offset. */
struct aiocb {
	int aio_fildes;
	int aio_lio_opcode;
	int aio_reqprio;
	volatile void *aio_buf;
	size_t aio_nbytes;
	struct sigevent aio_sigevent;
	struct aiocb *__next_prio;
	int __abs_prio;
	int __policy;
	int __error_code;
	ssize_t __return_value;
	off_t aio_offset;
	char __glibc_reserved[32];
};

#define AIO_CANCELED 0
#define AIO_NOTCANCELED 1
#define AIO_ALLDONE 2
#define LIO_READ 0
#define LIO_WRITE 1
#define LIO_NOP 2
#define LIO_WAIT 0
#define LIO_NOWAIT 1

int aio_read(struct aiocb *);
int aio_write(struct aiocb *);
int aio_fsync(int, struct aiocb *);
int aio_error(const struct aiocb *);
ssize_t aio_return(struct aiocb *);
int aio_suspend(const struct aiocb *const[], int, const struct timespec *);
int aio_cancel(int, struct aiocb *);
int lio_listio(int, struct aiocb *const[], int, struct sigevent *__FERRO_RESTRICT);

/* The large-file names: aio_offset is 64-bit on every arch, so they are
   the plain ones (libc.a also defines the *64 functions). */
#ifdef __FERRO_USE_LARGEFILE64
# define aiocb64 aiocb
# define aio_read64 aio_read
# define aio_write64 aio_write
# define aio_fsync64 aio_fsync
# define aio_error64 aio_error
# define aio_return64 aio_return
# define aio_suspend64 aio_suspend
# define aio_cancel64 aio_cancel
# define lio_listio64 lio_listio
#endif
__FERRO_END_DECLS
#endif
