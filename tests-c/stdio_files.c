/* remove, tmpnam, tempnam, freopen, fdopen, the _unlocked variants,
 * flockfile, stdio_ext helpers. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	/* remove: files and empty directories */
	FILE *f = fopen("r.txt", "w");
	fclose(f);
	CHECK_EQ(remove("r.txt"), 0);
	CHECK_ERR(remove("r.txt"), ENOENT);
	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_EQ(remove("d"), 0);
	CHECK_ERR(access("d", F_OK), ENOENT);
	CHECK_EQ(mkdir("d", 0755), 0);
	f = fopen("d/x", "w");
	fclose(f);
	CHECK_ERR(remove("d"), ENOTEMPTY);

	/* tmpnam / tempnam */
	char *n = tmpnam(NULL);
	CHECK(n != NULL);
	CHECK(memcmp(n, P_tmpdir "/", 5) == 0);
	CHECK(strlen(n) < L_tmpnam);
	CHECK_ERR(access(n, F_OK), ENOENT);
	char mine[L_tmpnam];
	CHECK(tmpnam(mine) == mine);
	char *t = tempnam("d", "pre");
	CHECK(t != NULL);
	CHECK(memcmp(t, "d/pre", 5) == 0);
	CHECK_ERR(access(t, F_OK), ENOENT);
	free(t);
	t = tempnam("no-such-dir", NULL);
	CHECK(t != NULL);
	CHECK(memcmp(t, "/tmp/", 5) == 0);
	free(t);
	CHECK(TMP_MAX >= 25);

	/* fdopen: "a" appends */
	int fd = open("fd.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK_EQ(write(fd, "abc", 3), 3);
	lseek(fd, 0, SEEK_SET);
	f = fdopen(fd, "a");
	CHECK(f != NULL);
	CHECK_EQ(fileno(f), fd);
	fputs("def", f);
	CHECK_EQ(fclose(f), 0);
	CHECK_ERR(close(fd), EBADF); /* fclose closed it */
	f = fopen("fd.txt", "r");
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "abcdef") == 0);

	/* freopen onto another file, and with a NULL path */
	f = freopen("fr.txt", "w", f);
	CHECK(f != NULL);
	fputs("reopened", f);
	f = freopen(NULL, "r", f);
	CHECK(f != NULL);
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "reopened") == 0);
	errno = 0;
	CHECK(freopen("missing/x", "r", f) == NULL);
	CHECK_EQ(errno, ENOENT);

	/* freopen of stdout keeps fd 1 */
	int saved = dup(1);
	CHECK(freopen("out.txt", "w", stdout) == stdout);
	CHECK_EQ(fileno(stdout), 1);
	fputs("to the file\n", stdout);
	CHECK_EQ(fflush(stdout), 0);
	dup2(saved, 1);
	f = fopen("out.txt", "r");
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "to the file\n") == 0);
	fclose(f);

	/* _unlocked variants and locks */
	f = fopen("u.txt", "w+");
	flockfile(f);
	CHECK_EQ(ftrylockfile(f), 0);
	CHECK_EQ(putc_unlocked('a', f), 'a');
	CHECK_EQ(fputc_unlocked('b', f), 'b');
	CHECK(fputs_unlocked("cd\n", f) >= 0);
	CHECK_EQ(fwrite_unlocked("ef", 1, 2, f), 2);
	CHECK_EQ(__fpending(f), 7);
	CHECK(__fwriting(f));
	CHECK_EQ(fflush_unlocked(f), 0);
	CHECK_EQ(__fpending(f), 0);
	funlockfile(f);
	funlockfile(f);
	rewind(f);
	CHECK_EQ(getc_unlocked(f), 'a');
	CHECK_EQ(fgetc_unlocked(f), 'b');
	CHECK(fgets_unlocked(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "cd\n") == 0);
	CHECK_EQ(fread_unlocked(buf, 1, 10, f), 2);
	CHECK(feof_unlocked(f));
	CHECK(!ferror_unlocked(f));
	clearerr_unlocked(f);
	CHECK(!feof_unlocked(f));
	CHECK_EQ(fileno_unlocked(f), fileno(f));
	CHECK(__freadable(f));
	CHECK(__fwritable(f));
	fclose(f);

	/* __fpurge drops pending output */
	f = fopen("p.txt", "w");
	fputs("dropped", f);
	__fpurge(f);
	fputs("kept", f);
	fclose(f);
	f = fopen("p.txt", "r");
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "kept") == 0);
	CHECK(__freading(f));
	CHECK(!__fwritable(f));
	fclose(f);

	/* putchar_unlocked / getchar_unlocked on the standard streams */
	CHECK(freopen("in.txt", "w+", stdin) == stdin);
	fputs("Z", stdin);
	rewind(stdin);
	CHECK_EQ(getchar_unlocked(), 'Z');
	CHECK_EQ(getchar(), EOF);
	return 0;
}
