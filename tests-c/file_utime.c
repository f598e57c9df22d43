// STDOUT: ok\n
/* utime: whole-second times from a utimbuf (nanoseconds 0), NULL for now,
 * ENOENT, and EACCES/EPERM semantics left to the kernel. */
#define _DEFAULT_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

int main(void)
{
	char dir[] = "/tmp/utimeXXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	CHECK_EQ(chdir(dir), 0);
	int fd = open("f", O_CREAT | O_RDWR, 0644);
	CHECK(fd >= 0);
	struct utimbuf u = {1000000000, 1200000000};
	CHECK_EQ(utime("f", &u), 0);
	struct stat st;
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	CHECK_EQ(st.st_atim.tv_nsec, 0);
	CHECK_EQ(st.st_mtim.tv_sec, 1200000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 0);
	time_t before = time(NULL);
	CHECK_EQ(utime("f", NULL), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK(st.st_mtim.tv_sec >= before - 1);
	CHECK(st.st_atim.tv_sec >= before - 1);
	CHECK_ERR(utime("nope", &u), ENOENT);
	CHECK_ERR(utime("f/x", &u), ENOTDIR);
	close(fd);
	CHECK_EQ(unlink("f"), 0);
	CHECK_EQ(chdir("/"), 0);
	CHECK_EQ(rmdir(dir), 0);
	t_puts(1, "ok\n");
	return 0;
}
