// STDOUT: ok\n
// LIBS: -lpthread -lrt
/* mq_notify: SIGEV_SIGNAL (the signal arrives when a message reaches an
 * empty queue, with si_code SI_MESGQ and the value), EBUSY for a second
 * registration, NULL unregisters; SIGEV_THREAD (the function runs in a
 * new thread with the value, once); SIGEV_NONE; EBADF. Natively only:
 * qemu-user 7.2 lacks the call (ENOSYS, checked). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

static volatile sig_atomic_t got_sig, got_code, got_val;
static void on_usr1(int s, siginfo_t *si, void *c)
{
	(void)c;
	got_sig = s;
	got_code = si->si_code;
	got_val = si->si_value.sival_int;
}

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int calls, value;
static pthread_t in_thread;
static void notified(union sigval v)
{
	pthread_mutex_lock(&m);
	calls++;
	value = v.sival_int;
	in_thread = pthread_self();
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&m);
}

int main(void)
{
	char name[64];
	snprintf(name, sizeof name, "/ferro_mqn_%d", (int)getpid());
	struct mq_attr a = {0};
	a.mq_maxmsg = 4;
	a.mq_msgsize = 16;
	mqd_t q = mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &a);
	CHECK(q >= 0);
	mq_unlink(name);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO;
	CHECK_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
	struct sigevent sev;
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 77;
	/* qemu-user 7.2 has no mq_notify (glibc's programs get ENOSYS there
	 * too): the behaviour is proved natively, where the kernel is. */
	if (mq_notify(q, &sev) != 0) {
		int e = errno;
		CHECK_EQ(e, ENOSYS);
		CHECK(getauxval(AT_SYSINFO_EHDR) == 0);
		printf("ok\n");
		return 0;
	}
	CHECK_ERR(mq_notify(q, &sev), EBUSY);
	CHECK_EQ(mq_send(q, "a", 1, 0), 0);
	for (int i = 0; i < 200 && !got_sig; i++)
		usleep(5000);
	CHECK_EQ(got_sig, SIGUSR1);
	CHECK_EQ(got_code, SI_MESGQ);
	CHECK_EQ(got_val, 77);
	char buf[16];
	CHECK_EQ(mq_receive(q, buf, sizeof buf, NULL), 1);

	/* Registered then removed: no signal. */
	got_sig = 0;
	CHECK_EQ(mq_notify(q, &sev), 0);
	CHECK_EQ(mq_notify(q, NULL), 0);
	CHECK_EQ(mq_send(q, "b", 1, 0), 0);
	usleep(20000);
	CHECK_EQ(got_sig, 0);
	CHECK_EQ(mq_receive(q, buf, sizeof buf, NULL), 1);

	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_notify_function = notified;
	sev.sigev_value.sival_int = 4242;
	CHECK_EQ(mq_notify(q, &sev), 0);
	CHECK_EQ(mq_send(q, "c", 1, 0), 0);
	pthread_mutex_lock(&m);
	for (int i = 0; i < 400 && calls == 0; i++) {
		pthread_mutex_unlock(&m);
		usleep(5000);
		pthread_mutex_lock(&m);
	}
	CHECK_EQ(calls, 1);
	CHECK_EQ(value, 4242);
	CHECK(!pthread_equal(in_thread, pthread_self()));
	pthread_mutex_unlock(&m);
	CHECK_EQ(mq_receive(q, buf, sizeof buf, NULL), 1);
	/* One-shot: a second message does not call again. */
	CHECK_EQ(mq_send(q, "d", 1, 0), 0);
	usleep(20000);
	CHECK_EQ(calls, 1);
	CHECK_EQ(mq_receive(q, buf, sizeof buf, NULL), 1);

	sev.sigev_notify = SIGEV_NONE;
	CHECK_EQ(mq_notify(q, &sev), 0);
	CHECK_EQ(mq_notify(q, NULL), 0);
	mq_close(q);
	CHECK_ERR(mq_notify(q, NULL), EBADF);
	printf("ok\n");
	return 0;
}
