/* Buffering modes observed through a pipe: full buffering holds output
 * until fflush or a full buffer, line buffering writes at '\n',
 * unbuffered writes at once; setvbuf with the caller's buffer. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int rfd;

/* bytes now readable from the pipe (non-blocking) */
static int drain(char *buf, int cap)
{
	int n = 0;
	for (;;) {
		ssize_t r = read(rfd, buf + n, cap - n);
		if (r <= 0)
			break;
		n += r;
	}
	return n;
}

static FILE *pipe_stream(int mode, char *ubuf, size_t size)
{
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	rfd = p[0];
	FILE *f = fdopen(p[1], "w");
	CHECK(f != NULL);
	if (mode >= 0)
		CHECK_EQ(setvbuf(f, ubuf, mode, size), 0);
	return f;
}

int main(void)
{
	static char big[100000];
	char buf[200000];

	/* default for a pipe: fully buffered */
	FILE *f = pipe_stream(-1, NULL, 0);
	fputs("abc\n", f);
	fputc('d', f);
	CHECK_EQ(drain(buf, sizeof buf), 0);
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(drain(buf, sizeof buf), 5);
	CHECK(memcmp(buf, "abc\nd", 5) == 0);
	/* more than a buffer's worth gets written without fflush */
	memset(big, 'x', sizeof big);
	CHECK_EQ(fwrite(big, 1, 20000, f), 20000);
	CHECK(drain(buf, sizeof buf) > 0);
	fclose(f);
	close(rfd);

	/* full buffering: output appears once the buffer is full */
	f = pipe_stream(_IOFBF, NULL, 0);
	for (int i = 0; i < 1000; i++)
		fputc('y', f);
	CHECK_EQ(drain(buf, sizeof buf), 0);
	for (int i = 0; i < 3 * BUFSIZ; i++)
		fputc('y', f);
	CHECK(drain(buf, sizeof buf) >= BUFSIZ);
	fclose(f);
	close(rfd);

	/* line buffered */
	f = pipe_stream(_IOLBF, NULL, 0);
	fputs("no newline", f);
	CHECK_EQ(drain(buf, sizeof buf), 0);
	fputs(" yet\n", f);
	CHECK_EQ(drain(buf, sizeof buf), 15);
	CHECK(memcmp(buf, "no newline yet\n", 15) == 0);
	fputc('a', f);
	CHECK_EQ(drain(buf, sizeof buf), 0);
	fputc('\n', f);
	CHECK_EQ(drain(buf, sizeof buf), 2);
	fclose(f);
	close(rfd);

	/* setlinebuf */
	f = pipe_stream(-1, NULL, 0);
	setlinebuf(f);
	fputs("x", f);
	CHECK_EQ(drain(buf, sizeof buf), 0);
	fputs("\n", f);
	CHECK_EQ(drain(buf, sizeof buf), 2);
	fclose(f);
	close(rfd);

	/* unbuffered */
	f = pipe_stream(_IONBF, NULL, 0);
	fputc('u', f);
	CHECK_EQ(drain(buf, sizeof buf), 1);
	fputs("vw", f);
	CHECK_EQ(drain(buf, sizeof buf), 2);
	CHECK_EQ(fwrite("xyz", 1, 3, f), 3);
	CHECK_EQ(drain(buf, sizeof buf), 3);
	fclose(f);
	close(rfd);

	/* setbuf(NULL) is unbuffered too */
	f = pipe_stream(-1, NULL, 0);
	setbuf(f, NULL);
	fputc('u', f);
	CHECK_EQ(drain(buf, sizeof buf), 1);
	fclose(f);
	close(rfd);

	/* the caller's buffer: holds output until full */
	static char ubuf[64];
	f = pipe_stream(_IOFBF, ubuf, sizeof ubuf);
	fputs("warm-up", f); /* glibc writes its first chunk through */
	drain(buf, sizeof buf);
	fputs("0123456789", f);
	CHECK_EQ(drain(buf, sizeof buf), 0);
	for (int i = 0; i < 100; i++)
		fputc('z', f);
	CHECK(drain(buf, sizeof buf) > 0);
	CHECK_EQ(fclose(f), 0);
	drain(buf, sizeof buf);
	close(rfd);

	/* invalid mode */
	f = pipe_stream(-1, NULL, 0);
	CHECK(setvbuf(f, NULL, 7, 0) != 0);
	fclose(f);
	close(rfd);

	/* stderr is unbuffered: a write shows at once */
	int saved = dup(2);
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	rfd = p[0];
	dup2(p[1], 2);
	fputc('E', stderr);
	fputs("rr", stderr);
	CHECK_EQ(drain(buf, sizeof buf), 3);
	dup2(saved, 2);
	return 0;
}
