// ARGS: one "two" three-3 
// ENV: FOO=bar FOOBAR=long EMPTY= X=a=b
/* argc/argv exactly as passed, argv[argc] == NULL, main's envp is
 * environ, and getenv: hits, misses, a name that is a prefix of another,
 * an empty value, a value containing '=', and the names that can never
 * match ("" and one containing '='). */
#include "check.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
extern char **environ; /* glibc declares it only for _GNU_SOURCE */

int main(int argc, char **argv, char **envp)
{
	CHECK_EQ(argc, 4);
	CHECK(argv[0] != NULL && argv[0][0] != 0);
	CHECK(strcmp(argv[1], "one") == 0);
	/* the harness splits on whitespace only: the quotes stay */
	CHECK(strcmp(argv[2], "\"two\"") == 0);
	CHECK(strcmp(argv[3], "three-3") == 0);
	CHECK(argv[argc] == NULL);
	/* the environment follows argv's terminator on the initial stack */
	CHECK(envp == argv + argc + 1);
	CHECK(envp == environ);

	int n = 0;
	while (environ[n])
		n++;
	CHECK_EQ(n, 4);

	CHECK(getenv("FOO") != NULL && strcmp(getenv("FOO"), "bar") == 0);
	CHECK(strcmp(getenv("FOOBAR"), "long") == 0);
	/* getenv returns a pointer into the environment itself */
	char *foo = NULL;
	for (int i = 0; environ[i]; i++)
		if (memcmp(environ[i], "FOO=", 4) == 0)
			foo = environ[i];
	CHECK(foo != NULL && getenv("FOO") == foo + 4);
	CHECK(getenv("EMPTY") != NULL && getenv("EMPTY")[0] == 0);
	CHECK(strcmp(getenv("X"), "a=b") == 0);
	CHECK(getenv("FO") == NULL);
	CHECK(getenv("FOOB") == NULL);
	CHECK(getenv("foo") == NULL);
	CHECK(getenv("BAR") == NULL);
	CHECK(getenv("") == NULL);
	CHECK(getenv("FOO=bar") == NULL);
	CHECK(getenv("FOO=") == NULL);
#ifndef AGAINST_GLIBC
	/* No variable name contains '=', so ferrolibc (like musl) finds
	 * nothing; glibc compares the prefix and returns "b" from "X=a=b". */
	CHECK(getenv("X=a") == NULL);
#endif
	CHECK(getenv("=") == NULL);
	return 0;
}
