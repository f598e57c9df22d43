// CFLAGS: -D_GNU_SOURCE
/* isatty and ioctl (FIONREAD, FIONBIO, FIOCLEX/FIONCLEX, TCGETS,
 * TIOCGWINSZ), and sync, fsync, fdatasync. stdin is /dev/null here; a
 * pseudo-terminal master, when /dev/ptmx is usable, is a real tty. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(void)
{
	char tio[256]; /* room for any arch's struct termios */
	int p[2];
	CHECK_EQ(pipe(p), 0);
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "0123456789", 10), 10);

	/* isatty: 0 with ENOTTY for non-terminals, EBADF for bad fds */
	errno = 0;
	CHECK_EQ(isatty(0), 0); /* /dev/null */
	CHECK_EQ(errno, ENOTTY);
	errno = 0;
	CHECK_EQ(isatty(p[0]), 0);
	CHECK_EQ(errno, ENOTTY);
	errno = 0;
	CHECK_EQ(isatty(fd), 0);
	CHECK_EQ(errno, ENOTTY);
	errno = 0;
	CHECK_EQ(isatty(-1), 0);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	CHECK_EQ(isatty(1 << 30), 0);
	CHECK_EQ(errno, EBADF);

	/* terminal ioctls on non-terminals */
	CHECK_ERR(ioctl(fd, TCGETS, tio), ENOTTY);
	CHECK_ERR(ioctl(p[1], TCGETS, tio), ENOTTY);
	CHECK_ERR(ioctl(0, TCGETS, tio), ENOTTY);
	struct winsize ws;
	CHECK_ERR(ioctl(fd, TIOCGWINSZ, &ws), ENOTTY);
	CHECK_ERR(ioctl(-1, TCGETS, tio), EBADF);
	CHECK_ERR(ioctl(-1, FIONREAD, tio), EBADF);

	/* FIONREAD: bytes in a pipe, bytes after the offset in a file */
	int n = -1;
	CHECK_EQ(write(p[1], "abc", 3), 3);
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, 3);
	CHECK_EQ(lseek(fd, 4, SEEK_SET), 4);
	CHECK_EQ(ioctl(fd, FIONREAD, &n), 0);
	CHECK_EQ(n, 6);
	CHECK_ERR(ioctl(fd, FIONREAD, (int *)1), EFAULT);

	/* FIONBIO toggles O_NONBLOCK, FIOCLEX/FIONCLEX toggle FD_CLOEXEC */
	int one = 1, zero = 0;
	CHECK_EQ(ioctl(p[0], FIONBIO, &one), 0);
	CHECK(fcntl(p[0], F_GETFL) & O_NONBLOCK);
	char buf[8];
	CHECK_EQ(read(p[0], buf, sizeof buf), 3);
	CHECK_ERR(read(p[0], buf, sizeof buf), EAGAIN);
	CHECK_EQ(ioctl(p[0], FIONBIO, &zero), 0);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);
	CHECK_EQ(ioctl(fd, FIOCLEX), 0);
	CHECK_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_EQ(ioctl(fd, FIONCLEX), 0);
	CHECK_EQ(fcntl(fd, F_GETFD), 0);

	/* a pseudo-terminal master is a terminal */
	int m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	if (m >= 0) {
		errno = 0;
		CHECK_EQ(isatty(m), 1);
		CHECK_EQ(errno, 0);
		CHECK_EQ(ioctl(m, TCGETS, tio), 0);
		memset(&ws, 0xff, sizeof ws);
		CHECK_EQ(ioctl(m, TIOCGWINSZ, &ws), 0);
		CHECK(ws.ws_row != 0xffff && ws.ws_col != 0xffff);
		CHECK_EQ(close(m), 0);
	}

	/* sync, fsync, fdatasync */
	sync();
	CHECK_EQ(fsync(fd), 0);
	CHECK_EQ(fdatasync(fd), 0);
	int dfd = open(".", O_RDONLY);
	CHECK(dfd >= 0);
	CHECK_EQ(fsync(dfd), 0);
	CHECK_ERR(fsync(p[0]), EINVAL);
	CHECK_ERR(fdatasync(p[1]), EINVAL);
	CHECK_ERR(fsync(-1), EBADF);
	CHECK_ERR(fdatasync(-1), EBADF);
	CHECK_ERR(fsync(1 << 30), EBADF);
	return 0;
}
