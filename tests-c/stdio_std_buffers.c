// STDOUT: one\ntwo\nthree\n
/* Buffer changes on the standard streams, which start with static
 * buffers (stdin, stdout) or none (stderr) and get a library-allocated
 * one only through setvbuf: unbuffered and back, a buffered stderr,
 * freopen of stdin and stderr, then the flush at exit. */
#include "check.h"
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

static long fsize(const char *p)
{
	int fd = open(p, O_RDONLY);
	CHECK(fd >= 0);
	long n = (long)lseek(fd, 0, SEEK_END);
	CHECK_EQ(close(fd), 0);
	return n;
}

int main(void)
{
	char line[64];

	/* stdout: unbuffered, then full buffering with a library buffer */
	CHECK_EQ(setvbuf(stdout, NULL, _IONBF, 0), 0);
	CHECK(printf("one\n") == 4);
	CHECK_EQ(setvbuf(stdout, NULL, _IOFBF, 0), 0);
	CHECK(printf("two\n") == 4);
	CHECK_EQ(fflush(stdout), 0);

	/* stderr onto a file, fully buffered with a library buffer: output
	 * waits for fflush; unbuffered again, it goes out at once */
	CHECK(freopen("err.txt", "w", stderr) == stderr);
	CHECK_EQ(fileno(stderr), 2);
	CHECK_EQ(setvbuf(stderr, NULL, _IOFBF, 0), 0);
	CHECK(fputs("held", stderr) >= 0);
	CHECK_EQ(fsize("err.txt"), 0);
	CHECK_EQ(fflush(stderr), 0);
	CHECK_EQ(fsize("err.txt"), 4);
	CHECK_EQ(setvbuf(stderr, NULL, _IONBF, 0), 0);
	CHECK(fputs("now", stderr) >= 0);
	CHECK_EQ(fsize("err.txt"), 7);
	/* line buffering with a library buffer */
	CHECK_EQ(setvbuf(stderr, NULL, _IOLBF, 0), 0);
	CHECK(fputs("a", stderr) >= 0);
	CHECK_EQ(fsize("err.txt"), 7);
	CHECK(fputs("b\n", stderr) >= 0);
	CHECK_EQ(fsize("err.txt"), 10);

	/* stdin from a file, read through its static buffer, then through a
	 * small buffer of the caller's, then a library one */
	FILE *w = fopen("in.txt", "w");
	CHECK(w != NULL);
	CHECK(fputs("first\nsecond\nthird line\nfourth\n", w) >= 0);
	CHECK_EQ(fclose(w), 0);
	CHECK(freopen("in.txt", "r", stdin) == stdin);
	CHECK_EQ(fileno(stdin), 0);
	CHECK(fgets(line, sizeof line, stdin) == line);
	CHECK(strcmp(line, "first\n") == 0);
	static char small[12];
	CHECK(freopen("in.txt", "r", stdin) == stdin);
	CHECK_EQ(setvbuf(stdin, small, _IOFBF, sizeof small), 0);
	CHECK(fgets(line, sizeof line, stdin) == line);
	CHECK(strcmp(line, "first\n") == 0);
	CHECK(fgets(line, sizeof line, stdin) == line);
	CHECK(strcmp(line, "second\n") == 0);
	CHECK(fgets(line, sizeof line, stdin) == line);
	CHECK(strcmp(line, "third line\n") == 0);
	CHECK(freopen("in.txt", "r", stdin) == stdin);
	CHECK_EQ(setvbuf(stdin, NULL, _IOFBF, 0), 0);
	CHECK(fgets(line, sizeof line, stdin) == line);
	CHECK(strcmp(line, "first\n") == 0);
	CHECK_EQ(fclose(stdin), 0);

	/* stdout is flushed at exit from its library buffer */
	CHECK(printf("three\n") == 6);
	return 0;
}
