/* mkdtemp creates a directory (mode 0700) one can enter; mktemp picks a
 * free name without creating it. Bad templates give EINVAL. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	umask(0);
	char t[] = "dirXXXXXX";
	char *r = mkdtemp(t);
	CHECK(r == t);
	CHECK(memcmp(t, "dir", 3) == 0 && strcmp(t + 3, "XXXXXX") != 0);
	CHECK_EQ(access(t, R_OK | W_OK | X_OK), 0);
	CHECK_EQ(chdir(t), 0);
	int fd = open("inside", O_CREAT | O_WRONLY, 0600);
	CHECK(fd >= 0);
	close(fd);
	CHECK_EQ(chdir(".."), 0);
	CHECK_ERR(mkdir(t, 0700), EEXIST);

	char t2[] = "dirXXXXXX";
	CHECK(mkdtemp(t2) == t2);
	CHECK(strcmp(t, t2) != 0);
	CHECK_EQ(rmdir(t2), 0);

	char b1[] = "dirXXXXX";
	errno = 0;
	CHECK(mkdtemp(b1) == NULL);
	CHECK_EQ(errno, EINVAL);
	char b2[] = "nodir/dXXXXXX";
	errno = 0;
	CHECK(mkdtemp(b2) == NULL);
	CHECK_EQ(errno, ENOENT);

	/* mktemp: a name that does not exist yet */
	char m[] = "tmpXXXXXX";
	CHECK(mktemp(m) == m);
	CHECK(memcmp(m, "tmp", 3) == 0 && strcmp(m + 3, "XXXXXX") != 0);
	CHECK_ERR(access(m, F_OK), ENOENT);
	char mb[] = "tmpXXXX";
	errno = 0;
	CHECK(mktemp(mb) == mb);
	CHECK_EQ(mb[0], 0);
	CHECK_EQ(errno, EINVAL);
	return 0;
}
