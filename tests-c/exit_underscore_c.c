// EXIT: 6
// STDOUT: main\n
/* C's _Exit skips atexit handlers and destructors, even when called
 * from inside an atexit handler. */
#include "check.h"
#include <stdlib.h>

static void h_skipped(void)
{
	t_puts(1, "skipped\n");
}

static void h_exit(void)
{
	_Exit(6);
}

__attribute__((destructor)) static void dtor(void)
{
	t_puts(1, "dtor\n");
}

int main(void)
{
	atexit(h_skipped);
	atexit(h_exit);
	t_puts(1, "main\n");
	exit(0);
}
