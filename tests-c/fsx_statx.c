// STDOUT: ok\n
/* sys/stat.h statx against stat (ino, size, mode, nlink, uid, gid, blocks,
 * mtime, ctime, dev and rdev numbers), AT_SYMLINK_NOFOLLOW and
 * AT_EMPTY_PATH, the mask, glibc's struct statx layout, the errors; and
 * lchmod: a file's mode changes, a link itself fails with EOPNOTSUPP (as
 * glibc's lchmod, an fchmodat with AT_SYMLINK_NOFOLLOW). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

_Static_assert(sizeof(struct statx) == 256, "statx");
_Static_assert(sizeof(struct statx_timestamp) == 16, "statx_timestamp");
_Static_assert(offsetof(struct statx_timestamp, tv_nsec) == 8, "tv_nsec");
_Static_assert(offsetof(struct statx, stx_blksize) == 4, "stx_blksize");
_Static_assert(offsetof(struct statx, stx_attributes) == 8, "stx_attributes");
_Static_assert(offsetof(struct statx, stx_nlink) == 16, "stx_nlink");
_Static_assert(offsetof(struct statx, stx_uid) == 20, "stx_uid");
_Static_assert(offsetof(struct statx, stx_gid) == 24, "stx_gid");
_Static_assert(offsetof(struct statx, stx_mode) == 28, "stx_mode");
_Static_assert(offsetof(struct statx, stx_ino) == 32, "stx_ino");
_Static_assert(offsetof(struct statx, stx_size) == 40, "stx_size");
_Static_assert(offsetof(struct statx, stx_blocks) == 48, "stx_blocks");
_Static_assert(offsetof(struct statx, stx_attributes_mask) == 56, "stx_attributes_mask");
_Static_assert(offsetof(struct statx, stx_atime) == 64, "stx_atime");
_Static_assert(offsetof(struct statx, stx_btime) == 80, "stx_btime");
_Static_assert(offsetof(struct statx, stx_ctime) == 96, "stx_ctime");
_Static_assert(offsetof(struct statx, stx_mtime) == 112, "stx_mtime");
_Static_assert(offsetof(struct statx, stx_rdev_major) == 128, "stx_rdev_major");
_Static_assert(offsetof(struct statx, stx_rdev_minor) == 132, "stx_rdev_minor");
_Static_assert(offsetof(struct statx, stx_dev_major) == 136, "stx_dev_major");
_Static_assert(offsetof(struct statx, stx_dev_minor) == 140, "stx_dev_minor");

static void same(const struct statx *x, const struct stat *st)
{
	CHECK_EQ(x->stx_ino, st->st_ino);
	CHECK_EQ(x->stx_size, st->st_size);
	CHECK_EQ(x->stx_mode, st->st_mode);
	CHECK_EQ(x->stx_nlink, st->st_nlink);
	CHECK_EQ(x->stx_uid, st->st_uid);
	CHECK_EQ(x->stx_gid, st->st_gid);
	CHECK_EQ(x->stx_blocks, st->st_blocks);
	CHECK_EQ(x->stx_blksize, st->st_blksize);
	CHECK_EQ(x->stx_mtime.tv_sec, st->st_mtim.tv_sec);
	CHECK_EQ(x->stx_mtime.tv_nsec, st->st_mtim.tv_nsec);
	CHECK_EQ(x->stx_ctime.tv_sec, st->st_ctim.tv_sec);
	CHECK_EQ(x->stx_ctime.tv_nsec, st->st_ctim.tv_nsec);
	CHECK_EQ(makedev(x->stx_dev_major, x->stx_dev_minor), st->st_dev);
	CHECK_EQ(makedev(x->stx_rdev_major, x->stx_rdev_minor), st->st_rdev);
}

int main(void)
{
	char path[64], link[64];
	snprintf(path, sizeof path, "/tmp/fsx_statx.%d", (int)getpid());
	snprintf(link, sizeof link, "%s.lnk", path);
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0640);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "0123456789", 10), 10);
	unlink(link);
	CHECK_EQ(symlink(path, link), 0);
	CHECK(STATX_BASIC_STATS == 0x7ff && STATX_ALL == 0xfff && STATX_BTIME == 0x800);
	CHECK(STATX_TYPE == 1 && STATX_MODE == 2 && STATX_NLINK == 4 && STATX_INO == 0x100 && STATX_SIZE == 0x200);

	struct statx x;
	struct stat st;
	CHECK_EQ(stat(path, &st), 0);
	CHECK_EQ(statx(AT_FDCWD, path, 0, STATX_BASIC_STATS, &x), 0);
	CHECK((x.stx_mask & STATX_BASIC_STATS) == STATX_BASIC_STATS);
	CHECK(S_ISREG(x.stx_mode) && (x.stx_mode & 07777) == 0640);
	CHECK_EQ(x.stx_size, 10);
	same(&x, &st);
	CHECK_EQ(statx(AT_FDCWD, link, 0, STATX_BASIC_STATS, &x), 0); /* follows */
	same(&x, &st);
	CHECK_EQ(statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, &x), 0);
	same(&x, &st);
	CHECK_EQ(statx(AT_FDCWD, path, AT_STATX_FORCE_SYNC, STATX_INO | STATX_SIZE, &x), 0);
	CHECK(x.stx_mask & STATX_INO);
	CHECK_EQ(x.stx_ino, st.st_ino);
	CHECK_EQ(lstat(link, &st), 0);
	CHECK_EQ(statx(AT_FDCWD, link, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &x), 0);
	CHECK(S_ISLNK(x.stx_mode));
	same(&x, &st);
	CHECK_EQ(stat("/dev/null", &st), 0);
	CHECK_EQ(statx(AT_FDCWD, "/dev/null", 0, STATX_BASIC_STATS, &x), 0);
	CHECK(S_ISCHR(x.stx_mode));
	same(&x, &st);
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(dir >= 0);
	CHECK_EQ(statx(dir, path + 5, 0, STATX_SIZE, &x), 0);
	CHECK_EQ(x.stx_size, 10);
	CHECK_ERR(statx(AT_FDCWD, "/nonexistent-fsx", 0, STATX_BASIC_STATS, &x), ENOENT);
	CHECK_ERR(statx(AT_FDCWD, path, 0, STATX__RESERVED, &x), EINVAL);
	CHECK_ERR(statx(AT_FDCWD, path, AT_STATX_SYNC_TYPE, STATX_BASIC_STATS, &x), EINVAL);
	CHECK_ERR(statx(-1, "x", 0, STATX_BASIC_STATS, &x), EBADF);
	CHECK_ERR(statx(AT_FDCWD, path, 0, STATX_BASIC_STATS, (struct statx *)1), EFAULT);

	/* lchmod */
	CHECK_EQ(lchmod(path, 0604), 0);
	CHECK_EQ(stat(path, &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0604);
	CHECK_ERR(lchmod(link, 0600), EOPNOTSUPP);
	CHECK_EQ(stat(path, &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0604);
	CHECK_ERR(lchmod("/nonexistent-fsx", 0600), ENOENT);

	close(dir);
	close(fd);
	CHECK_EQ(unlink(link), 0);
	CHECK_EQ(unlink(path), 0);
	t_puts(1, "ok\n");
	return 0;
}
