// STDOUT: ok\n
// LIBS: -lpthread -lrt
/* shm_open/shm_unlink (names as glibc takes them, O_EXCL, close-on-exec,
 * memory shared with a child), mlock/munlock/mlockall/munlockall,
 * mincore, posix_madvise, and POSIX message queues: priorities, attributes,
 * O_NONBLOCK, a timed receive that times out, EMSGSIZE, EBADF, EINVAL,
 * EEXIST, ENOENT. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	char name[64];
	snprintf(name, sizeof name, "/ferro_shm_%d", (int)getpid());
	int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0);
	CHECK(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	CHECK_ERR(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST);
	CHECK_EQ(ftruncate(fd, 4096), 0);
	int *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(m != MAP_FAILED);
	pid_t pid = fork();
	if (pid == 0) {
		int fd2 = shm_open(name + 1, O_RDWR, 0); /* no slash: glibc takes it too */
		int *m2 = fd2 >= 0 ? mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd2, 0) : MAP_FAILED;
		if (m2 == MAP_FAILED)
			_exit(3);
		m2[10] = 4242;
		_exit(0);
	}
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	CHECK_EQ(m[10], 4242);
	struct stat sb;
	CHECK_EQ(fstat(fd, &sb), 0);
	CHECK_EQ(sb.st_size, 4096);
	close(fd);
	/* Another user may not remove it from sticky /dev/shm: EACCES (the
	 * kernel says EPERM; glibc maps it, as POSIX names the error). */
	if (geteuid() == 0) {
		pid_t u = fork();
		if (u == 0) {
			if (setgid(65534) != 0 || setuid(65534) != 0)
				_exit(2);
			_exit(shm_unlink(name) == -1 && errno == EACCES ? 0 : 1);
		}
		CHECK_EQ(waitpid(u, &st, 0), u);
		CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	}
	CHECK_EQ(shm_unlink(name), 0);
	CHECK_ERR(shm_unlink(name), ENOENT);
	CHECK_ERR(shm_open(name, O_RDWR, 0), ENOENT);
	CHECK_ERR(shm_open("/", O_RDWR | O_CREAT, 0600), EINVAL);
	CHECK_ERR(shm_open("", O_RDWR | O_CREAT, 0600), EINVAL);
	CHECK_ERR(shm_open("/a/b", O_RDWR | O_CREAT, 0600), EINVAL);
	CHECK_ERR(shm_open("/..", O_RDWR | O_CREAT, 0600), EINVAL);
	/* sem_unlink: a name no semaphore can have is ENOENT, as glibc. */
	CHECK_ERR(sem_unlink(""), ENOENT);
	CHECK_ERR(sem_unlink("/a/b"), ENOENT);
	CHECK_ERR(sem_unlink("/ferro-no-such-sem"), ENOENT);
	char longname[300];
	memset(longname, 'x', sizeof longname);
	longname[0] = '/';
	longname[299] = 0;
	CHECK_ERR(shm_open(longname, O_RDWR | O_CREAT, 0600), EINVAL);

	/* Locking and residency. */
	errno = 0;
	int r = mlock(m, 4096);
	CHECK(r == 0 || errno == EPERM || errno == ENOMEM || errno == EAGAIN);
	if (r == 0)
		CHECK_EQ(munlock(m, 4096), 0);
	r = mlockall(MCL_CURRENT);
	CHECK(r == 0 || errno == EPERM || errno == ENOMEM || errno == EAGAIN);
	CHECK_EQ(munlockall(), 0);
	CHECK_ERR(mlockall(0), EINVAL);
	unsigned char vec[2];
	m[0] = 1;
	CHECK_EQ(mincore(m, 4096, vec), 0);
	CHECK(vec[0] & 1);
	/* qemu-user (no vDSO given) checks the mapping before the alignment
	 * and ignores madvise advice: the kernel's answers only natively. */
	int native = getauxval(AT_SYSINFO_EHDR) != 0;
	errno = 0;
	CHECK_EQ(mincore((char *)m + 1, 4096, vec), -1);
	CHECK(errno == EINVAL || (!native && errno == ENOMEM));
	CHECK_EQ(posix_madvise(m, 4096, POSIX_MADV_WILLNEED), 0);
	CHECK_EQ(posix_madvise(m, 4096, POSIX_MADV_DONTNEED), 0);
	CHECK_EQ(m[10], 4242);
	r = posix_madvise(m, 4096, 999);
	CHECK(r == EINVAL || (!native && r == 0));
	munmap(m, 4096);
	CHECK_ERR(mincore(m, 4096, vec), ENOMEM);

	/* Message queues. */
	snprintf(name, sizeof name, "/ferro_mq_%d", (int)getpid());
	struct mq_attr a = {0};
	a.mq_maxmsg = 4;
	a.mq_msgsize = 32;
	mqd_t q = mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &a);
	CHECK(q >= 0);
	CHECK_ERR(mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &a), EEXIST);
	CHECK_EQ(mq_send(q, "one", 4, 1), 0);
	CHECK_EQ(mq_send(q, "five", 5, 5), 0);
	CHECK_EQ(mq_send(q, "three", 6, 3), 0);
	struct mq_attr g;
	CHECK_EQ(mq_getattr(q, &g), 0);
	CHECK(g.mq_maxmsg == 4 && g.mq_msgsize == 32 && g.mq_curmsgs == 3 && g.mq_flags == 0);
	char buf[64];
	unsigned prio = 0;
	CHECK_EQ(mq_receive(q, buf, sizeof buf, &prio), 5);
	CHECK(prio == 5 && strcmp(buf, "five") == 0);
	CHECK_EQ(mq_receive(q, buf, sizeof buf, &prio), 6);
	CHECK(prio == 3 && strcmp(buf, "three") == 0);
	CHECK_ERR(mq_receive(q, buf, 8, &prio), EMSGSIZE);
	CHECK_EQ(mq_receive(q, buf, sizeof buf, NULL), 4);
	CHECK_ERR(mq_send(q, buf, 33, 0), EMSGSIZE);
	struct timespec past = {1, 0};
	CHECK_ERR(mq_timedreceive(q, buf, sizeof buf, &prio, &past), ETIMEDOUT);
	struct timespec bad = {0, 2000000000L};
	CHECK_ERR(mq_timedreceive(q, buf, sizeof buf, &prio, &bad), EINVAL);
	struct timespec soon;
	clock_gettime(CLOCK_REALTIME, &soon);
	soon.tv_nsec += 20000000;
	if (soon.tv_nsec >= 1000000000) {
		soon.tv_sec++;
		soon.tv_nsec -= 1000000000;
	}
	CHECK_EQ(mq_timedsend(q, "t", 2, 0, &soon), 0);
	CHECK_EQ(mq_timedreceive(q, buf, sizeof buf, &prio, &soon), 2);
	struct mq_attr nb = {0}, old;
	nb.mq_flags = O_NONBLOCK;
	CHECK_EQ(mq_setattr(q, &nb, &old), 0);
	CHECK_EQ(old.mq_flags, 0);
	CHECK_ERR(mq_receive(q, buf, sizeof buf, &prio), EAGAIN);
	CHECK_EQ(mq_getattr(q, &g), 0);
	CHECK_EQ(g.mq_flags, O_NONBLOCK);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(mq_send(q, "x", 1, 0), 0);
	CHECK_ERR(mq_send(q, "x", 1, 0), EAGAIN);
	CHECK_EQ(mq_close(q), 0);
	CHECK_ERR(mq_close(q), EBADF);
	CHECK_ERR(mq_send(q, "x", 1, 0), EBADF);
	mqd_t q2 = mq_open(name, O_RDONLY);
	CHECK(q2 >= 0);
	CHECK_EQ(mq_getattr(q2, &g), 0);
	CHECK_EQ(g.mq_curmsgs, 4);
	CHECK_ERR(mq_send(q2, "x", 1, 0), EBADF);
	mq_close(q2);
	CHECK_EQ(mq_unlink(name), 0);
	CHECK_ERR(mq_unlink(name), ENOENT);
	CHECK_ERR(mq_open(name, O_RDONLY), ENOENT);
	CHECK_ERR(mq_open("noslash", O_RDWR | O_CREAT, 0600, NULL), EINVAL);
	a.mq_maxmsg = 0;
	CHECK_ERR(mq_open(name, O_RDWR | O_CREAT, 0600, &a), EINVAL);
	printf("ok\n");
	return 0;
}
