// STDOUT: ok\n
/* sys/fsuid.h setfsuid/setfsgid: each returns the previous id; an id
 * that cannot be set (-1) changes nothing and returns the current one;
 * a file created meanwhile gets the fs ids as owner (we are root). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	if (geteuid() != 0) {
		t_puts(2, "not root: only the query form checked\n");
		CHECK_EQ(setfsuid((uid_t)-1), (int)geteuid());
		CHECK_EQ(setfsgid((gid_t)-1), (int)getegid());
		t_puts(1, "ok\n");
		return 0;
	}
	char path[64];
	snprintf(path, sizeof path, "/tmp/fsx_fsuid.%d", (int)getpid());
	CHECK_EQ(setfsuid((uid_t)-1), 0);
	CHECK_EQ(setfsuid(12345), 0);
	CHECK_EQ(setfsuid((uid_t)-1), 12345);
	CHECK_EQ(setfsgid(23456), (int)getegid());
	CHECK_EQ(setfsgid((gid_t)-1), 23456);
	CHECK_EQ(geteuid(), 0); /* the effective ids did not move */
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0);
	struct stat st;
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_uid, 12345);
	CHECK_EQ(st.st_gid, 23456);
	close(fd);
	CHECK_EQ(setfsuid(0), 12345);
	CHECK_EQ(setfsgid(0), 23456);
	CHECK_EQ(setfsuid((uid_t)-1), 0);
	CHECK_EQ(unlink(path), 0);
	t_puts(1, "ok\n");
	return 0;
}
