// STDOUT: ok\n
/* sys/sendfile.h sendfile and unistd.h copy_file_range, syncfs: byte-exact
 * copies with and without offsets (the offset advances, the file
 * position does not move; without one the position is used and moves),
 * short copies at the end of the input, offsets past 4 GiB (the 64-bit
 * loff_t on every arch), and the errors. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/sendfile.h>
#include <unistd.h>

static char src[4096], got[4096];

int main(void)
{
	char pin[64], pout[64];
	snprintf(pin, sizeof pin, "/tmp/fsx_copy_in.%d", (int)getpid());
	snprintf(pout, sizeof pout, "/tmp/fsx_copy_out.%d", (int)getpid());
	int in = open(pin, O_RDWR | O_CREAT | O_TRUNC, 0600);
	int out = open(pout, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(in >= 0 && out >= 0);
	for (unsigned i = 0; i < sizeof src; i++)
		src[i] = (char)(i * 7 + i / 256);
	CHECK_EQ(write(in, src, sizeof src), (long)sizeof src);

	/* sendfile with an offset: from byte 100, the input position stays */
	CHECK_EQ(lseek(in, 10, SEEK_SET), 10);
	off_t off = 100;
	CHECK_EQ(sendfile(out, in, &off, 1000), 1000);
	CHECK_EQ(off, 1100);
	CHECK_EQ(lseek(in, 0, SEEK_CUR), 10);
	CHECK_EQ(lseek(out, 0, SEEK_CUR), 1000);
	CHECK_EQ(pread(out, got, 1000, 0), 1000);
	CHECK(memcmp(got, src + 100, 1000) == 0);
	/* without: from the input position, which moves */
	CHECK_EQ(sendfile(out, in, NULL, 50), 50);
	CHECK_EQ(lseek(in, 0, SEEK_CUR), 60);
	CHECK_EQ(pread(out, got, 50, 1000), 50);
	CHECK(memcmp(got, src + 10, 50) == 0);
	/* short at the end, 0 past it */
	off = 4000;
	CHECK_EQ(sendfile(out, in, &off, 1000), 96);
	CHECK_EQ(off, 4096);
	CHECK_EQ(sendfile(out, in, &off, 1000), 0);
	off = (off_t)1 << 32; /* past 4 GiB: nothing there */
	CHECK_EQ(sendfile(out, in, &off, 10), 0);
	CHECK_EQ(off, (off_t)1 << 32);
	off = -1;
	CHECK_ERR(sendfile(out, in, &off, 10), EINVAL);
	CHECK_ERR(sendfile(out, -1, NULL, 10), EBADF);
	CHECK_ERR(sendfile(-1, in, NULL, 10), EBADF);
	int ro = open(pout, O_RDONLY);
	CHECK(ro >= 0);
	CHECK_ERR(sendfile(ro, in, NULL, 10), EBADF);

	/* copy_file_range */
	CHECK_EQ(ftruncate(out, 0), 0);
	off_t oi = 5, oo = 3;
	CHECK_EQ(copy_file_range(in, &oi, out, &oo, 2000, 0), 2000);
	CHECK_EQ(oi, 2005);
	CHECK_EQ(oo, 2003);
	CHECK_EQ(pread(out, got, 2003, 0), 2003);
	CHECK(got[0] == 0 && got[1] == 0 && got[2] == 0);
	CHECK(memcmp(got + 3, src + 5, 2000) == 0);
	CHECK_EQ(lseek(in, 0, SEEK_SET), 0);
	CHECK_EQ(lseek(out, 0, SEEK_SET), 0);
	CHECK_EQ(copy_file_range(in, NULL, out, NULL, 4096, 0), 4096);
	CHECK_EQ(lseek(in, 0, SEEK_CUR), 4096);
	CHECK_EQ(lseek(out, 0, SEEK_CUR), 4096);
	CHECK_EQ(pread(out, got, 4096, 0), 4096);
	CHECK(memcmp(got, src, 4096) == 0);
	oi = 4090;
	CHECK_EQ(copy_file_range(in, &oi, out, NULL, 100, 0), 6);
	CHECK_EQ(oi, 4096);
	CHECK_EQ(copy_file_range(in, &oi, out, NULL, 100, 0), 0);
	oi = (off_t)1 << 33;
	CHECK_EQ(copy_file_range(in, &oi, out, NULL, 100, 0), 0);
	oi = 0;
	oo = (off_t)1 << 32; /* the output grows past 4 GiB (sparse) */
	CHECK_EQ(copy_file_range(in, &oi, out, &oo, 10, 0), 10);
	CHECK_EQ(oo, ((off_t)1 << 32) + 10);
	CHECK_EQ(lseek(out, 0, SEEK_END), ((off_t)1 << 32) + 10);
	CHECK_EQ(pread(out, got, 10, (off_t)1 << 32), 10);
	CHECK(memcmp(got, src, 10) == 0);
	CHECK_ERR(copy_file_range(in, NULL, out, NULL, 10, 1), EINVAL);
	CHECK_ERR(copy_file_range(-1, NULL, out, NULL, 10, 0), EBADF);
	CHECK_ERR(copy_file_range(in, NULL, ro, NULL, 10, 0), EBADF);
	oi = 0, oo = 100;
	CHECK_ERR(copy_file_range(in, &oi, in, &oo, 200, 0), EINVAL); /* overlapping */
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK(copy_file_range(p[0], NULL, out, NULL, 10, 0) == -1);
	CHECK(errno == EINVAL || errno == EBADF);

	/* syncfs */
	CHECK_EQ(syncfs(out), 0);
	CHECK_ERR(syncfs(-1), EBADF);

	close(ro);
	close(in);
	close(out);
	CHECK_EQ(unlink(pin), 0);
	CHECK_EQ(unlink(pout), 0);
	t_puts(1, "ok\n");
	return 0;
}
