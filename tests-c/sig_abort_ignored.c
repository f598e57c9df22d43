// SIGNAL: 6
// STDOUT: main\n
/* abort ends by SIGABRT even when SIGABRT is ignored. */
#include "check.h"
#include <signal.h>
#include <stdlib.h>

int main(void)
{
	CHECK(signal(SIGABRT, SIG_IGN) != SIG_ERR);
	t_puts(1, "main\n");
	abort();
}
