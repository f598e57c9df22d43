/* execinfo.h: backtrace through a 20-deep recursion of noinline
 * functions (built with unwind tables and frame pointers, as glibc's
 * manual advises), backtrace_symbols' "prog(func+0xOFF) [0xADDR]" lines
 * naming the functions (the binary is not stripped) and
 * backtrace_symbols_fd's same lines on a descriptor. */
// CFLAGS: -funwind-tables -fno-omit-frame-pointer -fno-optimize-sibling-calls
#define _GNU_SOURCE
#include <execinfo.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static void *frames[64];
static int depth;
static volatile int sink;

__attribute__((noinline)) int leaf_function(void)
{
	depth = backtrace(frames, 64);
	return depth;
}

__attribute__((noinline)) int recurse_function(int n)
{
	int r = n > 1 ? recurse_function(n - 1) : leaf_function();
	sink += n;
	return r + 1;
}

int main(void)
{
	CHECK_EQ(recurse_function(20), depth + 20);
	/* leaf, 20 recursion frames, main (glibc adds its start-up frames) */
	CHECK(depth >= 22);
	char **s = backtrace_symbols(frames, depth);
	CHECK(s != NULL);
	for (int i = 0; i < depth; i++)
		t_puts(1, s[i]), t_puts(1, "\n");
#ifndef AGAINST_GLIBC
	/* static glibc names nothing ("[0xADDR]" alone) */
	CHECK(strstr(s[0], "(leaf_function+0x") != NULL);
	for (int i = 1; i <= 20; i++)
		CHECK(strstr(s[i], "(recurse_function+0x") != NULL);
	CHECK(strstr(s[21], "(main+0x") != NULL);
#endif
	/* "[0xADDR]" ends each line and is the frame's address */
	for (int i = 0; i < depth; i++) {
		char want[32];
		snprintf(want, sizeof want, "[%p]", frames[i]);
		CHECK(strlen(s[i]) >= strlen(want));
		CHECK(strcmp(s[i] + strlen(s[i]) - strlen(want), want) == 0);
	}
	/* the frames are return addresses into the functions, in order */
	CHECK((char *)frames[0] > (char *)leaf_function);
	CHECK((char *)frames[1] > (char *)recurse_function);
	free(s);

	/* a small buffer takes the innermost frames */
	void *few[3];
	CHECK_EQ(backtrace(few, 1), 1);
	CHECK((char *)few[0] > (char *)main);
	CHECK_EQ(backtrace(few, 2), 2);
	CHECK_EQ(backtrace(few, 0), 0);

	int fd = open("bt.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	backtrace_symbols_fd(frames, 2, fd);
	char buf[512];
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	long k = read(fd, buf, sizeof buf - 1);
	CHECK(k > 0);
	buf[k] = 0;
	char *nl = strchr(buf, '\n');
	CHECK(nl != NULL && strchr(nl + 1, '\n') == buf + k - 1);
#ifndef AGAINST_GLIBC
	CHECK(strstr(buf, "(leaf_function+0x") < nl);
	CHECK(strstr(nl + 1, "(recurse_function+0x") != NULL);
#endif
	close(fd);
	return 0;
}
