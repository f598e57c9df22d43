// STDERR-CONTAINS: prefix: No such file or directory
/* Failures reported, nothing lost silently: /dev/full (ENOSPC from fflush
 * and fclose), a pipe without reader (EPIPE, SIGPIPE ignored), bad fds
 * and modes, bad whence, ESPIPE, perror. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	/* a full disk */
	FILE *f = fopen("/dev/full", "w");
	CHECK(f != NULL);
	CHECK(fputs("data", f) >= 0); /* buffered: fine so far */
	errno = 0;
	CHECK_EQ(fflush(f), EOF);
	CHECK_EQ(errno, ENOSPC);
	CHECK(ferror(f));
	fclose(f);

	f = fopen("/dev/full", "w");
	CHECK(fputs("data", f) >= 0);
	errno = 0;
	CHECK_EQ(fclose(f), EOF);
	CHECK_EQ(errno, ENOSPC);

	f = fopen("/dev/full", "w");
	setvbuf(f, NULL, _IONBF, 0);
	errno = 0;
	CHECK_EQ(fputc('x', f), EOF);
	CHECK_EQ(errno, ENOSPC);
	CHECK(ferror(f));
	fclose(f);

	/* a pipe whose reader is gone: EPIPE (SIGPIPE ignored) */
	unsigned long act[8] = { 1 /* SIG_IGN */ };
	CHECK_EQ(syscall(SYS_rt_sigaction, 13 /* SIGPIPE */, act, 0, 8), 0);
	int p[2];
	CHECK_EQ(pipe(p), 0);
	close(p[0]);
	f = fdopen(p[1], "w");
	CHECK(f != NULL);
	fputs("lost?", f);
	errno = 0;
	CHECK_EQ(fflush(f), EOF);
	CHECK_EQ(errno, EPIPE);
	CHECK(ferror(f));
	clearerr(f);
	CHECK(!ferror(f));
	fclose(f);

	/* bad descriptors and modes */
	int fd = dup(0);
	close(fd);
	errno = 0;
	CHECK(fdopen(fd, "r") == NULL);
	CHECK_EQ(errno, EBADF);
	fd = open("w.txt", O_WRONLY | O_CREAT, 0644);
	errno = 0;
	CHECK(fdopen(fd, "r") == NULL);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(fdopen(fd, "q") == NULL);
	CHECK_EQ(errno, EINVAL);
	close(fd);
	const char *bad[] = { "", "q", "+", "br", "x" };
	for (unsigned i = 0; i < sizeof bad / sizeof *bad; i++) {
		errno = 0;
		CHECK(fopen("w.txt", bad[i]) == NULL);
		CHECK_EQ(errno, EINVAL);
	}
	const char *good[] = { "r", "rb", "r+", "rb+", "r+b", "w", "wb", "w+", "a", "a+", "ab+", "re", "rm", "rc", "r+bec" };
	for (unsigned i = 0; i < sizeof good / sizeof *good; i++) {
		f = fopen("w.txt", good[i]);
		CHECK(f != NULL);
		CHECK_EQ(fclose(f), 0);
	}
	/* x: O_EXCL */
	errno = 0;
	CHECK(fopen("w.txt", "wx") == NULL);
	CHECK_EQ(errno, EEXIST);
	f = fopen("new.txt", "wx");
	CHECK(f != NULL);
	fclose(f);
	/* e: close-on-exec */
	f = fopen("w.txt", "re");
	CHECK_EQ(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	fclose(f);
	f = fopen("w.txt", "r");
	CHECK_EQ(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC, 0);
	/* bad whence, negative position */
	errno = 0;
	CHECK_EQ(fseek(f, 0, 7), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(fseek(f, -5, SEEK_SET), -1);
	CHECK_EQ(errno, EINVAL);
	fclose(f);
	errno = 0;
	CHECK(fopen("missing/dir/file", "r") == NULL);
	CHECK_EQ(errno, ENOENT);

	/* ftell on a pipe */
	CHECK_EQ(pipe(p), 0);
	f = fdopen(p[0], "r");
	errno = 0;
	CHECK_EQ(ftell(f), -1);
	CHECK_EQ(errno, ESPIPE);
	errno = 0;
	CHECK_EQ(fseek(f, 0, SEEK_SET), -1);
	CHECK_EQ(errno, ESPIPE);
	fclose(f);
	close(p[1]);

	/* perror: prefix, errno kept */
	errno = ENOENT;
	perror("prefix");
	errno = EACCES;
	perror(NULL);
	perror("");
	return 0;
}
