/* mntent.h: parsing (blanks, comments, escapes, short lines, numbers,
 * over-long lines), addmntent's escaping, hasmntopt. */
#define _GNU_SOURCE
#include <mntent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include "check.h"

#define S(a, b) CHECK(strcmp((a), (b)) == 0)

static char path[64], path2[64];

static void put(const char *p, const char *text)
{
	FILE *f = fopen(p, "w");
	CHECK(f != NULL);
	CHECK(fputs(text, f) >= 0);
	CHECK(fclose(f) == 0);
}

static void ent(struct mntent *m, const char *fs, const char *dir, const char *type,
		const char *opts, int freq, int pass)
{
	CHECK(m != NULL);
	S(m->mnt_fsname, fs);
	S(m->mnt_dir, dir);
	S(m->mnt_type, type);
	S(m->mnt_opts, opts);
	CHECK_EQ(m->mnt_freq, freq);
	CHECK_EQ(m->mnt_passno, pass);
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/mntent.%d", (int)getpid());
	snprintf(path2, sizeof path2, "/tmp/mntent2.%d", (int)getpid());
	put(path, "# comment\n\n   \n  /dev/sda1\t/mnt/a\\040b ext4 rw,noatime 1 2\n"
		  "proc /proc proc\nonlyone\nx y z o 5\n"
		  "tmpfs /t\\011x\\134y\\012z tmpfs defaults 0\n  # indented comment\n"
		  "a\\\\b c\\101d e\\04 f\\0400 1x 2\nq w e r -3 +4\n\t\tx\t\ty\n"
		  "last line no newline");
	FILE *f = setmntent(path, "r");
	CHECK(f != NULL);
	/* close-on-exec, as glibc opens it */
	CHECK(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
	ent(getmntent(f), "/dev/sda1", "/mnt/a b", "ext4", "rw,noatime", 1, 2);
	ent(getmntent(f), "proc", "/proc", "proc", "", 0, 0);
	ent(getmntent(f), "onlyone", "", "", "", 0, 0);
	ent(getmntent(f), "x", "y", "z", "o", 5, 0);
	ent(getmntent(f), "tmpfs", "/t\tx\\y\nz", "tmpfs", "defaults", 0, 0);
	ent(getmntent(f), "a\\b", "c\\101d", "e\\04", "f 0", 1, 0);
	ent(getmntent(f), "q", "w", "e", "r", -3, 4);
	ent(getmntent(f), "x", "y", "", "", 0, 0);
	ent(getmntent(f), "last", "line", "no", "newline", 0, 0);
	CHECK(getmntent(f) == NULL);
	CHECK_EQ(endmntent(f), 1);
	CHECK_EQ(endmntent(NULL), 1);

	/* getmntent_r into a short buffer: the rest of a long line is dropped */
	f = setmntent(path, "r");
	CHECK(f != NULL);
	struct mntent me;
	char buf[20];
	ent(getmntent_r(f, &me, buf, sizeof buf), "/dev/sda1", "/mnt/a\\", "", "", 0, 0);
	CHECK(me.mnt_fsname >= buf && me.mnt_fsname < buf + sizeof buf);
	ent(getmntent_r(f, &me, buf, sizeof buf), "proc", "/proc", "proc", "", 0, 0);
	ent(getmntent_r(f, &me, buf, sizeof buf), "onlyone", "", "", "", 0, 0);
	ent(getmntent_r(f, &me, buf, sizeof buf), "x", "y", "z", "o", 5, 0);
	ent(getmntent_r(f, &me, buf, sizeof buf), "tmpfs", "/t\tx\\y\\", "", "", 0, 0);
	ent(getmntent_r(f, &me, buf, sizeof buf), "a\\b", "c\\101d", "e\\04", "f\\", 0, 0);
	ent(getmntent_r(f, &me, buf, sizeof buf), "q", "w", "e", "r", -3, 4);
	ent(getmntent_r(f, &me, buf, sizeof buf), "x", "y", "", "", 0, 0);
	ent(getmntent_r(f, &me, buf, sizeof buf), "last", "line", "no", "newlin", 0, 0);
	CHECK(getmntent_r(f, &me, buf, sizeof buf) == NULL);
	endmntent(f);

	/* addmntent escapes what would split a field and appends */
	put(path2, "first / ext4 rw 0 0\n");
	f = setmntent(path2, "a+");
	CHECK(f != NULL);
	struct mntent e = {"a b", "/x\ty", "t\\y", "o\nz", 3, 4};
	CHECK_EQ(addmntent(f, &e), 0);
	struct mntent e2 = {"dev", "/m", "nfs", "ro", -1, 0};
	CHECK_EQ(addmntent(f, &e2), 0);
	endmntent(f);
	f = fopen(path2, "r");
	char l[128];
	CHECK(fgets(l, sizeof l, f) && !strcmp(l, "first / ext4 rw 0 0\n"));
	CHECK(fgets(l, sizeof l, f) && !strcmp(l, "a\\040b /x\\011y t\\134y o\\012z 3 4\n"));
	CHECK(fgets(l, sizeof l, f) && !strcmp(l, "dev /m nfs ro -1 0\n"));
	CHECK(fgets(l, sizeof l, f) == NULL);
	fclose(f);
	/* and what it wrote reads back as it was */
	f = setmntent(path2, "r");
	getmntent(f);
	ent(getmntent(f), "a b", "/x\ty", "t\\y", "o\nz", 3, 4);
	endmntent(f);
	/* addmntent on a read-only stream fails with 1 */
	f = setmntent(path2, "r");
	CHECK_EQ(addmntent(f, &e2), 1);
	endmntent(f);

	/* hasmntopt: whole options, alone or before '=' */
	struct mntent h = {"", "", "", "rw,noatime,uid=5,nouid", 0, 0};
	S(hasmntopt(&h, "uid"), "uid=5,nouid");
	S(hasmntopt(&h, "noatime"), "noatime,uid=5,nouid");
	S(hasmntopt(&h, "rw"), h.mnt_opts);
	S(hasmntopt(&h, "nouid"), "nouid");
	CHECK(hasmntopt(&h, "atime") == NULL);
	CHECK(hasmntopt(&h, "ro") == NULL);
	S(hasmntopt(&h, MNTOPT_RW), "rw,noatime,uid=5,nouid");

	/* errors come from fopen */
	errno = 0;
	CHECK(setmntent("/nonexistent/fstab", "r") == NULL);
	CHECK_EQ(errno, ENOENT);

	/* the real table parses */
	f = setmntent("/proc/self/mounts", "r");
	CHECK(f != NULL);
	int n = 0, root = 0;
	struct mntent *m;
	while ((m = getmntent(f))) {
		n++;
		CHECK(m->mnt_dir[0] == '/');
		if (!strcmp(m->mnt_dir, "/"))
			root = 1;
	}
	CHECK(n > 0 && root);
	endmntent(f);
	S(MOUNTED, "/etc/mtab");
	S(MNTTAB, "/etc/fstab");
	unlink(path);
	unlink(path2);
	return 0;
}
