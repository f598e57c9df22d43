/* read and write: round trips, short reads, zero counts, EOF, and the
 * errors EBADF (bad, closed, wrong-mode fds), EFAULT (a bad buffer),
 * EISDIR (reading a directory). */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);

	/* zero counts touch nothing, even with a NULL buffer */
	CHECK_EQ(write(fd, NULL, 0), 0);
	CHECK_EQ(read(fd, NULL, 0), 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 0);

	CHECK_EQ(write(fd, "0123456789", 10), 10);
	CHECK_EQ(write(fd, "ab", 2), 2);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 12);
	/* at EOF read returns 0 */
	CHECK_EQ(read(fd, buf, sizeof buf), 0);
	CHECK_EQ(lseek(fd, 3, SEEK_SET), 3);
	CHECK_EQ(read(fd, buf, 4), 4);
	CHECK(memcmp(buf, "3456", 4) == 0);
	/* a short read near the end */
	CHECK_EQ(read(fd, buf, sizeof buf), 5);
	CHECK(memcmp(buf, "789ab", 5) == 0);
	CHECK_EQ(read(fd, buf, sizeof buf), 0);
	/* a read does not touch bytes past what it returned */
	memset(buf, '#', sizeof buf);
	CHECK_EQ(lseek(fd, 10, SEEK_SET), 10);
	CHECK_EQ(read(fd, buf, sizeof buf), 2);
	CHECK_EQ(buf[2], '#');
	/* writing past the end leaves a hole of zeros */
	CHECK_EQ(lseek(fd, 20, SEEK_SET), 20);
	CHECK_EQ(write(fd, "z", 1), 1);
	CHECK_EQ(lseek(fd, 12, SEEK_SET), 12);
	CHECK_EQ(read(fd, buf, sizeof buf), 9);
	CHECK(memcmp(buf, "\0\0\0\0\0\0\0\0z", 9) == 0);

	/* EFAULT: the kernel refuses a bad buffer */
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_ERR(read(fd, (void *)1, 10), EFAULT);
	CHECK_ERR(write(fd, (const void *)1, 10), EFAULT);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 0);
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_ERR(write(p[1], (const void *)1, 10), EFAULT);
	CHECK_EQ(write(p[1], "xy", 2), 2);
	CHECK_ERR(read(p[0], (void *)1, 10), EFAULT);

	/* EBADF: invalid, closed, and wrong-direction descriptors */
	CHECK_ERR(read(-1, buf, 1), EBADF);
	CHECK_ERR(write(-1, "x", 1), EBADF);
	CHECK_ERR(read(1 << 30, buf, 1), EBADF);
	CHECK_ERR(write(1 << 30, "x", 1), EBADF);
	CHECK_ERR(read(-1, buf, 0), EBADF);
	CHECK_ERR(write(p[0], "x", 1), EBADF);
	CHECK_ERR(read(p[1], buf, 1), EBADF);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);
	CHECK_ERR(read(p[0], buf, 1), EBADF);
	CHECK_ERR(write(p[1], "x", 1), EBADF);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(read(fd, buf, 1), EBADF);

	/* EISDIR: reading a directory */
	CHECK_EQ(mkdir("d", 0755), 0);
	fd = open("d", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_ERR(read(fd, buf, sizeof buf), EISDIR);
	CHECK_EQ(close(fd), 0);
	return 0;
}
