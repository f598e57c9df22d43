// STDOUT: ok\n
/* epoll_create epoll_create1 epoll_ctl epoll_wait epoll_pwait epoll_pwait2
 * on pipes: EPOLLIN and EPOLLOUT, data.u64/fd/ptr handed back, EPOLLET
 * (one report per change), EPOLLONESHOT (disarmed until EPOLL_CTL_MOD),
 * EPOLLHUP, EPOLL_CTL_MOD and EPOLL_CTL_DEL, the errors (EEXIST, ENOENT,
 * EBADF, EINVAL for the epoll itself, a non-epoll descriptor, a bad op,
 * size or maxevents; ELOOP for a cycle of epolls, EPERM for a regular
 * file), EPOLL_CLOEXEC, the signal mask epoll_pwait and epoll_pwait2
 * hold while waiting, epoll_pwait2's timespec timeout and the layout of
 * struct epoll_event per arch. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#if defined(__x86_64__)
_Static_assert(sizeof(struct epoll_event) == 12, "packed on x86_64");
_Static_assert(offsetof(struct epoll_event, data) == 4, "data");
#elif defined(__i386__)
_Static_assert(sizeof(struct epoll_event) == 12, "natural on i386");
_Static_assert(offsetof(struct epoll_event, data) == 4, "data");
#else
_Static_assert(sizeof(struct epoll_event) == 16, "natural");
_Static_assert(offsetof(struct epoll_event, data) == 8, "data");
#endif
_Static_assert(offsetof(struct epoll_event, events) == 0, "events");
_Static_assert(sizeof(epoll_data_t) == 8, "epoll_data");
_Static_assert(sizeof(((struct epoll_event *)0)->events) == 4, "events size");

static volatile sig_atomic_t hits;
static void on_usr1(int s)
{
	(void)s;
	hits++;
}

static long long ms_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
	int p[2], q[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(pipe(q), 0);

	/* creation */
	CHECK_ERR(epoll_create(0), EINVAL);
	CHECK_ERR(epoll_create(-1), EINVAL);
	int e0 = epoll_create(1);
	CHECK(e0 >= 0);
	CHECK_EQ(fcntl(e0, F_GETFD) & FD_CLOEXEC, 0);
	CHECK_ERR(epoll_create1(1), EINVAL);
	int ep = epoll_create1(EPOLL_CLOEXEC);
	CHECK(ep >= 0);
	CHECK_EQ(fcntl(ep, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);

	/* EPOLLIN, level-triggered, data.u64 round trip */
	struct epoll_event ev = {0}, out[4];
	ev.events = EPOLLIN;
	ev.data.u64 = 0x123456789abcdef0ULL;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), 0);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_EQ(write(p[1], "ab", 2), 2);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 1);
	CHECK_EQ(out[0].events, EPOLLIN);
	CHECK(out[0].data.u64 == 0x123456789abcdef0ULL);
	/* level-triggered: still ready */
	CHECK_EQ(epoll_wait(ep, out, 4, -1), 1);

	/* the errors */
	CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), EEXIST);
	CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_MOD, q[0], &ev), ENOENT);
	CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_DEL, q[0], &ev), ENOENT);
	CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, -1, &ev), EBADF);
	CHECK_ERR(epoll_ctl(-1, EPOLL_CTL_ADD, p[0], &ev), EBADF);
	CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), EINVAL);
	CHECK_ERR(epoll_ctl(p[0], EPOLL_CTL_ADD, q[0], &ev), EINVAL);
	CHECK_ERR(epoll_ctl(ep, 99, q[0], &ev), EINVAL);
	CHECK_ERR(epoll_wait(ep, out, 0, 0), EINVAL);
	CHECK_ERR(epoll_wait(ep, out, -1, 0), EINVAL);
	CHECK_ERR(epoll_wait(p[0], out, 4, 0), EINVAL);
	CHECK_ERR(epoll_wait(-1, out, 4, 0), EBADF);
	{
		char path[] = "/tmp/ev_epoll_XXXXXX";
		int f = mkstemp(path);
		CHECK(f >= 0);
		unlink(path);
		CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, f, &ev), EPERM);
		close(f);
	}
	/* a cycle of epolls: ep in e0, then e0 in ep */
	ev.events = EPOLLIN;
	CHECK_EQ(epoll_ctl(e0, EPOLL_CTL_ADD, ep, &ev), 0);
	CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_ADD, e0, &ev), ELOOP);
	/* a nested epoll is readable while its member is */
	CHECK_EQ(epoll_wait(e0, out, 4, 0), 1);
	CHECK_EQ(out[0].events, EPOLLIN);

	/* EPOLLOUT with data.fd, then MOD to EPOLLIN on the same fd */
	ev.events = EPOLLOUT;
	ev.data.u64 = 0;
	ev.data.fd = q[1];
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_ADD, q[1], &ev), 0);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 2);
	int saw_in = 0, saw_out = 0;
	for (int i = 0; i < 2; i++) {
		if (out[i].events == EPOLLIN && out[i].data.u64 == 0x123456789abcdef0ULL)
			saw_in = 1;
		if (out[i].events == EPOLLOUT && out[i].data.fd == q[1])
			saw_out = 1;
	}
	CHECK(saw_in && saw_out);
	/* maxevents 1 gives one at a time */
	CHECK_EQ(epoll_wait(ep, out, 1, 0), 1);
	ev.events = EPOLLIN;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_MOD, q[1], &ev), 0);

	/* DEL: p[0] is still readable but no longer reported */
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), 0);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_ERR(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), ENOENT);
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_DEL, q[1], NULL), 0);
	char buf[64];
	CHECK_EQ(read(p[0], buf, sizeof buf), 2);

	/* EPOLLET: one report per new arrival, even with data left */
	static int marker;
	ev.events = EPOLLIN | EPOLLET;
	ev.data.ptr = &marker;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), 0);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_EQ(write(p[1], "x", 1), 1);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 1);
	CHECK(out[0].data.ptr == &marker);
	CHECK_EQ(out[0].events, EPOLLIN);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_EQ(write(p[1], "y", 1), 1);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 1);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_EQ(read(p[0], buf, sizeof buf), 2);

	/* EPOLLONESHOT: disarmed after one event until MOD */
	ev.events = EPOLLIN | EPOLLONESHOT;
	ev.data.u32 = 77;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), 0);
	CHECK_EQ(write(p[1], "z", 1), 1);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 1);
	CHECK_EQ(out[0].data.u32, 77);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_EQ(write(p[1], "w", 1), 1);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), 0);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 1);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 0);
	CHECK_EQ(read(p[0], buf, sizeof buf), 2);

	/* a timed wait with nothing ready lasts about the timeout */
	ev.events = EPOLLIN;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), 0);
	long long t0 = ms_now();
	CHECK_EQ(epoll_wait(ep, out, 4, 30), 0);
	CHECK(ms_now() - t0 >= 25);

	/* epoll_pwait2: timespec timeout, NULL mask. qemu-user 7.2 has no
	 * epoll_pwait2 system call: glibc's then fails with ENOSYS, while
	 * ferrolibc's waits through epoll_pwait (checked everywhere). */
	int pw2 = 1;
	struct timespec ts = {0, 0};
#ifndef __ferrolibc__
	if (syscall(SYS_epoll_pwait2, ep, out, 4, &ts, NULL, 8) < 0 && errno == ENOSYS) {
		t_puts(2, "no epoll_pwait2 system call here: glibc's epoll_pwait2 not checked\n");
		pw2 = 0;
	}
#endif
	ts.tv_nsec = 30 * 1000000;
	if (pw2) {
		t0 = ms_now();
		CHECK_EQ(epoll_pwait2(ep, out, 4, &ts, NULL), 0);
		CHECK(ms_now() - t0 >= 25);
		ts.tv_nsec = 0;
		CHECK_EQ(epoll_pwait2(ep, out, 4, &ts, NULL), 0);
		ts.tv_nsec = 1000000000;
		CHECK_ERR(epoll_pwait2(ep, out, 4, &ts, NULL), EINVAL);
		ts.tv_sec = -1;
		ts.tv_nsec = 0;
		CHECK_ERR(epoll_pwait2(ep, out, 4, &ts, NULL), EINVAL);
		CHECK_EQ(write(p[1], "v", 1), 1);
		CHECK_EQ(epoll_pwait2(ep, out, 4, NULL, NULL), 1);
		ts.tv_sec = 5;
		CHECK_EQ(epoll_pwait2(ep, out, 4, &ts, NULL), 1);
	} else {
		CHECK_EQ(write(p[1], "v", 1), 1);
	}
	CHECK_EQ(epoll_pwait(ep, out, 4, -1, NULL), 1);
	CHECK_EQ(read(p[0], buf, sizeof buf), 1);

	/* EPOLLHUP when the writer closes (reported even if not asked) */
	ev.events = 0;
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), 0);
	close(p[1]);
	CHECK_EQ(epoll_wait(ep, out, 4, 0), 1);
	CHECK_EQ(out[0].events, EPOLLHUP);
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), 0);

	/* the signal mask held while waiting: SIGUSR1 blocked and pending */
	struct sigaction sa = {0};
	sa.sa_handler = on_usr1;
	CHECK_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
	sigset_t usr1, none, cur;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &usr1, NULL), 0);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(hits, 0);
	CHECK_EQ(epoll_pwait(ep, out, 4, 20, &usr1), 0);
	CHECK_EQ(hits, 0);
	ts.tv_sec = 0;
	ts.tv_nsec = 20 * 1000000;
	if (pw2) {
		CHECK_EQ(epoll_pwait2(ep, out, 4, &ts, &usr1), 0);
		CHECK_EQ(hits, 0);
	}
	CHECK_ERR(epoll_pwait(ep, out, 4, 1000, &none), EINTR);
	CHECK_EQ(hits, 1);
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &cur), 0);
	CHECK(sigismember(&cur, SIGUSR1));
	CHECK_EQ(raise(SIGUSR1), 0);
	ts.tv_sec = 1;
	ts.tv_nsec = 0;
	if (pw2)
		CHECK_ERR(epoll_pwait2(ep, out, 4, &ts, &none), EINTR);
	else
		CHECK_ERR(epoll_pwait(ep, out, 4, 1000, &none), EINTR);
	CHECK_EQ(hits, 2);
	/* a NULL mask keeps the blocked signal pending */
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(epoll_pwait(ep, out, 4, 0, NULL), 0);
	CHECK_EQ(hits, 2);
	CHECK_EQ(sigprocmask(SIG_UNBLOCK, &usr1, NULL), 0);
	CHECK_EQ(hits, 3);

	close(ep);
	close(e0);
	puts("ok");
	return 0;
}
