// CFLAGS: -D_GNU_SOURCE
/* open and creat: the variadic mode (honoured modulo umask), every flag
 * with a visible effect, and each portable error. Runs as root or not:
 * as root only the execute bits can be observed through access(). */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static off_t size_of(int fd)
{
	off_t cur = lseek(fd, 0, SEEK_CUR);
	off_t end = lseek(fd, 0, SEEK_END);
	CHECK_EQ(lseek(fd, cur, SEEK_SET), cur);
	return end;
}

int main(void)
{
	char buf[16];
	int root = geteuid() == 0;

	/* O_CREAT: the mode argument is used, minus the umask bits */
	umask(0111);
	int fd = open("m1", O_WRONLY | O_CREAT, 0777);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(access("m1", X_OK), EACCES); /* 0777 & ~0111: no x at all */
	CHECK_EQ(access("m1", R_OK | W_OK), 0);
	CHECK_EQ(umask(0), 0111);
	fd = open("m2", O_RDWR | O_CREAT, 0100);
	CHECK(fd >= 0);
	CHECK_EQ(access("m2", X_OK), 0);
	if (!root)
		CHECK_ERR(access("m2", R_OK), EACCES);
	CHECK_EQ(close(fd), 0);
	umask(077);
	fd = open("m3", O_RDWR | O_CREAT | O_EXCL, 0701);
	CHECK(fd >= 0);
	CHECK_EQ(access("m3", X_OK), 0); /* the owner's bit survives */
	CHECK_EQ(close(fd), 0);
	umask(022);

	/* O_CREAT on an existing file opens it; O_EXCL refuses */
	fd = open("f", O_RDWR | O_CREAT | O_EXCL, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "hello", 5), 5);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(open("f", O_RDWR | O_CREAT | O_EXCL, 0644), EEXIST);
	CHECK_ERR(open(".", O_RDONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	fd = open("f", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(size_of(fd), 5);
	/* access mode shows in F_GETFL */
	CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
	CHECK_EQ(fcntl(fd, F_GETFD), 0); /* no O_CLOEXEC: clear */
	CHECK_EQ(close(fd), 0);
	fd = open("f", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);
	CHECK_ERR(write(fd, "x", 1), EBADF);
	CHECK_EQ(read(fd, buf, sizeof buf), 5);
	CHECK(memcmp(buf, "hello", 5) == 0);
	CHECK_EQ(close(fd), 0);
	fd = open("f", O_WRONLY);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
	CHECK_ERR(read(fd, buf, 1), EBADF);
	CHECK_EQ(close(fd), 0);

	/* O_EXCL with a symlink, even a dangling one, is EEXIST */
	CHECK_EQ(symlink("nowhere", "dangling"), 0);
	CHECK_ERR(open("dangling", O_RDWR | O_CREAT | O_EXCL, 0644), EEXIST);
	/* without O_EXCL the link is followed and its target created */
	fd = open("dangling", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("nowhere", F_OK), 0);

	/* O_TRUNC */
	fd = open("f", O_RDWR | O_TRUNC);
	CHECK(fd >= 0);
	CHECK_EQ(size_of(fd), 0);
	CHECK_EQ(write(fd, "abc", 3), 3);
	CHECK_EQ(close(fd), 0);

	/* O_APPEND: every write lands at the end, whatever the offset */
	fd = open("f", O_RDWR | O_APPEND);
	CHECK(fd >= 0);
	CHECK(fcntl(fd, F_GETFL) & O_APPEND);
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_EQ(write(fd, "de", 2), 2);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 5);
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_EQ(read(fd, buf, sizeof buf), 5);
	CHECK(memcmp(buf, "abcde", 5) == 0);
	CHECK_EQ(close(fd), 0);

	/* O_CLOEXEC shows as FD_CLOEXEC, not in F_GETFL */
	fd = open("f", O_RDONLY | O_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_CLOEXEC, 0);
	CHECK_EQ(close(fd), 0);

	/* O_DIRECTORY */
	CHECK_EQ(mkdir("d", 0755), 0);
	fd = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0);
	CHECK_ERR(read(fd, buf, 1), EISDIR);
	CHECK_ERR(write(fd, "x", 1), EBADF);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(open("f", O_RDONLY | O_DIRECTORY), ENOTDIR);
	/* opening a directory for writing */
	CHECK_ERR(open("d", O_WRONLY), EISDIR);
	CHECK_ERR(open("d", O_RDWR), EISDIR);
	CHECK_ERR(open("d", O_RDONLY | O_CREAT, 0644), EISDIR);

	/* O_NOFOLLOW on a symlink is ELOOP; on a file it is a no-op */
	CHECK_EQ(symlink("f", "lf"), 0);
	CHECK_ERR(open("lf", O_RDONLY | O_NOFOLLOW), ELOOP);
	fd = open("lf", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);
	fd = open("f", O_RDONLY | O_NOFOLLOW);
	CHECK(fd >= 0);
	CHECK_EQ(close(fd), 0);

	/* O_TMPFILE: an unnamed file in a directory, if the file system
	 * supports it; it needs write access */
	CHECK_ERR(open("d", O_RDONLY | O_TMPFILE, 0600), EINVAL);
	fd = open("d", O_RDWR | O_TMPFILE, 0600);
	if (fd >= 0) {
		CHECK_EQ(write(fd, "tmp", 3), 3);
		CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
		CHECK_EQ(read(fd, buf, sizeof buf), 3);
		CHECK_EQ(close(fd), 0);
		CHECK_EQ(rmdir("d"), 0); /* it left no name behind */
	} else {
		CHECK(errno == EOPNOTSUPP || errno == EISDIR);
		CHECK_EQ(rmdir("d"), 0);
	}
	CHECK_ERR(open("f", O_RDWR | O_TMPFILE, 0600), ENOTDIR);

	/* path errors */
	CHECK_ERR(open("missing", O_RDONLY), ENOENT);
	CHECK_ERR(open("", O_RDONLY), ENOENT);
	CHECK_ERR(open("nodir/x", O_RDWR | O_CREAT, 0644), ENOENT);
	CHECK_ERR(open("f/x", O_RDONLY), ENOTDIR);
	CHECK_ERR(open("f/x", O_RDWR | O_CREAT, 0644), ENOTDIR);
	CHECK_ERR(open((const char *)1, O_RDONLY), EFAULT);
	CHECK_EQ(symlink("loop", "loop"), 0);
	CHECK_ERR(open("loop", O_RDONLY), ELOOP);
	char longname[300];
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	CHECK_ERR(open(longname, O_RDWR | O_CREAT, 0644), ENAMETOOLONG);
	static char longpath[5000];
	for (int i = 0; i < (int)sizeof longpath - 1; i += 2)
		memcpy(longpath + i, "./", 2);
	longpath[sizeof longpath - 1] = 0;
	CHECK_ERR(open(longpath, O_RDONLY), ENAMETOOLONG);

	/* creat = open(O_WRONLY|O_CREAT|O_TRUNC) with the mode */
	umask(0);
	fd = creat("c", 0700);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
	CHECK_EQ(write(fd, "12345", 5), 5);
	CHECK_ERR(read(fd, buf, 1), EBADF);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("c", X_OK), 0);
	fd = creat("c", 0600); /* truncates, keeps the old mode */
	CHECK(fd >= 0);
	CHECK_EQ(size_of(fd), 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("c", X_OK), 0);
	CHECK_ERR(creat("d2/c", 0600), ENOENT);
	CHECK_ERR(creat(".", 0600), EISDIR);
	CHECK_ERR(creat((const char *)1, 0600), EFAULT);

	/* close */
	CHECK_ERR(close(-1), EBADF);
	CHECK_ERR(close(fd), EBADF); /* already closed */
	CHECK_ERR(close(1 << 30), EBADF);
	return 0;
}
