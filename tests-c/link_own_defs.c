/* A program may define functions the libc also defines — as portable C
 * programs do (their own strlcpy, getline, basename, err, getopt …) — and
 * its definitions win: the link succeeds without a duplicate definition
 * and each call reaches the program's version, while the rest of the
 * libc (here stdio, strings, stdlib) still works around them. */
// CFLAGS: -fno-builtin
// STDOUT: own getline 7\nok\n
#include "check.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile int called;

size_t strlcpy(char *d, const char *s, size_t n)
{
	(void)d;
	(void)s;
	called |= 1;
	return n + 1000;
}

ssize_t getline(char **restrict line, size_t *restrict cap, FILE *restrict f)
{
	(void)line;
	(void)cap;
	(void)f;
	called |= 2;
	return 7;
}

char *basename(char *path)
{
	(void)path;
	called |= 4;
	return (char *)"own-basename";
}

void err(int status, const char *fmt, ...)
{
	(void)status;
	(void)fmt;
	called |= 8;
}

char *index(const char *s, int c)
{
	(void)c;
	called |= 16;
	return (char *)s + 1;
}

int getopt(int argc, char *const argv[], const char *opts)
{
	(void)argc;
	(void)argv;
	(void)opts;
	called |= 32;
	return 'q';
}

int atoi(const char *s)
{
	(void)s;
	called |= 64;
	return -12345;
}

char *strdup(const char *s)
{
	(void)s;
	called |= 128;
	return (char *)"own-strdup";
}

int main(int argc, char **argv)
{
	char b[8];
	CHECK_EQ(strlcpy(b, "abc", sizeof b), 1008);
	char *l = NULL;
	size_t cap = 0;
	ssize_t n = getline(&l, &cap, stdin);
	CHECK_EQ(n, 7);
	CHECK(l == NULL);
	CHECK(strcmp(basename((char *)"/a/b"), "own-basename") == 0);
	err(1, "not exiting");
	CHECK(strcmp(index("xyz", 'z'), "yz") == 0);
	CHECK_EQ(getopt(argc, argv, "a"), 'q');
	CHECK_EQ(atoi("1"), -12345);
	CHECK(strcmp(strdup("x"), "own-strdup") == 0);
	CHECK_EQ(called, 255);
	/* The libc's own functions beside them still work. */
	CHECK_EQ(strtol("77", NULL, 10), 77);
	char *d = strndup("dup", 2);
	CHECK(d && strcmp(d, "du") == 0);
	free(d);
	printf("own getline %d\n", (int)n);
	printf("ok\n");
	return 0;
}
