// STDOUT: ok\n
/* Pseudo-terminals: posix_openpt (flags), grantpt, unlockpt (the slave
 * cannot be opened before it), ptsname and ptsname_r (the name, ERANGE,
 * ENOTTY, EBADF), openpty with and without termp/winp/name, forkpty
 * (the child's output read on the master, the child a session leader
 * with the slave as its controlling terminal and standard streams),
 * login_tty in a forked child, and the errors of each (EINVAL for a
 * descriptor that is no master, EBADF, ENOTTY). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <utmp.h>

/* Everything the master gives until the slave side is gone (EIO) or
 * nothing more comes for a while. */
static size_t slurp(int m, char *buf, size_t cap)
{
	size_t got = 0;
	while (got < cap - 1) {
		struct pollfd p = { m, POLLIN, 0 };
		if (poll(&p, 1, 5000) <= 0)
			break;
		ssize_t n = read(m, buf + got, cap - 1 - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	buf[got] = 0;
	return got;
}

static int wait_status(pid_t pid)
{
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	return WEXITSTATUS(st);
}

static void basics(void)
{
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	CHECK(m >= 0);
	CHECK_EQ(fcntl(m, F_GETFD) & FD_CLOEXEC, 0);
	CHECK(isatty(m));
	CHECK_EQ(grantpt(m), 0);
	unsigned n = 12345;
	CHECK_EQ(ioctl(m, TIOCGPTN, &n), 0);
	char want[32];
	snprintf(want, sizeof want, "/dev/pts/%u", n);
	char *name = ptsname(m);
	CHECK(name != NULL);
	CHECK(strcmp(name, want) == 0);
	/* locked until unlockpt */
	CHECK_ERR(open(name, O_RDWR | O_NOCTTY), EIO);
	CHECK_EQ(unlockpt(m), 0);
	CHECK_EQ(unlockpt(m), 0);
	int s = open(name, O_RDWR | O_NOCTTY);
	CHECK(s >= 0);
	struct stat st;
	CHECK_EQ(fstat(s, &st), 0);
	CHECK(S_ISCHR(st.st_mode));
	CHECK_EQ(st.st_uid, getuid());
	char tn[64];
	CHECK_EQ(ttyname_r(s, tn, sizeof tn), 0);
	CHECK(strcmp(tn, want) == 0);

	/* data both ways */
	char buf[64];
	CHECK_EQ(write(s, "out\n", 4), 4);
	size_t got = 0;
	while (got < 5) {
		ssize_t r = read(m, buf + got, sizeof buf - got);
		CHECK(r > 0);
		got += (size_t)r;
	}
	CHECK(memcmp(buf, "out\r\n", 5) == 0);

	/* ptsname_r */
	size_t len = strlen(want);
	char small[64];
	memset(small, 'x', sizeof small);
	errno = 0;
	CHECK_EQ(ptsname_r(m, small, 5), ERANGE);
	CHECK_EQ(errno, ERANGE);
	CHECK_EQ(ptsname_r(m, small, len), ERANGE);
	CHECK_EQ(ptsname_r(m, small, len + 1), 0);
	CHECK(strcmp(small, want) == 0);
	CHECK_EQ(ptsname_r(m, small, sizeof small), 0);
	CHECK(strcmp(small, want) == 0);

	int fd = open("/proc/self/exe", O_RDONLY);
	int p[2];
	CHECK(fd >= 0 && pipe(p) == 0);
	int others[] = { s, fd, p[0] };
	for (int i = 0; i < 3; i++) {
		int f = others[i];
		errno = 0;
		CHECK_EQ(ptsname_r(f, small, sizeof small), ENOTTY);
		CHECK_EQ(errno, ENOTTY);
		errno = 0;
		CHECK(ptsname(f) == NULL);
		CHECK_EQ(errno, ENOTTY);
		CHECK_ERR(grantpt(f), EINVAL);
		CHECK_ERR(unlockpt(f), EINVAL);
	}
	errno = 0;
	CHECK_EQ(ptsname_r(99, small, sizeof small), EBADF);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	CHECK(ptsname(-1) == NULL);
	CHECK_EQ(errno, EBADF);
	CHECK_ERR(grantpt(99), EBADF);
	CHECK_ERR(unlockpt(99), EBADF);
	close(fd);
	close(p[0]);
	close(p[1]);
	close(s);
	close(m);

	/* the flags reach open */
	m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	CHECK(m >= 0);
	CHECK(fcntl(m, F_GETFD) & FD_CLOEXEC);
	close(m);
	m = posix_openpt(O_RDWR | O_NONBLOCK);
	CHECK(m >= 0);
	CHECK(fcntl(m, F_GETFL) & O_NONBLOCK);
	CHECK_EQ(grantpt(m), 0);
	CHECK_EQ(unlockpt(m), 0);
	CHECK_ERR(read(m, buf, 1), EAGAIN);
	close(m);
}

static void openpty_plain(void)
{
	int m = -1, s = -1;
	CHECK_EQ(openpty(&m, &s, NULL, NULL, NULL), 0);
	CHECK(m >= 0 && s >= 0 && m != s);
	CHECK(isatty(m) && isatty(s));
	char a[64], b[64];
	CHECK_EQ(ptsname_r(m, a, sizeof a), 0);
	CHECK_EQ(ttyname_r(s, b, sizeof b), 0);
	CHECK(strcmp(a, b) == 0);
	/* O_NOCTTY: it did not become our controlling terminal */
	CHECK_ERR(tcgetsid(s), ENOTTY);
	close(s);
	close(m);
}

static void openpty_full(void)
{
	struct termios t;
	memset(&t, 0, sizeof t);
	int m0, s0;
	CHECK_EQ(openpty(&m0, &s0, NULL, NULL, NULL), 0);
	CHECK_EQ(tcgetattr(s0, &t), 0);
	close(s0);
	close(m0);
	t.c_lflag &= ~(ECHO | ICANON);
	t.c_cc[VMIN] = 1;
	t.c_cc[VINTR] = 7;
	CHECK_EQ(cfsetspeed(&t, B19200), 0);
	struct winsize w = { 33, 99, 1, 2 };
	char name[64];
	memset(name, 'x', sizeof name);
	int m = -1, s = -1;
	CHECK_EQ(openpty(&m, &s, name, &t, &w), 0);
	CHECK(strncmp(name, "/dev/pts/", 9) == 0);
	char tn[64];
	CHECK_EQ(ttyname_r(s, tn, sizeof tn), 0);
	CHECK(strcmp(name, tn) == 0);
	struct termios u;
	CHECK_EQ(tcgetattr(s, &u), 0);
	CHECK_EQ(u.c_lflag & (ECHO | ICANON), 0);
	CHECK_EQ(u.c_cc[VINTR], 7);
	CHECK_EQ(cfgetospeed(&u), B19200);
	struct winsize r;
	memset(&r, 0, sizeof r);
	CHECK_EQ(ioctl(m, TIOCGWINSZ, &r), 0);
	CHECK(r.ws_row == 33 && r.ws_col == 99 && r.ws_xpixel == 1 && r.ws_ypixel == 2);
	close(s);
	close(m);
}

static void forkpty_run(void)
{
	int m = -1;
	char name[64];
	struct winsize w = { 40, 100, 0, 0 };
	pid_t pid = forkpty(&m, name, NULL, &w);
	CHECK(pid >= 0);
	if (pid == 0) {
		/* the slave is the session's terminal and every standard stream */
		if (getsid(0) != getpid())
			_exit(10);
		if (tcgetpgrp(0) != getpid())
			_exit(11);
		for (int fd = 0; fd < 3; fd++)
			if (!isatty(fd))
				_exit(12);
		char tn[64];
		if (ttyname_r(1, tn, sizeof tn) != 0 || strcmp(tn, name) != 0)
			_exit(13);
		struct winsize r;
		if (ioctl(0, TIOCGWINSZ, &r) != 0 || r.ws_row != 40 || r.ws_col != 100)
			_exit(14);
		printf("hello from %s\n", "the child");
		fflush(stdout);
		(void)!write(2, "err\n", 4);
		_exit(0);
	}
	CHECK(m >= 0);
	CHECK(strncmp(name, "/dev/pts/", 9) == 0);
	char buf[256];
	slurp(m, buf, sizeof buf);
	CHECK_EQ(wait_status(pid), 0);
	CHECK(strcmp(buf, "hello from the child\r\nerr\r\n") == 0);
	close(m);

	/* termp applies to the child's terminal; name may be null */
	struct termios t;
	int m0, s0;
	CHECK_EQ(openpty(&m0, &s0, NULL, NULL, NULL), 0);
	CHECK_EQ(tcgetattr(s0, &t), 0);
	close(s0);
	close(m0);
	cfmakeraw(&t);
	pid = forkpty(&m, NULL, &t, NULL);
	CHECK(pid >= 0);
	if (pid == 0) {
		(void)!write(1, "a\nb", 3);
		_exit(0);
	}
	slurp(m, buf, sizeof buf);
	CHECK_EQ(wait_status(pid), 0);
	CHECK(strcmp(buf, "a\nb") == 0);
	close(m);

	/* input from the master reaches the child's stdin */
	pid = forkpty(&m, NULL, NULL, NULL);
	CHECK(pid >= 0);
	if (pid == 0) {
		struct termios c;
		tcgetattr(0, &c);
		c.c_lflag &= ~ECHO;
		tcsetattr(0, TCSANOW, &c);
		(void)!write(1, "ready\n", 6);
		char line[64];
		if (!fgets(line, sizeof line, stdin))
			_exit(20);
		printf("got %s", line);
		fflush(stdout);
		_exit(0);
	}
	size_t got = 0;
	while (got < 7) {
		ssize_t r = read(m, buf + got, sizeof buf - got);
		CHECK(r > 0);
		got += (size_t)r;
	}
	CHECK(memcmp(buf, "ready\r\n", 7) == 0);
	CHECK_EQ(write(m, "ping\n", 5), 5);
	slurp(m, buf, sizeof buf);
	CHECK_EQ(wait_status(pid), 0);
	CHECK(strcmp(buf, "got ping\r\n") == 0);
	close(m);
}

static void login_tty_run(void)
{
	int m, s;
	CHECK_EQ(openpty(&m, &s, NULL, NULL, NULL), 0);
	CHECK(s > 2);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		close(m);
		if (login_tty(s) != 0)
			_exit(10);
		if (fcntl(s, F_GETFD) != -1 || errno != EBADF)
			_exit(11); /* closed: it was not 0, 1 or 2 */
		if (getsid(0) != getpid() || tcgetpgrp(1) != getpid())
			_exit(12);
		(void)!write(1, "x\n", 2);
		(void)!write(2, "y\n", 2);
		_exit(0);
	}
	close(s);
	char buf[64];
	slurp(m, buf, sizeof buf);
	CHECK_EQ(wait_status(pid), 0);
	CHECK(strcmp(buf, "x\r\ny\r\n") == 0);
	close(m);

	/* no terminal: -1/ENOTTY */
	pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		int p[2];
		if (pipe(p) != 0)
			_exit(20);
		errno = 0;
		if (login_tty(p[0]) != -1 || errno != ENOTTY)
			_exit(21);
		errno = 0;
		if (login_tty(99) != -1 || errno != EBADF)
			_exit(22);
		_exit(0);
	}
	CHECK_EQ(wait_status(pid), 0);
}

int main(void)
{
	basics();
	openpty_plain();
	openpty_full();
	forkpty_run();
	login_tty_run();
	puts("ok");
	return 0;
}
