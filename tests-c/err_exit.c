// CFLAGS: -D_GNU_SOURCE
// EXIT: 5
// STDOUT: flushed by exit\n
// STDERR-CONTAINS: : failed 9: Permission denied\n
/* err: the message with strerror(errno), then exit(status), which runs
 * atexit handlers and flushes stdout. */
#include "check.h"
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static void bye(void)
{
	printf("exit\n");
}

int main(void)
{
	atexit(bye);
	printf("flushed by ");
	errno = EACCES;
	err(5, "failed %d", 9);
}
