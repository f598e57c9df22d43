// CFLAGS: -D_GNU_SOURCE
/* The *at calls: openat, mkdirat, unlinkat (with and without
 * AT_REMOVEDIR) relative to a directory fd, to AT_FDCWD, and with
 * absolute paths; their EBADF/ENOTDIR/EISDIR/ENOTEMPTY/EINVAL cases. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	char buf[16], cwd[4096];
	CHECK(getcwd(cwd, sizeof cwd) == cwd);

	CHECK_EQ(mkdirat(AT_FDCWD, "d", 0755), 0);
	CHECK_ERR(mkdirat(AT_FDCWD, "d", 0755), EEXIST);
	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);

	/* relative to the directory fd */
	int fd = openat(dfd, "inner", O_RDWR | O_CREAT | O_EXCL, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "in", 2), 2);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("d/inner", F_OK), 0);
	CHECK_ERR(access("inner", F_OK), ENOENT);
	CHECK_ERR(openat(dfd, "inner", O_RDWR | O_CREAT | O_EXCL, 0644), EEXIST);
	fd = openat(dfd, "inner", O_RDONLY | O_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_EQ(read(fd, buf, sizeof buf), 2);
	CHECK(memcmp(buf, "in", 2) == 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(mkdirat(dfd, "sub", 0700), 0);
	CHECK_EQ(access("d/sub", X_OK), 0);
	fd = openat(dfd, "sub/deep", O_WRONLY | O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	fd = openat(dfd, "..", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);

	/* AT_FDCWD is the current directory */
	fd = openat(AT_FDCWD, "top", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("top", F_OK), 0);
	fd = openat(AT_FDCWD, "d/inner", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);

	/* an absolute path ignores the fd, even a bad one */
	char abs[4200];
	size_t n = strlen(cwd);
	memcpy(abs, cwd, n);
	memcpy(abs + n, "/top", 5);
	fd = openat(dfd, abs, O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	fd = openat(-1, abs, O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);

	/* a relative path needs a valid directory fd */
	CHECK_ERR(openat(-1, "top", O_RDONLY), EBADF);
	CHECK_ERR(openat(1 << 30, "top", O_RDONLY), EBADF);
	CHECK_ERR(mkdirat(-1, "x", 0755), EBADF);
	CHECK_ERR(unlinkat(-1, "top", 0), EBADF);
	int ffd = open("top", O_RDONLY);
	CHECK(ffd >= 0);
	CHECK_ERR(openat(ffd, "x", O_RDONLY), ENOTDIR);
	CHECK_ERR(mkdirat(ffd, "x", 0755), ENOTDIR);
	CHECK_ERR(unlinkat(ffd, "x", 0), ENOTDIR);
	CHECK_EQ(close(ffd), 0);
	CHECK_ERR(openat(dfd, "missing", O_RDONLY), ENOENT);
	CHECK_ERR(openat(dfd, (const char *)1, O_RDONLY), EFAULT);
	CHECK_ERR(mkdirat(dfd, (const char *)1, 0755), EFAULT);
	CHECK_ERR(mkdirat(dfd, "no/such", 0755), ENOENT);
	CHECK_ERR(mkdirat(dfd, "inner/x", 0755), ENOTDIR);

	/* unlinkat: files without the flag, directories with AT_REMOVEDIR */
	CHECK_ERR(unlinkat(dfd, "sub", 0), EISDIR);
	CHECK_ERR(unlinkat(dfd, "sub", AT_REMOVEDIR), ENOTEMPTY);
	CHECK_ERR(unlinkat(dfd, "inner", AT_REMOVEDIR), ENOTDIR);
	CHECK_ERR(unlinkat(dfd, "inner", 0x1), EINVAL);
	CHECK_ERR(unlinkat(dfd, "sub", AT_REMOVEDIR | AT_SYMLINK_NOFOLLOW), EINVAL);
	CHECK_ERR(unlinkat(dfd, "missing", 0), ENOENT);
	CHECK_ERR(unlinkat(dfd, (const char *)1, 0), EFAULT);
	CHECK_ERR(unlinkat(dfd, ".", AT_REMOVEDIR), EINVAL);
	CHECK_EQ(unlinkat(dfd, "sub/deep", 0), 0);
	CHECK_EQ(unlinkat(dfd, "sub", AT_REMOVEDIR), 0);
	CHECK_ERR(access("d/sub", F_OK), ENOENT);
	CHECK_EQ(unlinkat(dfd, "inner", 0), 0);
	CHECK_EQ(unlinkat(AT_FDCWD, "top", 0), 0);
	CHECK_ERR(access("top", F_OK), ENOENT);
	/* the directory fd outlives its directory's name */
	CHECK_EQ(unlinkat(AT_FDCWD, "d", AT_REMOVEDIR), 0);
	CHECK_ERR(openat(dfd, "new", O_RDWR | O_CREAT, 0644), ENOENT);
	CHECK_EQ(close(dfd), 0);
	return 0;
}
