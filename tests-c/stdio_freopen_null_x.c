// STDOUT: ok\n
/* freopen(NULL, mode, f) changes the mode "as if the name of the file
 * currently associated with the stream had been used" (POSIX freopen):
 * an "x" mode (C17 7.21.5.3p5) finds the file existing, so it fails with
 * EEXIST and the stream is closed; without "x" the same file reopens. */
#include "check.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char path[] = "/tmp/frnxXXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "hello", 5), 5);
	close(fd);
	FILE *f = fopen(path, "r");
	CHECK(f != NULL);
	errno = 0;
	CHECK(freopen(NULL, "wx", f) == NULL);
	CHECK_EQ(errno, EEXIST);
	f = fopen(path, "r");
	CHECK(f != NULL);
	f = freopen(NULL, "a+", f);
	CHECK(f != NULL);
	CHECK_EQ(fputs("!", f) >= 0, 1);
	rewind(f);
	char b[16] = { 0 };
	CHECK(fgets(b, sizeof b, f) != NULL);
	CHECK_EQ(strcmp(b, "hello!"), 0);
	fclose(f);
	unlink(path);
	t_puts(1, "ok\n");
	return 0;
}
