// ARGS: x
/* GNU program_invocation_name is argv[0]; the short name is what follows
 * the last '/'. The harness runs us by absolute path. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <string.h>

int main(int argc, char **argv)
{
	CHECK(program_invocation_name != NULL);
	CHECK(program_invocation_name == argv[0]);
	const char *slash = NULL;
	for (const char *p = argv[0]; *p; p++)
		if (*p == '/')
			slash = p;
	CHECK(slash != NULL);
	CHECK(program_invocation_short_name == slash + 1);
	CHECK(strcmp(program_invocation_short_name, "start_progname") == 0);
	return 0;
}
