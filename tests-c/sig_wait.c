/* sigprocmask, pthread_sigmask, sigpending, sigsuspend, sigpause,
 * sigwait, sigwaitinfo and sigtimedwait (its timeout gives EAGAIN). */
#define _GNU_SOURCE 1
#include "check.h"
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t hits;
static void on_sig(int sig)
{
	hits++;
}

int main(void)
{
	sigset_t s, cur, pend;
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	siginfo_t si;
	int sig = 0;

	/* the reserved signals are never blocked */
	sigfillset(&s);
	((unsigned char *)&s)[3] |= 0x80; /* force 32 and 33 in */
	((unsigned char *)&s)[4] |= 0x01;
	CHECK_EQ(sigprocmask(SIG_SETMASK, &s, &cur), 0);
	CHECK_EQ(sigprocmask(SIG_BLOCK, 0, &cur), 0);
	CHECK_EQ(sigismember(&cur, 32), 0);
	CHECK_EQ(sigismember(&cur, 33), 0);
	CHECK_EQ(sigismember(&cur, SIGKILL), 0);
	CHECK_EQ(sigismember(&cur, SIGRTMIN), 1);
	CHECK_EQ(sigismember(&cur, SIGUSR1), 1);
	sigemptyset(&s);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &s, 0), 0);
	CHECK_ERR(sigprocmask(99, &s, 0), EINVAL);
	CHECK_EQ(pthread_sigmask(99, &s, 0), EINVAL);
	CHECK_EQ(sigprocmask(99, 0, &cur), 0);
	CHECK_EQ(sigisemptyset(&cur), 1);

	/* block, raise, pending, sigwait */
	sigaddset(&s, SIGUSR1);
	sigaddset(&s, SIGUSR2);
	CHECK_EQ(pthread_sigmask(SIG_BLOCK, &s, 0), 0);
	signal(SIGUSR1, on_sig);
	signal(SIGUSR2, on_sig);
	CHECK_EQ(sigpending(&pend), 0);
	CHECK_EQ(sigisemptyset(&pend), 1);
	raise(SIGUSR2);
	CHECK_EQ(hits, 0);
	CHECK_EQ(sigpending(&pend), 0);
	CHECK_EQ(sigismember(&pend, SIGUSR2), 1);
	CHECK_EQ(sigismember(&pend, SIGUSR1), 0);
	CHECK_EQ(sigwait(&s, &sig), 0);
	CHECK_EQ(sig, SIGUSR2);
	CHECK_EQ(hits, 0);
	CHECK_EQ(sigpending(&pend), 0);
	CHECK_EQ(sigisemptyset(&pend), 1);

	/* sigwaitinfo sees sigqueue's value */
	union sigval v = { .sival_int = 99 };
	sigqueue(getpid(), SIGUSR1, v);
	CHECK_EQ(sigwaitinfo(&s, &si), SIGUSR1);
	CHECK_EQ(si.si_signo, SIGUSR1);
	CHECK_EQ(si.si_code, SI_QUEUE);
	CHECK_EQ(si.si_value.sival_int, 99);
	CHECK_EQ(si.si_pid, getpid());
	/* raise's signal is taken as SI_USER (POSIX; the kernel says
	 * SI_TKILL) */
	raise(SIGUSR1);
	CHECK_EQ(sigwaitinfo(&s, &si), SIGUSR1);
	CHECK_EQ(si.si_code, SI_USER);
	CHECK_EQ(si.si_pid, getpid());

	/* sigtimedwait: timeout, then a pending one at once */
	CHECK_ERR(sigtimedwait(&s, &si, &ts), EAGAIN);
	ts.tv_nsec = 0;
	CHECK_ERR(sigtimedwait(&s, 0, &ts), EAGAIN);
	kill(getpid(), SIGUSR2);
	CHECK_EQ(sigtimedwait(&s, &si, &ts), SIGUSR2);
	CHECK_EQ(si.si_code, SI_USER);
	ts.tv_nsec = 1000000000;
	CHECK_ERR(sigtimedwait(&s, &si, &ts), EINVAL);

	/* sigsuspend: the pending signal's handler runs, then EINTR */
	raise(SIGUSR1);
	CHECK_EQ(hits, 0);
	sigemptyset(&cur);
	CHECK_ERR(sigsuspend(&cur), EINTR);
	CHECK_EQ(hits, 1);
	CHECK_EQ(sigprocmask(SIG_BLOCK, 0, &cur), 0);
	CHECK_EQ(sigismember(&cur, SIGUSR1), 1); /* the old mask is back */

	/* sigpause (X/Open): unblock one signal while waiting */
	raise(SIGUSR2);
	CHECK_ERR(sigpause(SIGUSR2), EINTR);
	CHECK_EQ(hits, 2);
	CHECK_EQ(sigprocmask(SIG_BLOCK, 0, &cur), 0);
	CHECK_EQ(sigismember(&cur, SIGUSR2), 1);

	/* unblocking delivers what is pending at once */
	raise(SIGUSR1);
	raise(SIGUSR2);
	CHECK_EQ(sigprocmask(SIG_UNBLOCK, &s, 0), 0);
	CHECK_EQ(hits, 4);
	return 0;
}
