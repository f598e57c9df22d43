// STDOUT: ok\n
/* getpass: on a terminal (a forkpty child, so /dev/tty is the slave) the
 * prompt is written there, the typed line is not echoed and signal
 * characters are plain input while it reads, a newline follows the
 * line, and the settings come back afterwards; with no terminal it
 * reads stdin and prompts on stderr, writes no newline, and returns ""
 * at end of input. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static size_t slurp(int fd, char *buf, size_t cap, const char *until)
{
	size_t got = 0;
	buf[0] = 0;
	while (got < cap - 1 && !(until && strstr(buf, until))) {
		struct pollfd p = { fd, POLLIN, 0 };
		if (poll(&p, 1, 5000) <= 0)
			break;
		ssize_t n = read(fd, buf + got, cap - 1 - got);
		if (n <= 0)
			break;
		got += (size_t)n;
		buf[got] = 0;
	}
	return got;
}

static int wait_status(pid_t pid)
{
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	return WEXITSTATUS(st);
}

static void on_tty(void)
{
	int m;
	pid_t pid = forkpty(&m, NULL, NULL, NULL);
	CHECK(pid >= 0);
	if (pid == 0) {
		char *p = getpass("Pw: ");
		struct termios t;
		if (!p || tcgetattr(0, &t) != 0)
			_exit(10);
		printf("[%s] %d echo=%d isig=%d\n", p, (int)strlen(p), !!(t.c_lflag & ECHO), !!(t.c_lflag & ISIG));
		fflush(stdout);
		_exit(0);
	}
	char buf[256];
	slurp(m, buf, sizeof buf, "Pw: ");
	CHECK(strcmp(buf, "Pw: ") == 0);
	CHECK_EQ(write(m, "se\003cret\n", 8), 8);
	slurp(m, buf, sizeof buf, NULL);
	CHECK_EQ(wait_status(pid), 0);
	CHECK(strcmp(buf, "\r\n[se\003cret] 7 echo=1 isig=1\r\n") == 0);
	close(m);
}

static void no_tty(void)
{
	int in[2], err[2];
	CHECK_EQ(pipe(in), 0);
	CHECK_EQ(pipe(err), 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		/* a new session has no controlling terminal: /dev/tty fails */
		if (setsid() < 0 || dup2(in[0], 0) != 0 || dup2(err[1], 2) != 2)
			_exit(10);
		close(in[1]);
		close(err[0]);
		if (open("/dev/tty", O_RDWR) >= 0)
			_exit(11);
		char *p = getpass("Pw2: ");
		if (!p || strcmp(p, "abc") != 0)
			_exit(12);
		p = getpass("Pw3: ");
		if (!p || strcmp(p, "last") != 0)
			_exit(13);
		p = getpass("Pw4: ");
		if (!p || strcmp(p, "") != 0)
			_exit(14);
		_exit(0);
	}
	close(in[0]);
	close(err[1]);
	CHECK_EQ(write(in[1], "abc\nlast", 8), 8);
	close(in[1]);
	char buf[256];
	slurp(err[0], buf, sizeof buf, NULL);
	CHECK_EQ(wait_status(pid), 0);
	CHECK(strcmp(buf, "Pw2: Pw3: Pw4: ") == 0);
	close(err[0]);
}

int main(void)
{
	on_tty();
	no_tty();
	puts("ok");
	return 0;
}
