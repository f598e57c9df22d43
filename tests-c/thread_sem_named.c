/* Named semaphores over /dev/shm: sem_open with O_CREAT/O_EXCL, a second
 * open seeing the same value, waiting across fork, sem_close, sem_unlink
 * and the errnos (EEXIST, ENOENT, EINVAL). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
// STDOUT: ok\n

int main(void)
{
	char name[64];
	snprintf(name, sizeof name, "/ferro_test_sem_%d", (int)getpid());
	sem_unlink(name);
	sem_t *a = sem_open(name, O_CREAT | O_EXCL, 0600, 0);
	CHECK(a != SEM_FAILED);
	errno = 0;
	CHECK(sem_open(name, O_CREAT | O_EXCL, 0600, 0) == SEM_FAILED);
	CHECK_EQ(errno, EEXIST);
	sem_t *b = sem_open(name, 0);
	CHECK(b != SEM_FAILED);
	sem_t *c = sem_open(name, O_CREAT, 0600, 5); /* exists: value ignored */
	CHECK(c != SEM_FAILED);
	/* the same name: the same address (POSIX, and glibc) */
	CHECK(a == b && b == c);
	int v;
	CHECK_EQ(sem_getvalue(c, &v), 0);
	CHECK_EQ(v, 0);
	CHECK_EQ(sem_post(a), 0);
	CHECK_EQ(sem_getvalue(b, &v), 0);
	CHECK_EQ(v, 1);
	CHECK_EQ(sem_trywait(c), 0);
	CHECK_ERR(sem_trywait(b), EAGAIN);

	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		/* the parent posts twice */
		if (sem_wait(b) != 0 || sem_wait(b) != 0)
			_exit(2);
		_exit(0);
	}
	usleep(20000);
	CHECK_EQ(sem_post(a), 0);
	CHECK_EQ(sem_post(c), 0);
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);
	CHECK_EQ(sem_getvalue(a, &v), 0);
	CHECK_EQ(v, 0);

	CHECK_EQ(sem_close(b), 0);
	CHECK_EQ(sem_close(c), 0);
	/* one open left: still mapped */
	CHECK_EQ(sem_getvalue(a, &v), 0);
	CHECK_EQ(sem_unlink(name), 0);
	CHECK_ERR(sem_unlink(name), ENOENT);
	errno = 0;
	CHECK(sem_open(name, 0) == SEM_FAILED);
	CHECK_EQ(errno, ENOENT);
	/* still usable after the unlink */
	CHECK_EQ(sem_post(a), 0);
	CHECK_EQ(sem_wait(a), 0);
	CHECK_EQ(sem_close(a), 0);

	errno = 0;
	CHECK(sem_open(name, O_CREAT, 0600, (unsigned)INT_MAX + 1u) == SEM_FAILED);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(sem_open("/", O_CREAT, 0600, 0) == SEM_FAILED);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(sem_open("/a/b", O_CREAT, 0600, 0) == SEM_FAILED);
	CHECK_EQ(errno, EINVAL);
	t_puts(1, "ok\n");
	return 0;
}
