/* syslog.h: LOG_PERROR output, masks, unknown priorities, and the
 * message a logger at /dev/log receives (datagram and stream), in a
 * private mount namespace with a tmpfs on /dev so nothing real is touched. */
#define _GNU_SOURCE
#include <syslog.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static char errpath[64];

/* run f with stderr sent to a file; return what it wrote */
static const char *capture(void (*f)(void))
{
	static char buf[4096];
	int fd = open(errpath, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);
	int save = dup(2);
	CHECK(dup2(fd, 2) == 2);
	f();
	CHECK(dup2(save, 2) == 2);
	close(save);
	ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
	CHECK(n >= 0);
	buf[n] = 0;
	close(fd);
	return buf;
}

static void perror_lines(void)
{
	openlog("myid", LOG_PID | LOG_PERROR, LOG_USER);
	syslog(LOG_ERR, "hello %d", 42);
	errno = ENOENT;
	syslog(LOG_INFO, "err: %m");
	syslog(LOG_INFO, "nl at end\n");
	syslog(LOG_INFO, "%s", "");
}

static void masks(void)
{
	CHECK_EQ(setlogmask(LOG_UPTO(LOG_WARNING)), 0xff);
	syslog(LOG_INFO, "masked");
	syslog(LOG_WARNING, "shown");
	CHECK_EQ(setlogmask(0), LOG_UPTO(LOG_WARNING));
	CHECK_EQ(setlogmask(LOG_MASK(LOG_DEBUG)), LOG_UPTO(LOG_WARNING));
	syslog(LOG_ERR, "masked");
	syslog(LOG_DEBUG, "debug only");
	setlogmask(0xff);
}

static void after_close(void)
{
	closelog();
	/* the options stay; the ident is the program's name again */
	syslog(LOG_WARNING, "after close");
	openlog(NULL, LOG_PERROR, 0);
	syslog(LOG_WARNING, "null ident");
	openlog("x", LOG_PERROR, LOG_LOCAL3);
	syslog(LOG_WARNING | LOG_DAEMON, "fac");
	syslog(0x7fff | 0x10000, "bad pri");
}

static const char *prog;

static int logger_test(int type)
{
	/* a private /dev in a private mount namespace */
	if (unshare(CLONE_NEWNS) != 0)
		return 10;
	if (mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
		return 10;
	if (mount("tmpfs", "/dev", "tmpfs", 0, "size=64k") != 0)
		return 10;
	int s = socket(AF_UNIX, type, 0);
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	strcpy(a.sun_path, "/dev/log");
	if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) != 0)
		return 11;
	if (type == SOCK_STREAM && listen(s, 1) != 0)
		return 12;
	openlog("tst", LOG_PID | LOG_NDELAY, LOG_LOCAL1);
	int c = s;
	if (type == SOCK_STREAM && (c = accept(s, NULL, NULL)) < 0)
		return 13;
	time_t t0 = time(NULL);
	syslog(LOG_NOTICE, "value=%d %s", 7, "end");
	syslog(LOG_ERR | LOG_MAIL, "second");
	char buf[512];
	ssize_t n = 0;
	if (type == SOCK_DGRAM) {
		n = recv(c, buf, sizeof buf - 1, 0);
		if (n <= 0)
			return 14;
	} else {
		/* each message ends with a NUL */
		while (n < (ssize_t)sizeof buf - 1) {
			ssize_t k = recv(c, buf + n, 1, 0);
			if (k <= 0)
				return 14;
			if (buf[n++] == 0)
				break;
		}
		n--;
	}
	buf[n] = 0;
	/* "<141>Mmm dd hh:mm:ss tst[pid]: value=7 end" */
	char want_tail[64], stamp[32];
	snprintf(want_tail, sizeof want_tail, "tst[%d]: value=7 end", (int)getpid());
	if (strncmp(buf, "<141>", 5) != 0)
		return 15;
	struct tm tm;
	localtime_r(&t0, &tm);
	strftime(stamp, sizeof stamp, "%b %e ", &tm);
	if (strncmp(buf + 5, stamp, strlen(stamp)) != 0)
		return 16;
	if (strlen(buf) != 5 + 16 + strlen(want_tail) || strcmp(buf + 21, want_tail) != 0)
		return 17;
	if (buf[7 + 5 + 2] != ':' || buf[7 + 5 + 5] != ':' || buf[20] != ' ')
		return 18;
	n = recv(c, buf, sizeof buf - 1, 0);
	if (n <= 0)
		return 19;
	buf[n] = 0;
	if (strncmp(buf, "<19>", 4) != 0 || strstr(buf, "]: second") == NULL)
		return 20;
	closelog();
	return 0;
}

int main(int argc, char **argv)
{
	(void)argc;
	prog = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	snprintf(errpath, sizeof errpath, "/tmp/syslog.%d", (int)getpid());
	char want[512];
	int pid = (int)getpid();

	snprintf(want, sizeof want,
		 "myid[%d]: hello 42\nmyid[%d]: err: No such file or directory\n"
		 "myid[%d]: nl at end\nmyid[%d]: \n", pid, pid, pid, pid);
	CHECK(strcmp(capture(perror_lines), want) == 0);
	snprintf(want, sizeof want, "myid[%d]: shown\nmyid[%d]: debug only\n", pid, pid);
	CHECK(strcmp(capture(masks), want) == 0);
	snprintf(want, sizeof want, "%s[%d]: after close\n%s: null ident\nx: fac\n"
		 "x: syslog: unknown facility/priority: 17fff\nx: bad pri\n", prog, pid, prog);
	const char *got = capture(after_close);
	if (strcmp(got, want))
		t_puts(2, got);
	CHECK(strcmp(got, want) == 0);
	closelog();
	unlink(errpath);

	for (int type = SOCK_DGRAM; type >= SOCK_STREAM; type--) {
		pid_t p = fork();
		CHECK(p >= 0);
		if (p == 0)
			_exit(logger_test(type));
		int st;
		CHECK(waitpid(p, &st, 0) == p && WIFEXITED(st));
		if (WEXITSTATUS(st) == 10) {
			t_puts(2, "syslog_basic: no private mount namespace here; logger delivery not checked\n");
			continue;
		}
		CHECK_EQ(WEXITSTATUS(st), 0);
	}
	return 0;
}
