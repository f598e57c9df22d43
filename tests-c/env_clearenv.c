// ENV: A=1 B=2 C=3
/* clearenv empties the environment (environ becomes NULL); setenv and
 * putenv work again afterwards. */
#define _DEFAULT_SOURCE
#include "check.h"
#include <stdlib.h>

extern char **environ;

int main(void)
{
	CHECK_EQ(setenv("D", "4", 1), 0);
	CHECK_EQ(clearenv(), 0);
	CHECK(environ == NULL);
	CHECK(getenv("A") == NULL);
	CHECK(getenv("D") == NULL);
	CHECK_EQ(unsetenv("A"), 0);
	CHECK_EQ(clearenv(), 0);
	CHECK_EQ(setenv("B", "x", 0), 0);
	CHECK(strcmp(getenv("B"), "x") == 0);
	CHECK(environ != NULL);
	CHECK(strcmp(environ[0], "B=x") == 0);
	CHECK(environ[1] == NULL);
	static char p[] = "P=1";
	CHECK_EQ(putenv(p), 0);
	CHECK(environ[1] == p);
	CHECK(environ[2] == NULL);
	CHECK_EQ(clearenv(), 0);
	CHECK(getenv("P") == NULL);
	CHECK(strcmp(p, "P=1") == 0);
	/* the startup array is never freed: clear it without setenv first */
	return 0;
}
