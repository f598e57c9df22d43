// STDOUT: hello 42 world 3.5\nvprintf 7 x\nunbuffered\n
/* printf/fprintf/vprintf/vfprintf: output through FILE buffering, return
 * counts, and write errors reported (-1 and errno). */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>

static int my_vprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vprintf(fmt, ap);
	va_end(ap);
	return r;
}

static int my_vfprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	CHECK_EQ(printf("hello %d %s %.1f\n", 42, "world", 3.5), 19);
	CHECK_EQ(my_vprintf("vprintf %d %c\n", 7, 'x'), 12);

	/* to a file, then read it back */
	FILE *f = fopen("out.txt", "w+");
	CHECK(f != NULL);
	CHECK_EQ(fprintf(f, "%05d|%-4s|%x|%%|%lld", 42, "ab", 255u, -9000000000LL), 27);
	CHECK_EQ(my_vfprintf(f, "|%.3e", 12345.678), 10);
	rewind(f);
	char buf[128] = { 0 };
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "00042|ab  |ff|%|-9000000000|1.235e+04") == 0);
	CHECK_EQ(fclose(f), 0);

	/* an unbuffered stream on /dev/full: the write error comes back at once */
	FILE *full = fopen("/dev/full", "w");
	CHECK(full != NULL);
	CHECK_EQ(setvbuf(full, NULL, _IONBF, 0), 0);
	errno = 0;
	CHECK_EQ(fprintf(full, "x%dy", 1), -1);
	CHECK_EQ(errno, ENOSPC);
	CHECK(ferror(full));
	fclose(full);

	/* fully buffered: accepted now, fclose reports the failure */
	full = fopen("/dev/full", "w");
	CHECK_EQ(fprintf(full, "%s", "data"), 4);
	errno = 0;
	CHECK_EQ(fclose(full), EOF);
	CHECK_EQ(errno, ENOSPC);

	/* stdout stays ordered with fputs; unbuffered stdout works too */
	fflush(stdout);
	setvbuf(stdout, NULL, _IONBF, 0);
	CHECK_EQ(printf("%s\n", "unbuffered"), 11);
	return 0;
}
