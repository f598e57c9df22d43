// STDOUT: ok\n
/* The BSD signal-mask calls glibc keeps (deprecated): sigmask, sigblock,
 * sigsetmask, siggetmask — signals 1-32 as the bits of an int, the old
 * mask returned; sigsetmask replaces the whole mask (a blocked real-time
 * signal is unblocked), a signal held by them is delivered once unblocked. */
#define _DEFAULT_SOURCE
#include "check.h"
#include <signal.h>
#include <string.h>
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static volatile sig_atomic_t got;
static void on(int s) { got = s; }

int main(void)
{
	CHECK_EQ(sigmask(1), 1);
	CHECK_EQ(sigmask(SIGUSR1), 1 << (SIGUSR1 - 1));
	sigset_t s;
	sigemptyset(&s);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &s, NULL), 0);
	CHECK_EQ(siggetmask(), 0);
	CHECK_EQ(sigblock(sigmask(SIGUSR1)), 0);
	CHECK_EQ(siggetmask(), sigmask(SIGUSR1));
	CHECK_EQ(sigblock(sigmask(SIGUSR2)), sigmask(SIGUSR1));
	CHECK_EQ(siggetmask(), sigmask(SIGUSR1) | sigmask(SIGUSR2));
	CHECK_EQ(sigprocmask(SIG_SETMASK, NULL, &s), 0);
	CHECK(sigismember(&s, SIGUSR1) && sigismember(&s, SIGUSR2) && !sigismember(&s, SIGINT));
	/* sigsetmask replaces everything, real-time signals included */
	sigaddset(&s, SIGRTMIN + 1);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &s, NULL), 0);
	CHECK_EQ(sigsetmask(sigmask(SIGUSR2)), sigmask(SIGUSR1) | sigmask(SIGUSR2));
	CHECK_EQ(sigprocmask(SIG_SETMASK, NULL, &s), 0);
	CHECK(!sigismember(&s, SIGUSR1) && sigismember(&s, SIGUSR2) && !sigismember(&s, SIGRTMIN + 1));
	/* a held signal waits, then arrives when unblocked */
	signal(SIGUSR2, on);
	raise(SIGUSR2);
	CHECK_EQ(got, 0);
	CHECK_EQ(sigsetmask(0), sigmask(SIGUSR2));
	CHECK_EQ(got, SIGUSR2);
	/* SIGKILL and SIGSTOP cannot be blocked */
	sigsetmask(sigmask(SIGKILL) | sigmask(SIGSTOP) | sigmask(SIGINT));
	CHECK_EQ(siggetmask(), sigmask(SIGINT));
	sigsetmask(0);
	t_puts(1, "ok\n");
	return 0;
}
