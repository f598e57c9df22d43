// CFLAGS: -D_GNU_SOURCE
// SIGNAL: 6
// STDERR-CONTAINS: : assert_perror.c:20: main: Unexpected error: Input/output error.\n
/* GNU assert_perror: a zero error number passes, a nonzero one reports
 * glibc's "Unexpected error: MESSAGE." and aborts; the message starts
 * with the program's short name. */
#include "check.h"
#include <assert.h>
#include <errno.h>

int main(void)
{
	assert_perror(0);
	/* The short name, then ": file:line: ..." (checked by the spec). */
	const char *p = program_invocation_short_name;
	CHECK(p && *p && !strchr(p, '/'));
	int e = EIO;
	/* Pin the file and line the message names. */
#line 20 "assert_perror.c"
	assert_perror(e);
	return 0;
}
