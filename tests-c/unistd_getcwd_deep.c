// STDOUT: ok\n
/* getcwd of a path longer than the kernel's getcwd returns (a page, so
 * ENAMETOOLONG from the system call): created by mkdir+chdir steps, 36
 * components of 200 bytes (> 7200 bytes), then getcwd(NULL, 0),
 * getcwd(buf, big) and getcwd(NULL, size) all give the whole path, as
 * glibc's do; a buffer one byte short is ERANGE, size 0 with a buffer
 * EINVAL. On the way the short paths are checked too, and at the end the
 * tree is removed. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEPTH 36
#define NAMELEN 200

static char want[16384];
static char big[16384];

static void check_here(size_t len)
{
	CHECK_EQ(strlen(want), len);
	char *p = getcwd(NULL, 0);
	CHECK(p != NULL);
	CHECK(strcmp(p, want) == 0);
	free(p);
	CHECK(getcwd(big, sizeof big) == big);
	CHECK(strcmp(big, want) == 0);
	p = getcwd(NULL, len + 1);
	CHECK(p != NULL);
	CHECK(strcmp(p, want) == 0);
	free(p);
	errno = 0;
	CHECK(getcwd(big, len) == NULL);
	CHECK_EQ(errno, ERANGE);
	errno = 0;
	CHECK(getcwd(NULL, len) == NULL);
	CHECK_EQ(errno, ERANGE);
	CHECK(getcwd(big, len + 1) == big);
	CHECK(strcmp(big, want) == 0);
	errno = 0;
	CHECK(getcwd(big, 0) == NULL);
	CHECK_EQ(errno, EINVAL);
}

int main(void)
{
	char top[64];
	snprintf(top, sizeof top, "getcwd_deep.%d", (int)getpid());
	CHECK_EQ(mkdir(top, 0700), 0);
	CHECK_EQ(chdir(top), 0);
	CHECK(getcwd(want, sizeof want) == want);
	size_t len = strlen(want);
	CHECK(len < 4000);
	check_here(len);
	char name[NAMELEN + 1];
	for (int i = 0; i < DEPTH; i++) {
		memset(name, 'a' + i % 26, NAMELEN);
		name[0] = '0' + i % 10;
		name[NAMELEN] = 0;
		CHECK_EQ(mkdir(name, 0700), 0);
		CHECK_EQ(chdir(name), 0);
		want[len] = '/';
		memcpy(want + len + 1, name, NAMELEN + 1);
		len += NAMELEN + 1;
		if (i % 7 == 0 || i == DEPTH - 1)
			check_here(len);
	}
	CHECK(len > 7200);
	/* one short component more (the last step of the walk differs) */
	CHECK_EQ(mkdir("x", 0700), 0);
	CHECK_EQ(chdir("x"), 0);
	strcpy(want + len, "/x");
	check_here(len + 2);
	CHECK_EQ(chdir(".."), 0);
	CHECK_EQ(rmdir("x"), 0);
	/* remove the tree from the bottom */
	for (int i = DEPTH - 1; i >= 0; i--) {
		memset(name, 'a' + i % 26, NAMELEN);
		name[0] = '0' + i % 10;
		name[NAMELEN] = 0;
		CHECK_EQ(chdir(".."), 0);
		CHECK_EQ(rmdir(name), 0);
	}
	CHECK_EQ(chdir(".."), 0);
	CHECK_EQ(rmdir(top), 0);
	puts("ok");
	return 0;
}
