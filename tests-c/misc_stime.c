/* stime (SVr4; glibc 2.31 dropped it) and isastream (XSI STREAMS):
 * ferrolibc only, as glibc no longer declares either. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>
#include "check.h"
#ifndef AGAINST_GLIBC
#include <stropts.h>
#endif

int main(void)
{
#ifndef AGAINST_GLIBC
	errno = 0;
	CHECK_EQ(stime(NULL), -1);
	CHECK_EQ(errno, EFAULT);
	CHECK_EQ(isastream(0), 0);
	int fd = open("/dev/null", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(isastream(fd), 0);
	close(fd);
	errno = 0;
	CHECK_EQ(isastream(fd), -1);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	CHECK_EQ(isastream(-1), -1);
	CHECK_EQ(errno, EBADF);
#endif
	return 0;
}
