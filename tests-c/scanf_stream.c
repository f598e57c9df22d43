/* The scanf family on streams: pushback seen by the next getc and ftell,
 * ungetc before a scan, successive scans to EOF, scanf/vscanf on stdin,
 * vfscanf/vsscanf through a caller's va_list, a write-only stream, long
 * fields across buffer refills, positional arguments, %m allocations, and
 * how many bytes a long double store writes. */
#include "check.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int my_vfscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

static int my_vsscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

static int my_vscanf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vscanf(fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	char buf[64], s[32];
	int a = 0, b = 0, c = 0, d = 0, n = 0;
	double x = 0;

	/* fmemopen: pushback lands where the next getc and ftell look */
	strcpy(buf, "12abc 3.5\n0x1g 1e+5x");
	FILE *f = fmemopen(buf, strlen(buf), "r");
	CHECK(f != NULL);
	CHECK_EQ(fscanf(f, "%d", &a), 1);
	CHECK_EQ(a, 12);
	CHECK_EQ(ftell(f), 2);
	CHECK_EQ(fgetc(f), 'a');
	CHECK_EQ(fscanf(f, "%*s%lf", &x), 1);
	CHECK(x == 3.5);
	CHECK_EQ(fgetc(f), '\n');
	CHECK_EQ(fscanf(f, "%x", (unsigned *)&a), 1);
	CHECK_EQ(a, 1);
	CHECK_EQ(fgetc(f), 'g');
	CHECK_EQ(fscanf(f, "%lf", &x), 1);
	CHECK(x == 1e5);
	CHECK_EQ(fgetc(f), 'x'); /* 'x' pushed back (for "0xg" and "1e+x",
				     which only begin a number, see
				     scanf_standard.c) */
	CHECK_EQ(fgetc(f), EOF);
	CHECK_EQ(fscanf(f, "%d", &a), EOF);
	CHECK(feof(f));
	CHECK(!ferror(f));
	fclose(f);

	/* ungetc before a scan; successive scans to EOF */
	strcpy(buf, "23 4 5");
	f = fmemopen(buf, strlen(buf), "r");
	CHECK_EQ(ungetc('1', f), '1');
	int sum = 0, k = 0;
	while (fscanf(f, "%d", &a) == 1) {
		sum += a;
		k++;
	}
	CHECK_EQ(k, 3);
	CHECK_EQ(sum, 123 + 4 + 5);
	CHECK(feof(f));
	fclose(f);

	/* a matching failure leaves the offending byte for the next read */
	strcpy(buf, "7,8;9");
	f = fmemopen(buf, strlen(buf), "r");
	CHECK_EQ(fscanf(f, "%d,%d,%d", &a, &b, &c), 2);
	CHECK_EQ(a, 7);
	CHECK_EQ(b, 8);
	CHECK_EQ(fgetc(f), ';');
	CHECK_EQ(fscanf(f, "%d%n", &c, &n), 1);
	CHECK_EQ(c, 9);
	CHECK_EQ(n, 1);
	fclose(f);

	/* vfscanf / vsscanf with positional arguments */
	strcpy(buf, "1 2 3 4");
	f = fmemopen(buf, strlen(buf), "r");
	CHECK_EQ(my_vfscanf(f, "%4$d %3$d %2$d %1$d", &a, &b, &c, &d), 4);
	CHECK(a == 4 && b == 3 && c == 2 && d == 1);
	fclose(f);
	CHECK_EQ(my_vsscanf("x=5 name=bob", "x=%d name=%31s%n", &a, s, &n), 2);
	CHECK_EQ(a, 5);
	CHECK(strcmp(s, "bob") == 0);
	CHECK_EQ(n, 12);
	CHECK_EQ(my_vsscanf("", "%d", &a), EOF);

	/* sscanf leaves its input alone */
	const char *in = "  42 rest";
	CHECK_EQ(sscanf(in, "%d %4c", &a, s), 2);
	CHECK_EQ(a, 42);
	CHECK(memcmp(s, "rest", 4) == 0);
	CHECK(strcmp(in, "  42 rest") == 0);

	/* %m: malloc'd, the caller frees (and may realloc) */
	char *m1 = NULL, *m2 = NULL;
	CHECK_EQ(sscanf("alpha beta", "%ms %m[a-z]", &m1, &m2), 2);
	CHECK(strcmp(m1, "alpha") == 0 && strcmp(m2, "beta") == 0);
	m1 = realloc(m1, 100);
	CHECK(m1 != NULL && strcmp(m1, "alpha") == 0);
	free(m1);
	free(m2);

	/* a long field across many buffer refills (a file) */
	f = fopen("long", "w+");
	CHECK(f != NULL);
	fputs("1", f);
	for (int i = 0; i < 20000; i++)
		fputc('0', f);
	fputs(".5e-20000 ", f);
	for (int i = 0; i < 10000; i++)
		fputc('z', f);
	fputs(" end", f);
	rewind(f);
	CHECK_EQ(fscanf(f, "%lf", &x), 1);
	CHECK(x == 1.0);
	m1 = NULL;
	CHECK_EQ(fscanf(f, "%ms%n", &m1, &n), 1);
	CHECK_EQ(strlen(m1), 10000);
	CHECK_EQ(n, 1 + 10000); /* %n counts this call's bytes */
	free(m1);
	CHECK_EQ(fscanf(f, "%4s", s), 1);
	CHECK(strcmp(s, "end") == 0);
	fclose(f);

	/* a write-only stream: EOF and EBADF up front, whatever the format,
	 * and (as glibc) without the error indicator */
	f = fopen("wo", "w");
	errno = 0;
	CHECK_EQ(fscanf(f, "%d", &a), EOF);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	CHECK_EQ(fscanf(f, "%n", &a), EOF);
	CHECK_EQ(errno, EBADF);
	CHECK(!ferror(f));
	fclose(f);

	/* long double: the value's bytes only (10 of them for x87) */
	unsigned char ld[sizeof(long double)];
	memset(ld, 0x5a, sizeof ld);
	CHECK_EQ(sscanf("-2.5", "%Lf", (long double *)ld), 1);
	long double want = -2.5L;
#if __LDBL_MANT_DIG__ == 64
	CHECK(memcmp(ld, &want, 10) == 0);
	for (size_t i = 10; i < sizeof ld; i++)
		CHECK_EQ(ld[i], 0x5a);
#else
	CHECK(memcmp(ld, &want, sizeof ld) == 0);
#endif

	/* scanf / vscanf on stdin (a pipe on fd 0) */
	int p[2];
	CHECK(pipe(p) == 0);
	const char *msg = "42 hello\n  7 world!";
	CHECK(write(p[1], msg, strlen(msg)) == (ssize_t)strlen(msg));
	close(p[1]);
	CHECK(dup2(p[0], 0) == 0);
	close(p[0]);
	CHECK_EQ(scanf("%d %31s", &a, s), 2);
	CHECK_EQ(a, 42);
	CHECK(strcmp(s, "hello") == 0);
	CHECK_EQ(getchar(), '\n');
	CHECK_EQ(my_vscanf("%d %[a-z]", &b, s), 2);
	CHECK_EQ(b, 7);
	CHECK(strcmp(s, "world") == 0);
	CHECK_EQ(getchar(), '!');
	CHECK_EQ(scanf("%d", &a), EOF);
	return 0;
}
