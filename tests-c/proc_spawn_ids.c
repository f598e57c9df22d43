// STDOUT: ok\n
/* posix_spawn runs no pthread_atfork handlers (they would write to a
 * pipe); POSIX_SPAWN_RESETIDS gives the child the real ids as its
 * effective ones (as root, after seteuid/setegid to others; without the
 * flag the child keeps the effective ones); POSIX_SPAWN_USEVFORK is
 * accepted and the spawn works. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static int hook_fd = -1;

static void prep(void)
{
	(void)!write(hook_fd, "p", 1);
}

static void par(void)
{
	(void)!write(hook_fd, "P", 1);
}

static void chi(void)
{
	(void)!write(hook_fd, "c", 1);
}

static int status_of(pid_t pid)
{
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	return WEXITSTATUS(st);
}

/* run `script` under /bin/sh with `at`; its stdout into buf */
static int runv(char **argv, posix_spawnattr_t *at, char *buf, size_t len);

static int run(const char *script, posix_spawnattr_t *at, char *buf, size_t len)
{
	char *argv[] = {"/bin/sh", "-c", (char *)script, 0};
	return runv(argv, at, buf, len);
}

/* the child's "Uid:" and "Gid:" lines, read by grep (not a shell: shells
 * drop an effective id that differs from the real one) */
static void ids_of_child(posix_spawnattr_t *at, char *buf, size_t len)
{
	char *argv[] = {"/bin/grep", "-E", "^(Uid|Gid):", "/proc/self/status", 0};
	CHECK_EQ(runv(argv, at, buf, len), 0);
}

static int runv(char **argv, posix_spawnattr_t *at, char *buf, size_t len)
{
	int p[2];
	CHECK_EQ(pipe(p), 0);
	posix_spawn_file_actions_t fa;
	CHECK_EQ(posix_spawn_file_actions_init(&fa), 0);
	CHECK_EQ(posix_spawn_file_actions_adddup2(&fa, p[1], 1), 0);
	CHECK_EQ(posix_spawn_file_actions_addclose(&fa, p[0]), 0);
	pid_t pid;
	CHECK_EQ(posix_spawn(&pid, argv[0], &fa, at, argv, environ), 0);
	CHECK_EQ(posix_spawn_file_actions_destroy(&fa), 0);
	close(p[1]);
	size_t n = 0;
	for (;;) {
		ssize_t r = read(p[0], buf + n, len - 1 - n);
		CHECK(r >= 0);
		if (r == 0)
			break;
		n += r;
	}
	buf[n] = 0;
	close(p[0]);
	return status_of(pid);
}

int main(void)
{
	int hp[2];
	CHECK_EQ(pipe(hp), 0);
	CHECK_EQ(fcntl(hp[0], F_SETFL, O_NONBLOCK), 0);
	hook_fd = hp[1];
	CHECK_EQ(pthread_atfork(prep, par, chi), 0);

	char buf[128];
	CHECK_EQ(run("echo hi; exit 3", NULL, buf, sizeof buf), 3);
	CHECK(strcmp(buf, "hi\n") == 0);
	char c;
	CHECK_ERR(read(hp[0], &c, 1), EAGAIN);

	/* POSIX_SPAWN_USEVFORK: accepted, works, no atfork handlers */
	posix_spawnattr_t at;
	CHECK_EQ(posix_spawnattr_init(&at), 0);
	CHECK_EQ(posix_spawnattr_setflags(&at, POSIX_SPAWN_USEVFORK), 0);
	short fl = 0;
	CHECK_EQ(posix_spawnattr_getflags(&at, &fl), 0);
	CHECK_EQ(fl, POSIX_SPAWN_USEVFORK);
	CHECK_EQ(run("echo v; exit 6", &at, buf, sizeof buf), 6);
	CHECK(strcmp(buf, "v\n") == 0);
	CHECK_ERR(read(hp[0], &c, 1), EAGAIN);

	/* fork, by contrast, runs them (the handlers are registered) */
	pid_t f = fork();
	CHECK(f >= 0);
	if (f == 0)
		_exit(0);
	CHECK_EQ(status_of(f), 0);
	char hb[8];
	ssize_t hn = read(hp[0], hb, sizeof hb);
	CHECK(hn >= 2); /* p and P here (c in the child) */

	if (geteuid() == 0) {
		CHECK_EQ(setegid(1234), 0);
		CHECK_EQ(seteuid(4321), 0);
		/* without the flag: the effective ids carry over */
		CHECK_EQ(posix_spawnattr_setflags(&at, 0), 0);
		ids_of_child(&at, buf, sizeof buf);
		CHECK(strstr(buf, "Uid:\t0\t4321\t") != NULL);
		CHECK(strstr(buf, "Gid:\t0\t1234\t") != NULL);
		/* RESETIDS: the real ones (root) */
		CHECK_EQ(posix_spawnattr_setflags(&at, POSIX_SPAWN_RESETIDS), 0);
		ids_of_child(&at, buf, sizeof buf);
		CHECK(strstr(buf, "Uid:\t0\t0\t") != NULL);
		CHECK(strstr(buf, "Gid:\t0\t0\t") != NULL);
		/* and the caller's own stay as they were */
		CHECK_EQ(geteuid(), 4321);
		CHECK_EQ(getegid(), 1234);
		CHECK_EQ(seteuid(0), 0);
		CHECK_EQ(setegid(0), 0);
	} else {
		t_puts(2, "proc_spawn_ids: not root, RESETIDS unchecked\n");
	}
	CHECK_EQ(posix_spawnattr_destroy(&at), 0);
	t_puts(1, "ok\n");
	return 0;
}
