// EXIT: 42
// STDOUT: handler\n
/* exit(n) runs handlers and ends with status n (only the low 8 bits
 * reach the parent: 298 & 0xff == 42). */
#include "check.h"
#include <stdlib.h>

static void handler(void)
{
	t_puts(1, "handler\n");
}

int main(void)
{
	atexit(handler);
	exit(298);
}
