// ENV: A=1 P=old
/* putenv puts the caller's string itself into the environment; setenv
 * and unsetenv afterwards; putenv without '=' removes the name. */
#include "check.h"
#include <errno.h>
#include <stdlib.h>

extern char **environ;

int main(void)
{
	static char s1[] = "P=new";
	CHECK_EQ(putenv(s1), 0);
	CHECK(getenv("P") == s1 + 2);
	s1[2] = 'N';
	CHECK(strcmp(getenv("P"), "New") == 0);
	int found = 0;
	for (char **e = environ; *e; e++)
		if (*e == s1)
			found++;
	CHECK_EQ(found, 1);

	static char s2[] = "Q=q";
	CHECK_EQ(putenv(s2), 0);
	CHECK(getenv("Q") == s2 + 2);
	/* the same string again changes nothing */
	CHECK_EQ(putenv(s2), 0);
	CHECK(getenv("Q") == s2 + 2);

	/* setenv replaces a putenv string without touching it */
	CHECK_EQ(setenv("Q", "other", 1), 0);
	CHECK(strcmp(getenv("Q"), "other") == 0);
	CHECK(strcmp(s2, "Q=q") == 0);
	/* and putenv replaces a setenv string */
	CHECK_EQ(putenv(s2), 0);
	CHECK(getenv("Q") == s2 + 2);

	/* no '=': the name is removed */
	static char s3[] = "Q";
	CHECK_EQ(putenv(s3), 0);
	CHECK(getenv("Q") == NULL);
	CHECK(strcmp(getenv("A"), "1") == 0);

	CHECK_EQ(unsetenv("P"), 0);
	CHECK(getenv("P") == NULL);
	CHECK(strcmp(s1, "P=New") == 0);
	return 0;
}
