// STDOUT: ok\n
/* A program that defines a libc data object (old code does: `int opterr
 * = 0;`, `char *tzname[2];`, `int signgam;`) gets one object, shared with
 * the libc: ferrolibc's definitions are weak, and the libc must reach
 * them through the symbol on every arch, not through an address of its
 * own (riscv64's LLVM merges globals into one block unless told not to,
 * and the libc then kept using its copy). Static glibc refuses to link
 * such a program: its getopt.o defines opterr and optind strongly. */
// GLIBC: differs (static glibc: multiple definition of opterr and optind)
#define _GNU_SOURCE
#include "check.h"
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int opterr = 0;
int optind = 2;
int optopt;
char *optarg;
char *tzname[2];
long timezone;
int daylight;
int signgam;

int main(void)
{
	/* getopt starts at the program's optind (2, so "-x" is skipped) and
	 * keeps quiet because of the program's opterr. */
	char *av[] = {"prog", "-x", "-q", "-a", "val", NULL};
	int err = open("err.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(err >= 0);
	int saved = dup(2);
	CHECK_EQ(dup2(err, 2), 2);
	int c = getopt(5, av, "a:");
	CHECK_EQ(dup2(saved, 2), 2);
	CHECK_EQ(c, '?');
	CHECK_EQ(optopt, 'q');
	CHECK_EQ(optind, 3);
	CHECK_EQ(lseek(err, 0, SEEK_END), 0);
	CHECK_EQ(getopt(5, av, "a:"), 'a');
	CHECK(optarg == av[4]);
	CHECK_EQ(optind, 5);
	CHECK_EQ(getopt(5, av, "a:"), -1);

	/* tzset fills the program's tzname, timezone and daylight. */
	CHECK_EQ(setenv("TZ", "EST5EDT", 1), 0);
	tzset();
	CHECK(tzname[0] != NULL && strcmp(tzname[0], "EST") == 0);
	CHECK(tzname[1] != NULL && strcmp(tzname[1], "EDT") == 0);
	CHECK_EQ(timezone, 5 * 3600L);
	CHECK_EQ(daylight, 1);

	/* lgamma sets the program's signgam. */
	signgam = 0;
	volatile double x = -0.5;
	(void)lgamma(x);
	CHECK_EQ(signgam, -1);
	t_puts(1, "ok\n");
	return 0;
}
