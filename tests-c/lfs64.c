// STDOUT: ok\n
/* The large-file names under _LARGEFILE64_SOURCE (via _GNU_SOURCE):
 * struct stat64, struct dirent64, struct rlimit64, off64_t and each *64
 * function behave as the plain ones, past 4 GiB offsets included; and the
 * *64 symbols exist for objects that call them by name. */
#define _GNU_SOURCE
#include "check.h"
#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <unistd.h>

/* The symbols themselves, as an object compiled elsewhere calls them. */
#undef lseek64
#undef fopen64
off64_t lseek64(int, off64_t, int);
FILE *fopen64(const char *, const char *);

int main(void)
{
	char path[] = "/tmp/ferro_lfs_XXXXXX";
	int fd = mkstemp64(path);
	CHECK(fd >= 0);
	off64_t big = 0x123456789LL;
	CHECK(lseek64(fd, big, SEEK_SET) == big);
	CHECK_EQ(write(fd, "z", 1), 1);
	struct stat64 st;
	CHECK_EQ(fstat64(fd, &st), 0);
	CHECK(st.st_size == big + 1);
	CHECK_EQ(stat64(path, &st), 0);
	CHECK(st.st_size == big + 1);
	CHECK_EQ(lstat64(path, &st), 0);
	CHECK_EQ(fstatat64(AT_FDCWD, path, &st, 0), 0);
	char c = 0;
	CHECK_EQ(pread64(fd, &c, 1, big), 1);
	CHECK(c == 'z');
	CHECK_EQ(pwrite64(fd, "y", 1, big), 1);
	struct iovec v = {&c, 1};
	CHECK_EQ(preadv64(fd, &v, 1, big), 1);
	CHECK(c == 'y');
	CHECK_EQ(ftruncate64(fd, 10), 0);
	CHECK_EQ(truncate64(path, 20), 0);
	CHECK_EQ(fstat64(fd, &st), 0);
	CHECK_EQ(st.st_size, 20);
	void *m = mmap64(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	CHECK(m != MAP_FAILED);
	munmap(m, 4096);
	close(fd);

	int fd2 = open64(path, O_RDONLY);
	CHECK(fd2 >= 0);
	close(fd2);
	fd2 = openat64(AT_FDCWD, path, O_RDONLY);
	CHECK(fd2 >= 0);
	close(fd2);
	FILE *f = fopen64(path, "r+");
	CHECK(f != NULL);
	CHECK_EQ(fseeko64(f, 5, SEEK_SET), 0);
	CHECK(ftello64(f) == 5);
	fpos64_t pos;
	CHECK_EQ(fgetpos64(f, &pos), 0);
	CHECK_EQ(fsetpos64(f, &pos), 0);
	fclose(f);
	unlink(path);

	DIR *d = opendir("/");
	CHECK(d != NULL);
	struct dirent64 *e = readdir64(d);
	CHECK(e != NULL);
	closedir(d);
	struct rlimit64 rl;
	CHECK_EQ(getrlimit64(RLIMIT_NOFILE, &rl), 0);
	CHECK_EQ(setrlimit64(RLIMIT_NOFILE, &rl), 0);
	struct statfs64 sf;
	CHECK_EQ(statfs64("/", &sf), 0);
	struct statvfs64 sv;
	CHECK_EQ(statvfs64("/", &sv), 0);
	glob64_t g;
	CHECK_EQ(glob64("/", 0, NULL, &g), 0);
	CHECK_EQ(g.gl_pathc, 1);
	globfree64(&g);
	FILE *t = tmpfile64();
	CHECK(t != NULL);
	fclose(t);
	CHECK(sizeof(off64_t) == 8 && sizeof(ino64_t) == 8 && sizeof(blkcnt64_t) == 8);
	printf("ok\n");
	return 0;
}
