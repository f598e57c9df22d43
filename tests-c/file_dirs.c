/* mkdir, rmdir, chdir, fchdir and getcwd, with getcwd's buffer rules
 * (ERANGE, EINVAL, and the malloc'd result of getcwd(NULL, n)). */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int ends_with(const char *s, const char *tail)
{
	size_t a = strlen(s), b = strlen(tail);
	return a >= b && memcmp(s + a - b, tail, b) == 0;
}

int main(void)
{
	char top[4096], buf[4096];
	CHECK(getcwd(top, sizeof top) == top);
	CHECK_EQ(top[0], '/');
	size_t len = strlen(top);

	/* getcwd buffer rules */
	CHECK(getcwd(buf, len + 1) == buf);
	CHECK(strcmp(buf, top) == 0);
	errno = 0;
	CHECK(getcwd(buf, len) == NULL); /* no room for the NUL */
	CHECK_EQ(errno, ERANGE);
	CHECK(getcwd(buf, 1) == NULL);
	CHECK_EQ(errno, ERANGE);
	errno = 0;
	CHECK(getcwd(buf, 0) == NULL);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(getcwd((char *)1, sizeof buf) == NULL);
	CHECK_EQ(errno, EFAULT);
	/* NULL: allocated with malloc, exactly as needed or of the given size */
	char *m = getcwd(NULL, 0);
	CHECK(m != NULL);
	CHECK(strcmp(m, top) == 0);
	free(m);
	m = getcwd(NULL, len + 100);
	CHECK(m != NULL);
	CHECK(strcmp(m, top) == 0);
	m[len + 99] = 'x'; /* all of it is ours */
	free(m);
	errno = 0;
	CHECK(getcwd(NULL, len) == NULL);
	CHECK_EQ(errno, ERANGE);

	/* mkdir */
	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_ERR(mkdir("d", 0755), EEXIST);
	CHECK_EQ(mkdir("d/sub/", 0700), 0); /* a trailing slash is fine */
	int fd = open("file", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_ERR(mkdir("file", 0755), EEXIST);
	CHECK_EQ(symlink("nowhere", "dangling"), 0);
	CHECK_ERR(mkdir("dangling", 0755), EEXIST);
	CHECK_ERR(mkdir("no/such", 0755), ENOENT);
	CHECK_ERR(mkdir("", 0755), ENOENT);
	CHECK_ERR(mkdir("file/x", 0755), ENOTDIR);
	CHECK_ERR(mkdir((const char *)1, 0755), EFAULT);
	char longname[300];
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	CHECK_ERR(mkdir(longname, 0755), ENAMETOOLONG);
	CHECK_EQ(symlink("loop", "loop"), 0);
	CHECK_ERR(mkdir("loop/x", 0755), ELOOP);
	if (geteuid() != 0) {
		/* the mode minus the umask (root may search any directory) */
		umask(0);
		CHECK_EQ(mkdir("m", 0600), 0);
		CHECK_ERR(access("m", X_OK), EACCES);
		CHECK_EQ(rmdir("m"), 0);
	}

	/* chdir and getcwd follow each other */
	CHECK_EQ(chdir("d/sub"), 0);
	CHECK(getcwd(buf, sizeof buf) == buf);
	CHECK(ends_with(buf, "/d/sub"));
	CHECK_EQ(strlen(buf), len + 6);
	CHECK(memcmp(buf, top, len) == 0);
	fd = open("here", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(chdir(".."), 0);
	CHECK_EQ(access("sub/here", F_OK), 0);
	CHECK_EQ(chdir(top), 0);
	CHECK(getcwd(buf, sizeof buf) == buf);
	CHECK(strcmp(buf, top) == 0);
	CHECK_ERR(chdir("missing"), ENOENT);
	CHECK_ERR(chdir(""), ENOENT);
	CHECK_ERR(chdir("file"), ENOTDIR);
	CHECK_ERR(chdir("loop"), ELOOP);
	CHECK_ERR(chdir((const char *)1), EFAULT);
	CHECK_ERR(chdir(longname), ENAMETOOLONG);

	/* fchdir */
	int dfd = open("d/sub", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	int tfd = open(".", O_RDONLY);
	CHECK(tfd >= 0);
	CHECK_EQ(fchdir(dfd), 0);
	CHECK(getcwd(buf, sizeof buf) == buf);
	CHECK(ends_with(buf, "/d/sub"));
	CHECK_EQ(access("here", F_OK), 0);
	CHECK_EQ(fchdir(tfd), 0);
	CHECK(getcwd(buf, sizeof buf) == buf);
	CHECK(strcmp(buf, top) == 0);
	int ffd = open("file", O_RDONLY);
	CHECK(ffd >= 0);
	CHECK_ERR(fchdir(ffd), ENOTDIR);
	CHECK_ERR(fchdir(-1), EBADF);
	CHECK_ERR(fchdir(1 << 30), EBADF);

	/* rmdir */
	CHECK_ERR(rmdir("d"), ENOTEMPTY);
	CHECK_ERR(rmdir("file"), ENOTDIR);
	CHECK_ERR(rmdir("missing"), ENOENT);
	CHECK_ERR(rmdir("."), EINVAL);
	CHECK_ERR(rmdir("d/sub/."), EINVAL);
	CHECK_ERR(rmdir("d/sub/.."), ENOTEMPTY);
	CHECK_ERR(rmdir((const char *)1), EFAULT);
	CHECK_ERR(rmdir(""), ENOENT);
	CHECK_EQ(unlink("d/sub/here"), 0);
	CHECK_EQ(rmdir("d/sub"), 0);
	CHECK_ERR(rmdir("d/sub"), ENOENT);

	/* a removed current directory: getcwd says ENOENT */
	CHECK_EQ(chdir("d"), 0);
	CHECK_EQ(rmdir("../d"), 0);
	errno = 0;
	CHECK(getcwd(buf, sizeof buf) == NULL);
	CHECK_EQ(errno, ENOENT);
	errno = 0;
	CHECK(getcwd(NULL, 0) == NULL);
	CHECK_EQ(errno, ENOENT);
	CHECK_EQ(fchdir(tfd), 0);
	CHECK(getcwd(buf, sizeof buf) == buf);
	CHECK(strcmp(buf, top) == 0);
	return 0;
}
