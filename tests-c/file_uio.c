// STDOUT: ok\n
/* pread, pwrite, readv, writev, preadv, pwritev, preadv2, pwritev2:
 * offsets past 4 GiB (the i386 low/high split), the file position left
 * alone by the positioned forms and moved by the others, short reads at
 * the end, -1 as "the file position" for the v2 forms, RWF_APPEND, and
 * the errors: EBADF, ESPIPE on a pipe, EINVAL for a negative offset or
 * too many vectors, EFAULT. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char path[] = "/tmp/ferro_uio_XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	unlink(path);
	CHECK_EQ(write(fd, "0123456789", 10), 10);

	char b[16] = {0};
	CHECK_EQ(pread(fd, b, 4, 3), 4);
	CHECK(memcmp(b, "3456", 4) == 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 10);
	CHECK_EQ(pread(fd, b, 16, 8), 2);
	CHECK_EQ(pread(fd, b, 16, 10), 0);
	CHECK_EQ(pwrite(fd, "ab", 2, 1), 2);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 10);

	/* Past 4 GiB: a sparse file. */
	long long big = 0x100000005LL;
	if (pwrite(fd, "XY", 2, big) == 2) {
		CHECK_EQ(pread(fd, b, 2, big), 2);
		CHECK(memcmp(b, "XY", 2) == 0);
		CHECK_EQ(pread(fd, b, 2, 5), 2);
		CHECK(memcmp(b, "56", 2) == 0);
		CHECK(ftruncate(fd, 10) == 0);
	} else {
		CHECK(errno == EFBIG || errno == ENOSPC);
	}

	struct iovec v[3];
	char x[3], y[5], z[8];
	v[0] = (struct iovec){x, 3};
	v[1] = (struct iovec){y, 5};
	v[2] = (struct iovec){z, 8};
	CHECK_EQ(preadv(fd, v, 3, 0), 10);
	CHECK(memcmp(x, "0ab", 3) == 0 && memcmp(y, "34567", 5) == 0 && memcmp(z, "89", 2) == 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 10);

	CHECK_EQ(lseek(fd, 2, SEEK_SET), 2);
	CHECK_EQ(readv(fd, v, 2), 8);
	CHECK(memcmp(x, "b34", 3) == 0 && memcmp(y, "56789", 5) == 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 10);

	struct iovec w[2] = {{"AB", 2}, {"CDE", 3}};
	CHECK_EQ(writev(fd, w, 2), 5);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 15);
	CHECK_EQ(pwritev(fd, w, 2, 0), 5);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 15);
	CHECK_EQ(pread(fd, b, 15, 0), 15);
	CHECK(memcmp(b, "ABCDE56789ABCDE", 15) == 0);

	/* The v2 forms: -1 uses and moves the file position. */
	CHECK_EQ(lseek(fd, 5, SEEK_SET), 5);
	v[0] = (struct iovec){x, 3};
	CHECK_EQ(preadv2(fd, v, 1, -1, 0), 3);
	CHECK(memcmp(x, "567", 3) == 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 8);
	CHECK_EQ(preadv2(fd, v, 1, 0, 0), 3);
	CHECK(memcmp(x, "ABC", 3) == 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 8);
	struct iovec q = {"qq", 2};
	CHECK_EQ(pwritev2(fd, &q, 1, -1, 0), 2);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 10);
	long r = pwritev2(fd, &q, 1, 0, RWF_APPEND);
	if (r == 2) {
		CHECK_EQ(pread(fd, b, 2, 15), 2);
		CHECK(memcmp(b, "qq", 2) == 0);
	} else {
		CHECK(r == -1 && (errno == EOPNOTSUPP || errno == EINVAL));
	}
	/* RWF_DSYNC, RWF_SYNC and RWF_HIPRI work everywhere (without the
	 * kernel's v2 calls, as a write then fdatasync/fsync, the hint
	 * dropped). */
	struct iovec d2 = {"DS", 2};
#ifdef AGAINST_GLIBC
	/* glibc says EOPNOTSUPP for any flag without the kernel's calls. */
	if (getauxval(AT_SYSINFO_EHDR) == 0 && pwritev2(fd, &d2, 1, 3, RWF_DSYNC) == -1) {
		CHECK_EQ(errno, EOPNOTSUPP);
		CHECK_EQ(pwrite(fd, "DSDS", 4, 3), 4);
	} else
#endif
	{
		CHECK_EQ(pwritev2(fd, &d2, 1, 3, RWF_DSYNC), 2);
		CHECK_EQ(pwritev2(fd, &d2, 1, 5, RWF_SYNC), 2);
	}
	CHECK_EQ(pread(fd, b, 4, 3), 4);
	CHECK(memcmp(b, "DSDS", 4) == 0);
	v[0] = (struct iovec){x, 3};
	r = preadv2(fd, v, 1, 3, RWF_HIPRI);
	CHECK(r == 3 || (r == -1 && errno == EOPNOTSUPP)); /* HIPRI needs polled I/O natively */
	CHECK(RWF_HIPRI == 1 && RWF_DSYNC == 2 && RWF_SYNC == 4 && RWF_NOWAIT == 8 && RWF_APPEND == 16);

	/* Errors. */
	CHECK_ERR(pread(fd, b, 1, -1), EINVAL);
	CHECK_ERR(pwrite(fd, b, 1, -5), EINVAL);
	CHECK_ERR(preadv(fd, v, 1, -2), EINVAL);
	CHECK_ERR(readv(fd, v, -1), EINVAL);
	CHECK_ERR(readv(fd, v, IOV_MAX + 1), EINVAL);
	CHECK_ERR(pread(-1, b, 1, 0), EBADF);
	CHECK_ERR(writev(-1, w, 1), EBADF);
	CHECK_ERR(pread(fd, (void *)1, 4, 0), EFAULT);
	int p[2];
	CHECK(pipe(p) == 0);
	CHECK_ERR(pread(p[0], b, 1, 0), ESPIPE);
	CHECK_ERR(pwritev(p[1], w, 1, 0), ESPIPE);
	CHECK_EQ(writev(p[1], w, 2), 5);
	CHECK_EQ(read(p[0], b, 5), 5);
	CHECK(memcmp(b, "ABCDE", 5) == 0);
	close(p[0]);
	close(p[1]);
	close(fd);
	printf("ok\n");
	return 0;
}
