// EXIT: 5
// STDOUT: main\n
/* _exit skips atexit handlers and destructors. */
#include "check.h"
#include <stdlib.h>
#include <unistd.h>

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
	_exit(5);
}
