// CFLAGS: -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64
/* Record locks through fcntl with struct flock: F_SETLK/F_GETLK with
 * offsets and lengths past 4 GiB (on i386 this proves the 64-bit
 * flock64 layout and commands are used). A process never conflicts with
 * its own POSIX locks, so the other side of each conflict is an open
 * file description lock (F_OFD_*), which does conflict with them. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#define GiB (1024LL * 1024 * 1024)

static struct flock lk(short type, short whence, off_t start, off_t len)
{
	struct flock f;
	memset(&f, 0, sizeof f);
	f.l_type = type;
	f.l_whence = whence;
	f.l_start = start;
	f.l_len = len;
	f.l_pid = 0;
	return f;
}

int main(void)
{
	CHECK_EQ(sizeof(off_t), 8);
	int fd1 = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	int fd2 = open("f", O_RDWR);
	CHECK(fd1 >= 0 && fd2 >= 0);

	/* a POSIX write lock at 5 GiB */
	struct flock f = lk(F_WRLCK, SEEK_SET, 5 * GiB, 100);
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);
	/* our own lock never conflicts with us: F_GETLK says F_UNLCK and
	 * leaves the other fields alone */
	f = lk(F_WRLCK, SEEK_SET, 5 * GiB + 10, 5);
	CHECK_EQ(fcntl(fd2, F_GETLK, &f), 0);
	CHECK_EQ(f.l_type, F_UNLCK);
	CHECK_EQ(f.l_start, 5 * GiB + 10);
	CHECK_EQ(f.l_len, 5);
	/* an OFD lock on another description sees it, with our pid */
	f = lk(F_RDLCK, SEEK_SET, 5 * GiB + 50, 1);
	CHECK_EQ(fcntl(fd2, F_OFD_GETLK, &f), 0);
	CHECK_EQ(f.l_type, F_WRLCK);
	CHECK_EQ(f.l_whence, SEEK_SET);
	CHECK_EQ(f.l_start, 5 * GiB);
	CHECK_EQ(f.l_len, 100);
	CHECK_EQ(f.l_pid, getpid());
	f = lk(F_RDLCK, SEEK_SET, 5 * GiB + 50, 1);
	CHECK_ERR(fcntl(fd2, F_OFD_SETLK, &f), EAGAIN);
	/* just past the lock there is no conflict */
	f = lk(F_WRLCK, SEEK_SET, 5 * GiB + 100, 10);
	CHECK_EQ(fcntl(fd2, F_OFD_GETLK, &f), 0);
	CHECK_EQ(f.l_type, F_UNLCK);

	/* the other way round: an OFD read lock from 6 GiB + 1 to the end
	 * of any file (l_len 0) is seen by F_GETLK, with l_pid -1 */
	f = lk(F_RDLCK, SEEK_SET, 6 * GiB + 1, 0);
	CHECK_EQ(fcntl(fd2, F_OFD_SETLK, &f), 0);
	f = lk(F_WRLCK, SEEK_SET, 0x2ffffffffLL, 1);
	CHECK_EQ(fcntl(fd1, F_GETLK, &f), 0);
	CHECK_EQ(f.l_type, F_RDLCK);
	CHECK_EQ(f.l_start, 6 * GiB + 1);
	CHECK_EQ(f.l_len, 0);
	CHECK_EQ(f.l_pid, -1);
	f = lk(F_WRLCK, SEEK_SET, 7 * GiB, 1);
	CHECK_ERR(fcntl(fd1, F_SETLK, &f), EAGAIN);
	/* a read lock is compatible with a read lock */
	f = lk(F_RDLCK, SEEK_SET, 7 * GiB, 1);
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);
	f = lk(F_UNLCK, SEEK_SET, 7 * GiB, 1);
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);
	f = lk(F_UNLCK, SEEK_SET, 0, 0);
	CHECK_EQ(fcntl(fd2, F_OFD_SETLK, &f), 0);
	f = lk(F_WRLCK, SEEK_SET, 7 * GiB, 1);
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);

	/* unlock, and the OFD side no longer conflicts */
	f = lk(F_UNLCK, SEEK_SET, 0, 0);
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);
	f = lk(F_WRLCK, SEEK_SET, 0, 0);
	CHECK_EQ(fcntl(fd2, F_OFD_GETLK, &f), 0);
	CHECK_EQ(f.l_type, F_UNLCK);

	/* l_whence SEEK_CUR and SEEK_END, and a negative l_len (the range
	 * before l_start), are reported back as absolute ranges */
	CHECK_EQ(lseek(fd1, 4 * GiB, SEEK_SET), 4 * GiB);
	f = lk(F_WRLCK, SEEK_CUR, GiB, 0x100000001LL);
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);
	f = lk(F_WRLCK, SEEK_SET, 0, 0);
	CHECK_EQ(fcntl(fd2, F_OFD_GETLK, &f), 0);
	CHECK_EQ(f.l_type, F_WRLCK);
	CHECK_EQ(f.l_start, 5 * GiB);
	CHECK_EQ(f.l_len, 0x100000001LL);
	f = lk(F_UNLCK, SEEK_SET, 0, 0);
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);
	CHECK_EQ(ftruncate(fd1, 3 * GiB), 0);
	f = lk(F_WRLCK, SEEK_END, 2 * GiB, -GiB); /* [4 GiB, 5 GiB) */
	CHECK_EQ(fcntl(fd1, F_SETLK, &f), 0);
	f = lk(F_RDLCK, SEEK_SET, 0, 0);
	CHECK_EQ(fcntl(fd2, F_OFD_GETLK, &f), 0);
	CHECK_EQ(f.l_type, F_WRLCK);
	CHECK_EQ(f.l_start, 4 * GiB);
	CHECK_EQ(f.l_len, GiB);

	/* the LFS64 spellings are the same thing */
	struct flock64 f64;
	memset(&f64, 0, sizeof f64);
	f64.l_type = F_RDLCK;
	f64.l_whence = SEEK_SET;
	f64.l_start = 4 * GiB + 5;
	f64.l_len = 1;
	CHECK_EQ(fcntl(fd2, F_OFD_GETLK, &f64), 0);
	CHECK_EQ(f64.l_type, F_WRLCK);
	CHECK_EQ(f64.l_start, 4 * GiB);
	f64.l_type = F_WRLCK;
	f64.l_start = 4 * GiB + 5;
	CHECK_EQ(fcntl(fd1, F_GETLK64, &f64), 0);
	CHECK_EQ(f64.l_type, F_UNLCK);

	/* errors */
	f = lk(F_WRLCK, 7, 0, 1);
	CHECK_ERR(fcntl(fd1, F_SETLK, &f), EINVAL);
	f = lk(99, SEEK_SET, 0, 1);
	CHECK_ERR(fcntl(fd1, F_SETLK, &f), EINVAL);
	f = lk(F_WRLCK, SEEK_SET, -1, 1);
	CHECK_ERR(fcntl(fd1, F_SETLK, &f), EINVAL);
	f = lk(F_WRLCK, SEEK_SET, 0, 1);
	f.l_pid = 1;
	CHECK_ERR(fcntl(fd2, F_OFD_SETLK, &f), EINVAL);
	CHECK_ERR(fcntl(fd1, F_SETLK, (struct flock *)1), EFAULT);
	CHECK_ERR(fcntl(fd1, F_GETLK, (struct flock *)1), EFAULT);
	f = lk(F_WRLCK, SEEK_SET, 0, 1);
	CHECK_ERR(fcntl(-1, F_SETLK, &f), EBADF);
	int ro = open("f", O_RDONLY), wo = open("f", O_WRONLY);
	CHECK(ro >= 0 && wo >= 0);
	CHECK_ERR(fcntl(ro, F_SETLK, &f), EBADF);
	f.l_type = F_RDLCK;
	CHECK_ERR(fcntl(wo, F_SETLK, &f), EBADF);
	return 0;
}
