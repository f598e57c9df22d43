/* SA_RESTART: a pipe read interrupted by SIGALRM (from alarm) restarts
 * and gets the byte the handler writes; without it (or after
 * siginterrupt) the read fails with EINTR. alarm's return value. */
#include "check.h"
#include <errno.h>
#include <signal.h>
#include <unistd.h>

static int fds[2];
static volatile sig_atomic_t rang;

static void on_alarm(int sig)
{
	rang++;
	(void)!write(fds[1], "x", 1);
}

int main(void)
{
	char c = 0;
	struct sigaction sa = { 0 };
	CHECK_EQ(pipe(fds), 0);
	sa.sa_handler = on_alarm;
	sa.sa_flags = SA_RESTART;
	CHECK_EQ(sigaction(SIGALRM, &sa, 0), 0);
	CHECK_EQ(alarm(1), 0);
	CHECK_EQ(read(fds[0], &c, 1), 1);
	CHECK_EQ(c, 'x');
	CHECK_EQ(rang, 1);

	/* without SA_RESTART */
	sa.sa_flags = 0;
	CHECK_EQ(sigaction(SIGALRM, &sa, 0), 0);
	alarm(1);
	CHECK_ERR(read(fds[0], &c, 1), EINTR);
	CHECK_EQ(rang, 2);
	CHECK_EQ(read(fds[0], &c, 1), 1); /* the handler's byte */

	/* siginterrupt(sig, 1) clears SA_RESTART */
	sa.sa_flags = SA_RESTART;
	CHECK_EQ(sigaction(SIGALRM, &sa, 0), 0);
	CHECK_EQ(siginterrupt(SIGALRM, 1), 0);
	alarm(1);
	CHECK_ERR(read(fds[0], &c, 1), EINTR);
	CHECK_EQ(rang, 3);

	/* alarm returns what the previous one had left; 0 cancels */
	CHECK_EQ(alarm(5), 0);
	CHECK_EQ(alarm(3), 5);
	CHECK_EQ(alarm(0), 3);
	CHECK_EQ(alarm(0), 0);
	return 0;
}
