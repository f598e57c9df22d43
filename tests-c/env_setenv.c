// ENV: A=1 B=2 LONGER_NAME=value
/* setenv/unsetenv/getenv/secure_getenv semantics and errors; environ
 * follows the changes. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <stdlib.h>

extern char **environ;

static int in_environ(const char *entry)
{
	int n = 0;
	for (char **e = environ; e && *e; e++)
		if (strcmp(*e, entry) == 0)
			n++;
	return n;
}

static int env_count(void)
{
	int n = 0;
	for (char **e = environ; e && *e; e++)
		n++;
	return n;
}

int main(void)
{
	CHECK(strcmp(getenv("A"), "1") == 0);
	CHECK(strcmp(getenv("LONGER_NAME"), "value") == 0);
	CHECK(getenv("LONGER") == NULL);
	CHECK(getenv("LONGER_NAME_X") == NULL);
	CHECK(secure_getenv("B") == getenv("B"));
	CHECK_EQ(env_count(), 3);

	/* overwrite = 0 keeps the old value */
	CHECK_EQ(setenv("A", "x", 0), 0);
	CHECK(strcmp(getenv("A"), "1") == 0);
	CHECK_EQ(setenv("A", "xyz", 1), 0);
	CHECK(strcmp(getenv("A"), "xyz") == 0);
	CHECK_EQ(in_environ("A=xyz"), 1);
	CHECK_EQ(in_environ("A=1"), 0);
	CHECK_EQ(env_count(), 3);

	/* new names are appended */
	CHECK_EQ(setenv("NEW", "", 0), 0);
	CHECK(getenv("NEW") != NULL && getenv("NEW")[0] == 0);
	CHECK_EQ(in_environ("NEW="), 1);
	CHECK_EQ(env_count(), 4);
	for (int i = 0; i < 200; i++) {
		char name[8] = "V";
		name[1] = 'a' + i % 26;
		name[2] = 'a' + i / 26;
		name[3] = 0;
		CHECK_EQ(setenv(name, name, 1), 0);
	}
	CHECK_EQ(env_count(), 204);
	CHECK(strcmp(getenv("Vzf"), "Vzf") == 0);
	CHECK(strcmp(getenv("A"), "xyz") == 0);

	/* a value taken from the entry being replaced */
	CHECK_EQ(setenv("A", getenv("A") + 1, 1), 0);
	CHECK(strcmp(getenv("A"), "yz") == 0);
	/* values may contain '=' */
	CHECK_EQ(setenv("EQ", "a=b", 1), 0);
	CHECK(strcmp(getenv("EQ"), "a=b") == 0);

	/* bad names */
	CHECK_ERR(setenv("", "v", 1), EINVAL);
	CHECK_ERR(setenv(NULL, "v", 1), EINVAL);
	CHECK_ERR(setenv("X=Y", "v", 1), EINVAL);
	CHECK(getenv("X") == NULL);
	CHECK_ERR(unsetenv(""), EINVAL);
	CHECK_ERR(unsetenv(NULL), EINVAL);
	CHECK_ERR(unsetenv("A=1"), EINVAL);
	CHECK(getenv("") == NULL);
	CHECK(getenv("A=") == NULL);

	/* unsetenv */
	CHECK_EQ(unsetenv("B"), 0);
	CHECK(getenv("B") == NULL);
	CHECK_EQ(in_environ("B=2"), 0);
	CHECK_EQ(unsetenv("B"), 0);
	CHECK_EQ(unsetenv("NOPE"), 0);
	CHECK_EQ(unsetenv("Vaa"), 0);
	CHECK(getenv("Vaa") == NULL);
	CHECK(strcmp(getenv("Vba"), "Vba") == 0);

	/* a program-supplied array: every occurrence goes */
	static char *mine[] = {"D=1", "E=2", "D=3", "DD=4", NULL};
	environ = mine;
	CHECK(strcmp(getenv("D"), "1") == 0);
	CHECK_EQ(unsetenv("D"), 0);
	CHECK(getenv("D") == NULL);
	CHECK_EQ(env_count(), 2);
	CHECK(strcmp(getenv("E"), "2") == 0);
	CHECK(strcmp(getenv("DD"), "4") == 0);
	CHECK_EQ(setenv("F", "5", 1), 0);
	CHECK_EQ(env_count(), 3);
	CHECK(strcmp(getenv("F"), "5") == 0);
	CHECK(strcmp(getenv("E"), "2") == 0);
	CHECK(getenv("A") == NULL);
	return 0;
}
