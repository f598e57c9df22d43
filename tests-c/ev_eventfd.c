// STDOUT: ok\n
/* eventfd eventfd_read eventfd_write: the counter (initial value, sums,
 * read resets it), EFD_SEMAPHORE (each read takes 1), EFD_NONBLOCK
 * (EAGAIN on an empty counter and on a write that would overflow),
 * EFD_CLOEXEC, EINVAL for short buffers, the value -1 and bad flags,
 * EBADF, a blocking read woken by another process's write, and epoll on
 * an eventfd (EPOLLOUT, EPOLLIN, EPOLLET). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

_Static_assert(sizeof(eventfd_t) == 8, "eventfd_t");
_Static_assert((eventfd_t)-1 > 0, "unsigned");
_Static_assert(EFD_SEMAPHORE == 1 && EFD_CLOEXEC == O_CLOEXEC && EFD_NONBLOCK == O_NONBLOCK, "flags");

int main(void)
{
	uint64_t v = 0;
	eventfd_t ev;

	/* the initial value, read and reset */
	int fd = eventfd(5, 0);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, 0);
	CHECK_EQ(read(fd, &v, 8), 8);
	CHECK_EQ(v, 5);
	close(fd);

	fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	CHECK_ERR(read(fd, &v, 8), EAGAIN);
	CHECK_ERR(eventfd_read(fd, &ev), EAGAIN);
	/* writes add up */
	CHECK_EQ(eventfd_write(fd, 3), 0);
	v = 4;
	CHECK_EQ(write(fd, &v, 8), 8);
	CHECK_EQ(eventfd_read(fd, &ev), 0);
	CHECK_EQ(ev, 7);
	CHECK_ERR(eventfd_read(fd, &ev), EAGAIN);
	/* short buffers, the value -1 */
	char small[4];
	CHECK_EQ(eventfd_write(fd, 1), 0);
	CHECK_ERR(read(fd, small, 4), EINVAL);
	CHECK_ERR(write(fd, small, 4), EINVAL);
	CHECK_ERR(eventfd_write(fd, UINT64_MAX), EINVAL);
	/* the largest count is 2^64 - 2: one more would block */
	CHECK_ERR(eventfd_write(fd, UINT64_MAX - 1), EAGAIN);
	CHECK_EQ(eventfd_read(fd, &ev), 0);
	CHECK_EQ(ev, 1);
	CHECK_EQ(eventfd_write(fd, UINT64_MAX - 1), 0);
	CHECK_ERR(eventfd_write(fd, 1), EAGAIN);
	CHECK_EQ(eventfd_read(fd, &ev), 0);
	CHECK(ev == UINT64_MAX - 1);

	/* EFD_SEMAPHORE: each read takes one */
	int sfd = eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK);
	CHECK(sfd >= 0);
	for (int i = 0; i < 3; i++) {
		CHECK_EQ(eventfd_read(sfd, &ev), 0);
		CHECK_EQ(ev, 1);
	}
	CHECK_ERR(eventfd_read(sfd, &ev), EAGAIN);
	CHECK_EQ(eventfd_write(sfd, 2), 0);
	CHECK_EQ(eventfd_read(sfd, &ev), 0);
	CHECK_EQ(ev, 1);
	CHECK_EQ(eventfd_read(sfd, &ev), 0);
	CHECK_ERR(eventfd_read(sfd, &ev), EAGAIN);
	close(sfd);

	/* errors */
	CHECK_ERR(eventfd(0, 0x40000000), EINVAL);
	CHECK_ERR(eventfd(0, O_RDWR | O_APPEND), EINVAL);
	CHECK_ERR(eventfd_read(-1, &ev), EBADF);
	CHECK_ERR(eventfd_write(-1, 1), EBADF);

	/* a blocking read woken by another process */
	int bfd = eventfd(0, 0);
	CHECK(bfd >= 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		struct timespec d = {0, 20 * 1000000};
		nanosleep(&d, NULL);
		_exit(eventfd_write(bfd, 42) == 0 ? 0 : 1);
	}
	CHECK_EQ(eventfd_read(bfd, &ev), 0);
	CHECK_EQ(ev, 42);
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	close(bfd);

	/* epoll on an eventfd */
	int ep = epoll_create1(0);
	CHECK(ep >= 0);
	struct epoll_event e = {0}, out[2];
	e.events = EPOLLIN | EPOLLOUT;
	e.data.u64 = 0xfeedfacecafebeefULL;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e), 0);
	CHECK_EQ(epoll_wait(ep, out, 2, 0), 1);
	CHECK_EQ(out[0].events, EPOLLOUT);
	CHECK(out[0].data.u64 == 0xfeedfacecafebeefULL);
	CHECK_EQ(eventfd_write(fd, 1), 0);
	CHECK_EQ(epoll_wait(ep, out, 2, 0), 1);
	CHECK_EQ(out[0].events, EPOLLIN | EPOLLOUT);
	/* at the largest count, only readable */
	CHECK_EQ(eventfd_write(fd, UINT64_MAX - 2), 0);
	CHECK_EQ(epoll_wait(ep, out, 2, 0), 1);
	CHECK_EQ(out[0].events, EPOLLIN);
	CHECK_EQ(eventfd_read(fd, &ev), 0);
	/* edge-triggered: one report per write */
	e.events = EPOLLIN | EPOLLET;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_MOD, fd, &e), 0);
	CHECK_EQ(epoll_wait(ep, out, 2, 0), 0);
	CHECK_EQ(eventfd_write(fd, 1), 0);
	CHECK_EQ(epoll_wait(ep, out, 2, 0), 1);
	CHECK_EQ(out[0].events, EPOLLIN);
	CHECK_EQ(epoll_wait(ep, out, 2, 0), 0);
	CHECK_EQ(eventfd_write(fd, 1), 0);
	CHECK_EQ(epoll_wait(ep, out, 2, 0), 1);
	CHECK_EQ(eventfd_read(fd, &ev), 0);
	CHECK_EQ(ev, 2);
	close(ep);
	close(fd);
	puts("ok");
	return 0;
}
