// STDOUT: ok\n
/* chown, fchown, lchown, fchownat: -1 leaves an id unchanged, a link is
 * followed by chown and not by lchown/AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH
 * names the fd itself; ENOENT, ENOTDIR, EBADF, EINVAL; as root real
 * changes (32-bit ids, past 65535, so i386's 16-bit calls would fail), as
 * another user EPERM for a foreign owner. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	char dir[] = "/tmp/chownXXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	CHECK_EQ(chdir(dir), 0);
	int fd = open("f", O_CREAT | O_RDWR, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(symlink("f", "l"), 0);
	struct stat st, lst;
	uid_t me = getuid();
	gid_t mygid = getgid();

	CHECK_EQ(chown("f", (uid_t)-1, (gid_t)-1), 0);
	CHECK_EQ(fchown(fd, (uid_t)-1, (gid_t)-1), 0);
	CHECK_EQ(lchown("l", (uid_t)-1, (gid_t)-1), 0);
	CHECK_EQ(chown("f", geteuid(), getegid()), 0);
	CHECK_EQ(fchownat(AT_FDCWD, "f", (uid_t)-1, getegid(), 0), 0);

	if (geteuid() == 0) {
		CHECK_EQ(chown("l", 70000, 70001), 0); /* follows the link */
		CHECK_EQ(stat("f", &st), 0);
		CHECK_EQ(st.st_uid, 70000u);
		CHECK_EQ(st.st_gid, 70001u);
		CHECK_EQ(lstat("l", &lst), 0);
		CHECK_EQ(lst.st_uid, 0u);
		CHECK_EQ(lchown("l", 70002, (gid_t)-1), 0); /* the link itself */
		CHECK_EQ(lstat("l", &lst), 0);
		CHECK_EQ(lst.st_uid, 70002u);
		CHECK_EQ(stat("f", &st), 0);
		CHECK_EQ(st.st_uid, 70000u);
		CHECK_EQ(fchown(fd, (uid_t)-1, 70003), 0);
		CHECK_EQ(fstat(fd, &st), 0);
		CHECK_EQ(st.st_uid, 70000u);
		CHECK_EQ(st.st_gid, 70003u);
		CHECK_EQ(fchownat(AT_FDCWD, "l", 70004, 70005, AT_SYMLINK_NOFOLLOW), 0);
		CHECK_EQ(lstat("l", &lst), 0);
		CHECK(lst.st_uid == 70004u && lst.st_gid == 70005u);
		CHECK_EQ(fchownat(fd, "", 70006, (gid_t)-1, AT_EMPTY_PATH), 0);
		CHECK_EQ(fstat(fd, &st), 0);
		CHECK_EQ(st.st_uid, 70006u);
		CHECK_EQ(fchown(fd, me, mygid), 0);
	} else {
		CHECK_ERR(chown("f", me + 1, (gid_t)-1), EPERM);
		CHECK_ERR(fchown(fd, me + 1, (gid_t)-1), EPERM);
		CHECK_ERR(lchown("l", me + 1, (gid_t)-1), EPERM);
	}

	CHECK_ERR(chown("missing", me, mygid), ENOENT);
	CHECK_ERR(lchown("missing", me, mygid), ENOENT);
	CHECK_ERR(chown("f/x", me, mygid), ENOTDIR);
	CHECK_ERR(fchown(-1, me, mygid), EBADF);
	CHECK_ERR(fchown(9999, me, mygid), EBADF);
	CHECK_ERR(fchownat(AT_FDCWD, "f", me, mygid, 0x1), EINVAL);
	CHECK_ERR(fchownat(12345, "f", me, mygid, 0), EBADF); /* a relative path needs a real dirfd */

	close(fd);
	CHECK_EQ(unlink("l"), 0);
	CHECK_EQ(unlink("f"), 0);
	CHECK_EQ(chdir("/"), 0);
	CHECK_EQ(rmdir(dir), 0);
	puts("ok");
	return 0;
}
