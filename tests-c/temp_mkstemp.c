/* mkstemp, mkostemp, mkstemps, mkostemps: new files (mode 0600, opened
 * read-write), template letters replaced, EINVAL for bad templates. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* local string helpers (the library's string.h is still growing) */
static char *s_cpy(char *d, const char *s)
{
	memcpy(d, s, strlen(s) + 1);
	return d;
}
static char *s_cat(char *d, const char *s)
{
	s_cpy(d + strlen(d), s);
	return d;
}

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static void check_name(const char *t, const char *prefix, const char *suffix)
{
	size_t p = strlen(prefix), s = strlen(suffix), n = strlen(t);
	CHECK_EQ(n, p + 6 + s);
	CHECK(memcmp(t, prefix, p) == 0);
	CHECK(strcmp(t + p + 6, suffix) == 0);
	int all_x = 1;
	for (size_t i = p; i < p + 6; i++) {
		CHECK(is_alnum(t[i]));
		if (t[i] != 'X')
			all_x = 0;
	}
	CHECK(!all_x);
}

/* the file exists, is read-write for us, has no execute bit (umask 0,
 * mode 0600) and cannot be created again */
static void check_file(int fd, const char *t)
{
	CHECK(fd >= 0);
	CHECK_EQ(access(t, F_OK), 0);
	CHECK_EQ(access(t, R_OK | W_OK), 0);
	CHECK_ERR(access(t, X_OK), EACCES);
	CHECK_ERR(open(t, O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST);
	CHECK_EQ(write(fd, "hello", 5), 5);
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	char b[8] = {0};
	CHECK_EQ(read(fd, b, 8), 5);
	CHECK(memcmp(b, "hello", 5) == 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
}

int main(void)
{
	umask(0);
	char t1[] = "fileXXXXXX";
	int fd = mkstemp(t1);
	check_name(t1, "file", "");
	check_file(fd, t1);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
	close(fd);

	/* the same template again gives another name */
	char t2[] = "fileXXXXXX";
	fd = mkstemp(t2);
	check_file(fd, t2);
	CHECK(strcmp(t1, t2) != 0);
	close(fd);

	/* many in a row are all distinct */
	for (int i = 0; i < 50; i++) {
		char t[] = "manyXXXXXX";
		fd = mkstemp(t);
		CHECK(fd >= 0);
		close(fd);
	}

	/* only the last six X count */
	char t3[] = "XXXXXXXX";
	fd = mkstemp(t3);
	CHECK(fd >= 0);
	CHECK(t3[0] == 'X' && t3[1] == 'X');
	close(fd);

	/* flags */
	char t4[] = "cloXXXXXX";
	fd = mkostemp(t4, O_CLOEXEC);
	check_name(t4, "clo", "");
	check_file(fd, t4);
	CHECK(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	close(fd);
	char t5[] = "appXXXXXX";
	fd = mkostemp(t5, O_APPEND | O_WRONLY);
	check_file(fd, t5);
	CHECK(fcntl(fd, F_GETFL) & O_APPEND);
	close(fd);

	/* suffixes */
	char t6[] = "sufXXXXXX.txt";
	fd = mkstemps(t6, 4);
	check_name(t6, "suf", ".txt");
	check_file(fd, t6);
	close(fd);
	char t7[] = "XXXXXXab";
	fd = mkostemps(t7, 2, O_CLOEXEC);
	check_name(t7, "", "ab");
	check_file(fd, t7);
	CHECK(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	close(fd);

	/* bad templates: EINVAL, template untouched */
	static const char *bad[] = {"fileXXXXX", "fileXXXXXXa", "", "XXXXX", "fileXXXYXX"};
	for (unsigned i = 0; i < sizeof bad / sizeof *bad; i++) {
		char t[32];
		s_cpy(t, bad[i]);
		CHECK_ERR(mkstemp(t), EINVAL);
		CHECK(strcmp(t, bad[i]) == 0);
		CHECK_ERR(mkostemp(t, O_CLOEXEC), EINVAL);
	}
	char t8[] = "sufXXXXXX.txt";
	CHECK_ERR(mkstemps(t8, 3), EINVAL);
	CHECK_ERR(mkstemps(t8, 8), EINVAL);
	CHECK_ERR(mkstemps(t8, 20), EINVAL);
	CHECK_ERR(mkostemps(t8, 5, 0), EINVAL);
	CHECK(strcmp(t8, "sufXXXXXX.txt") == 0);

	/* errors other than EEXIST end the search */
	char t9[] = "nodir/fXXXXXX";
	CHECK_ERR(mkstemp(t9), ENOENT);
	return 0;
}
