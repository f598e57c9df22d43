// STDOUT: before exit\nfrom handler
// EXIT: 3
/* exit(n) from deep inside flushes stdout, including output written by an
 * atexit handler; _exit-style loss does not happen. */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>

static void h(void)
{
	fputs("from handler", stdout);
}

static void deep(int n)
{
	if (n == 0)
		exit(3);
	deep(n - 1);
}

int main(void)
{
	atexit(h);
	fputs("before exit\n", stdout);
	deep(5);
	return 0;
}
