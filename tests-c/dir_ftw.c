/* ftw.h: nftw with every flag, ftw, FTW_ACTIONRETVAL, errors. */
#define _GNU_SOURCE
#include <ftw.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static char R[64];
#define MAXE 4096
static struct e {
	char path[256];
	int type, base, level;
	dev_t dev;
	ino_t ino;
	int cwd_ok;
} ev[MAXE];
static int ne, stop_at_f1, mode, chdir_check;

static int rec(const char *p, const struct stat *st, int type, struct FTW *w)
{
	CHECK(ne < MAXE);
	struct e *e = &ev[ne++];
	CHECK(strlen(p) < sizeof e->path);
	strcpy(e->path, p);
	e->type = type;
	e->base = w ? w->base : -1;
	e->level = w ? w->level : -1;
	if (type != FTW_NS) {
		e->dev = st->st_dev;
		e->ino = st->st_ino;
	}
	if (chdir_check && type != FTW_DP) {
		/* the object is reachable by its name from the current directory */
		struct stat s2;
		e->cwd_ok = lstat(p + w->base, &s2) == 0 && s2.st_ino == st->st_ino;
	}
	if (stop_at_f1 && w && !strcmp(p + w->base, "f1"))
		return 42;
	if (mode && w && w->level == 1 && !strcmp(p + w->base, "a"))
		return mode;
	if (mode == -1 && w && w->level >= 1)
		return FTW_SKIP_SUBTREE;
	return 0;
}

static int ftw_rec(const char *p, const struct stat *st, int type)
{
	return rec(p, st, type, NULL);
}

/* index of the event for R/rel ("" = R itself), -1 if none */
static int find(const char *rel)
{
	char want[256];
	snprintf(want, sizeof want, "%s%s%s", R, *rel ? "/" : "", rel);
	int at = -1;
	for (int i = 0; i < ne; i++)
		if (!strcmp(ev[i].path, want)) {
			CHECK(at < 0); /* reported once */
			at = i;
		}
	return at;
}

static void mk(const char *rel, int dir)
{
	char p[256];
	snprintf(p, sizeof p, "%s/%s", R, rel);
	if (dir)
		CHECK(mkdir(p, 0755) == 0);
	else
		CHECK(close(open(p, O_CREAT | O_WRONLY, 0644)) == 0);
}

static void run(int flags)
{
	ne = 0;
	CHECK_EQ(nftw(R, rec, 3, flags), 0);
}

static void common_checks(void)
{
	for (int i = 0; i < ne; i++) {
		struct e *e = &ev[i];
		/* base points after the last slash; level counts the slashes below R */
		CHECK(e->base > 0 && e->path[e->base - 1] == '/');
		CHECK(strchr(e->path + e->base, '/') == NULL);
		int lv = 0;
		for (const char *c = e->path + strlen(R); *c; c++)
			lv += *c == '/';
		CHECK_EQ(e->level, lv);
	}
}

int main(void)
{
	snprintf(R, sizeof R, "/tmp/ftwtest.%d", (int)getpid());
	CHECK(mkdir(R, 0755) == 0);
	mk("a", 1);
	mk("a/b", 1);
	mk("a/b/f2", 0);
	mk("a/f1", 0);
	mk("c", 1);
	mk("f3", 0);
	mk("noread", 1);
	mk("noread/x", 0);
	char p[256];
	snprintf(p, sizeof p, "%s/dang", R);
	CHECK(symlink("nowhere", p) == 0);
	snprintf(p, sizeof p, "%s/la", R);
	CHECK(symlink("a", p) == 0);

	/* physical, preorder */
	run(FTW_PHYS);
	common_checks();
	CHECK_EQ(ne, 11);
	CHECK(find("") == 0 && ev[0].type == FTW_D && ev[0].level == 0);
	CHECK_EQ(ev[0].base, (int)(strrchr(R, '/') - R + 1));
	CHECK(ev[find("a")].type == FTW_D);
	CHECK(ev[find("a/b")].type == FTW_D);
	CHECK(ev[find("a/b/f2")].type == FTW_F);
	CHECK(ev[find("a/f1")].type == FTW_F);
	CHECK(ev[find("c")].type == FTW_D);
	CHECK(ev[find("f3")].type == FTW_F);
	CHECK(ev[find("dang")].type == FTW_SL);
	CHECK(ev[find("la")].type == FTW_SL);
	CHECK(ev[find("noread")].type == FTW_D);
	CHECK(find("a/b") < find("a/b/f2") && find("a") < find("a/b") && find("a") < find("a/f1"));
	CHECK(find("noread") < find("noread/x"));

	/* physical, postorder */
	run(FTW_PHYS | FTW_DEPTH);
	common_checks();
	CHECK_EQ(ne, 11);
	CHECK(find("") == ne - 1 && ev[ne - 1].type == FTW_DP);
	CHECK(ev[find("a")].type == FTW_DP && ev[find("a/b")].type == FTW_DP && ev[find("c")].type == FTW_DP);
	CHECK(find("a/b/f2") < find("a/b") && find("a/b") < find("a") && find("a/f1") < find("a"));

	/* following links: la is a directory; a directory is walked once;
	 * a dangling link is FTW_SLN */
	run(0);
	CHECK(ev[find("dang")].type == FTW_SLN);
	CHECK(ev[find("f3")].type == FTW_F);
	int na = find("a"), nla = find("la");
	CHECK((na >= 0) != (nla >= 0));
	CHECK(ev[na >= 0 ? na : nla].type == FTW_D);
	int f1 = 0;
	for (int i = 0; i < ne; i++)
		f1 += !strcmp(strrchr(ev[i].path, '/'), "/f1");
	CHECK_EQ(f1, 1);
	CHECK_EQ(ne, 10);

	/* ftw: follows links, a dangling one is FTW_NS */
	ne = 0;
	CHECK_EQ(ftw(R, ftw_rec, 2), 0);
	CHECK_EQ(ne, 10);
	CHECK(ev[find("dang")].type == FTW_NS);

	/* a nonzero result stops the walk and is returned */
	ne = 0;
	stop_at_f1 = 1;
	CHECK_EQ(nftw(R, rec, 1, FTW_PHYS), 42);
	stop_at_f1 = 0;
	CHECK(ne <= 11 && !strcmp(strrchr(ev[ne - 1].path, '/'), "/f1"));

	/* FTW_ACTIONRETVAL */
	mode = FTW_SKIP_SUBTREE;
	run(FTW_PHYS | FTW_ACTIONRETVAL);
	CHECK(find("a") >= 0 && find("a/b") < 0 && find("a/f1") < 0 && find("f3") >= 0);
	CHECK_EQ(ne, 8);
	mode = FTW_STOP;
	ne = 0;
	CHECK_EQ(nftw(R, rec, 1, FTW_PHYS | FTW_ACTIONRETVAL), FTW_STOP);
	CHECK(!strcmp(strrchr(ev[ne - 1].path, '/'), "/a"));
	mode = FTW_SKIP_SIBLINGS;
	run(FTW_PHYS | FTW_ACTIONRETVAL);
	{
		int ia = find("a");
		CHECK(ia >= 0 && find("a/b") < 0);
		/* nothing after a at level 1 */
		for (int i = ia + 1; i < ne; i++)
			CHECK(ev[i].level != 1);
	}
	mode = FTW_SKIP_SIBLINGS;
	run(FTW_PHYS | FTW_ACTIONRETVAL | FTW_DEPTH);
	CHECK(find("a/b/f2") >= 0 && find("a") >= 0 && ev[ne - 1].level == 0 && ev[ne - 1].type == FTW_DP);
	mode = 0;

	/* FTW_CHDIR: each object reachable by its base name; cwd restored */
	char cwd0[512], cwd1[512];
	CHECK(getcwd(cwd0, sizeof cwd0) != NULL);
	chdir_check = 1;
	run(FTW_PHYS | FTW_CHDIR);
	for (int i = 0; i < ne; i++)
		CHECK(ev[i].cwd_ok);
	run(FTW_PHYS | FTW_CHDIR | FTW_DEPTH);
	for (int i = 0; i < ne; i++)
		CHECK(ev[i].type == FTW_DP || ev[i].cwd_ok);
	chdir_check = 0;
	CHECK(getcwd(cwd1, sizeof cwd1) != NULL);
	CHECK(strcmp(cwd0, cwd1) == 0);

	/* a relative root with FTW_CHDIR still works */
	CHECK(chdir("/tmp") == 0);
	ne = 0;
	CHECK_EQ(nftw(strrchr(R, '/') + 1, rec, 1, FTW_PHYS | FTW_CHDIR), 0);
	CHECK_EQ(ne, 11);
	CHECK_EQ(ev[0].base, 0);
	CHECK(chdir(cwd0) == 0);

	/* trailing slashes of the root are dropped */
	char r2[80];
	snprintf(r2, sizeof r2, "%s//", R);
	ne = 0;
	CHECK_EQ(nftw(r2, rec, 1, FTW_PHYS), 0);
	CHECK(strcmp(ev[0].path, R) == 0);
	CHECK(strncmp(ev[1].path, R, strlen(R)) == 0 && ev[1].path[strlen(R)] == '/' &&
	      ev[1].path[strlen(R) + 1] != '/');

	/* "/" as the root: base 1, children "/name" */
	mode = -1;
	ne = 0;
	CHECK_EQ(nftw("/", rec, 1, FTW_PHYS | FTW_ACTIONRETVAL), 0);
	mode = 0;
	CHECK(!strcmp(ev[0].path, "/") && ev[0].base == 1 && ev[0].level == 0);
	CHECK(ne > 3);
	for (int i = 1; i < ne; i++)
		CHECK(ev[i].path[0] == '/' && ev[i].path[1] != '/' && ev[i].base == 1 && ev[i].level == 1);

	/* a file as the root */
	snprintf(p, sizeof p, "%s/f3", R);
	ne = 0;
	CHECK_EQ(nftw(p, rec, 1, 0), 0);
	CHECK(ne == 1 && ev[0].type == FTW_F && ev[0].level == 0 && ev[0].base == (int)strlen(R) + 1);
	snprintf(p, sizeof p, "%s/dang", R);
	ne = 0;
	CHECK_EQ(nftw(p, rec, 1, 0), 0);
	CHECK(ne == 1 && ev[0].type == FTW_SLN);

	/* errors */
	errno = 0;
	CHECK_EQ(nftw("/nonexistent/x", rec, 1, 0), -1);
	CHECK_EQ(errno, ENOENT);
	errno = 0;
	CHECK_EQ(nftw("", rec, 1, 0), -1);
	CHECK_EQ(errno, ENOENT);
	errno = 0;
	CHECK_EQ(ftw("/nonexistent", ftw_rec, 1), -1);
	CHECK_EQ(errno, ENOENT);

	/* FTW_MOUNT: nothing from another file system is reported */
	ne = 0;
	CHECK_EQ(nftw("/dev", rec, 4, FTW_PHYS | FTW_MOUNT), 0);
	for (int i = 0; i < ne; i++)
		if (ev[i].type != FTW_NS)
			CHECK(ev[i].dev == ev[0].dev);
	struct stat sd, ss;
	if (stat("/dev", &sd) == 0 && stat("/dev/shm", &ss) == 0 && sd.st_dev != ss.st_dev) {
		int shm = 0;
		for (int i = 0; i < ne; i++)
			shm += !strcmp(ev[i].path, "/dev/shm");
		CHECK_EQ(shm, 0);
	}

	/* an unreadable directory is FTW_DNR (as a user who cannot read it) */
	snprintf(p, sizeof p, "%s/noread", R);
	CHECK(chmod(p, 0) == 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		if (geteuid() == 0 && setuid(65534) != 0)
			_exit(3);
		ne = 0;
		if (nftw(R, rec, 1, FTW_PHYS | FTW_DEPTH) != 0)
			_exit(4);
		int i = find("noread");
		_exit(i >= 0 && ev[i].type == FTW_DNR && find("noread/x") < 0 ? 0 : 5);
	}
	int st;
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);
	CHECK(chmod(p, 0755) == 0);

	/* clean up, postorder */
	run(FTW_PHYS | FTW_DEPTH);
	for (int i = 0; i < ne; i++)
		CHECK(remove(ev[i].path) == 0);
	CHECK(access(R, F_OK) != 0);
	return 0;
}
