// STDOUT: ok\n
/* A program that asks for POSIX (and not GNU) through _POSIX_C_SOURCE
 * gets POSIX's getopt from <unistd.h>: the scan stops at the first
 * operand instead of permuting, as with glibc. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char *a[] = {"p", "-a", "x", "-b", "-c", "v", 0};
	CHECK_EQ(getopt(6, a, "abc:"), 'a');
	CHECK_EQ(getopt(6, a, "abc:"), -1);
	CHECK_EQ(optind, 2);
	CHECK(a[2][0] == 'x' && a[3][1] == 'b');
	/* A rescan from optind = 1 past the operand finds the rest. */
	optind = 3;
	CHECK_EQ(getopt(6, a, "abc:"), 'b');
	CHECK_EQ(getopt(6, a, "abc:"), 'c');
	CHECK(optarg == a[5]);
	CHECK_EQ(getopt(6, a, "abc:"), -1);
	CHECK_EQ(optind, 6);
	CHECK_EQ(opterr, 1);
	printf("ok\n");
	return 0;
}
