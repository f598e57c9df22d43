/* A private /etc for tests of the files databases: run_with_etc() forks
 * a child that makes its own mount namespace, mounts an overlay of the
 * real /etc with the given files on top (nothing outside the child
 * changes), runs fn there and exits with the child's verdict. Where the
 * namespace or the overlay cannot be made (no privilege; qemu-user,
 * whose threads share the file-system context) it says so on stderr and
 * returns 0; 1 when fn ran and passed (a failed CHECK in fn fails the
 * test). An nsswitch.conf among the files points glibc's static NSS at
 * "files" for every database, as the tests compare with it. */
#ifndef TEST_PRIVATE_ETC_H
#define TEST_PRIVATE_ETC_H
#include "check.h"
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

struct etc_file {
	const char *name;
	const char *text;
};

static const char ETC_NSSWITCH[] = "passwd: files\ngroup: files\nshadow: files\n"
				   "gshadow: files\nhosts: files\nnetworks: files\n"
				   "protocols: files\nservices: files\nethers: files\n"
				   "rpc: files\nnetgroup: files\naliases: files\n";

static int etc_child(const char *test, const struct etc_file *files, int n, void (*fn)(void))
{
	if (unshare(CLONE_NEWNS) != 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
		t_puts(2, test);
		t_puts(2, ": no private mount namespace here; the /etc lookups not run\n");
		return 2;
	}
	char dir[] = "/tmp/private_etc.XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char up[64], work[64], path[128], opts[256];
	int ok = mount("tmpfs", dir, "tmpfs", 0, NULL) == 0;
	snprintf(up, sizeof up, "%s/u", dir);
	snprintf(work, sizeof work, "%s/w", dir);
	snprintf(opts, sizeof opts, "lowerdir=/etc,upperdir=%s,workdir=%s", up, work);
	if (ok) {
		CHECK_EQ(mkdir(up, 0755), 0);
		CHECK_EQ(mkdir(work, 0755), 0);
		for (int i = 0; i <= n; i++) {
			const char *name = i < n ? files[i].name : "nsswitch.conf";
			const char *text = i < n ? files[i].text : ETC_NSSWITCH;
			snprintf(path, sizeof path, "%s/%s", up, name);
			int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
			if (fd < 0)
				continue; /* given among the files: theirs wins */
			size_t len = strlen(text);
			CHECK_EQ(write(fd, text, len), (long)len);
			close(fd);
		}
		ok = mount("overlay", "/etc", "overlay", 0, opts) == 0;
	}
	if (!ok) {
		t_puts(2, test);
		t_puts(2, ": cannot place files in /etc here; the /etc lookups not run\n");
		umount2(dir, MNT_DETACH);
		rmdir(dir);
		return 2;
	}
	fn();
	umount2("/etc", MNT_DETACH);
	umount2(dir, MNT_DETACH);
	rmdir(dir);
	return 0;
}

static int run_with_etc(const char *test, const struct etc_file *files, int n, void (*fn)(void))
{
	fflush(NULL);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		int r = etc_child(test, files, n, fn);
		fflush(NULL);
		_exit(r);
	}
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && (WEXITSTATUS(st) == 0 || WEXITSTATUS(st) == 2));
	return WEXITSTATUS(st) == 0;
}
#endif
