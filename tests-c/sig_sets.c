/* The sigset_t operations, the reserved signals (32, 33) and bad input. */
#define _GNU_SOURCE 1
#include "check.h"
#include <errno.h>
#include <signal.h>

int main(void)
{
	sigset_t s, t, u;
	CHECK_EQ(sigemptyset(&s), 0);
	CHECK_EQ(sigisemptyset(&s), 1);
	for (int i = 1; i < NSIG; i++)
		CHECK_EQ(sigismember(&s, i), 0);
	CHECK_EQ(sigfillset(&s), 0);
	CHECK_EQ(sigisemptyset(&s), 0);
	for (int i = 1; i < NSIG; i++)
		CHECK_EQ(sigismember(&s, i), i != 32 && i != 33);
	/* reserved and out-of-range signals */
	CHECK_ERR(sigaddset(&s, 32), EINVAL);
	CHECK_ERR(sigaddset(&s, 33), EINVAL);
	CHECK_ERR(sigdelset(&s, 32), EINVAL);
	CHECK_ERR(sigaddset(&s, 0), EINVAL);
	CHECK_ERR(sigaddset(&s, 65), EINVAL);
	CHECK_ERR(sigaddset(&s, -1), EINVAL);
	CHECK_ERR(sigdelset(&s, 65), EINVAL);
	CHECK_ERR(sigismember(&s, 0), EINVAL);
	CHECK_ERR(sigismember(&s, 65), EINVAL);
	CHECK_EQ(sigaddset(&s, SIGRTMIN), 0);
	CHECK_EQ(sigaddset(&s, SIGRTMAX), 0);
	CHECK_EQ(sigdelset(&s, SIGINT), 0);
	CHECK_EQ(sigismember(&s, SIGINT), 0);
	CHECK_EQ(sigismember(&s, SIGRTMAX), 1);

	sigemptyset(&s);
	sigemptyset(&t);
	sigaddset(&s, SIGINT);
	sigaddset(&s, SIGRTMAX);
	sigaddset(&t, SIGINT);
	sigaddset(&t, SIGUSR1);
	CHECK_EQ(sigandset(&u, &s, &t), 0);
	CHECK_EQ(sigismember(&u, SIGINT), 1);
	CHECK_EQ(sigismember(&u, SIGUSR1), 0);
	CHECK_EQ(sigismember(&u, SIGRTMAX), 0);
	CHECK_EQ(sigorset(&u, &s, &t), 0);
	CHECK_EQ(sigismember(&u, SIGINT), 1);
	CHECK_EQ(sigismember(&u, SIGUSR1), 1);
	CHECK_EQ(sigismember(&u, SIGRTMAX), 1);
	CHECK_EQ(sigismember(&u, SIGUSR2), 0);
	sigdelset(&t, SIGINT);
	sigdelset(&t, SIGUSR1);
	CHECK_EQ(sigisemptyset(&t), 1);
	CHECK_EQ(sigandset(&s, &s, &t), 0);
	CHECK_EQ(sigisemptyset(&s), 1);
	return 0;
}
