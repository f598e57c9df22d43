/* opendir, fdopendir, readdir, readdir_r, rewinddir, seekdir, telldir,
 * dirfd and closedir against POSIX: . and .., d_ino equal to st_ino,
 * d_type, end of stream leaving errno alone, positions, and errnos. */
#define _GNU_SOURCE
#include "check.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int count(DIR *d, const char *name, struct dirent *found)
{
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, name) == 0) {
			n++;
			if (found)
				*found = *e;
		}
	return n;
}

static int no_dots(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(void)
{
	CHECK_EQ(mkdir("d", 0755), 0);
	CHECK_EQ(close(open("d/a", O_CREAT | O_WRONLY, 0600)), 0);
	CHECK_EQ(mkdir("d/sub", 0755), 0);
	CHECK_EQ(symlink("a", "d/ln"), 0);
	struct stat st;

	DIR *d = opendir("d");
	CHECK(d != NULL);
	int fd = dirfd(d);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	int dot = 0, dotdot = 0, a = 0, sub = 0, ln = 0, other = 0;
	errno = 1234;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0)
			dot++;
		else if (strcmp(e->d_name, "..") == 0)
			dotdot++;
		else if (strcmp(e->d_name, "a") == 0) {
			a++;
			CHECK_EQ(stat("d/a", &st), 0);
			CHECK_EQ(e->d_ino, st.st_ino);
			CHECK(e->d_type == DT_REG || e->d_type == DT_UNKNOWN);
		} else if (strcmp(e->d_name, "sub") == 0) {
			sub++;
			CHECK(e->d_type == DT_DIR || e->d_type == DT_UNKNOWN);
		} else if (strcmp(e->d_name, "ln") == 0) {
			ln++;
			CHECK_EQ(lstat("d/ln", &st), 0);
			CHECK_EQ(e->d_ino, st.st_ino);
			CHECK(e->d_type == DT_LNK || e->d_type == DT_UNKNOWN);
		} else
			other++;
	}
	CHECK_EQ(errno, 1234); /* the end leaves errno alone */
	CHECK(dot == 1 && dotdot == 1 && a == 1 && sub == 1 && ln == 1 && other == 0);
	CHECK(readdir(d) == NULL);

	/* rewinddir sees a file created since */
	CHECK_EQ(close(open("d/new", O_CREAT | O_WRONLY, 0600)), 0);
	rewinddir(d);
	CHECK_EQ(count(d, "new", NULL), 1);

	/* telldir/seekdir round trip. On ext4 the positions are 64-bit hash
	 * cookies, which a 32-bit long cannot hold when a 32-bit program runs
	 * under qemu-user on a 64-bit kernel (glibc fails there too); tmpfs
	 * positions are small on every kernel, so the round trip runs there. */
	char tmpl[] = "/dev/shm/ferro-dirent-XXXXXX", path[64];
	CHECK(mkdtemp(tmpl) != NULL);
	const char *names[] = {"x", "y", "z"};
	for (int i = 0; i < 3; i++) {
		strcpy(path, tmpl);
		strcat(path, "/");
		strcat(path, names[i]);
		CHECK_EQ(close(open(path, O_CREAT | O_WRONLY, 0600)), 0);
	}
	DIR *t = opendir(tmpl);
	CHECK(t != NULL);
	CHECK(readdir(t) != NULL);
	long pos = telldir(t);
	struct dirent *next = readdir(t);
	CHECK(next != NULL);
	char name[256];
	strcpy(name, next->d_name);
	unsigned long long ino = next->d_ino;
	while (readdir(t) != NULL)
		;
	seekdir(t, pos);
	CHECK_EQ(telldir(t), pos);
	next = readdir(t);
	CHECK(next != NULL);
	CHECK(strcmp(next->d_name, name) == 0);
	CHECK_EQ(next->d_ino, ino);
	CHECK_EQ(closedir(t), 0);
	for (int i = 0; i < 3; i++) {
		strcpy(path, tmpl);
		strcat(path, "/");
		strcat(path, names[i]);
		CHECK_EQ(unlink(path), 0);
	}
	CHECK_EQ(rmdir(tmpl), 0);

	/* readdir_r */
	rewinddir(d);
	struct dirent ent, *res;
	int n = 0;
	while (readdir_r(d, &ent, &res) == 0 && res != NULL) {
		CHECK(res == &ent);
		n++;
	}
	CHECK(res == NULL);
	CHECK_EQ(n, 6);
	CHECK_EQ(closedir(d), 0);

	/* fdopendir */
	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	d = fdopendir(dfd);
	CHECK(d != NULL);
	CHECK_EQ(dirfd(d), dfd);
	CHECK_EQ(fcntl(dfd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	CHECK_EQ(count(d, "a", NULL), 1);
	CHECK_EQ(closedir(d), 0);
	CHECK_ERR(fcntl(dfd, F_GETFD), EBADF); /* closedir closed it */

	/* scandir with a filter and alphasort; versionsort */
	CHECK_EQ(close(open("d/file10", O_CREAT | O_WRONLY, 0600)), 0);
	CHECK_EQ(close(open("d/file9", O_CREAT | O_WRONLY, 0600)), 0);
	struct dirent **list;
	n = scandir("d", &list, no_dots, alphasort);
	CHECK_EQ(n, 6);
	const char *alpha[] = {"a", "file10", "file9", "ln", "new", "sub"};
	for (int i = 0; i < n; i++) {
		CHECK(strcmp(list[i]->d_name, alpha[i]) == 0);
		free(list[i]);
	}
	free(list);
	int top = open(".", O_RDONLY | O_DIRECTORY);
	n = scandirat(top, "d", &list, no_dots, versionsort);
	CHECK_EQ(n, 6);
	const char *vers[] = {"a", "file9", "file10", "ln", "new", "sub"};
	for (int i = 0; i < n; i++) {
		CHECK(strcmp(list[i]->d_name, vers[i]) == 0);
		free(list[i]);
	}
	free(list);
	n = scandir("d", &list, NULL, NULL);
	CHECK_EQ(n, 8); /* with . and .. */
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);
	close(top);
	CHECK_ERR(scandir("missing", &list, NULL, alphasort), ENOENT);
	CHECK_ERR(scandir("d/a", &list, NULL, alphasort), ENOTDIR);

	/* errnos */
	errno = 0;
	CHECK(opendir("missing") == NULL);
	CHECK_EQ(errno, ENOENT);
	errno = 0;
	CHECK(opendir("d/a") == NULL);
	CHECK_EQ(errno, ENOTDIR);
	errno = 0;
	CHECK(opendir("") == NULL);
	CHECK_EQ(errno, ENOENT);
	int ffd = open("d/a", O_RDONLY);
	CHECK(ffd >= 0);
	errno = 0;
	CHECK(fdopendir(ffd) == NULL);
	CHECK_EQ(errno, ENOTDIR);
	close(ffd);
	errno = 0;
	CHECK(fdopendir(-1) == NULL);
	CHECK_EQ(errno, EBADF);
	return 0;
}
