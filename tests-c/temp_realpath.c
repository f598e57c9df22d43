/* realpath: ".", "..", symbolic link chains (relative and absolute),
 * dangling links, loops, non-directories, NULL buffers and paths. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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
static char *s_rchr(char *s, char c)
{
	char *r = 0;
	for (; *s; s++)
		if (*s == c)
			r = s;
	return r;
}

static char cwd[PATH_MAX], parent[PATH_MAX];

static char *join(char *buf, const char *a, const char *b)
{
	s_cpy(buf, a);
	if (strcmp(a, "/") != 0)
		s_cat(buf, "/");
	s_cat(buf, b);
	return buf;
}

#define CHECK_PATH(in, want)                                            \
	do {                                                            \
		char _buf[PATH_MAX];                                    \
		char *_r = realpath(in, _buf);                          \
		if (!_r || strcmp(_r, want) != 0) {                     \
			t_puts(2, in);                                  \
			t_puts(2, " -> ");                              \
			t_puts(2, _r ? _r : "NULL");                    \
			t_puts(2, ", want ");                           \
			t_puts(2, want);                                \
			t_puts(2, "\n");                                \
		}                                                       \
		CHECK(_r == _buf);                                      \
		CHECK(strcmp(_r, want) == 0);                           \
	} while (0)

#define CHECK_FAIL(in, err)                                             \
	do {                                                            \
		char _buf[PATH_MAX];                                    \
		errno = 0;                                              \
		CHECK(realpath(in, _buf) == NULL);                      \
		CHECK_EQ(errno, err);                                   \
	} while (0)

int main(void)
{
	char w[PATH_MAX], w2[PATH_MAX];
	CHECK(getcwd(cwd, sizeof cwd) != NULL);
	s_cpy(parent, cwd);
	*s_rchr(parent, '/') = 0;
	if (!parent[0])
		s_cpy(parent, "/");

	CHECK_PATH(".", cwd);
	CHECK_PATH("./", cwd);
	CHECK_PATH("..", parent);
	CHECK_PATH(cwd, cwd);
	CHECK_PATH("/", "/");
	CHECK_PATH("//", "/");
	CHECK_PATH("/../..", "/");
	CHECK_PATH("/./.", "/");

	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_EQ(mkdir("d/e", 0755), 0);
	int fd = open("d/f", O_CREAT | O_WRONLY, 0644);
	CHECK(fd >= 0);
	close(fd);
	CHECK_PATH("d", join(w, cwd, "d"));
	CHECK_PATH("d/", join(w, cwd, "d"));
	CHECK_PATH("./d//e/.", join(w, cwd, "d/e"));
	CHECK_PATH("d/e/../f", join(w, cwd, "d/f"));
	CHECK_PATH("d/e/../../d/./e/", join(w, cwd, "d/e"));

	/* link chains */
	CHECK_EQ(symlink("d/e", "l1"), 0);
	CHECK_EQ(symlink("l1", "l2"), 0);
	CHECK_EQ(symlink("l2/", "l3"), 0);
	CHECK_PATH("l1", join(w, cwd, "d/e"));
	CHECK_PATH("l2", join(w, cwd, "d/e"));
	CHECK_PATH("l3", join(w, cwd, "d/e"));
	CHECK_PATH("l2/..", join(w, cwd, "d"));
	CHECK_PATH("l2/../f", join(w, cwd, "d/f"));
	CHECK_EQ(symlink("../f", "d/e/up"), 0);
	CHECK_PATH("d/e/up", join(w, cwd, "d/f"));
	CHECK_PATH("l3/up", join(w, cwd, "d/f"));
	CHECK_EQ(symlink(join(w2, cwd, "d"), "abs"), 0);
	CHECK_PATH("abs/e", join(w, cwd, "d/e"));
	CHECK_PATH(join(w2, cwd, "abs/e/up"), join(w, cwd, "d/f"));
	CHECK_EQ(symlink("/", "root"), 0);
	CHECK_PATH("root", "/");
	CHECK_PATH("root/..", "/");
	CHECK_EQ(symlink(".", "dot"), 0);
	CHECK_PATH("dot/dot/dot/d", join(w, cwd, "d"));

	/* failures */
	CHECK_FAIL("nope", ENOENT);
	CHECK_FAIL("nope/..", ENOENT);
	CHECK_FAIL("d/nope", ENOENT);
	CHECK_FAIL("", ENOENT);
	CHECK_EQ(symlink("nonexistent", "dang"), 0);
	CHECK_FAIL("dang", ENOENT);
	CHECK_FAIL("d/f/x", ENOTDIR);
	CHECK_FAIL("d/f/", ENOTDIR);
	CHECK_FAIL("d/f/.", ENOTDIR);
	CHECK_FAIL("d/f/..", ENOTDIR);
	CHECK_EQ(symlink("d/f", "lf"), 0);
	CHECK_FAIL("lf/", ENOTDIR);
	CHECK_FAIL("lf/..", ENOTDIR);
	CHECK_EQ(symlink("loopb", "loopa"), 0);
	CHECK_EQ(symlink("loopa", "loopb"), 0);
	CHECK_FAIL("loopa", ELOOP);
	CHECK_FAIL("loopb/x", ELOOP);
	CHECK_EQ(symlink("self", "self"), 0);
	CHECK_FAIL("self", ELOOP);
	{
		char longname[300];
		memset(longname, 'n', 299);
		longname[299] = 0;
		CHECK_FAIL(longname, ENAMETOOLONG);
	}
	{
		/* a long input of "./" resolves fine */
		static char dots[6001];
		for (int i = 0; i < 3000; i++)
			memcpy(dots + 2 * i, "./", 2);
		dots[6000] = 0;
		CHECK_PATH(dots, cwd);
	}
	errno = 0;
	CHECK(realpath(NULL, w) == NULL);
	CHECK_EQ(errno, EINVAL);

	/* NULL buffer: malloc'd result */
	char *m = realpath("l2/../f", NULL);
	CHECK(m != NULL);
	CHECK(strcmp(m, join(w, cwd, "d/f")) == 0);
	free(m);
	errno = 0;
	CHECK(realpath("dang", NULL) == NULL);
	CHECK_EQ(errno, ENOENT);

	/* relative to another directory */
	CHECK_EQ(chdir("d/e"), 0);
	CHECK_PATH("..", join(w, cwd, "d"));
	CHECK_PATH("up", join(w, cwd, "d/f"));
	CHECK_PATH("../../l1", join(w, cwd, "d/e"));
	return 0;
}
