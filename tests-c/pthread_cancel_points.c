/* Deferred cancellation of a thread blocked in each of these
 * cancellation points: pause, sigsuspend, sigwaitinfo, sigtimedwait,
 * select, pselect, ppoll, epoll_wait, readv, write (to a full pipe),
 * recv, accept, waitpid, msgrcv, sleep, usleep, clock_nanosleep,
 * sem_timedwait, pthread_cond_timedwait, fcntl(F_SETLKW) and lockf
 * (against a lock another process holds), aio_suspend, system (whose
 * shell is killed), recvmmsg. Each time the
 * thread's cleanup handler runs and pthread_join gives PTHREAD_CANCELED;
 * the thread is cancelled while blocked (after a pause) and, a second
 * time, with the request made before it reaches the call. */
#define _GNU_SOURCE
#include "check.h"
#include <aio.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <stddef.h>
#include <sys/epoll.h>
#include <sys/msg.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
// LIBS: -lpthread -lrt
// STDOUT: ok\n

static int rd[2], full[2], sp[2], lsock, ep, mq, lockfd, aiop[2];
static pid_t child;
static sem_t sem;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static volatile int cleaned, mutex_back, go;
static struct aiocb acb;
static char abuf[8];

static void note(void *arg)
{
	cleaned = (int)(long)arg;
}

static void unlock_mu(void *arg)
{
	cleaned = (int)(long)arg;
	mutex_back = pthread_mutex_unlock(&mu) == 0;
}

static struct timespec in_30s(clockid_t c)
{
	struct timespec ts;
	CHECK_EQ(clock_gettime(c, &ts), 0);
	ts.tv_sec += 30;
	return ts;
}

static void block(int which)
{
	char c[4];
	struct timespec ts = { 30, 0 };
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	switch (which) {
	case 1:
		pause();
		break;
	case 2:
		sigsuspend(&s);
		break;
	case 3:
		pthread_sigmask(SIG_BLOCK, &s, 0);
		sigwaitinfo(&s, 0);
		break;
	case 4:
		pthread_sigmask(SIG_BLOCK, &s, 0);
		sigtimedwait(&s, 0, &ts);
		break;
	case 5: {
		fd_set r;
		FD_ZERO(&r);
		FD_SET(rd[0], &r);
		select(rd[0] + 1, &r, 0, 0, 0);
		break;
	}
	case 6: {
		fd_set r;
		FD_ZERO(&r);
		FD_SET(rd[0], &r);
		pselect(rd[0] + 1, &r, 0, 0, &ts, 0);
		break;
	}
	case 7: {
		struct pollfd p = { rd[0], POLLIN, 0 };
		ppoll(&p, 1, 0, 0);
		break;
	}
	case 8: {
		struct epoll_event e;
		epoll_wait(ep, &e, 1, -1);
		break;
	}
	case 9: {
		struct iovec v = { c, 1 };
		(void)!readv(rd[0], &v, 1);
		break;
	}
	case 10:
		(void)!write(full[1], c, 1);
		break;
	case 11:
		recv(sp[0], c, 1, 0);
		break;
	case 12:
		accept(lsock, 0, 0);
		break;
	case 13:
		waitpid(child, 0, 0);
		break;
	case 14: {
		struct {
			long type;
			char text[8];
		} m;
		msgrcv(mq, &m, sizeof m.text, 0, 0);
		break;
	}
	case 15:
		sleep(30);
		break;
	case 16:
		usleep(999999);
		usleep(999999);
		break;
	case 17:
		clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, 0);
		break;
	case 18:
		ts = in_30s(CLOCK_REALTIME);
		sem_timedwait(&sem, &ts);
		break;
	case 19: {
		struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
		fcntl(lockfd, F_SETLKW, &fl);
		break;
	}
	case 20:
		lockf(lockfd, F_LOCK, 0);
		break;
	case 21: {
		const struct aiocb *l[1] = { &acb };
		aio_suspend(l, 1, 0);
		break;
	}
	case 22:
		(void)!system("exec sleep 30");
		break;
	case 23: {
		struct iovec v = { c, 1 };
		struct mmsghdr mm = { .msg_hdr = { .msg_iov = &v, .msg_iovlen = 1 } };
		recvmmsg(sp[0], &mm, 1, 0, 0);
		break;
	}
	}
}

static void *run(void *arg)
{
	int which = (int)(long)arg;
	pthread_cleanup_push(note, arg);
	while (!go)
		;
	block(which);
	pthread_cleanup_pop(0);
	return 0;
}

static void *in_cond(void *arg)
{
	struct timespec ts;
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	pthread_cleanup_push(unlock_mu, arg);
	ts = in_30s(CLOCK_REALTIME);
	for (;;)
		pthread_cond_timedwait(&cv, &mu, &ts);
	pthread_cleanup_pop(0);
	return 0;
}

static void nap(void)
{
	struct timespec ts = { 0, 5 * 1000 * 1000 };
	nanosleep(&ts, 0);
}

static void cancel(void *(*fn)(void *), int which, int early)
{
	pthread_t t;
	void *res = 0;
	cleaned = 0;
	go = !early;
	CHECK_EQ(pthread_create(&t, 0, fn, (void *)(long)which), 0);
	if (!early)
		nap();
	CHECK_EQ(pthread_cancel(t), 0);
	go = 1;
	CHECK_EQ(pthread_join(t, &res), 0);
	if (res != PTHREAD_CANCELED || cleaned != which) {
		t_puts(2, "not cancelled in point ");
		t_putl(2, which);
		t_puts(2, early ? " (early)\n" : "\n");
	}
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(cleaned, which);
}

int main(void)
{
	char tmpl[] = "/tmp/ferro_cancel_XXXXXX";
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct epoll_event e = { .events = EPOLLIN };
	int which, early, lockpipe[2];
	char c = 0;

	CHECK_EQ(pipe(rd), 0);
	CHECK_EQ(pipe(full), 0);
	CHECK_EQ(fcntl(full[1], F_SETFL, O_NONBLOCK), 0);
	while (write(full[1], &c, 1) == 1)
		;
	CHECK_EQ(errno, EAGAIN);
	CHECK_EQ(fcntl(full[1], F_SETFL, 0), 0);
	CHECK_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sp), 0);
	lsock = socket(AF_UNIX, SOCK_STREAM, 0);
	CHECK(lsock >= 0);
	/* An abstract name, unique to this process. */
	long n = getpid();
	int len = 1;
	memcpy(sa.sun_path + len, "ferro_cancel_", 13);
	len += 13;
	do
		sa.sun_path[len++] = '0' + n % 10;
	while (n /= 10);
	CHECK_EQ(bind(lsock, (struct sockaddr *)&sa, offsetof(struct sockaddr_un, sun_path) + len), 0);
	CHECK_EQ(listen(lsock, 1), 0);
	ep = epoll_create1(0);
	CHECK(ep >= 0);
	e.data.fd = rd[0];
	CHECK_EQ(epoll_ctl(ep, EPOLL_CTL_ADD, rd[0], &e), 0);
	mq = msgget(IPC_PRIVATE, 0600);
	CHECK(mq >= 0);
	CHECK_EQ(sem_init(&sem, 0, 0), 0);

	/* A child that holds a lock on a file, and otherwise waits. */
	lockfd = mkstemp(tmpl);
	CHECK(lockfd >= 0);
	CHECK_EQ(unlink(tmpl), 0);
	CHECK_EQ(pipe(lockpipe), 0);
	child = fork();
	CHECK(child >= 0);
	if (child == 0) {
		struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
		if (fcntl(lockfd, F_SETLK, &fl) != 0)
			_exit(1);
		(void)!write(lockpipe[1], "x", 1);
		for (;;)
			pause();
	}
	CHECK_EQ(read(lockpipe[0], &c, 1), 1);

	/* An asynchronous read that never completes. */
	CHECK_EQ(pipe(aiop), 0);
	acb.aio_fildes = aiop[0];
	acb.aio_buf = abuf;
	acb.aio_nbytes = 1;
	CHECK_EQ(aio_read(&acb), 0);

	for (early = 0; early < 2; early++) {
		struct timespec t0, t1;
		CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &t0), 0);
		for (which = 1; which <= 23; which++)
			cancel(run, which, early);
		/* No call waited out its 30 s (system's shell was killed). */
		CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &t1), 0);
		CHECK(t1.tv_sec - t0.tv_sec < 20);
		mutex_back = 0;
		cancel(in_cond, 24, early);
		CHECK_EQ(mutex_back, 1);
	}

	CHECK_EQ(kill(child, SIGKILL), 0);
	CHECK_EQ(waitpid(child, 0, 0), child);
	CHECK_EQ(msgctl(mq, IPC_RMID, 0), 0);
	t_puts(1, "ok\n");
	return 0;
}
