/* stat, lstat, fstat, fstatat, mkfifo, mknod, fchmodat, utimensat and
 * futimens against POSIX: file types, sizes, modes, links, nanosecond
 * times, UTIME_OMIT/UTIME_NOW, and the errnos the man pages list. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	struct stat st, lst;
	umask(022);
	int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0640);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "hello", 5), 5);
	CHECK_EQ(stat("f", &st), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK_EQ(st.st_mode & 07777, 0640);
	CHECK_EQ(st.st_size, 5);
	CHECK_EQ(st.st_nlink, 1);
	CHECK_EQ(st.st_uid, getuid());
	CHECK(st.st_blksize > 0);
	struct stat fst;
	CHECK_EQ(fstat(fd, &fst), 0);
	CHECK_EQ(fst.st_ino, st.st_ino);
	CHECK_EQ(fst.st_dev, st.st_dev);
	CHECK_EQ(link("f", "f2"), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_nlink, 2);

	/* directories */
	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_EQ(stat("d", &st), 0);
	CHECK(S_ISDIR(st.st_mode));
	CHECK_EQ(st.st_mode & 07777, 0755);
	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	CHECK_EQ(close(open("d/in", O_CREAT | O_WRONLY, 0600)), 0);
	CHECK_EQ(fstatat(dfd, "in", &st, 0), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK_EQ(fstatat(AT_FDCWD, "d/in", &lst, 0), 0);
	CHECK_EQ(lst.st_ino, st.st_ino);
	CHECK_EQ(fstatat(dfd, "", &st, AT_EMPTY_PATH), 0);
	CHECK(S_ISDIR(st.st_mode));
	CHECK_EQ(fstatat(dfd, "in", &st, AT_NO_AUTOMOUNT), 0);

	/* symlinks: stat follows, lstat does not */
	CHECK_EQ(symlink("f", "l"), 0);
	CHECK_EQ(stat("l", &st), 0);
	CHECK_EQ(lstat("l", &lst), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK(S_ISLNK(lst.st_mode));
	CHECK_EQ(lst.st_size, 1); /* the length of "f" */
	CHECK(lst.st_ino != st.st_ino);
	CHECK_EQ(fstatat(AT_FDCWD, "l", &st, AT_SYMLINK_NOFOLLOW), 0);
	CHECK(S_ISLNK(st.st_mode));

	/* fifos */
	CHECK_EQ(mkfifo("p", 0600), 0);
	CHECK_EQ(stat("p", &st), 0);
	CHECK(S_ISFIFO(st.st_mode));
	CHECK_EQ(st.st_mode & 07777, 0600);
	CHECK_ERR(mkfifo("p", 0600), EEXIST);
	CHECK_EQ(mkfifoat(dfd, "p2", 0600), 0);
	CHECK_EQ(fstatat(dfd, "p2", &st, 0), 0);
	CHECK(S_ISFIFO(st.st_mode));
	CHECK_EQ(mknod("p3", S_IFIFO | 0600, 0), 0);
	CHECK_EQ(lstat("p3", &st), 0);
	CHECK(S_ISFIFO(st.st_mode));
	CHECK_EQ(mknodat(dfd, "r", S_IFREG | 0600, 0), 0);
	CHECK_EQ(fstatat(dfd, "r", &st, 0), 0);
	CHECK(S_ISREG(st.st_mode));

	/* times, to the nanosecond */
	struct timespec t[2] = {{1000000000, 123456789}, {1500000000, 987654321}};
	CHECK_EQ(utimensat(AT_FDCWD, "f", t, 0), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	CHECK_EQ(st.st_atim.tv_nsec, 123456789);
	CHECK_EQ(st.st_mtim.tv_sec, 1500000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 987654321);
	CHECK_EQ(st.st_mtime, 1500000000);
	CHECK_EQ(st.st_atime, 1000000000);
	struct timespec o[2] = {{0, UTIME_OMIT}, {2000000000, 5}};
	CHECK_EQ(futimens(fd, o), 0);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	CHECK_EQ(st.st_atim.tv_nsec, 123456789);
	CHECK_EQ(st.st_mtim.tv_sec, 2000000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 5);
	struct timespec n[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
	CHECK_EQ(utimensat(AT_FDCWD, "f", n, 0), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK(st.st_atim.tv_sec > 1500000000);
	CHECK_EQ(st.st_mtim.tv_sec, 2000000000);
	/* lutimes-style: AT_SYMLINK_NOFOLLOW changes the link itself */
	CHECK_EQ(utimensat(AT_FDCWD, "l", t, AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(lstat("l", &lst), 0);
	CHECK_EQ(lst.st_mtim.tv_nsec, 987654321);
	struct timespec bad[2] = {{0, 1000000000}, {0, 0}};
	CHECK_ERR(utimensat(AT_FDCWD, "f", bad, 0), EINVAL);

	/* fchmodat */
	CHECK_EQ(fchmodat(AT_FDCWD, "f", 0600, 0), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0600);
	CHECK_ERR(fchmodat(AT_FDCWD, "f", 0600, 0x8000), EINVAL);
	/* AT_SYMLINK_NOFOLLOW: a non-link changes; a link cannot (Linux) */
	CHECK_EQ(fchmodat(AT_FDCWD, "f", 0640, AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0640);
	CHECK_ERR(fchmodat(AT_FDCWD, "l", 0600, AT_SYMLINK_NOFOLLOW), EOPNOTSUPP);
	CHECK_EQ(stat("f", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0640); /* the target is untouched */
	CHECK_ERR(fchmodat(AT_FDCWD, "missing", 0600, AT_SYMLINK_NOFOLLOW), ENOENT);
	CHECK_EQ(fchmodat(AT_FDCWD, "f", 0600, 0), 0);

	/* errnos */
	CHECK_ERR(stat("missing", &st), ENOENT);
	CHECK_ERR(lstat("", &st), ENOENT);
	CHECK_ERR(stat("f/x", &st), ENOTDIR);
	CHECK_ERR(fstat(-1, &st), EBADF);
	CHECK_ERR(fstat(9999, &st), EBADF);
	CHECK_ERR(fstatat(-5, "f", &st, 0), EBADF);
	CHECK_ERR(fstatat(fd, "x", &st, 0), ENOTDIR);
	CHECK_ERR(fstatat(AT_FDCWD, "f", &st, 0x8000), EINVAL);
	CHECK_EQ(symlink("loop1", "loop2"), 0);
	CHECK_EQ(symlink("loop2", "loop1"), 0);
	CHECK_ERR(stat("loop1", &st), ELOOP);
	static char longname[PATH_MAX + 2];
	memset(longname, 'a', sizeof longname - 1);
	CHECK_ERR(stat(longname, &st), ENAMETOOLONG);
	CHECK_ERR(mkfifo("missing/p", 0600), ENOENT);
	CHECK_ERR(utimensat(AT_FDCWD, "missing", t, 0), ENOENT);
	CHECK_ERR(futimens(-1, t), EBADF);
	CHECK_ERR(fchmodat(AT_FDCWD, "missing", 0600, 0), ENOENT);

	/* the mode bit macros */
	CHECK_EQ(S_IRWXU, S_IRUSR | S_IWUSR | S_IXUSR);
	CHECK_EQ(S_IRWXG, S_IRGRP | S_IWGRP | S_IXGRP);
	CHECK_EQ(S_IRWXO, S_IROTH | S_IWOTH | S_IXOTH);
	CHECK(S_ISCHR(S_IFCHR) && S_ISBLK(S_IFBLK) && S_ISSOCK(S_IFSOCK));
	CHECK(!S_ISREG(S_IFDIR) && !S_ISDIR(S_IFREG));
	CHECK_EQ(S_ISUID | S_ISGID | S_ISVTX, 07000);
	close(dfd);
	close(fd);
	return 0;
}
