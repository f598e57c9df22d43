// STDOUT: ok\n
/* signalfd: a new descriptor (fd -1) reading a blocked SIGUSR1 sent by
 * kill (ssi_signo, ssi_code SI_USER, ssi_pid, ssi_uid), by sigqueue
 * (SI_QUEUE, ssi_int), SIGCHLD from a child (ssi_pid, ssi_status,
 * CLD_EXITED); changing the set of an existing one (same fd back),
 * SFD_NONBLOCK (EAGAIN) and SFD_CLOEXEC, poll and epoll readiness, several
 * signals in one read, and the errors: EINVAL for bad flags, a short
 * buffer or a descriptor that is not a signalfd, EBADF. The layout of
 * struct signalfd_siginfo (the kernel's 128 bytes). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

_Static_assert(sizeof(struct signalfd_siginfo) == 128, "size");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_signo) == 0, "signo");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_errno) == 4, "errno");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_code) == 8, "code");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_pid) == 12, "pid");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_uid) == 16, "uid");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_fd) == 20, "fd");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_tid) == 24, "tid");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_band) == 28, "band");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_overrun) == 32, "overrun");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_trapno) == 36, "trapno");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_status) == 40, "status");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_int) == 44, "int");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_ptr) == 48, "ptr");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_utime) == 56, "utime");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_stime) == 64, "stime");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_addr) == 72, "addr");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_addr_lsb) == 80, "addr_lsb");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_syscall) == 84, "syscall");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_call_addr) == 88, "call_addr");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_arch) == 96, "arch");
_Static_assert(SFD_CLOEXEC == O_CLOEXEC && SFD_NONBLOCK == O_NONBLOCK, "flags");

int main(void)
{
	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR1);
	sigaddset(&m, SIGUSR2);
	sigaddset(&m, SIGCHLD);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &m, NULL), 0);

	sigset_t u1;
	sigemptyset(&u1);
	sigaddset(&u1, SIGUSR1);
	int fd = signalfd(-1, &u1, SFD_NONBLOCK | SFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, O_NONBLOCK);

	struct signalfd_siginfo si[2];
	CHECK_ERR(read(fd, si, sizeof si), EAGAIN);
	struct pollfd pf = {fd, POLLIN, 0};
	CHECK_EQ(poll(&pf, 1, 0), 0);

	/* kill: SI_USER with our pid and uid */
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);
	CHECK_EQ(poll(&pf, 1, 0), 1);
	CHECK_EQ(pf.revents, POLLIN);
	char small[64];
	CHECK_ERR(read(fd, small, sizeof small), EINVAL);
	CHECK_EQ(read(fd, si, sizeof si), (long)sizeof si[0]);
	CHECK_EQ(si[0].ssi_signo, SIGUSR1);
	CHECK_EQ(si[0].ssi_code, SI_USER);
	CHECK_EQ(si[0].ssi_pid, getpid());
	CHECK_EQ(si[0].ssi_uid, getuid());
	CHECK_ERR(read(fd, si, sizeof si), EAGAIN);
	/* the signal was taken: nothing left pending */
	sigset_t pend;
	CHECK_EQ(sigpending(&pend), 0);
	CHECK(!sigismember(&pend, SIGUSR1));

	/* sigqueue: SI_QUEUE and the value */
	union sigval val;
	val.sival_int = 12345;
	CHECK_EQ(sigqueue(getpid(), SIGUSR1, val), 0);
	CHECK_EQ(read(fd, si, sizeof si), (long)sizeof si[0]);
	CHECK_EQ(si[0].ssi_signo, SIGUSR1);
	CHECK_EQ(si[0].ssi_code, SI_QUEUE);
	CHECK_EQ(si[0].ssi_int, 12345);
	CHECK_EQ(si[0].ssi_pid, getpid());

	/* a new set for the same descriptor: SIGUSR2 (SIGUSR1 stays pending) */
	sigset_t u2;
	sigemptyset(&u2);
	sigaddset(&u2, SIGUSR2);
	CHECK_EQ(signalfd(fd, &u2, 0), fd);
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);
	CHECK_ERR(read(fd, si, sizeof si), EAGAIN);
	CHECK_EQ(kill(getpid(), SIGUSR2), 0);
	CHECK_EQ(read(fd, si, sizeof si), (long)sizeof si[0]);
	CHECK_EQ(si[0].ssi_signo, SIGUSR2);
	/* both signals in one read */
	CHECK_EQ(signalfd(fd, &m, 0), fd);
	CHECK_EQ(kill(getpid(), SIGUSR2), 0);
	CHECK_EQ(read(fd, si, sizeof si), (long)sizeof si);
	CHECK(si[0].ssi_signo != si[1].ssi_signo);
	CHECK(si[0].ssi_signo == SIGUSR1 || si[0].ssi_signo == SIGUSR2);
	CHECK(si[1].ssi_signo == SIGUSR1 || si[1].ssi_signo == SIGUSR2);

	/* SIGCHLD from a child, seen through epoll */
	int ep = epoll_create1(0);
	CHECK(ep >= 0);
	struct epoll_event e = {0}, out[1];
	e.events = EPOLLIN;
	e.data.fd = fd;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e), 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0)
		_exit(7);
	CHECK_EQ(epoll_wait(ep, out, 1, 5000), 1);
	CHECK_EQ(out[0].data.fd, fd);
	CHECK_EQ(read(fd, si, sizeof si), (long)sizeof si[0]);
	CHECK_EQ(si[0].ssi_signo, SIGCHLD);
	CHECK_EQ(si[0].ssi_code, CLD_EXITED);
	CHECK_EQ(si[0].ssi_pid, pid);
	CHECK_EQ(si[0].ssi_status, 7);
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	close(ep);

	/* a blocking descriptor without SFD_CLOEXEC */
	int b = signalfd(-1, &u1, 0);
	CHECK(b >= 0 && b != fd);
	CHECK_EQ(fcntl(b, F_GETFD) & FD_CLOEXEC, 0);
	CHECK_EQ(fcntl(b, F_GETFL) & O_NONBLOCK, 0);
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);
	CHECK_EQ(read(b, si, sizeof si), (long)sizeof si[0]);
	CHECK_EQ(si[0].ssi_signo, SIGUSR1);
	close(b);

	/* errors */
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_ERR(signalfd(-1, &u1, 0x40000000), EINVAL);
	CHECK_ERR(signalfd(p[0], &u1, 0), EINVAL);
	CHECK_ERR(signalfd(-2, &u1, 0), EBADF);
	close(p[0]);
	CHECK_ERR(signalfd(p[0], &u1, 0), EBADF);
	close(fd);
	puts("ok");
	return 0;
}
