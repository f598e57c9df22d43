// STDOUT: ok\n
/* fcntl.h extras: posix_fallocate (grows st_size, keeps data, returns the
 * error number and leaves errno alone), fallocate and its FALLOC_FL_*
 * modes, posix_fadvise (each advice; EINVAL, ESPIPE, EBADF returned),
 * readahead, sync_file_range, splice file<->pipe with and without
 * offsets, tee between pipes, vmsplice, and name_to_handle_at /
 * open_by_handle_at (EOVERFLOW with a short handle). Offsets and lengths
 * with a high word (2^40, -2^33) check the two-register packing of the
 * 32-bit ABIs: with the halves swapped they would be read as other
 * values. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

_Static_assert(sizeof(struct file_handle) == 8, "file_handle");
_Static_assert(offsetof(struct file_handle, handle_type) == 4, "handle_type");
_Static_assert(offsetof(struct file_handle, f_handle) == 8, "f_handle");
_Static_assert(MAX_HANDLE_SZ == 128, "MAX_HANDLE_SZ");

#define BIG ((off_t)1 << 40)
#define NEG_HI (-((off_t)1 << 33)) /* low word 0, high word 0xfffffffe */

static off_t size_of(int fd)
{
	struct stat st;
	CHECK_EQ(fstat(fd, &st), 0);
	return st.st_size;
}

int main(void)
{
	char path[64], buf[64];
	snprintf(path, sizeof path, "/tmp/fsx_fcntl.%d", (int)getpid());
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);
	int p[2], q[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(pipe(q), 0);

	/* posix_fallocate */
	CHECK_EQ(write(fd, "abc", 3), 3);
	errno = 1234;
	CHECK_EQ(posix_fallocate(fd, 0, 8192), 0);
	CHECK_EQ(size_of(fd), 8192);
	CHECK_EQ(posix_fallocate(fd, 10000, 100), 0);
	CHECK_EQ(size_of(fd), 10100);
	CHECK_EQ(posix_fallocate(fd, 0, 100), 0); /* inside: no change */
	CHECK_EQ(size_of(fd), 10100);
	CHECK_EQ(pread(fd, buf, 4, 0), 4);
	CHECK(memcmp(buf, "abc", 4) == 0);
	CHECK_EQ(posix_fallocate(fd, 0, 0), EINVAL);
	CHECK_EQ(posix_fallocate(fd, -1, 10), EINVAL);
	CHECK_EQ(posix_fallocate(fd, 0, NEG_HI), EINVAL);
	CHECK_EQ(posix_fallocate(-1, 0, 10), EBADF);
	CHECK_EQ(posix_fallocate(p[1], 0, 10), ESPIPE);
	int ro = open(path, O_RDONLY);
	CHECK(ro >= 0);
	CHECK_EQ(posix_fallocate(ro, 0, 10), EBADF);
	CHECK_EQ(errno, 1234);

	/* fallocate */
	CHECK(FALLOC_FL_KEEP_SIZE == 1 && FALLOC_FL_PUNCH_HOLE == 2 && FALLOC_FL_ZERO_RANGE == 0x10);
	CHECK_EQ(fallocate(fd, FALLOC_FL_KEEP_SIZE, 20000, 4096), 0);
	CHECK_EQ(size_of(fd), 10100);
	CHECK_EQ(fallocate(fd, 0, 12288, 4096), 0);
	CHECK_EQ(size_of(fd), 16384);
	CHECK_EQ(fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4096), 0);
	CHECK_EQ(pread(fd, buf, 3, 0), 3);
	CHECK(buf[0] == 0 && buf[1] == 0 && buf[2] == 0);
	CHECK_EQ(size_of(fd), 16384);
	CHECK_ERR(fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, 4096), EOPNOTSUPP);
	CHECK_ERR(fallocate(fd, 0, 0, 0), EINVAL);
	CHECK_ERR(fallocate(fd, 0, NEG_HI, 10), EINVAL);
	CHECK_ERR(fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, NEG_HI), EINVAL);
	CHECK_ERR(fallocate(-1, 0, 0, 10), EBADF);
	CHECK_EQ(fallocate(fd, FALLOC_FL_KEEP_SIZE, BIG, 4096), 0); /* far out, size kept */
	CHECK_EQ(size_of(fd), 16384);

	/* posix_fadvise */
	CHECK(POSIX_FADV_NORMAL == 0 && POSIX_FADV_RANDOM == 1 && POSIX_FADV_SEQUENTIAL == 2);
	CHECK(POSIX_FADV_WILLNEED == 3 && POSIX_FADV_DONTNEED == 4 && POSIX_FADV_NOREUSE == 5);
	errno = 0;
	for (int a = POSIX_FADV_NORMAL; a <= POSIX_FADV_NOREUSE; a++)
		CHECK_EQ(posix_fadvise(fd, 0, 0, a), 0);
	CHECK_EQ(posix_fadvise(fd, BIG, BIG, POSIX_FADV_DONTNEED), 0);
	CHECK_EQ(posix_fadvise(fd, 0, 0, 99), EINVAL);
	CHECK_EQ(posix_fadvise(fd, 0, -1, POSIX_FADV_NORMAL), EINVAL);
	CHECK_EQ(posix_fadvise(fd, 0, NEG_HI, POSIX_FADV_NORMAL), EINVAL);
	CHECK_EQ(posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL), ESPIPE);
	CHECK_EQ(posix_fadvise(-1, 0, 0, POSIX_FADV_NORMAL), EBADF);
	CHECK_EQ(errno, 0);

	/* readahead */
	CHECK_EQ(readahead(fd, 0, 4096), 0);
	CHECK_EQ(readahead(fd, BIG, 4096), 0);
	CHECK_ERR(readahead(p[0], 0, 10), EINVAL);
	CHECK_ERR(readahead(-1, 0, 10), EBADF);

	/* sync_file_range */
	CHECK(SYNC_FILE_RANGE_WAIT_BEFORE == 1 && SYNC_FILE_RANGE_WRITE == 2 && SYNC_FILE_RANGE_WAIT_AFTER == 4);
	CHECK_EQ(sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE_AND_WAIT), 0);
	CHECK_EQ(sync_file_range(fd, BIG, 4096, SYNC_FILE_RANGE_WRITE), 0);
	CHECK_ERR(sync_file_range(fd, 0, 0, 8), EINVAL);
	CHECK_ERR(sync_file_range(fd, NEG_HI, 0, SYNC_FILE_RANGE_WRITE), EINVAL);
	CHECK_ERR(sync_file_range(fd, 0, NEG_HI, SYNC_FILE_RANGE_WRITE), EINVAL);
	CHECK_ERR(sync_file_range(p[0], 0, 0, SYNC_FILE_RANGE_WRITE), ESPIPE);
	CHECK_ERR(sync_file_range(-1, 0, 0, SYNC_FILE_RANGE_WRITE), EBADF);

	/* splice: file -> pipe at an offset, pipe -> file at an offset, and
	 * through the file position */
	CHECK(SPLICE_F_MOVE == 1 && SPLICE_F_NONBLOCK == 2 && SPLICE_F_MORE == 4 && SPLICE_F_GIFT == 8);
	CHECK_EQ(ftruncate(fd, 0), 0);
	CHECK_EQ(pwrite(fd, "hello world", 11, 0), 11);
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	off_t off = 6;
	CHECK_EQ(splice(fd, &off, p[1], NULL, 5, 0), 5);
	CHECK_EQ(off, 11);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 0); /* the position did not move */
	CHECK_EQ(read(p[0], buf, sizeof buf), 5);
	CHECK(memcmp(buf, "world", 5) == 0);
	CHECK_EQ(splice(fd, NULL, p[1], NULL, 5, SPLICE_F_MORE), 5);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 5);
	CHECK_EQ(read(p[0], buf, sizeof buf), 5);
	CHECK(memcmp(buf, "hello", 5) == 0);
	CHECK_EQ(write(p[1], "XYZ", 3), 3);
	off = 1;
	CHECK_EQ(splice(p[0], NULL, fd, &off, 3, SPLICE_F_MOVE), 3);
	CHECK_EQ(off, 4);
	CHECK_EQ(pread(fd, buf, 11, 0), 11);
	CHECK(memcmp(buf, "hXYZo world", 11) == 0);
	CHECK_ERR(splice(p[0], NULL, fd, NULL, 3, SPLICE_F_NONBLOCK), EAGAIN);
	CHECK_ERR(splice(p[0], &off, fd, NULL, 3, 0), ESPIPE);
	CHECK_ERR(splice(fd, NULL, fd, NULL, 3, 0), EINVAL); /* no pipe */
	CHECK_ERR(splice(-1, NULL, p[1], NULL, 3, 0), EBADF);

	/* tee: q gets a copy, p keeps its data */
	CHECK_EQ(write(p[1], "data", 4), 4);
	CHECK_EQ(tee(p[0], q[1], 100, 0), 4);
	CHECK_EQ(read(q[0], buf, sizeof buf), 4);
	CHECK(memcmp(buf, "data", 4) == 0);
	CHECK_EQ(read(p[0], buf, sizeof buf), 4);
	CHECK(memcmp(buf, "data", 4) == 0);
	CHECK_ERR(tee(p[0], q[1], 100, SPLICE_F_NONBLOCK), EAGAIN);
	CHECK_ERR(tee(fd, q[1], 100, 0), EINVAL);
	CHECK_ERR(tee(-1, q[1], 100, 0), EBADF);

	/* vmsplice: two buffers into a pipe */
	char a[] = "ab", b[] = "cde";
	struct iovec iov[2] = {{a, 2}, {b, 3}};
	CHECK_EQ(vmsplice(p[1], iov, 2, 0), 5);
	CHECK_EQ(read(p[0], buf, sizeof buf), 5);
	CHECK(memcmp(buf, "abcde", 5) == 0);
	CHECK_ERR(vmsplice(fd, iov, 2, 0), EBADF);
	CHECK_ERR(vmsplice(-1, iov, 2, 0), EBADF);

	/* name_to_handle_at, open_by_handle_at */
	struct file_handle *fh = malloc(sizeof *fh + MAX_HANDLE_SZ);
	CHECK(fh != NULL);
	int mnt = -1, mnt2 = -1;
	fh->handle_bytes = 0;
	CHECK_ERR(name_to_handle_at(AT_FDCWD, path, fh, &mnt, 0), EOVERFLOW);
	CHECK(fh->handle_bytes > 0 && fh->handle_bytes <= MAX_HANDLE_SZ);
	unsigned need = fh->handle_bytes;
	fh->handle_bytes = MAX_HANDLE_SZ;
	CHECK_EQ(name_to_handle_at(AT_FDCWD, path, fh, &mnt, 0), 0);
	CHECK_EQ(fh->handle_bytes, need);
	fh->handle_bytes = MAX_HANDLE_SZ;
	CHECK_EQ(name_to_handle_at(fd, "", fh, &mnt2, AT_EMPTY_PATH), 0);
	CHECK_EQ(mnt2, mnt);
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(dir >= 0);
	int hfd = open_by_handle_at(dir, fh, O_RDONLY);
	CHECK(hfd >= 0);
	struct stat s1, s2;
	CHECK_EQ(fstat(fd, &s1), 0);
	CHECK_EQ(fstat(hfd, &s2), 0);
	CHECK(s1.st_ino == s2.st_ino && s1.st_dev == s2.st_dev);
	CHECK_EQ(read(hfd, buf, 11), 11);
	CHECK(memcmp(buf, "hXYZo world", 11) == 0);
	close(hfd);
	CHECK_ERR(name_to_handle_at(AT_FDCWD, "/nonexistent-fsx", fh, &mnt, 0), ENOENT);
	CHECK_ERR(name_to_handle_at(AT_FDCWD, path, fh, &mnt, 0x8000), EINVAL);
	fh->handle_bytes = MAX_HANDLE_SZ + 1;
	CHECK_ERR(open_by_handle_at(dir, fh, O_RDONLY), EINVAL);
	fh->handle_bytes = need;
	CHECK_ERR(open_by_handle_at(-1, fh, O_RDONLY), EBADF);
	free(fh);
	close(dir);

	close(ro);
	close(fd);
	CHECK_EQ(unlink(path), 0);
	t_puts(1, "ok\n");
	return 0;
}
