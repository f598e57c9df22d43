// STDOUT: ok\n
/* sys/xattr.h: the twelve calls on a file and a symbolic link in /tmp (or
 * /dev/shm when /tmp has no user.* attributes): set, XATTR_CREATE on an
 * existing name (EEXIST), XATTR_REPLACE on a missing one (ENODATA), the
 * size query (size 0), ERANGE for a short buffer, the list's contents,
 * remove, and the errors of the link forms on a link (user.* attributes
 * exist only on regular files and directories). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

/* Is `name` among the NUL-terminated names of list[0..n)? */
static int listed(const char *list, ssize_t n, const char *name)
{
	for (ssize_t i = 0; i < n; i += (ssize_t)strlen(list + i) + 1)
		if (strcmp(list + i, name) == 0)
			return 1;
	return 0;
}

int main(void)
{
	char path[64], link[64], buf[64], list[256];
	const char *dirs[] = {"/tmp", "/dev/shm"};
	int fd = -1;
	for (int d = 0; d < 2; d++) {
		snprintf(path, sizeof path, "%s/fsx_xattr.%d", dirs[d], (int)getpid());
		fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
		CHECK(fd >= 0);
		/* a direct probe: does this file system take user.* attributes? */
		if (syscall(SYS_fsetxattr, fd, "user.probe", "1", (size_t)1, 0) == 0)
			break;
		CHECK(errno == ENOTSUP || errno == EOPNOTSUPP);
		t_puts(2, "no user.* attributes in ");
		t_puts(2, dirs[d]);
		t_puts(2, "\n");
		close(fd);
		unlink(path);
		fd = -1;
	}
	CHECK(fd >= 0);
	CHECK_EQ(fremovexattr(fd, "user.probe"), 0);
	snprintf(link, sizeof link, "%s.lnk", path);
	unlink(link);
	CHECK_EQ(symlink(path, link), 0);
	CHECK(XATTR_CREATE == 1 && XATTR_REPLACE == 2);

	/* set, create-only, replace-only */
	CHECK_EQ(setxattr(path, "user.a", "hello", 5, XATTR_CREATE), 0);
	CHECK_ERR(setxattr(path, "user.a", "x", 1, XATTR_CREATE), EEXIST);
	CHECK_ERR(setxattr(path, "user.b", "x", 1, XATTR_REPLACE), ENODATA);
	CHECK_EQ(setxattr(path, "user.a", "HELLO!", 6, XATTR_REPLACE), 0);
	CHECK_EQ(setxattr(link, "user.b", "xy", 2, 0), 0); /* through the link */
	CHECK_EQ(fsetxattr(fd, "user.c", "", 0, 0), 0);
	CHECK_ERR(fsetxattr(fd, "user.c", "z", 1, XATTR_CREATE), EEXIST);
	CHECK_ERR(setxattr(path, "user.a", "x", 1, 4), EINVAL);

	/* get: size query, short buffer, the value */
	CHECK_EQ(getxattr(path, "user.a", NULL, 0), 6);
	CHECK_ERR(getxattr(path, "user.a", buf, 3), ERANGE);
	memset(buf, 0, sizeof buf);
	CHECK_EQ(getxattr(path, "user.a", buf, sizeof buf), 6);
	CHECK(memcmp(buf, "HELLO!", 6) == 0);
	CHECK_EQ(getxattr(link, "user.b", buf, sizeof buf), 2);
	CHECK(memcmp(buf, "xy", 2) == 0);
	CHECK_EQ(fgetxattr(fd, "user.b", buf, sizeof buf), 2);
	CHECK_EQ(fgetxattr(fd, "user.c", buf, sizeof buf), 0);
	CHECK_EQ(fgetxattr(fd, "user.b", NULL, 0), 2);
	CHECK_ERR(fgetxattr(fd, "user.b", buf, 1), ERANGE);
	CHECK_ERR(getxattr(path, "user.none", buf, sizeof buf), ENODATA);
	CHECK_EQ(lgetxattr(path, "user.a", buf, sizeof buf), 6);
	CHECK_ERR(lgetxattr(link, "user.a", buf, sizeof buf), ENODATA);

	/* list */
	ssize_t need = listxattr(path, NULL, 0);
	CHECK(need >= (ssize_t)sizeof "user.a" * 3);
	ssize_t n = listxattr(path, list, sizeof list);
	CHECK_EQ(n, need);
	CHECK(listed(list, n, "user.a") && listed(list, n, "user.b") && listed(list, n, "user.c"));
	CHECK(!listed(list, n, "user.probe"));
	CHECK_ERR(listxattr(path, list, 3), ERANGE);
	CHECK_EQ(flistxattr(fd, NULL, 0), need);
	CHECK_EQ(flistxattr(fd, list, sizeof list), need);
	CHECK(listed(list, need, "user.b"));
	CHECK_ERR(flistxattr(fd, list, 1), ERANGE);
	CHECK_EQ(listxattr(link, NULL, 0), need);
	n = llistxattr(link, list, sizeof list);
	CHECK(n >= 0 && !listed(list, n, "user.a"));
	CHECK_EQ(llistxattr(path, NULL, 0), need);

	/* the link itself takes no user.* attributes */
	CHECK_ERR(lsetxattr(link, "user.a", "x", 1, 0), EPERM);
	CHECK_ERR(lremovexattr(link, "user.a"), EPERM);
	CHECK_EQ(lsetxattr(path, "user.d", "d", 1, 0), 0);
	CHECK_EQ(lremovexattr(path, "user.d"), 0);

	/* remove */
	CHECK_EQ(removexattr(path, "user.a"), 0);
	CHECK_ERR(removexattr(path, "user.a"), ENODATA);
	CHECK_ERR(getxattr(path, "user.a", buf, sizeof buf), ENODATA);
	CHECK_EQ(removexattr(link, "user.b"), 0);
	CHECK_EQ(fremovexattr(fd, "user.c"), 0);
	CHECK_ERR(fremovexattr(fd, "user.c"), ENODATA);
	CHECK_EQ(flistxattr(fd, list, sizeof list), 0);

	/* bad names and files */
	CHECK_ERR(setxattr("/nonexistent-fsx/f", "user.a", "x", 1, 0), ENOENT);
	CHECK_ERR(getxattr("/nonexistent-fsx/f", "user.a", buf, 1), ENOENT);
	CHECK_ERR(listxattr("/nonexistent-fsx/f", list, 1), ENOENT);
	CHECK_ERR(removexattr("/nonexistent-fsx/f", "user.a"), ENOENT);
	CHECK_ERR(fsetxattr(-1, "user.a", "x", 1, 0), EBADF);
	CHECK_ERR(fgetxattr(-1, "user.a", buf, 1), EBADF);
	CHECK_ERR(flistxattr(-1, list, 1), EBADF);
	CHECK_ERR(fremovexattr(-1, "user.a"), EBADF);
	CHECK_ERR(fsetxattr(fd, "nonamespace", "x", 1, 0), EOPNOTSUPP);
	CHECK_ERR(fsetxattr(fd, "", "x", 1, 0), ERANGE);

	close(fd);
	CHECK_EQ(unlink(link), 0);
	CHECK_EQ(unlink(path), 0);
	t_puts(1, "ok\n");
	return 0;
}
