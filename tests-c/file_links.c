// CFLAGS: -D_GNU_SOURCE
/* link, linkat, symlink, symlinkat, readlink, readlinkat and unlink:
 * names sharing a file, symlink following rules, readlink's truncation
 * without a NUL, and the errors. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static void put(const char *name, const char *text)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, text, strlen(text)), (long)strlen(text));
	CHECK_EQ(close(fd), 0);
}

static int same_text(const char *name, const char *text)
{
	char buf[64];
	int fd = open(name, O_RDONLY);
	if (fd < 0)
		return 0;
	long n = read(fd, buf, sizeof buf);
	close(fd);
	return n == (long)strlen(text) && memcmp(buf, text, n) == 0;
}

int main(void)
{
	char buf[64];
	put("f", "one");
	CHECK_EQ(mkdir("d", 0755), 0);
	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);

	/* link: a second name for the same file */
	CHECK_EQ(link("f", "g"), 0);
	put("g", "two");
	CHECK(same_text("f", "two"));
	CHECK_EQ(unlink("f"), 0);
	CHECK(same_text("g", "two"));
	CHECK_ERR(access("f", F_OK), ENOENT);
	CHECK_EQ(link("g", "f"), 0);
	CHECK_ERR(link("g", "f"), EEXIST);
	CHECK_ERR(link("missing", "x"), ENOENT);
	CHECK_ERR(link("g", "nodir/x"), ENOENT);
	CHECK_ERR(link("g/x", "x"), ENOTDIR);
	CHECK_ERR(link("d", "d2"), EPERM); /* no hard links to directories */
	CHECK_ERR(link((const char *)1, "x"), EFAULT);
	CHECK_ERR(link("g", (const char *)1), EFAULT);

	/* symlink: the target is stored as given, even dangling */
	CHECK_EQ(symlink("g", "s"), 0);
	CHECK(same_text("s", "two"));
	CHECK_EQ(symlink("no/where", "dangling"), 0);
	CHECK_ERR(access("dangling", F_OK), ENOENT);
	CHECK_ERR(symlink("g", "s"), EEXIST);
	CHECK_ERR(symlink("g", "dangling"), EEXIST);
	CHECK_ERR(symlink("g", "nodir/s"), ENOENT);
	CHECK_ERR(symlink("", "empty"), ENOENT);
	CHECK_ERR(symlink((const char *)1, "x"), EFAULT);
	CHECK_ERR(symlink("g", (const char *)1), EFAULT);

	/* link does not follow a symlink; linkat(AT_SYMLINK_FOLLOW) does */
	CHECK_EQ(link("s", "s_hard"), 0);
	CHECK_EQ(readlink("s_hard", buf, sizeof buf), 1);
	CHECK_EQ(linkat(AT_FDCWD, "s", AT_FDCWD, "s_follow", AT_SYMLINK_FOLLOW), 0);
	CHECK_ERR(readlink("s_follow", buf, sizeof buf), EINVAL);
	CHECK(same_text("s_follow", "two"));
	CHECK_ERR(linkat(AT_FDCWD, "g", AT_FDCWD, "x", 0x1), EINVAL);
	CHECK_ERR(linkat(AT_FDCWD, "dangling", AT_FDCWD, "x", AT_SYMLINK_FOLLOW), ENOENT);

	/* linkat and symlinkat relative to directory fds */
	CHECK_EQ(linkat(AT_FDCWD, "g", dfd, "g_in_d", 0), 0);
	CHECK(same_text("d/g_in_d", "two"));
	CHECK_EQ(linkat(dfd, "g_in_d", AT_FDCWD, "back", 0), 0);
	CHECK(same_text("back", "two"));
	CHECK_ERR(linkat(-1, "g", AT_FDCWD, "x", 0), EBADF);
	CHECK_ERR(linkat(AT_FDCWD, "g", -1, "x", 0), EBADF);
	CHECK_EQ(symlinkat("g_in_d", dfd, "s_in_d"), 0);
	CHECK(same_text("d/s_in_d", "two"));
	CHECK_ERR(symlinkat("g", -1, "x"), EBADF);
	int ffd = open("g", O_RDONLY);
	CHECK(ffd >= 0);
	CHECK_ERR(symlinkat("g", ffd, "x"), ENOTDIR);
	CHECK_ERR(linkat(ffd, "x", AT_FDCWD, "y", 0), ENOTDIR);

	/* readlink: the length, no NUL, truncated to the buffer */
	memset(buf, '#', sizeof buf);
	CHECK_EQ(readlink("dangling", buf, sizeof buf), 8);
	CHECK(memcmp(buf, "no/where#", 9) == 0);
	memset(buf, '#', sizeof buf);
	CHECK_EQ(readlink("dangling", buf, 5), 5);
	CHECK(memcmp(buf, "no/wh#", 6) == 0);
	CHECK_EQ(readlink("dangling", buf, 1), 1);
	CHECK_EQ(buf[0], 'n');
	CHECK_EQ(readlink("dangling", buf, 8), 8);
	CHECK_ERR(readlink("dangling", buf, 0), EINVAL);
	CHECK_ERR(readlink("g", buf, sizeof buf), EINVAL);
	CHECK_ERR(readlink("d", buf, sizeof buf), EINVAL);
	CHECK_ERR(readlink("missing", buf, sizeof buf), ENOENT);
	CHECK_ERR(readlink("", buf, sizeof buf), ENOENT);
	CHECK_ERR(readlink("g/x", buf, sizeof buf), ENOTDIR);
	CHECK_ERR(readlink("dangling", (char *)1, sizeof buf), EFAULT);
	CHECK_ERR(readlink((const char *)1, buf, sizeof buf), EFAULT);
	CHECK_EQ(symlink("loop", "loop"), 0);
	CHECK_EQ(readlink("loop", buf, sizeof buf), 4);
	CHECK_ERR(readlink("loop/x", buf, sizeof buf), ELOOP);
	char longname[300];
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	CHECK_ERR(readlink(longname, buf, sizeof buf), ENAMETOOLONG);
	CHECK_ERR(symlink("g", longname), ENAMETOOLONG);
	CHECK_ERR(link("g", longname), ENAMETOOLONG);

	/* readlinkat: relative to a directory fd, and on the link's own
	 * O_PATH fd with an empty path */
	memset(buf, '#', sizeof buf);
	CHECK_EQ(readlinkat(dfd, "s_in_d", buf, sizeof buf), 6);
	CHECK(memcmp(buf, "g_in_d#", 7) == 0);
	CHECK_EQ(readlinkat(AT_FDCWD, "d/s_in_d", buf, 3), 3);
	CHECK(memcmp(buf, "g_i", 3) == 0);
	int lfd = open("dangling", O_PATH | O_NOFOLLOW);
	CHECK(lfd >= 0);
	CHECK_EQ(readlinkat(lfd, "", buf, sizeof buf), 8);
	CHECK(memcmp(buf, "no/where", 8) == 0);
	CHECK_ERR(readlinkat(-1, "s_in_d", buf, sizeof buf), EBADF);
	CHECK_ERR(readlinkat(ffd, "s_in_d", buf, sizeof buf), ENOTDIR);
	CHECK_ERR(readlinkat(dfd, "g_in_d", buf, sizeof buf), EINVAL);

	/* unlink removes the name, and a symlink itself, not its target */
	CHECK_EQ(unlink("s"), 0);
	CHECK_ERR(readlink("s", buf, sizeof buf), ENOENT);
	CHECK(same_text("g", "two"));
	CHECK_EQ(unlink("dangling"), 0);
	CHECK_ERR(unlink("dangling"), ENOENT);
	CHECK_ERR(unlink("d"), EISDIR);
	CHECK_ERR(unlink("g/x"), ENOTDIR);
	CHECK_ERR(unlink(""), ENOENT);
	CHECK_ERR(unlink((const char *)1), EFAULT);
	CHECK_ERR(unlink(longname), ENAMETOOLONG);
	CHECK_ERR(unlink("loop/x"), ELOOP);
	/* an open file outlives its last name */
	CHECK_EQ(unlink("g"), 0);
	CHECK_EQ(unlink("f"), 0);
	CHECK_EQ(unlink("back"), 0);
	CHECK_EQ(unlink("s_follow"), 0);
	CHECK_EQ(unlinkat(dfd, "g_in_d", 0), 0);
	CHECK_EQ(read(ffd, buf, sizeof buf), 3);
	CHECK(memcmp(buf, "two", 3) == 0);
	return 0;
}
