// CFLAGS: -D_GNU_SOURCE
/* dup2 and dup3 with glibc's semantics for every edge: same fd, closed
 * and invalid fds, out-of-range targets, replacing an open fd, FD_CLOEXEC.
 * On aarch64/riscv64 dup2 is built on dup3, so this proves that path. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static int make_file(const char *name, const char *text)
{
	int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, text, strlen(text)), (long)strlen(text));
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}

int main(void)
{
	int a = make_file("a", "abcdef");
	int b = make_file("b", "XYZ");

	/* dup2(fd, fd) on an open fd returns fd and leaves its flags alone. */
	CHECK_EQ(fcntl(a, F_SETFD, FD_CLOEXEC), 0);
	errno = 1234;
	CHECK_EQ(dup2(a, a), a);
	CHECK_EQ(errno, 1234);
	CHECK_EQ(fcntl(a, F_GETFD), FD_CLOEXEC);

	/* closed or invalid fds */
	int closed = dup(a);
	CHECK(closed >= 0);
	CHECK_EQ(close(closed), 0);
	CHECK_ERR(dup2(closed, closed), EBADF);
	CHECK_ERR(dup2(-1, -1), EBADF);
	CHECK_ERR(dup2(-5, a), EBADF);
	CHECK_ERR(dup2(closed, b), EBADF);
	/* b is untouched by the failed call */
	CHECK_EQ(fcntl(b, F_GETFD), 0);

	/* newfd out of range: negative or beyond RLIMIT_NOFILE */
	CHECK_ERR(dup2(a, -1), EBADF);
	CHECK_ERR(dup2(a, -100), EBADF);
	CHECK_ERR(dup2(a, 1 << 30), EBADF);
	CHECK_ERR(dup2(a, 0x7fffffff), EBADF);
	CHECK_ERR(dup2(closed, 1 << 30), EBADF);

	/* dup2 onto an open fd closes it silently; the new fd shares the
	 * file offset with the old one and has FD_CLOEXEC clear. */
	errno = 0;
	CHECK_EQ(dup2(a, b), b);
	CHECK_EQ(errno, 0);
	CHECK_EQ(fcntl(b, F_GETFD), 0);
	CHECK_EQ(fcntl(a, F_GETFD), FD_CLOEXEC);
	char buf[8];
	CHECK_EQ(read(b, buf, 2), 2);
	CHECK(memcmp(buf, "ab", 2) == 0);
	CHECK_EQ(lseek(a, 0, SEEK_CUR), 2);
	CHECK_EQ(read(a, buf, 2), 2);
	CHECK(memcmp(buf, "cd", 2) == 0);
	CHECK_EQ(lseek(b, 0, SEEK_CUR), 4);
	/* closing one leaves the other usable */
	CHECK_EQ(close(a), 0);
	CHECK_EQ(read(b, buf, 8), 2);
	CHECK(memcmp(buf, "ef", 2) == 0);

	/* dup2 onto a free slot creates it */
	int hi = 200;
	CHECK_ERR(fcntl(hi, F_GETFD), EBADF);
	CHECK_EQ(dup2(b, hi), hi);
	CHECK_EQ(lseek(hi, 1, SEEK_SET), 1);
	CHECK_EQ(lseek(b, 0, SEEK_CUR), 1);
	CHECK_EQ(close(hi), 0);

	/* dup3: same fd is EINVAL (even when open), flags other than
	 * O_CLOEXEC are EINVAL, O_CLOEXEC sets FD_CLOEXEC. */
	CHECK_ERR(dup3(b, b, 0), EINVAL);
	CHECK_ERR(dup3(b, b, O_CLOEXEC), EINVAL);
	CHECK_ERR(dup3(b, 50, O_NONBLOCK), EINVAL);
	CHECK_ERR(dup3(b, 50, -1), EINVAL);
	CHECK_ERR(fcntl(50, F_GETFD), EBADF);
	CHECK_ERR(dup3(-1, 50, 0), EBADF);
	CHECK_ERR(dup3(b, -1, 0), EBADF);
	CHECK_ERR(dup3(b, 1 << 30, 0), EBADF);
	CHECK_EQ(dup3(b, 50, O_CLOEXEC), 50);
	CHECK_EQ(fcntl(50, F_GETFD), FD_CLOEXEC);
	CHECK_EQ(dup3(b, 50, 0), 50);
	CHECK_EQ(fcntl(50, F_GETFD), 0);
	CHECK_EQ(close(50), 0);

	/* dup: lowest free fd, FD_CLOEXEC clear */
	CHECK_EQ(fcntl(b, F_SETFD, FD_CLOEXEC), 0);
	int d = dup(b);
	CHECK_EQ(d, a); /* a was closed above and is the lowest free slot */
	CHECK_EQ(fcntl(d, F_GETFD), 0);
	CHECK_ERR(dup(-1), EBADF);
	CHECK_ERR(dup(closed), EBADF);
	CHECK_ERR(dup(1 << 30), EBADF);
	return 0;
}
