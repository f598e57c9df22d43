// STDOUT: ok\n
/* daemon (one fork, a new session, cwd "/", fds 0-2 on /dev/null, and
 * both opt-outs), interval timers (getitimer/setitimer for every timer,
 * periodic ITIMER_REAL, the previous value returned, EINVAL cases) and
 * ualarm (one-shot and periodic). */
#define _DEFAULT_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t alarms;
static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

static int reap(pid_t pid)
{
	int st;
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st);
}

/* Runs daemon(nochdir, noclose) in a child; the detached grandchild
 * reports through the pipe: its pid, whether it leads a session, its cwd,
 * and which of fds 0-2 are /dev/null (a bit each). */
struct report {
	pid_t pid, sid, parent;
	int fds_devnull;
	char cwd[64];
};

static void run_daemon(int nochdir, int noclose, struct report *out)
{
	int p[2];
	CHECK_EQ(pipe(p), 0);
	pid_t child = fork();
	CHECK(child >= 0);
	if (child == 0) {
		close(p[0]);
		if (chdir("/tmp") != 0)
			_exit(9);
		int wfd = p[1];
		if (daemon(nochdir, noclose) != 0)
			_exit(8);
		struct report r;
		memset(&r, 0, sizeof r);
		r.pid = getpid();
		r.sid = getsid(0);
		r.parent = getpgrp();
		int dn = 0;
		for (int fd = 0; fd < 3; fd++) {
			char path[64], want[] = "/dev/null";
			char link[32];
			snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
			ssize_t n = readlink(link, path, sizeof path - 1);
			if (n == (ssize_t)strlen(want) && memcmp(path, want, n) == 0)
				dn |= 1 << fd;
		}
		r.fds_devnull = dn;
		if (!getcwd(r.cwd, sizeof r.cwd))
			r.cwd[0] = 0;
		if (write(wfd, &r, sizeof r) != (ssize_t)sizeof r)
			_exit(7);
		_exit(0);
	}
	close(p[1]);
	/* daemon's parent side exits 0 at once */
	CHECK_EQ(reap(child), 0);
	CHECK_EQ(read(p[0], out, sizeof *out), (ssize_t)sizeof *out);
	close(p[0]);
	CHECK(out->pid != child);
	CHECK_EQ(out->sid, out->pid); /* a session (and group) leader */
	CHECK_EQ(out->parent, out->pid);
}

int main(void)
{
	struct report r;
	run_daemon(0, 0, &r);
	CHECK_EQ(strcmp(r.cwd, "/"), 0);
	CHECK_EQ(r.fds_devnull, 7);
	run_daemon(1, 1, &r);
	CHECK_EQ(strcmp(r.cwd, "/tmp"), 0);
	CHECK_EQ(r.fds_devnull & 6, 0); /* the runner's stdout/stderr pipes stay (its fd 0 is /dev/null) */

	/* interval timers */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	CHECK_EQ(sigaction(SIGALRM, &sa, NULL), 0);

	struct itimerval v, old;
	memset(&v, 0, sizeof v);
	CHECK_EQ(getitimer(ITIMER_REAL, &old), 0);
	CHECK(old.it_value.tv_sec == 0 && old.it_value.tv_usec == 0);
	v.it_value.tv_sec = 5;
	v.it_value.tv_usec = 250000;
	v.it_interval.tv_sec = 1;
	CHECK_EQ(setitimer(ITIMER_VIRTUAL, &v, NULL), 0);
	CHECK_EQ(getitimer(ITIMER_VIRTUAL, &old), 0);
	CHECK_EQ(old.it_interval.tv_sec, 1);
	CHECK_EQ(old.it_interval.tv_usec, 0);
	CHECK(old.it_value.tv_sec == 5 || old.it_value.tv_sec == 4);
	CHECK(old.it_value.tv_usec >= 0 && old.it_value.tv_usec < 1000000);
	struct itimerval zero;
	memset(&zero, 0, sizeof zero);
	CHECK_EQ(setitimer(ITIMER_VIRTUAL, &zero, &old), 0); /* returns the previous */
	CHECK(old.it_value.tv_sec == 5 || old.it_value.tv_sec == 4);
	CHECK_EQ(getitimer(ITIMER_VIRTUAL, &old), 0);
	CHECK(old.it_value.tv_sec == 0 && old.it_value.tv_usec == 0);
	CHECK_EQ(setitimer(ITIMER_PROF, &v, NULL), 0);
	CHECK_EQ(setitimer(ITIMER_PROF, &zero, NULL), 0);

	CHECK_ERR(getitimer(7, &old), EINVAL);
	CHECK_ERR(setitimer(-1, &v, NULL), EINVAL);
	v.it_value.tv_usec = 1000000;
	CHECK_ERR(setitimer(ITIMER_REAL, &v, NULL), EINVAL);
	v.it_value.tv_usec = -1;
	CHECK_ERR(setitimer(ITIMER_REAL, &v, NULL), EINVAL);

	/* periodic ITIMER_REAL: three expiries 10 ms apart */
	memset(&v, 0, sizeof v);
	v.it_value.tv_usec = 10000;
	v.it_interval.tv_usec = 10000;
	alarms = 0;
	CHECK_EQ(setitimer(ITIMER_REAL, &v, NULL), 0);
	while (alarms < 3)
		pause();
	CHECK_EQ(setitimer(ITIMER_REAL, &zero, &old), 0);
	CHECK_EQ(old.it_interval.tv_usec, 10000);

	/* ualarm: nothing pending → 0; the remaining time of the previous */
	CHECK_EQ(ualarm(0, 0), 0u);
	CHECK_EQ(ualarm(900000, 0), 0u);
	useconds_t left = ualarm(0, 0);
	CHECK(left > 500000 && left <= 900000);
	/* POSIX.1-2001: 1000000 or more microseconds is EINVAL */
	errno = 0;
	CHECK_EQ(ualarm(1000000, 0), (useconds_t)-1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(ualarm(1000, 1000000), (useconds_t)-1);
	CHECK_EQ(errno, EINVAL);
	alarms = 0;
	CHECK_EQ(ualarm(20000, 0), 0u);
	while (alarms < 1)
		pause();
	CHECK_EQ(ualarm(0, 0), 0u); /* one-shot: nothing left */
	alarms = 0;
	CHECK_EQ(ualarm(5000, 5000), 0u);
	while (alarms < 3)
		pause();
	left = ualarm(0, 0);
	CHECK(left <= 5000);
	CHECK_EQ(getitimer(ITIMER_REAL, &old), 0);
	CHECK(old.it_value.tv_sec == 0 && old.it_value.tv_usec == 0);

	/* alarm and ualarm share ITIMER_REAL */
	CHECK_EQ(alarm(10), 0u);
	left = ualarm(0, 0);
	CHECK(left > 9000000 && left <= 10000000);

	/* timeradd/timersub/timercmp */
	struct timeval a = {1, 700000}, b = {2, 600000}, c;
	timeradd(&a, &b, &c);
	CHECK(c.tv_sec == 4 && c.tv_usec == 300000);
	timersub(&a, &b, &c);
	CHECK(c.tv_sec == -1 && c.tv_usec == 100000);
	CHECK(timercmp(&a, &b, <));
	CHECK(!timercmp(&a, &b, >=));
	CHECK(timerisset(&a));
	timerclear(&a);
	CHECK(!timerisset(&a));

	puts("ok");
	return 0;
}
