// SIGNAL: 6
// STDOUT: handler\n
/* abort with a SIGABRT handler that returns still ends by SIGABRT, also
 * when the program had blocked it. */
#include "check.h"
#include <signal.h>
#include <stdlib.h>

static void on_abrt(int sig)
{
	t_puts(1, "handler\n");
}

int main(void)
{
	sigset_t s;
	signal(SIGABRT, on_abrt);
	sigemptyset(&s);
	sigaddset(&s, SIGABRT);
	sigprocmask(SIG_BLOCK, &s, 0);
	abort();
}
