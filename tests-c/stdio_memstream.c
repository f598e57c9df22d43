/* fmemopen (every mode, NULL buffer, seeking limits, NUL terminator) and
 * open_memstream (growth, *ptr/*size on fflush and fclose, seeking). */
#include "check.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	char b[16];
	char out[32];
	FILE *f;

	/* r: all size bytes readable */
	memcpy(b, "hello world", 12);
	f = fmemopen(b, 11, "r");
	CHECK(f != NULL);
	CHECK_EQ(fread(out, 1, sizeof out, f), 11);
	CHECK(memcmp(out, "hello world", 11) == 0);
	CHECK(feof(f));
	CHECK_EQ(fseek(f, 6, SEEK_SET), 0);
	CHECK(fgets(out, sizeof out, f) != NULL);
	CHECK(strcmp(out, "world") == 0);
	errno = 0;
	CHECK_EQ(fseek(f, 12, SEEK_SET), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(fseek(f, 11, SEEK_SET), 0);
	CHECK_EQ(fseek(f, -1, SEEK_END), 0);
	CHECK_EQ(fgetc(f), 'd');
	errno = 0;
	CHECK_EQ(fputc('x', f), EOF);
	CHECK(ferror(f));
	CHECK_EQ(fclose(f), 0);

	/* w: truncates; NUL after the data while there is room */
	memset(b, 'z', sizeof b);
	f = fmemopen(b, sizeof b, "w");
	CHECK(f != NULL);
	fputs("abc", f);
	CHECK_EQ(fflush(f), 0);
	CHECK(strcmp(b, "abc") == 0);
	CHECK_EQ(ftell(f), 3);
	CHECK_EQ(fseek(f, 1, SEEK_SET), 0);
	fputc('X', f);
	CHECK_EQ(fflush(f), 0);
	CHECK(strcmp(b, "aXc") == 0);
	CHECK_EQ(fseek(f, 0, SEEK_END), 0);
	CHECK_EQ(ftell(f), 3);
	CHECK_EQ(fclose(f), 0);
	CHECK(strcmp(b, "aXc") == 0);

	/* writing past the end fails */
	f = fmemopen(b, 8, "w");
	CHECK_EQ(fwrite("0123456789", 1, 10, f), 10); /* buffered */
	CHECK_EQ(fflush(f), EOF);
	CHECK(ferror(f));
	CHECK(memcmp(b, "01234567", 7) == 0);
	fclose(f);

	/* r+: no truncation, no NUL inside the old data */
	memcpy(b, "abcdefgh", 9);
	f = fmemopen(b, 9, "r+");
	fputs("XY", f);
	CHECK_EQ(fflush(f), 0);
	CHECK(strcmp(b, "XYcdefgh") == 0);
	CHECK_EQ(fgetc(f), 'c');
	fclose(f);

	/* a / a+: start at the first NUL, always write at the end */
	strcpy(b, "hey");
	f = fmemopen(b, sizeof b, "a+");
	CHECK_EQ(ftell(f), 3);
	fputs("yo", f);
	CHECK_EQ(fflush(f), 0);
	CHECK(strcmp(b, "heyyo") == 0);
	CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	CHECK_EQ(fgetc(f), 'h');
	CHECK_EQ(fseek(f, 1, SEEK_SET), 0);
	fputs("!", f);
	CHECK_EQ(fclose(f), 0);
	CHECK(strcmp(b, "heyyo!") == 0);

	/* w+ */
	f = fmemopen(b, sizeof b, "w+");
	fputs("round trip", f);
	rewind(f);
	CHECK(fgets(out, sizeof out, f) != NULL);
	CHECK(strcmp(out, "round trip") == 0);
	fclose(f);

	/* NULL buffer: the library's own */
	f = fmemopen(NULL, 32, "w+");
	CHECK(f != NULL);
	fputs("internal", f);
	rewind(f);
	CHECK(fgets(out, sizeof out, f) != NULL);
	CHECK(strcmp(out, "internal") == 0);
	CHECK_EQ(fclose(f), 0);

	errno = 0;
	CHECK(fmemopen(b, sizeof b, "z") == NULL);
	CHECK_EQ(errno, EINVAL);
	f = fmemopen(b, sizeof b, "r");
	errno = 0;
	CHECK_EQ(fileno(f), -1);
	CHECK_EQ(errno, EBADF);
	fclose(f);

	/* open_memstream */
	char *p = NULL;
	size_t sz = 99;
	f = open_memstream(&p, &sz);
	CHECK(f != NULL);
	fputs("hello", f);
	CHECK_EQ(fflush(f), 0);
	CHECK(p != NULL);
	CHECK_EQ(sz, 5);
	CHECK(strcmp(p, "hello") == 0);
	for (int i = 0; i < 10000; i++)
		fputc('0' + i % 10, f);
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(sz, 10005);
	CHECK_EQ(strlen(p), 10005);
	CHECK_EQ(p[10004], '9');
	/* seek back: size follows the position, data stays */
	CHECK_EQ(fseek(f, 2, SEEK_SET), 0);
	fputc('Z', f);
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(sz, 3);
	CHECK(memcmp(p, "heZlo", 5) == 0);
	/* seek past the end: the gap is NUL-filled */
	CHECK_EQ(fseek(f, 10010, SEEK_SET), 0);
	fputc('Q', f);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(sz, 10011);
	CHECK_EQ(p[10007], 0);
	CHECK_EQ(p[10010], 'Q');
	CHECK_EQ(p[10011], 0);
	free(p);

	/* nothing written: an empty string */
	p = NULL;
	f = open_memstream(&p, &sz);
	CHECK_EQ(fclose(f), 0);
	CHECK(p != NULL);
	CHECK_EQ(sz, 0);
	CHECK_EQ(p[0], 0);
	free(p);
	return 0;
}
