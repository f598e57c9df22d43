// STDOUT: main line\npartial
// STDERR-CONTAINS: from the handler stream
/* exit() flushes every stream: stdout's pending bytes (a pipe: fully
 * buffered), and a stream opened inside an atexit handler. */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void late(void)
{
	FILE *f = fdopen(dup(2), "w");
	CHECK(f != NULL);
	fputs("from the handler stream\n", f);
	/* no fclose: exit must flush it */
}

int main(void)
{
	CHECK_EQ(atexit(late), 0);
	fputs("main line\n", stdout);
	fputs("partial", stdout);
	return 0;
}
