/* getsubopt (POSIX): comma-separated name[=value] suboptions. */
#include "check.h"
#include <stdlib.h>

int main(void)
{
	char *const tok[] = {"ro", "rw", "name", "", NULL};
	char buf[] = "ro,name=xyz,bad=1,rw,,noval=,name";
	char *p = buf, *v = (char *)1;

	CHECK_EQ(getsubopt(&p, tok, &v), 0);
	CHECK(v == NULL);
	CHECK(p == buf + 3);
	CHECK_EQ(getsubopt(&p, tok, &v), 2);
	CHECK(v == buf + 8 && strcmp(v, "xyz") == 0);
	CHECK(p == buf + 12);
	CHECK_EQ(getsubopt(&p, tok, &v), -1);
	CHECK(v == buf + 12 && strcmp(v, "bad=1") == 0);
	CHECK_EQ(getsubopt(&p, tok, &v), 1);
	CHECK(v == NULL);
	/* an empty suboption matches an empty token */
	CHECK_EQ(getsubopt(&p, tok, &v), 3);
	CHECK(v == NULL);
	CHECK(p == buf + 22);
	CHECK_EQ(getsubopt(&p, tok, &v), -1);
	CHECK(strcmp(v, "noval=") == 0);
	CHECK_EQ(getsubopt(&p, tok, &v), 2);
	CHECK(v == NULL);
	CHECK(p == buf + 33 && *p == 0);
	/* at the end: -1, nothing else changes */
	CHECK_EQ(getsubopt(&p, tok, &v), -1);
	CHECK(p == buf + 33);
	/* the buffer: commas became NULs, '=' stay */
	CHECK(memcmp(buf, "ro\0name=xyz\0bad=1\0rw\0\0noval=\0name", sizeof buf) == 0);

	/* a prefix of a token is no match, nor the token's prefix */
	char b2[] = "nam=1,names";
	p = b2;
	CHECK_EQ(getsubopt(&p, tok, &v), -1);
	CHECK(strcmp(v, "nam=1") == 0);
	CHECK_EQ(getsubopt(&p, tok, &v), -1);
	CHECK(strcmp(v, "names") == 0);
	return 0;
}
