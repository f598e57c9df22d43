/* fopencookie (GNU), fgetln and fpurge (BSD): a custom stream over a
 * memory store, read/write/seek/close callbacks, their failures, the
 * null members; fgetln's lines inside and beyond the stream buffer. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

struct store {
	char data[64];
	size_t len, pos;
	int closed, reads, writes;
};

static ssize_t s_read(void *c, char *b, size_t n)
{
	struct store *s = c;
	size_t k = s->len - s->pos < n ? s->len - s->pos : n;
	memcpy(b, s->data + s->pos, k);
	s->pos += k;
	s->reads++;
	return k;
}

static ssize_t s_write(void *c, const char *b, size_t n)
{
	struct store *s = c;
	if (n > sizeof s->data - s->pos)
		n = sizeof s->data - s->pos;
	memcpy(s->data + s->pos, b, n);
	s->pos += n;
	if (s->pos > s->len)
		s->len = s->pos;
	s->writes++;
	return n;
}

static int s_seek(void *c, off64_t *off, int whence)
{
	struct store *s = c;
	off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off64_t)s->pos : (off64_t)s->len;
	if (base + *off < 0 || base + *off > (off64_t)s->len) {
		errno = EINVAL;
		return -1;
	}
	s->pos = base + *off;
	*off = s->pos;
	return 0;
}

static int s_close(void *c)
{
	((struct store *)c)->closed++;
	return 0;
}

static ssize_t bad_read(void *c, char *b, size_t n)
{
	(void)c, (void)b, (void)n;
	errno = EPROTO;
	return -1;
}

static ssize_t bad_write(void *c, const char *b, size_t n)
{
	(void)c, (void)b, (void)n;
	errno = ENOSPC;
	return -1;
}

static int bad_close(void *c)
{
	(void)c;
	errno = EPERM;
	return -1;
}

int main(void)
{
	cookie_io_functions_t io = {s_read, s_write, s_seek, s_close};
	struct store s = {.data = "hello world\nsecond\n", .len = 19};
	char buf[64];

	/* read, ftell, fseek through the callbacks */
	FILE *f = fopencookie(&s, "r+", io);
	CHECK(f != NULL);
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "hello world\n") == 0);
	CHECK_EQ(ftell(f), 12);
	CHECK(s.reads >= 1);
	CHECK_EQ(fseek(f, 6, SEEK_SET), 0);
	CHECK_EQ(fgetc(f), 'w');
	CHECK_EQ(ftell(f), 7);
	errno = 0;
	CHECK_EQ(fseek(f, 100, SEEK_SET), -1);
	CHECK_EQ(errno, EINVAL);
	/* write at a position, flushed through write */
	CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	CHECK(fputs("HELLO", f) >= 0);
	CHECK_EQ(fflush(f), 0);
	CHECK(memcmp(s.data, "HELLO world", 11) == 0);
	CHECK(s.writes >= 1);
	errno = 0;
	CHECK_EQ(fileno(f), -1);
	CHECK_EQ(errno, EBADF);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(s.closed, 1);

	/* fseek to the end, append a line, read everything back */
	s.pos = 0;
	f = fopencookie(&s, "a+", io);
	CHECK(f != NULL);
	CHECK(fprintf(f, "%d\n", 42) == 3);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(s.closed, 2);

	/* a read callback failing: error indicator, the callback's errno */
	cookie_io_functions_t bad = {bad_read, bad_write, NULL, bad_close};
	f = fopencookie(&s, "r+", bad);
	CHECK(f != NULL);
	errno = 0;
	CHECK_EQ(fgetc(f), EOF);
	CHECK(ferror(f));
	CHECK(!feof(f));
	CHECK_EQ(errno, EPROTO);
	clearerr(f);
	/* write failing: fflush fails */
	CHECK(fputs("x", f) >= 0);
	CHECK_EQ(fflush(f), EOF);
	/* no seek member: fseek fails */
	CHECK_EQ(fseek(f, 0, SEEK_SET), -1);
	/* the close member failing: fclose reports it, the stream is gone */
	errno = 0;
	CHECK_EQ(fclose(f), EOF);

	/* null members, as glibc: writing and reading fail (the error
	 * indicator), close is a no-op */
	cookie_io_functions_t none = {NULL, NULL, NULL, NULL};
	f = fopencookie(NULL, "w", none);
	CHECK(f != NULL);
	CHECK(fputs("discarded", f) >= 0);
	CHECK_EQ(fflush(f), EOF);
	CHECK_EQ(fclose(f), 0);
	f = fopencookie(NULL, "r", none);
	CHECK(f != NULL);
	CHECK_EQ(fgetc(f), EOF);
	CHECK(ferror(f));
	CHECK_EQ(fclose(f), 0);

	/* bad mode */
	errno = 0;
	CHECK(fopencookie(&s, "q", io) == NULL);
	CHECK_EQ(errno, EINVAL);

	/* a write-only stream refuses reads */
	f = fopencookie(&s, "w", io);
	CHECK(f != NULL);
	CHECK_EQ(fgetc(f), EOF);
	CHECK(ferror(f));
	fclose(f);

#ifndef AGAINST_GLIBC
	/* fgetln (BSD; glibc has none): lines in the buffer and a line
	 * longer than it, the last line without its newline */
	{
		char path[] = "/tmp/fgetlnXXXXXX";
		int fd = mkstemp(path);
		CHECK(fd >= 0);
		unlink(path);
		FILE *g = fdopen(fd, "w+");
		CHECK(g != NULL);
		fputs("one\ntwo\n", g);
		for (int i = 0; i < 20000; i++)
			fputc('a' + i % 26, g);
		fputs("\nlast", g);
		rewind(g);
		size_t n;
		char *l = fgetln(g, &n);
		CHECK(l != NULL && n == 4 && memcmp(l, "one\n", 4) == 0);
		l = fgetln(g, &n);
		CHECK(l != NULL && n == 4 && memcmp(l, "two\n", 4) == 0);
		l = fgetln(g, &n);
		CHECK(l != NULL);
		CHECK_EQ(n, 20001);
		CHECK(l[0] == 'a' && l[25] == 'z' && l[20000] == '\n');
		l = fgetln(g, &n);
		CHECK(l != NULL && n == 4 && memcmp(l, "last", 4) == 0);
		CHECK(fgetln(g, &n) == NULL);
		CHECK(feof(g));

		/* fpurge drops pending output and buffered input */
		rewind(g);
		CHECK_EQ(fgetc(g), 'o');
		CHECK_EQ(fpurge(g), 0);
		fclose(g);
	}
	{
		int p[2];
		CHECK(pipe(p) == 0);
		FILE *w = fdopen(p[1], "w");
		CHECK(w != NULL);
		fputs("dropped", w);
		CHECK_EQ(fpurge(w), 0);
		fputs("kept", w);
		fclose(w);
		char b[16] = {0};
		CHECK_EQ(read(p[0], b, sizeof b), 4);
		CHECK(strcmp(b, "kept") == 0);
		close(p[0]);
	}
#endif
	return 0;
}
