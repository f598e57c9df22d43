/* libgen.h dirname/basename (POSIX) and the GNU basename of string.h,
 * with glibc's answers for the implementation-defined "//" cases. */
#define _GNU_SOURCE
#include <string.h>
static char *(*gnu_basename)(const char *) = basename;
#include <libgen.h>
#include <stdlib.h>
#include "check.h"

static void one(const char *in, const char *dir, const char *base)
{
	char a[64], b[64];
	strcpy(a, in);
	strcpy(b, in);
	char *d = dirname(a);
	char *n = basename(b);
	if (strcmp(d, dir) || strcmp(n, base)) {
		t_puts(2, "input '");
		t_puts(2, in);
		t_puts(2, "': dirname '");
		t_puts(2, d);
		t_puts(2, "' basename '");
		t_puts(2, n);
		t_puts(2, "'\n");
	}
	CHECK(strcmp(d, dir) == 0);
	CHECK(strcmp(n, base) == 0);
}

int main(void)
{
	one("", ".", ".");
	one("/", "/", "/");
	one("//", "//", "/");
	one("///", "/", "/");
	one("//a", "//", "a");
	one("//a/", "//", "a");
	one("//a/b", "//a", "b");
	one("///a", "/", "a");
	one("/a", "/", "a");
	one("a", ".", "a");
	one("a/", ".", "a");
	one("a//", ".", "a");
	one("a/b", "a", "b");
	one("a/b/", "a", "b");
	one("a//b//", "a", "b");
	one("/usr/lib", "/usr", "lib");
	one("/usr/", "/", "usr");
	one("usr", ".", "usr");
	one(".", ".", ".");
	one("..", ".", "..");
	one("../x", "..", "x");
	one("./", ".", ".");
	one("/a/b/c/d", "/a/b/c", "d");
	CHECK(strcmp(dirname(NULL), ".") == 0);
	CHECK(strcmp(basename(NULL), ".") == 0);

	/* dirname and POSIX basename work in place */
	char p[] = "/x/y/";
	char *r = basename(p);
	CHECK(r == p + 3);
	CHECK(strcmp(p, "/x/y") == 0);
	char q[] = "/x/y";
	CHECK(dirname(q) == q);
	CHECK(strcmp(q, "/x") == 0);

	/* the GNU one never writes: "" after a trailing slash */
	const char *s = "/usr/lib/";
	CHECK(strcmp(gnu_basename("/usr/lib"), "lib") == 0);
	CHECK(*gnu_basename(s) == 0 && gnu_basename(s) == s + 9);
	CHECK(strcmp(gnu_basename("abc"), "abc") == 0);
	CHECK(strcmp(gnu_basename(""), "") == 0);
	CHECK(strcmp(gnu_basename("a//b//"), "") == 0);
	CHECK(strcmp(gnu_basename("/"), "") == 0);
	return 0;
}
