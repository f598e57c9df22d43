/* Where an append stream starts (fopen(3): mode "a" is "positioned at
 * the end of the file"; "a+" starts reading at the beginning) for
 * fopen, fdopen of an O_APPEND or plain descriptor, and freopen with
 * and without a path; a relative fseek from there works, and writes
 * still always land at the end. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void make(const char *path)
{
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	CHECK_EQ(fputs("0123456789", f) >= 0, 1);
	CHECK_EQ(fclose(f), 0);
}

static long size_of(const char *path)
{
	FILE *f = fopen(path, "r");
	CHECK(f != NULL);
	CHECK_EQ(fseek(f, 0, SEEK_END), 0);
	long n = ftell(f);
	fclose(f);
	return n;
}

int main(void)
{
	const char *p = "append_pos.txt";
	char buf[32];

	/* fopen "a": at the end, so ftell is the size */
	make(p);
	FILE *f = fopen(p, "a");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 10);
	CHECK_EQ(ftello(f), 10);
	fpos_t pos;
	CHECK_EQ(fgetpos(f, &pos), 0);
	/* a relative seek from the end position is valid */
	CHECK_EQ(fseek(f, -4, SEEK_CUR), 0);
	CHECK_EQ(ftell(f), 6);
	/* but the write still goes to the end */
	CHECK_EQ(fputs("ab", f) >= 0, 1);
	CHECK_EQ(ftell(f), 12);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(size_of(p), 12);

	/* "ab" is the same as "a" */
	f = fopen(p, "ab");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 12);
	fclose(f);

	/* fopen "a+": reading starts at the beginning */
	f = fopen(p, "a+");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 0);
	CHECK_EQ(fgetc(f), '0');
	CHECK_EQ(fseek(f, 0, SEEK_CUR), 0);
	CHECK_EQ(fputc('Z', f), 'Z');
	CHECK_EQ(ftell(f), 13);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(size_of(p), 13);

	/* fdopen "a" of a descriptor at 0 without O_APPEND: at the end */
	make(p);
	int fd = open(p, O_WRONLY);
	CHECK(fd >= 0);
	f = fdopen(fd, "a");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 10);
	CHECK((fcntl(fd, F_GETFL) & O_APPEND) != 0);
	fclose(f);

	/* fdopen "a" of a descriptor already in O_APPEND keeps its offset
	 * (glibc moves only when it sets O_APPEND itself); writes still go
	 * to the end */
	fd = open(p, O_WRONLY | O_APPEND);
	CHECK(fd >= 0);
	CHECK_EQ(lseek(fd, 0, SEEK_CUR), 0);
	f = fdopen(fd, "a");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 0);
	CHECK_EQ(fputc('!', f), '!');
	CHECK_EQ(ftell(f), 11);
	fclose(f);
	make(p);

	/* fdopen "a+" of a read-write descriptor keeps its position */
	fd = open(p, O_RDWR | O_APPEND);
	CHECK(fd >= 0);
	CHECK_EQ(lseek(fd, 3, SEEK_SET), 3);
	f = fdopen(fd, "a+");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 3);
	CHECK_EQ(fgetc(f), '3');
	fclose(f);

	/* fdopen "w" of an O_APPEND descriptor keeps its position too */
	fd = open(p, O_WRONLY | O_APPEND);
	CHECK(fd >= 0);
	f = fdopen(fd, "w");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 0);
	fclose(f);

	/* freopen with a path in mode "a" */
	f = fopen(p, "r");
	CHECK(f != NULL);
	CHECK_EQ(fgetc(f), '0');
	f = freopen(p, "a", f);
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 10);
	CHECK_EQ(fclose(f), 0);

	/* freopen(NULL, "a") of the same file */
	f = fopen(p, "r+");
	CHECK(f != NULL);
	CHECK_EQ(fgetc(f), '0');
	f = freopen(NULL, "a", f);
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 10);
	CHECK_EQ(fputs("xy", f) >= 0, 1);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(size_of(p), 12);

	/* "a" on a new file: 0 */
	unlink(p);
	f = fopen(p, "a");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 0);
	fclose(f);

	/* "a" on a pipe: opening works, the position is not asked */
	int pp[2];
	CHECK_EQ(pipe(pp), 0);
	f = fdopen(pp[1], "a");
	CHECK(f != NULL);
	CHECK_EQ(fputs("hi", f) >= 0, 1);
	CHECK_EQ(fclose(f), 0);
	memset(buf, 0, sizeof buf);
	CHECK_EQ(read(pp[0], buf, sizeof buf), 2);
	CHECK_EQ(strcmp(buf, "hi"), 0);
	close(pp[0]);
	unlink(p);
	return 0;
}
