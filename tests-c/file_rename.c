/* rename and renameat (from <stdio.h>): moving files and directories,
 * replacing targets, the same-file no-op, and every portable error. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
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
	char buf[16];
	put("a", "A");
	put("b", "B");

	/* to a new name */
	CHECK_EQ(rename("a", "c"), 0);
	CHECK_ERR(access("a", F_OK), ENOENT);
	CHECK(same_text("c", "A"));
	/* over an existing file: replaced atomically */
	CHECK_EQ(rename("c", "b"), 0);
	CHECK(same_text("b", "A"));
	CHECK_ERR(access("c", F_OK), ENOENT);
	/* onto itself, or onto another link of the same file: a no-op that
	 * keeps both names */
	CHECK_EQ(rename("b", "b"), 0);
	CHECK(same_text("b", "A"));
	CHECK_EQ(link("b", "b2"), 0);
	CHECK_EQ(rename("b", "b2"), 0);
	CHECK(same_text("b", "A"));
	CHECK(same_text("b2", "A"));
	/* an open file keeps working across a rename */
	int fd = open("b2", O_RDONLY);
	CHECK(fd >= 0);
	CHECK_EQ(rename("b2", "b3"), 0);
	CHECK_EQ(read(fd, buf, sizeof buf), 1);
	CHECK_EQ(close(fd), 0);

	/* directories */
	CHECK_EQ(mkdir("d", 0755), 0);
	put("d/in", "I");
	CHECK_EQ(rename("d", "e"), 0);
	CHECK(same_text("e/in", "I"));
	CHECK_EQ(mkdir("empty", 0755), 0);
	CHECK_EQ(mkdir("full", 0755), 0);
	put("full/x", "X");
	CHECK_EQ(rename("empty", "e2"), 0);
	CHECK_EQ(mkdir("empty", 0755), 0);
	CHECK_EQ(rename("e", "empty"), 0); /* over an empty directory */
	CHECK(same_text("empty/in", "I"));
	CHECK_ERR(access("e", F_OK), ENOENT);
	CHECK_ERR(rename("e2", "full"), ENOTEMPTY);
	CHECK_ERR(rename("b", "e2"), EISDIR);
	CHECK_ERR(rename("e2", "b"), ENOTDIR);
	CHECK_ERR(rename("empty", "empty/sub"), EINVAL); /* into itself */
	CHECK_ERR(rename(".", "x"), EBUSY);
	CHECK_ERR(rename("b/", "x"), ENOTDIR);

	/* a symlink is renamed, not its target */
	CHECK_EQ(symlink("b", "s"), 0);
	CHECK_EQ(rename("s", "s2"), 0);
	CHECK_EQ(readlink("s2", buf, sizeof buf), 1);
	CHECK(same_text("b", "A"));

	/* missing names and bad paths */
	CHECK_ERR(rename("missing", "x"), ENOENT);
	CHECK_ERR(rename("b", "nodir/x"), ENOENT);
	CHECK_ERR(rename("", "x"), ENOENT);
	CHECK_ERR(rename("b", ""), ENOENT);
	CHECK_ERR(rename("b/x", "y"), ENOTDIR);
	CHECK_ERR(rename("b", "b3/y"), ENOTDIR);
	CHECK_ERR(rename((const char *)1, "x"), EFAULT);
	CHECK_ERR(rename("b", (const char *)1), EFAULT);
	char longname[300];
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	CHECK_ERR(rename("b", longname), ENAMETOOLONG);
	CHECK_EQ(symlink("loop", "loop"), 0);
	CHECK_ERR(rename("loop/x", "y"), ELOOP);
	CHECK(same_text("b", "A"));

	/* renameat relative to directory fds */
	int dfd = open("e2", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	CHECK_EQ(renameat(AT_FDCWD, "b", dfd, "moved"), 0);
	CHECK(same_text("e2/moved", "A"));
	CHECK_EQ(renameat(dfd, "moved", dfd, "again"), 0);
	CHECK_EQ(renameat(dfd, "again", AT_FDCWD, "back"), 0);
	CHECK(same_text("back", "A"));
	CHECK_ERR(renameat(-1, "back", AT_FDCWD, "x"), EBADF);
	CHECK_ERR(renameat(AT_FDCWD, "back", -1, "x"), EBADF);
	int ffd = open("back", O_RDONLY);
	CHECK(ffd >= 0);
	CHECK_ERR(renameat(ffd, "x", AT_FDCWD, "y"), ENOTDIR);
	CHECK_ERR(renameat(dfd, "missing", dfd, "x"), ENOENT);
	return 0;
}
