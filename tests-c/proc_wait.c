// STDOUT: ok\n
/* fork/_Fork and the wait family: every W* macro on exited, killed,
 * stopped and continued children; WNOHANG; waitid with WEXITED|WNOWAIT;
 * wait3/wait4 resource usage; ECHILD without children; process groups and
 * sessions; pause until a signal. Signals are sent with the raw kill
 * system call (this test does not depend on <signal.h>). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#ifdef AGAINST_GLIBC
#include <sys/resource.h> /* glibc's <sys/wait.h> leaves struct rusage incomplete */
#endif
#include <unistd.h>

#define T_SIGABRT 6
#define T_SIGKILL 9
#define T_SIGTERM 15
#define T_SIGCONT 18
#define T_SIGSTOP 19

static void sendsig(pid_t pid, int sig)
{
	CHECK_EQ(syscall(SYS_kill, pid, sig), 0);
}

static int reap(pid_t pid)
{
	int st = -1;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	return st;
}

int main(void)
{
	int st;
	/* no children yet */
	CHECK_ERR(waitpid(-1, &st, 0), ECHILD);
	CHECK_ERR(wait(&st), ECHILD);

	/* exit statuses */
	for (int code = 0; code < 256; code += 51) {
		pid_t pid = fork();
		CHECK(pid >= 0);
		if (pid == 0)
			_exit(code);
		st = reap(pid);
		CHECK(WIFEXITED(st));
		CHECK(!WIFSIGNALED(st));
		CHECK(!WIFSTOPPED(st));
		CHECK(!WIFCONTINUED(st));
		CHECK_EQ(WEXITSTATUS(st), code);
	}
	pid_t pid = _Fork();
	CHECK(pid >= 0);
	if (pid == 0)
		exit(300);
	st = reap(pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 300 % 256);

	/* killed by a signal: abort, SIGKILL */
	pid = fork();
	if (pid == 0)
		abort();
	st = reap(pid);
	CHECK(WIFSIGNALED(st));
	CHECK(!WIFEXITED(st));
	CHECK_EQ(WTERMSIG(st), T_SIGABRT);
	(void)WCOREDUMP(st);
	pid = fork();
	if (pid == 0) {
		sendsig(getpid(), T_SIGKILL);
		_exit(1);
	}
	st = wait(NULL) == pid ? 0 : -1;
	CHECK_EQ(st, 0);

	/* stopped and continued; the child then waits for EOF on a pipe, so
	 * its exit cannot overtake the continued report */
	int p[2];
	CHECK_EQ(pipe(p), 0);
	pid = fork();
	if (pid == 0) {
		char c;
		close(p[1]);
		sendsig(getpid(), T_SIGSTOP);
		(void)!read(p[0], &c, 1);
		_exit(5);
	}
	close(p[0]);
	CHECK_EQ(waitpid(pid, &st, WUNTRACED), pid);
	CHECK(WIFSTOPPED(st));
	CHECK(!WIFEXITED(st) && !WIFSIGNALED(st));
	CHECK_EQ(WSTOPSIG(st), T_SIGSTOP);
	sendsig(pid, T_SIGCONT);
	CHECK_EQ(waitpid(pid, &st, WCONTINUED), pid);
	CHECK(WIFCONTINUED(st));
	close(p[1]);
	st = reap(pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 5);

	/* WNOHANG: 0 while the child runs */
	CHECK_EQ(pipe(p), 0);
	pid = fork();
	if (pid == 0) {
		char c;
		close(p[1]);
		(void)!read(p[0], &c, 1);
		_exit(9);
	}
	close(p[0]);
	CHECK_EQ(waitpid(pid, &st, WNOHANG), 0);
	close(p[1]);
	st = reap(pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 9);

	/* waitid: WNOWAIT leaves the child waitable */
	pid = fork();
	if (pid == 0)
		_exit(7);
	siginfo_t si;
	CHECK_EQ(sizeof si, 128);
	CHECK_EQ(waitid(P_PID, pid, &si, WEXITED | WNOWAIT), 0);
	CHECK_EQ(si.si_pid, pid);
	CHECK_EQ(si.si_signo, 17); /* SIGCHLD */
	CHECK_EQ(si.si_code, 1);   /* CLD_EXITED */
	CHECK_EQ(si.si_status, 7);
	CHECK_EQ(si.si_uid, getuid());
	CHECK_EQ(waitid(P_ALL, 0, &si, WEXITED | WNOWAIT), 0);
	CHECK_EQ(si.si_pid, pid);
	CHECK_EQ(waitid(P_PGID, 0, &si, WEXITED), 0);
	CHECK_EQ(si.si_pid, pid);
	CHECK_ERR(waitid(P_PID, pid, &si, WEXITED), ECHILD);
	CHECK_ERR(waitid(P_ALL, 0, &si, 0), EINVAL);

	/* wait4 / wait3 with resource usage */
	pid = fork();
	if (pid == 0) {
		volatile unsigned long x = 0;
		for (unsigned long i = 0; i < 3000000; i++)
			x += i;
		_exit(2);
	}
	struct rusage ru;
	CHECK_EQ(wait4(pid, &st, 0, &ru), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 2);
	CHECK(ru.ru_minflt > 0);
	CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
	CHECK(ru.ru_stime.tv_usec >= 0 && ru.ru_stime.tv_usec < 1000000);
	CHECK(ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_sec < 100);
	pid = fork();
	if (pid == 0)
		_exit(4);
	pid_t got;
	while ((got = wait3(&st, WNOHANG, &ru)) == 0)
		usleep(1000);
	CHECK_EQ(got, pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 4);
	CHECK(ru.ru_minflt > 0);
	CHECK_ERR(wait4(-1, &st, 0, &ru), ECHILD);

	/* process groups and sessions */
	CHECK_EQ(getpgrp(), getpgid(0));
	CHECK_EQ(getpgid(getpid()), getpgrp());
	/* 0 when the session leader is outside our pid namespace (containers, CI) */
	CHECK(getsid(0) >= 0);
	CHECK_EQ(getsid(getpid()), getsid(0));
	CHECK_ERR(getpgid(-5), ESRCH);
	pid = fork();
	if (pid == 0) {
		if (setpgid(0, 0) != 0 || getpgrp() != getpid())
			_exit(1);
		if (setsid() != -1 || errno != EPERM) /* a group leader */
			_exit(2);
		_exit(0);
	}
	CHECK_EQ(reap(pid), 0);
	pid = fork();
	if (pid == 0) {
		if (setsid() != getpid() || getsid(0) != getpid() || getpgrp() != getpid())
			_exit(1);
		_exit(0);
	}
	CHECK_EQ(reap(pid), 0);
	pid = fork();
	if (pid == 0)
		_exit(setpgrp() == 0 && getpgrp() == getpid() ? 0 : 1);
	CHECK_EQ(reap(pid), 0);
	/* stdin is /dev/null: no terminal */
	CHECK_ERR(tcgetpgrp(0), ENOTTY);
	CHECK_ERR(tcsetpgrp(0, getpgrp()), ENOTTY);
	CHECK_ERR(tcgetpgrp(-1), EBADF);

	/* pause sleeps until a signal */
	CHECK_EQ(pipe(p), 0);
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		(void)!write(p[1], "x", 1);
		pause();
		_exit(1);
	}
	char c;
	close(p[1]);
	CHECK_EQ(read(p[0], &c, 1), 1);
	usleep(100000);
	CHECK_EQ(waitpid(pid, &st, WNOHANG), 0);
	sendsig(pid, T_SIGTERM);
	st = reap(pid);
	CHECK(WIFSIGNALED(st) && WTERMSIG(st) == T_SIGTERM);
	t_puts(1, "ok\n");
	return 0;
}
