// SIGNAL: 6
// STDOUT: main\n
/* abort ends the process by SIGABRT, without atexit handlers or
 * destructors. */
#include "check.h"
#include <stdlib.h>

static void handler(void)
{
	t_puts(1, "handler\n");
}

__attribute__((destructor)) static void dtor(void)
{
	t_puts(1, "dtor\n");
}

int main(void)
{
	atexit(handler);
	t_puts(1, "main\n");
	abort();
}
