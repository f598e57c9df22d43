// STDOUT: ok\n
/* utimes, lutimes, futimes: times from two timevals (microseconds become
 * nanoseconds), NULL for now, a link's own time with lutimes, EINVAL for
 * microseconds out of range, ENOENT, EBADF. */
#define _DEFAULT_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	char dir[] = "/tmp/utimesXXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	CHECK_EQ(chdir(dir), 0);
	int fd = open("f", O_CREAT | O_RDWR, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(symlink("f", "l"), 0);
	struct stat st, lst;

	struct timeval tv[2] = {{1000000000, 123456}, {1200000000, 654321}};
	CHECK_EQ(utimes("f", tv), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	CHECK_EQ(st.st_atim.tv_nsec, 123456000);
	CHECK_EQ(st.st_mtim.tv_sec, 1200000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 654321000);

	/* through the link: the target changes */
	tv[1].tv_sec = 1300000000;
	CHECK_EQ(utimes("l", tv), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mtim.tv_sec, 1300000000);

	/* lutimes: the link itself */
	tv[1].tv_sec = 1100000000;
	tv[1].tv_usec = 1;
	CHECK_EQ(lutimes("l", tv), 0);
	CHECK_EQ(lstat("l", &lst), 0);
	CHECK_EQ(lst.st_mtim.tv_sec, 1100000000);
	CHECK_EQ(lst.st_mtim.tv_nsec, 1000);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mtim.tv_sec, 1300000000);

	/* futimes */
	tv[1].tv_sec = 1400000000;
	tv[1].tv_usec = 999999;
	CHECK_EQ(futimes(fd, tv), 0);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_mtim.tv_sec, 1400000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 999999000);

	/* NULL: both now */
	time_t before = time(NULL);
	CHECK_EQ(utimes("f", NULL), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK(st.st_mtim.tv_sec >= before - 1 && st.st_mtim.tv_sec <= time(NULL) + 1);
	CHECK(st.st_atim.tv_sec >= before - 1);
	CHECK_EQ(futimes(fd, NULL), 0);

	/* errors */
	struct timeval bad[2] = {{0, 1000000}, {0, 0}};
	CHECK_ERR(utimes("f", bad), EINVAL);
	bad[0].tv_usec = -1;
	CHECK_ERR(futimes(fd, bad), EINVAL);
	CHECK_ERR(utimes("missing", tv), ENOENT);
	CHECK_ERR(lutimes("missing", tv), ENOENT);
	CHECK_ERR(futimes(-1, tv), EBADF);
	CHECK_ERR(futimes(9999, tv), EBADF);

	close(fd);
	CHECK_EQ(unlink("l"), 0);
	CHECK_EQ(unlink("f"), 0);
	CHECK_EQ(chdir("/"), 0);
	CHECK_EQ(rmdir(dir), 0);
	puts("ok");
	return 0;
}
