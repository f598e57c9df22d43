// CFLAGS: -D_GNU_SOURCE
/* pipe and pipe2: data flow, O_CLOEXEC and O_NONBLOCK (EAGAIN on an
 * empty read), EOF after the writer closes, FIONREAD, and the errors. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(void)
{
	char buf[16];
	int p[2] = { -1, -1 };
	CHECK_EQ(pipe(p), 0);
	CHECK(p[0] >= 3 && p[1] >= 3 && p[0] != p[1]);
	CHECK_EQ(fcntl(p[0], F_GETFD), 0);
	CHECK_EQ(fcntl(p[1], F_GETFD), 0);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_ACCMODE, O_RDONLY);
	CHECK_EQ(fcntl(p[1], F_GETFL) & O_ACCMODE, O_WRONLY);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);

	int n = -1;
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, 0);
	CHECK_EQ(write(p[1], "hello", 5), 5);
	CHECK_EQ(write(p[1], "!", 1), 1);
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, 6);
	CHECK_EQ(read(p[0], buf, 3), 3);
	CHECK(memcmp(buf, "hel", 3) == 0);
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, 3);
	CHECK_EQ(read(p[0], buf, sizeof buf), 3);
	CHECK(memcmp(buf, "lo!", 3) == 0);
	/* writer gone: EOF */
	CHECK_EQ(close(p[1]), 0);
	CHECK_EQ(read(p[0], buf, sizeof buf), 0);
	CHECK_EQ(close(p[0]), 0);

	/* pipe2 with no flags is pipe */
	CHECK_EQ(pipe2(p, 0), 0);
	CHECK_EQ(fcntl(p[0], F_GETFD), 0);
	CHECK_EQ(fcntl(p[1], F_GETFL) & O_NONBLOCK, 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);

	/* O_CLOEXEC sets FD_CLOEXEC on both ends */
	CHECK_EQ(pipe2(p, O_CLOEXEC), 0);
	CHECK_EQ(fcntl(p[0], F_GETFD), FD_CLOEXEC);
	CHECK_EQ(fcntl(p[1], F_GETFD), FD_CLOEXEC);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);

	/* O_NONBLOCK: an empty read is EAGAIN, a full pipe write too */
	CHECK_EQ(pipe2(p, O_NONBLOCK | O_CLOEXEC), 0);
	CHECK(fcntl(p[0], F_GETFL) & O_NONBLOCK);
	CHECK(fcntl(p[1], F_GETFL) & O_NONBLOCK);
	CHECK_EQ(fcntl(p[1], F_GETFD), FD_CLOEXEC);
	CHECK_ERR(read(p[0], buf, sizeof buf), EAGAIN);
	CHECK_ERR(read(p[0], buf, sizeof buf), EWOULDBLOCK);
	CHECK_EQ(write(p[1], "x", 1), 1);
	CHECK_EQ(read(p[0], buf, sizeof buf), 1);
	static char big[4096];
	long total = 0;
	for (;;) {
		errno = 0;
		long w = write(p[1], big, sizeof big);
		if (w < 0)
			break;
		total += w;
		CHECK(total < (64L << 20));
	}
	CHECK_EQ(errno, EAGAIN);
	CHECK(total >= 4096);
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, total);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);

	/* errors: bad flags, bad pointer; pipes cannot seek */
	p[0] = p[1] = -7;
	CHECK_ERR(pipe2(p, O_APPEND), EINVAL);
	CHECK_ERR(pipe2(p, -1), EINVAL);
	CHECK_EQ(p[0], -7); /* untouched on failure */
	CHECK_EQ(p[1], -7);
	CHECK_ERR(pipe((int *)1), EFAULT);
	CHECK_ERR(pipe2((int *)1, O_CLOEXEC), EFAULT);
	CHECK_EQ(pipe(p), 0);
	CHECK_ERR(lseek(p[0], 0, SEEK_CUR), ESPIPE);
	CHECK_ERR(ioctl(-1, FIONREAD, &n), EBADF);
	CHECK_ERR(ioctl(p[0], FIONREAD, (int *)1), EFAULT);
	return 0;
}
