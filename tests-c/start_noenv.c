/* With no ARGS and no ENV: argc is 1, the environment is empty but
 * environ is a valid (empty) array, and getenv finds nothing. */
#include "check.h"
#include <stdlib.h>
#include <unistd.h>
extern char **environ; /* glibc declares it only for _GNU_SOURCE */

int main(int argc, char **argv, char **envp)
{
	CHECK_EQ(argc, 1);
	CHECK(argv[1] == NULL);
	CHECK(envp == environ);
	CHECK(environ != NULL);
	CHECK(environ[0] == NULL);
	CHECK(getenv("PATH") == NULL);
	CHECK(getenv("HOME") == NULL);
	return 0;
}
