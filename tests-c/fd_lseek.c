// CFLAGS: -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64
/* lseek, ftruncate and truncate, including offsets and lengths past
 * 4 GiB on a sparse file (which proves off_t is 64-bit end to end on
 * i386), SEEK_DATA/SEEK_HOLE, and the EINVAL/ESPIPE/EBADF cases. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define GiB (1024LL * 1024 * 1024)

int main(void)
{
	char buf[16];
	CHECK_EQ(sizeof(off_t), 8);
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "0123456789", 10), 10);

	/* the three origins */
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 10);
	CHECK_EQ(lseek(fd, 2, SEEK_SET), 2);
	CHECK_EQ(lseek(fd, 3, SEEK_CUR), 5);
	CHECK_EQ(lseek(fd, -1, SEEK_CUR), 4);
	CHECK_EQ(lseek(fd, 0, SEEK_END), 10);
	CHECK_EQ(lseek(fd, -3, SEEK_END), 7);
	CHECK_EQ(read(fd, buf, 3), 3);
	CHECK(memcmp(buf, "789", 3) == 0);
	CHECK_EQ(lseek(fd, 5, SEEK_END), 15); /* past the end is fine */
	CHECK_EQ(read(fd, buf, 3), 0);

	/* EINVAL: bad whence, negative result; the offset is unchanged */
	CHECK_EQ(lseek(fd, 4, SEEK_SET), 4);
	CHECK_ERR(lseek(fd, 0, 5), EINVAL);
	CHECK_ERR(lseek(fd, 0, -1), EINVAL);
	CHECK_ERR(lseek(fd, 0, 99), EINVAL);
	CHECK_ERR(lseek(fd, -1, SEEK_SET), EINVAL);
	CHECK_ERR(lseek(fd, -5, SEEK_CUR), EINVAL);
	CHECK_ERR(lseek(fd, -11, SEEK_END), EINVAL);
	CHECK_ERR(lseek(fd, -6 * GiB, SEEK_SET), EINVAL);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 4);

	/* ESPIPE on pipes, EBADF on bad fds */
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_ERR(lseek(p[0], 0, SEEK_CUR), ESPIPE);
	CHECK_ERR(lseek(p[1], 0, SEEK_SET), ESPIPE);
	CHECK_ERR(lseek(-1, 0, SEEK_SET), EBADF);
	CHECK_ERR(lseek(1 << 30, 0, SEEK_SET), EBADF);

	/* beyond 4 GiB: offsets whose high word matters, and low words with
	 * bit 31 set or all ones */
	const off_t offs[] = { 4 * GiB, 4 * GiB + 1, 5 * GiB,
			       0x17fffffffLL, 0x180000000LL, 0x1ffffffffLL };
	for (unsigned i = 0; i < sizeof offs / sizeof offs[0]; i++) {
		CHECK_EQ(lseek(fd, offs[i], SEEK_SET), offs[i]);
		CHECK_EQ(lseek(fd, 0, SEEK_CUR), offs[i]);
	}
	CHECK_EQ(lseek(fd, 5 * GiB, SEEK_SET), 5 * GiB);
	CHECK_EQ(write(fd, "B", 1), 1);
	CHECK_EQ(lseek(fd, 0, SEEK_END), 5 * GiB + 1);
	CHECK_EQ(lseek(fd, -GiB, SEEK_CUR), 4 * GiB + 1);
	CHECK_EQ(lseek(fd, GiB - 1, SEEK_CUR), 5 * GiB);
	CHECK_EQ(read(fd, buf, 4), 1);
	CHECK_EQ(buf[0], 'B');
	CHECK_EQ(lseek(fd, -2, SEEK_END), 5 * GiB - 1);
	CHECK_EQ(read(fd, buf, 4), 2);
	CHECK(memcmp(buf, "\0B", 2) == 0);
	CHECK_EQ(lseek(fd, -(5 * GiB + 1), SEEK_END), 0);
	CHECK_ERR(lseek(fd, -(5 * GiB + 2), SEEK_END), EINVAL);

	/* SEEK_DATA / SEEK_HOLE: data at 0, a hole somewhere before 5 GiB
	 * (file systems without hole tracking report the end), and ENXIO
	 * at or past the end */
	CHECK_EQ(lseek(fd, 0, SEEK_DATA), 0);
	off_t hole = lseek(fd, 0, SEEK_HOLE);
	CHECK(hole >= 10 && hole <= 5 * GiB + 1);
	off_t data = lseek(fd, 4 * GiB, SEEK_DATA);
	CHECK(data >= 4 * GiB && data <= 5 * GiB);
	CHECK_EQ(lseek(fd, 5 * GiB, SEEK_HOLE), 5 * GiB + 1);
	CHECK_ERR(lseek(fd, 5 * GiB + 1, SEEK_DATA), ENXIO);
	CHECK_ERR(lseek(fd, 6 * GiB, SEEK_HOLE), ENXIO);

	/* ftruncate: grow past 4 GiB, shrink, and its errors */
	CHECK_EQ(ftruncate(fd, 6 * GiB + 3), 0);
	CHECK_EQ(lseek(fd, 0, SEEK_END), 6 * GiB + 3);
	CHECK_EQ(ftruncate(fd, 0x1ffffffffLL), 0);
	CHECK_EQ(lseek(fd, 0, SEEK_END), 0x1ffffffffLL);
	CHECK_EQ(ftruncate(fd, 4), 0);
	CHECK_EQ(lseek(fd, 0, SEEK_END), 4);
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_EQ(read(fd, buf, sizeof buf), 4);
	CHECK(memcmp(buf, "0123", 4) == 0);
	CHECK_ERR(ftruncate(fd, -1), EINVAL);
	CHECK_ERR(ftruncate(fd, -4 * GiB), EINVAL);
	CHECK_ERR(ftruncate(-1, 0), EBADF);
	CHECK_ERR(ftruncate(p[0], 0), EINVAL);
	int ro = open("f", O_RDONLY);
	CHECK(ro >= 0);
	CHECK_ERR(ftruncate(ro, 0), EINVAL); /* not open for writing */
	CHECK_EQ(lseek(ro, 0, SEEK_END), 4);

	/* truncate by path */
	CHECK_EQ(truncate("f", 5 * GiB + 7), 0);
	CHECK_EQ(lseek(ro, 0, SEEK_END), 5 * GiB + 7);
	CHECK_EQ(truncate("f", 4 * GiB), 0);
	CHECK_EQ(lseek(ro, 0, SEEK_END), 4 * GiB);
	CHECK_EQ(truncate("f", 2), 0);
	CHECK_EQ(lseek(ro, 0, SEEK_END), 2);
	CHECK_ERR(truncate("f", -1), EINVAL);
	CHECK_ERR(truncate("missing", 0), ENOENT);
	CHECK_ERR(truncate("f/x", 0), ENOTDIR);
	CHECK_ERR(truncate(".", 0), EISDIR);
	CHECK_ERR(truncate((const char *)1, 0), EFAULT);
	CHECK_EQ(symlink("loop", "loop"), 0);
	CHECK_ERR(truncate("loop", 0), ELOOP);
	CHECK_EQ(close(ro), 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(unlink("f"), 0);
	return 0;
}
