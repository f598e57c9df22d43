// STDOUT: ok\n
// GLIBC: differs glibc 2.36 has no tcgetwinsize/tcsetwinsize (POSIX.1-2024; glibc added them later)
/* POSIX.1-2024 tcgetwinsize and tcsetwinsize on a pty: the size set on
 * one side is read on the other and by TIOCGWINSZ; EBADF, ENOTTY on a
 * file and a pipe. struct winsize is the one termios.h and sys/ioctl.h
 * share. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

_Static_assert(sizeof(struct winsize) == 8, "winsize");
_Static_assert(offsetof(struct winsize, ws_row) == 0 && offsetof(struct winsize, ws_col) == 2
		       && offsetof(struct winsize, ws_xpixel) == 4 && offsetof(struct winsize, ws_ypixel) == 6,
	       "winsize fields");

int main(void)
{
	int m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	CHECK(m >= 0);
	int unlock = 0, n = -1;
	CHECK_EQ(ioctl(m, TIOCSPTLCK, &unlock), 0);
	CHECK_EQ(ioctl(m, TIOCGPTN, &n), 0);
	char name[32];
	snprintf(name, sizeof name, "/dev/pts/%d", n);
	int s = open(name, O_RDWR | O_NOCTTY);
	CHECK(s >= 0);

	struct winsize w = { 24, 80, 640, 480 }, r;
	CHECK_EQ(tcsetwinsize(m, &w), 0);
	memset(&r, 0xff, sizeof r);
	CHECK_EQ(tcgetwinsize(s, &r), 0);
	CHECK(r.ws_row == 24 && r.ws_col == 80 && r.ws_xpixel == 640 && r.ws_ypixel == 480);
	w.ws_row = 50;
	w.ws_col = 132;
	CHECK_EQ(tcsetwinsize(s, &w), 0);
	memset(&r, 0, sizeof r);
	CHECK_EQ(ioctl(m, TIOCGWINSZ, &r), 0);
	CHECK(r.ws_row == 50 && r.ws_col == 132);
	memset(&r, 0, sizeof r);
	CHECK_EQ(tcgetwinsize(m, &r), 0);
	CHECK(r.ws_row == 50 && r.ws_col == 132 && r.ws_xpixel == 640);

	CHECK_ERR(tcgetwinsize(99, &r), EBADF);
	CHECK_ERR(tcsetwinsize(-1, &w), EBADF);
	int fd = open("/proc/self/exe", O_RDONLY);
	int p[2];
	CHECK(fd >= 0 && pipe(p) == 0);
	CHECK_ERR(tcgetwinsize(fd, &r), ENOTTY);
	CHECK_ERR(tcsetwinsize(fd, &w), ENOTTY);
	CHECK_ERR(tcgetwinsize(p[0], &r), ENOTTY);
	CHECK_ERR(tcsetwinsize(p[1], &w), ENOTTY);
	puts("ok");
	return 0;
}
