// CFLAGS: -D_GNU_SOURCE
/* access, faccessat (incl. AT_EACCESS, AT_SYMLINK_NOFOLLOW), chmod,
 * fchmod, umask and the process ids. The tests may run as root, who
 * passes every R_OK/W_OK check, so the mode bits are observed through
 * X_OK, which even root fails on a file with no execute bit. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	int root = geteuid() == 0;

	/* umask: returns the old mask, keeps only the permission bits */
	mode_t old = umask(022);
	CHECK_EQ(old & ~0777, 0);
	CHECK_EQ(umask(07777), 022);
	CHECK_EQ(umask(022), 0777);
	CHECK_EQ(umask(022), 022);

	int fd = open("f", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);

	/* access */
	CHECK_EQ(access("f", F_OK), 0);
	CHECK_EQ(access("f", R_OK | W_OK), 0);
	CHECK_ERR(access("f", X_OK), EACCES);
	CHECK_ERR(access("f", R_OK | X_OK), EACCES);
	CHECK_EQ(access(".", R_OK | W_OK | X_OK), 0);
	CHECK_ERR(access("missing", F_OK), ENOENT);
	CHECK_ERR(access("", F_OK), ENOENT);
	CHECK_ERR(access("f/x", F_OK), ENOTDIR);
	CHECK_ERR(access((const char *)1, F_OK), EFAULT);
	CHECK_ERR(access("f", 8), EINVAL);
	CHECK_ERR(access("f", -1), EINVAL);
	CHECK_EQ(symlink("loop", "loop"), 0);
	CHECK_ERR(access("loop", F_OK), ELOOP);
	char longname[300];
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	CHECK_ERR(access(longname, F_OK), ENAMETOOLONG);

	/* chmod changes what access sees, following symlinks */
	CHECK_EQ(chmod("f", 0755), 0);
	CHECK_EQ(access("f", X_OK), 0);
	CHECK_EQ(chmod("f", 0), 0);
	CHECK_ERR(access("f", X_OK), EACCES);
	if (!root) {
		CHECK_ERR(access("f", R_OK), EACCES);
		CHECK_ERR(access("f", W_OK), EACCES);
	}
	CHECK_EQ(symlink("f", "s"), 0);
	CHECK_EQ(chmod("s", 0700), 0);
	CHECK_EQ(access("f", X_OK), 0);
	CHECK_ERR(chmod("missing", 0644), ENOENT);
	CHECK_ERR(chmod("f/x", 0644), ENOTDIR);
	CHECK_ERR(chmod((const char *)1, 0644), EFAULT);
	CHECK_ERR(chmod("loop", 0644), ELOOP);
	CHECK_ERR(chmod("", 0644), ENOENT);

	/* fchmod on the open fd (umask does not apply to chmod) */
	CHECK_EQ(fchmod(fd, 0644), 0);
	CHECK_ERR(access("f", X_OK), EACCES);
	CHECK_EQ(fchmod(fd, 0111), 0);
	CHECK_EQ(access("f", X_OK), 0);
	CHECK_ERR(fchmod(-1, 0644), EBADF);
	CHECK_ERR(fchmod(1 << 30, 0644), EBADF);
	CHECK_EQ(fchmod(fd, 0644), 0);

	/* faccessat: relative to a directory fd, AT_FDCWD, and flags */
	CHECK_EQ(mkdir("d", 0755), 0);
	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	int in = openat(dfd, "in", O_WRONLY | O_CREAT, 0700);
	CHECK(in >= 0);
	CHECK_EQ(faccessat(dfd, "in", X_OK, 0), 0);
	CHECK_EQ(faccessat(AT_FDCWD, "d/in", X_OK, 0), 0);
	CHECK_ERR(faccessat(dfd, "f", F_OK, 0), ENOENT);
	CHECK_EQ(faccessat(AT_FDCWD, "f", R_OK, 0), 0);
	CHECK_ERR(faccessat(AT_FDCWD, "f", X_OK, 0), EACCES);
	/* AT_EACCESS checks with the effective ids: the same here */
	CHECK_EQ(faccessat(dfd, "in", X_OK, AT_EACCESS), 0);
	CHECK_EQ(faccessat(AT_FDCWD, "f", R_OK | W_OK, AT_EACCESS), 0);
	CHECK_ERR(faccessat(AT_FDCWD, "f", X_OK, AT_EACCESS), EACCES);
	CHECK_ERR(faccessat(AT_FDCWD, "missing", F_OK, AT_EACCESS), ENOENT);
	/* AT_SYMLINK_NOFOLLOW looks at a link itself */
	CHECK_EQ(symlink("nowhere", "dangling"), 0);
	CHECK_ERR(faccessat(AT_FDCWD, "dangling", F_OK, 0), ENOENT);
	CHECK_EQ(faccessat(AT_FDCWD, "dangling", F_OK, AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(faccessat(AT_FDCWD, "loop", F_OK, AT_SYMLINK_NOFOLLOW), 0);
	/* errors */
	CHECK_ERR(faccessat(-1, "in", F_OK, 0), EBADF);
	CHECK_ERR(faccessat(-1, "in", F_OK, AT_EACCESS), EBADF);
	CHECK_ERR(faccessat(fd, "in", F_OK, 0), ENOTDIR);
	CHECK_ERR(faccessat(AT_FDCWD, "f", F_OK, 0x1), EINVAL);
	CHECK_ERR(faccessat(AT_FDCWD, "f", F_OK, AT_REMOVEDIR | 0x1), EINVAL);
	CHECK_ERR(faccessat(AT_FDCWD, "f", 8, 0), EINVAL);
	CHECK_ERR(faccessat(AT_FDCWD, (const char *)1, F_OK, 0), EFAULT);

	/* process ids */
	CHECK_EQ(sizeof(uid_t), 4);
	CHECK_EQ(sizeof(gid_t), 4);
	CHECK_EQ(sizeof(pid_t), 4);
	pid_t pid = getpid();
	CHECK(pid > 0);
	CHECK_EQ(getpid(), pid);
	CHECK(getppid() > 0);
	CHECK(getppid() != pid);
	CHECK_EQ(getuid(), geteuid()); /* not a set-id program */
	CHECK_EQ(getgid(), getegid());
	CHECK_EQ(root, geteuid() == 0);
	if (root)
		CHECK_EQ(getuid(), 0);
	return 0;
}
