// STDOUT: hello\nworld 42\nputs\n
/* Basic stream I/O: fopen modes, fputs/fgets, fread/fwrite, fgetc/ungetc,
 * indicators, stdout buffering at exit. */
#include "check.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	FILE *f = fopen("a.txt", "w");
	CHECK(f != NULL);
	CHECK(fputs("line one\n", f) >= 0);
	CHECK_EQ(fputc('x', f), 'x');
	CHECK_EQ(fwrite("yz\nend", 1, 6, f), 6);
	CHECK_EQ(fclose(f), 0);

	f = fopen("a.txt", "r");
	CHECK(f != NULL);
	char buf[64];
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK(strcmp(buf, "line one\n") == 0);
	CHECK_EQ(fgetc(f), 'x');
	CHECK_EQ(ungetc('Q', f), 'Q');
	CHECK_EQ(getc(f), 'Q');
	CHECK_EQ(getc(f), 'y');
	CHECK(fgets(buf, 3, f) == buf);
	CHECK(strcmp(buf, "z\n") == 0);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK(strcmp(buf, "end") == 0);
	CHECK(feof(f)); /* the line ended at end of file */
	CHECK(fgets(buf, sizeof buf, f) == NULL);
	CHECK(feof(f));
	CHECK(!ferror(f));
	CHECK_EQ(fgetc(f), EOF);
	/* ungetc clears EOF */
	CHECK_EQ(ungetc('k', f), 'k');
	CHECK(!feof(f));
	CHECK_EQ(fgetc(f), 'k');
	CHECK_EQ(ungetc(EOF, f), EOF);
	clearerr(f);
	CHECK(!feof(f));
	rewind(f);
	CHECK_EQ(fread(buf, 1, 5, f), 5);
	CHECK(memcmp(buf, "line ", 5) == 0);
	CHECK_EQ(fread(buf, 4, 10, f), 2); /* 11 bytes left: 2 whole items */
	CHECK(feof(f));
	CHECK_EQ(fileno(f) > 2, 1);
	CHECK_EQ(fclose(f), 0);

	/* several pushbacks in a row */
	f = fopen("a.txt", "r");
	CHECK_EQ(fgetc(f), 'l');
	CHECK_EQ(ungetc('1', f), '1');
	CHECK_EQ(ungetc('2', f), '2');
	CHECK_EQ(fgetc(f), '2');
	CHECK_EQ(fgetc(f), '1');
	CHECK_EQ(fgetc(f), 'i');
	fclose(f);

	/* write-only stream: reading fails with EBADF and sets the error */
	f = fopen("b.txt", "w");
	errno = 0;
	CHECK_EQ(fgetc(f), EOF);
	CHECK_EQ(errno, EBADF);
	CHECK(ferror(f));
	CHECK(!feof(f));
	clearerr(f);
	errno = 0;
	CHECK_EQ(fread(buf, 1, 4, f), 0);
	CHECK_EQ(errno, EBADF);
	CHECK(ferror(f));
	fclose(f);
	/* read-only stream: writing fails */
	f = fopen("b.txt", "r");
	errno = 0;
	CHECK_EQ(fputc('a', f), EOF);
	CHECK_EQ(errno, EBADF);
	CHECK(ferror(f));
	clearerr(f);
	CHECK_EQ(fwrite("abc", 1, 3, f), 0);
	CHECK(ferror(f));
	fclose(f);

	/* fgets edge cases */
	f = fopen("a.txt", "r");
	CHECK(fgets(buf, 0, f) == NULL);
	CHECK(fgets(buf, 1, f) == buf);
	CHECK_EQ(buf[0], 0);
	fclose(f);

	/* stdout is a pipe here: fully buffered, flushed at exit */
	CHECK(fputs("hello\n", stdout) >= 0);
	CHECK_EQ(fwrite("world ", 1, 6, stdout), 6);
	CHECK_EQ(putchar('4'), '4');
	CHECK_EQ(putc('2', stdout), '2');
	CHECK_EQ(fputc('\n', stdout), '\n');
	CHECK(puts("puts") >= 0);
	return 0;
}
