// STDOUT: ok\n
/* sys/file.h flock between two open file descriptions of one file
 * (LOCK_NB -> EWOULDBLOCK, shared locks together, LOCK_UN, EBADF, EINVAL),
 * and unistd.h lockf on [offset, offset+len): F_LOCK in the parent, then
 * from a forked child F_TLOCK (EACCES or EAGAIN) and F_TEST (EACCES)
 * inside the range, 0 outside it, a negative len locking the bytes
 * before the offset, len 0 locking to the end and beyond, F_ULOCK, and
 * the errors (EINVAL, EBADF). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

static char path[64];

/* In a child: F_TEST of [at, at+len) on a fresh descriptor; 0 free,
 * 1 locked (EACCES). */
static int test_in_child(off_t at, off_t len)
{
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		int fd = open(path, O_RDWR);
		CHECK(fd >= 0);
		CHECK_EQ(lseek(fd, at, SEEK_SET), at);
		errno = 0;
		int r = lockf(fd, F_TEST, len);
		if (r == 0)
			_exit(0);
		CHECK_EQ(errno, EACCES);
		/* F_TLOCK agrees, and leaves the offset alone */
		errno = 0;
		CHECK_EQ(lockf(fd, F_TLOCK, len), -1);
		CHECK(errno == EACCES || errno == EAGAIN);
		CHECK_EQ(lseek(fd, 0, SEEK_CUR), at);
		_exit(1);
	}
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	CHECK(WEXITSTATUS(st) <= 1);
	return WEXITSTATUS(st);
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/fsx_lock.%d", (int)getpid());
	int fd1 = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd1 >= 0);
	int fd2 = open(path, O_RDWR);
	CHECK(fd2 >= 0);
	CHECK(LOCK_SH == 1 && LOCK_EX == 2 && LOCK_NB == 4 && LOCK_UN == 8);

	/* flock */
	CHECK_EQ(flock(fd1, LOCK_EX), 0);
	CHECK_ERR(flock(fd2, LOCK_EX | LOCK_NB), EWOULDBLOCK);
	CHECK_ERR(flock(fd2, LOCK_SH | LOCK_NB), EWOULDBLOCK);
	int dup1 = dup(fd1); /* the same open file description: its lock */
	CHECK_EQ(flock(dup1, LOCK_EX | LOCK_NB), 0);
	close(dup1);
	CHECK_EQ(flock(fd1, LOCK_UN), 0);
	CHECK_EQ(flock(fd2, LOCK_SH | LOCK_NB), 0);
	CHECK_EQ(flock(fd1, LOCK_SH | LOCK_NB), 0);
	CHECK_ERR(flock(fd1, LOCK_EX | LOCK_NB), EWOULDBLOCK);
	CHECK_EQ(flock(fd2, LOCK_UN), 0);
	CHECK_EQ(flock(fd1, LOCK_EX | LOCK_NB), 0);
	CHECK_EQ(flock(fd1, LOCK_UN), 0);
	CHECK_ERR(flock(-1, LOCK_EX), EBADF);
	CHECK_ERR(flock(fd1, 0), EINVAL);
	close(fd2);

	/* lockf */
	CHECK(F_ULOCK == 0 && F_LOCK == 1 && F_TLOCK == 2 && F_TEST == 3);
	char zero[100] = {0};
	CHECK_EQ(write(fd1, zero, sizeof zero), 100);
	CHECK_EQ(lseek(fd1, 10, SEEK_SET), 10);
	CHECK_EQ(lockf(fd1, F_LOCK, 20), 0);	/* [10, 30) */
	CHECK_EQ(lseek(fd1, 0, SEEK_CUR), 10);
	CHECK_EQ(lockf(fd1, F_TEST, 20), 0);	/* our own lock is no conflict */
	CHECK_EQ(test_in_child(10, 5), 1);
	CHECK_EQ(test_in_child(29, 1), 1);
	CHECK_EQ(test_in_child(0, 10), 0);
	CHECK_EQ(test_in_child(30, 10), 0);
	CHECK_EQ(test_in_child(5, 10), 1);	/* overlaps [10, 15) */

	CHECK_EQ(lseek(fd1, 50, SEEK_SET), 50);
	CHECK_EQ(lockf(fd1, F_TLOCK, -10), 0);	/* [40, 50) */
	CHECK_EQ(test_in_child(45, 1), 1);
	CHECK_EQ(test_in_child(40, 1), 1);
	CHECK_EQ(test_in_child(50, 1), 0);
	CHECK_EQ(test_in_child(39, 1), 0);
	CHECK_EQ(test_in_child(50, -5), 1);	/* [45, 50) */

	CHECK_EQ(lseek(fd1, 60, SEEK_SET), 60);
	CHECK_EQ(lockf(fd1, F_LOCK, 0), 0);	/* [60, end of file and beyond) */
	CHECK_EQ(test_in_child(1000, 1), 1);
	CHECK_EQ(test_in_child(59, 1), 0);
	CHECK_EQ(test_in_child(55, 0), 1);

	CHECK_EQ(lseek(fd1, 10, SEEK_SET), 10);
	CHECK_EQ(lockf(fd1, F_ULOCK, 20), 0);
	CHECK_EQ(test_in_child(10, 20), 0);
	CHECK_EQ(test_in_child(45, 1), 1);
	CHECK_EQ(lseek(fd1, 0, SEEK_SET), 0);
	CHECK_EQ(lockf(fd1, F_ULOCK, 0), 0);	/* everything */
	CHECK_EQ(test_in_child(45, 1), 0);
	CHECK_EQ(test_in_child(1000, 1), 0);

	CHECK_ERR(lockf(fd1, 4, 1), EINVAL);
	CHECK_ERR(lockf(fd1, -1, 1), EINVAL);
	CHECK_ERR(lockf(-1, F_LOCK, 1), EBADF);
	CHECK_ERR(lockf(-1, F_TEST, 1), EBADF);
	int ro = open(path, O_RDONLY);
	CHECK(ro >= 0);
	CHECK_ERR(lockf(ro, F_TLOCK, 1), EBADF); /* a write lock needs write access */
	CHECK_EQ(lseek(fd1, 10, SEEK_SET), 10);
	CHECK_ERR(lockf(fd1, F_LOCK, -11), EINVAL); /* before the start of the file */
	close(ro);
	close(fd1);
	CHECK_EQ(unlink(path), 0);
	t_puts(1, "ok\n");
	return 0;
}
