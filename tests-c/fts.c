/* fts.h: every option, info code, fts_set instruction, fts_children,
 * cycles, unreadable directories (as an unprivileged user), deep trees,
 * the working directory kept and restored.  The expected traces are
 * glibc's (observed), entries sorted by name with a compar function.
 * FTS_W is never produced: Linux file systems have no whiteouts. */
#define _GNU_SOURCE
#include <fts.h>
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static char R[64];
static char T[16384];

static const char *const INFO[] = {
	"?", "D", "DC", "DEFAULT", "DNR", "DOT", "DP", "ERR",
	"F", "INIT", "NS", "NSOK", "SL", "SLNONE", "W",
};

static int byname(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

static void mk(const char *rel, int kind)
{
	if (kind == 1)
		CHECK(mkdir(rel, 0755) == 0);
	else if (kind == 0)
		CHECK(close(open(rel, O_CREAT | O_WRONLY, 0644)) == 0);
	else
		CHECK(mkfifo(rel, 0644) == 0);
}

/* one entry as "INFO level path [accpath] name/namelen(errno)" */
static void put(const FTSENT *e, int opts)
{
	char line[512];
	CHECK(e->fts_info >= 1 && e->fts_info <= 14);
	CHECK_EQ(e->fts_namelen, strlen(e->fts_name));
	CHECK_EQ(e->fts_pathlen, strlen(e->fts_path));
	const char *acc = e->fts_accpath;
	/* the access path: the path without chdir, else the name */
	const char *how = !strcmp(acc, e->fts_path) ? "p" : !strcmp(acc, e->fts_name) ? "n" : acc;
	snprintf(line, sizeof line, "%s %d %s %s %s", INFO[e->fts_info], e->fts_level,
		 e->fts_path, how, e->fts_name);
	if (e->fts_errno)
		snprintf(line + strlen(line), sizeof line - strlen(line), " e%d", e->fts_errno);
	if (e->fts_info == FTS_DC)
		snprintf(line + strlen(line), sizeof line - strlen(line), " ->%s@%d",
			 e->fts_cycle->fts_name, e->fts_cycle->fts_level);
	strcat(line, "\n");
	CHECK(strlen(T) + strlen(line) < sizeof T);
	strcat(T, line);
	(void)opts;
}

static void same(const char *want)
{
	if (getenv("FTS_GEN")) {
		printf("\t@@\n");
		for (char *l = T; *l;) {
			char *n = strchr(l, '\n');
			if (!n)
				n = l + strlen(l) - 1;
			printf("\t     \"%.*s\\n\"\n", (int)(n - l), l);
			l = n + 1;
		}
		return;
	}
	if (strcmp(T, want)) {
		t_puts(2, "got:\n");
		t_puts(2, T);
		t_puts(2, "want:\n");
		t_puts(2, want);
		CHECK(!"trace differs");
	}
}

/* walk the roots with opts; the trace of every entry read */
static void walk(const char *root, int opts)
{
	char *argv[] = {(char *)root, NULL};
	T[0] = 0;
	FTS *f = fts_open(argv, opts, byname);
	CHECK(f != NULL);
	FTSENT *e;
	while ((e = fts_read(f)) != NULL) {
		put(e, opts);
		if (!(opts & FTS_NOCHDIR) && e->fts_info != FTS_DP && e->fts_info != FTS_DNR &&
		    e->fts_info != FTS_NS && e->fts_info != FTS_ERR) {
			/* the object is reachable through fts_accpath */
			struct stat st;
			CHECK(lstat(e->fts_accpath, &st) == 0);
		}
	}
	CHECK_EQ(errno, 0);
	CHECK(fts_read(f) == NULL);
	CHECK_EQ(fts_close(f), 0);
	char cwd[256];
	CHECK(getcwd(cwd, sizeof cwd) && !strcmp(cwd, R));
}

static void more(void);

static int rm(const char *p, const struct stat *st, int type, struct FTW *w)
{
	(void)st, (void)type, (void)w;
	return remove(p);
}

int main(void)
{
	snprintf(R, sizeof R, "/tmp/ftstest.%d", (int)getpid());
	CHECK(mkdir(R, 0755) == 0);
	CHECK(chdir(R) == 0);
	mk("t", 1);
	mk("t/a", 1);
	mk("t/a/f1", 0);
	mk("t/a/f2", 0);
	mk("t/b", 1);
	CHECK(symlink("a", "t/c") == 0);
	CHECK(symlink("nowhere", "t/d") == 0);
	mk("t/e", 0);
	mk("t/fifo", 2);
	mk("t/l", 1);
	CHECK(symlink("..", "t/l/up") == 0);
	CHECK(symlink(".", "t/l/self") == 0);
	CHECK(symlink("t", "tl") == 0);
#if defined(__GLIBC__) && defined(__i386__)
	/* i386 glibc's fts stops at the first entry (reads nothing) when the
	   kernel hands out 64-bit d_off cookies, as it does to a 32-bit
	   program under qemu-user, where glibc's 32-bit readdir fails with
	   EOVERFLOW: nothing to compare there */
	extern void *readdir32(DIR *) __asm__("readdir");
	DIR *d = opendir("t");
	CHECK(d != NULL);
	errno = 0;
	while (readdir32(d))
		;
	int e = errno;
	closedir(d);
	if (e == EOVERFLOW) {
		CHECK(nftw(R, rm, 4, FTW_DEPTH | FTW_PHYS) == 0);
		puts("ok");
		return 0;
	}
#endif

	walk("t", FTS_PHYSICAL);
	same("D 0 t p t\n"
	     "D 1 t/a n a\n"
	     "F 2 t/a/f1 n f1\n"
	     "F 2 t/a/f2 n f2\n"
	     "DP 1 t/a n a\n"
	     "D 1 t/b n b\n"
	     "DP 1 t/b n b\n"
	     "SL 1 t/c n c\n"
	     "SL 1 t/d n d\n"
	     "F 1 t/e n e\n"
	     "DEFAULT 1 t/fifo n fifo\n"
	     "D 1 t/l n l\n"
	     "SL 2 t/l/self n self\n"
	     "SL 2 t/l/up n up\n"
	     "DP 1 t/l n l\n"
	     "DP 0 t p t\n");
	walk("t", FTS_PHYSICAL | FTS_NOCHDIR);
	same("D 0 t p t\n"
	     "D 1 t/a p a\n"
	     "F 2 t/a/f1 p f1\n"
	     "F 2 t/a/f2 p f2\n"
	     "DP 1 t/a p a\n"
	     "D 1 t/b p b\n"
	     "DP 1 t/b p b\n"
	     "SL 1 t/c p c\n"
	     "SL 1 t/d p d\n"
	     "F 1 t/e p e\n"
	     "DEFAULT 1 t/fifo p fifo\n"
	     "D 1 t/l p l\n"
	     "SL 2 t/l/self p self\n"
	     "SL 2 t/l/up p up\n"
	     "DP 1 t/l p l\n"
	     "DP 0 t p t\n");
	walk("t", FTS_LOGICAL);
	same("D 0 t p t\n"
	     "D 1 t/a p a\n"
	     "F 2 t/a/f1 p f1\n"
	     "F 2 t/a/f2 p f2\n"
	     "DP 1 t/a p a\n"
	     "D 1 t/b p b\n"
	     "DP 1 t/b p b\n"
	     "D 1 t/c p c\n"
	     "F 2 t/c/f1 p f1\n"
	     "F 2 t/c/f2 p f2\n"
	     "DP 1 t/c p c\n"
	     "SLNONE 1 t/d p d\n"
	     "F 1 t/e p e\n"
	     "DEFAULT 1 t/fifo p fifo\n"
	     "D 1 t/l p l\n"
	     "DC 2 t/l/self p self ->l@1\n"
	     "DC 2 t/l/up p up ->t@0\n"
	     "DP 1 t/l p l\n"
	     "DP 0 t p t\n");
	walk("tl", FTS_PHYSICAL);
	same("SL 0 tl p tl\n");
	walk("tl", FTS_PHYSICAL | FTS_COMFOLLOW);
	same("D 0 tl p tl\n"
	     "D 1 tl/a n a\n"
	     "F 2 tl/a/f1 n f1\n"
	     "F 2 tl/a/f2 n f2\n"
	     "DP 1 tl/a n a\n"
	     "D 1 tl/b n b\n"
	     "DP 1 tl/b n b\n"
	     "SL 1 tl/c n c\n"
	     "SL 1 tl/d n d\n"
	     "F 1 tl/e n e\n"
	     "DEFAULT 1 tl/fifo n fifo\n"
	     "D 1 tl/l n l\n"
	     "SL 2 tl/l/self n self\n"
	     "SL 2 tl/l/up n up\n"
	     "DP 1 tl/l n l\n"
	     "DP 0 tl p tl\n");
	walk("t/", FTS_PHYSICAL);
	same("D 0 t/ p \n"
	     "D 1 t/a n a\n"
	     "F 2 t/a/f1 n f1\n"
	     "F 2 t/a/f2 n f2\n"
	     "DP 1 t/a n a\n"
	     "D 1 t/b n b\n"
	     "DP 1 t/b n b\n"
	     "SL 1 t/c n c\n"
	     "SL 1 t/d n d\n"
	     "F 1 t/e n e\n"
	     "DEFAULT 1 t/fifo n fifo\n"
	     "D 1 t/l n l\n"
	     "SL 2 t/l/self n self\n"
	     "SL 2 t/l/up n up\n"
	     "DP 1 t/l n l\n"
	     "DP 0 t/ p \n");
	walk("t/a//", FTS_PHYSICAL | FTS_NOCHDIR);
	same("D 0 t/a// p \n"
	     "F 1 t/a//f1 p f1\n"
	     "F 1 t/a//f2 p f2\n"
	     "DP 0 t/a// p \n");
	walk("./t/b", FTS_PHYSICAL);
	same("D 0 ./t/b p b\n"
	     "DP 0 ./t/b p b\n");
	walk("t", FTS_PHYSICAL | FTS_NOSTAT);
	same("D 0 t p t\n"
	     "D 1 t/a n a\n"
	     "NSOK 2 t/a/f1 n f1\n"
	     "NSOK 2 t/a/f2 n f2\n"
	     "DP 1 t/a n a\n"
	     "D 1 t/b n b\n"
	     "DP 1 t/b n b\n"
	     "NSOK 1 t/c n c\n"
	     "NSOK 1 t/d n d\n"
	     "NSOK 1 t/e n e\n"
	     "NSOK 1 t/fifo n fifo\n"
	     "D 1 t/l n l\n"
	     "NSOK 2 t/l/self n self\n"
	     "NSOK 2 t/l/up n up\n"
	     "DP 1 t/l n l\n"
	     "DP 0 t p t\n");
	walk("t", FTS_PHYSICAL | FTS_NOSTAT | FTS_NOCHDIR);
	same("D 0 t p t\n"
	     "D 1 t/a p a\n"
	     "NSOK 2 t/a/f1 p f1\n"
	     "NSOK 2 t/a/f2 p f2\n"
	     "DP 1 t/a p a\n"
	     "D 1 t/b p b\n"
	     "DP 1 t/b p b\n"
	     "NSOK 1 t/c p c\n"
	     "NSOK 1 t/d p d\n"
	     "NSOK 1 t/e p e\n"
	     "NSOK 1 t/fifo p fifo\n"
	     "D 1 t/l p l\n"
	     "NSOK 2 t/l/self p self\n"
	     "NSOK 2 t/l/up p up\n"
	     "DP 1 t/l p l\n"
	     "DP 0 t p t\n");
	walk("t", FTS_LOGICAL | FTS_NOSTAT);
	same("D 0 t p t\n"
	     "D 1 t/a p a\n"
	     "F 2 t/a/f1 p f1\n"
	     "F 2 t/a/f2 p f2\n"
	     "DP 1 t/a p a\n"
	     "D 1 t/b p b\n"
	     "DP 1 t/b p b\n"
	     "D 1 t/c p c\n"
	     "F 2 t/c/f1 p f1\n"
	     "F 2 t/c/f2 p f2\n"
	     "DP 1 t/c p c\n"
	     "SLNONE 1 t/d p d\n"
	     "F 1 t/e p e\n"
	     "DEFAULT 1 t/fifo p fifo\n"
	     "D 1 t/l p l\n"
	     "DC 2 t/l/self p self ->l@1\n"
	     "DC 2 t/l/up p up ->t@0\n"
	     "DP 1 t/l p l\n"
	     "DP 0 t p t\n");
	walk("t/a", FTS_PHYSICAL | FTS_SEEDOT);
	same("D 0 t/a p a\n"
	     "DOT 1 t/a/. n .\n"
	     "DOT 1 t/a/.. n ..\n"
	     "F 1 t/a/f1 n f1\n"
	     "F 1 t/a/f2 n f2\n"
	     "DP 0 t/a p a\n");
	walk("t/a", FTS_PHYSICAL | FTS_SEEDOT | FTS_NOSTAT);
	same("D 0 t/a p a\n"
	     "DOT 1 t/a/. n .\n"
	     "DOT 1 t/a/.. n ..\n"
	     "NSOK 1 t/a/f1 n f1\n"
	     "NSOK 1 t/a/f2 n f2\n"
	     "DP 0 t/a p a\n");
	walk("t/b", FTS_PHYSICAL | FTS_XDEV | FTS_WHITEOUT);
	same("D 0 t/b p b\n"
	     "DP 0 t/b p b\n");
	walk("nothere", FTS_PHYSICAL);
	same("NS 0 nothere p nothere e2\n");
	walk("t/d", FTS_LOGICAL);
	same("SLNONE 0 t/d p d\n");
	walk("t/d", FTS_PHYSICAL | FTS_COMFOLLOW);
	same("SLNONE 0 t/d p d\n");
	walk("t/e", FTS_PHYSICAL);
	same("F 0 t/e p e\n");
	more();
	return 0;
}

static int rev(const FTSENT **a, const FTSENT **b)
{
	return -strcmp((*a)->fts_name, (*b)->fts_name);
}

/* the names of a children list */
static void list(const FTSENT *c)
{
	for (; c; c = c->fts_link) {
		strcat(T, c->fts_name);
		strcat(T, c->fts_info == FTS_NSOK ? "~ " : " ");
	}
	strcat(T, "\n");
}

static void more(void)
{
	FTS *f;
	FTSENT *e;
	char *both[] = {"t/e", "t/a", "nothere", "t/b", NULL};

	/* several roots: sorted by compar, else in argument order */
	T[0] = 0;
	CHECK((f = fts_open(both, FTS_PHYSICAL, rev)) != NULL);
	list(fts_children(f, 0));
	while ((e = fts_read(f)) != NULL)
		put(e, 0);
	CHECK_EQ(errno, 0);
	CHECK_EQ(fts_close(f), 0);
	CHECK((f = fts_open(both, FTS_PHYSICAL | FTS_NOCHDIR, NULL)) != NULL);
	while ((e = fts_read(f)) != NULL)
		if (e->fts_level == 0)
			put(e, 0);
	CHECK_EQ(fts_close(f), 0);
	same("t/e t/b t/a nothere \n"
	     "F 0 t/e p e\n"
	     "D 0 t/b p b\n"
	     "DP 0 t/b p b\n"
	     "D 0 t/a p a\n"
	     "F 1 t/a/f2 n f2\n"
	     "F 1 t/a/f1 n f1\n"
	     "DP 0 t/a p a\n"
	     "NS 0 nothere p nothere e2\n"
	     "F 0 t/e p e\n"
	     "D 0 t/a p a\n"
	     "DP 0 t/a p a\n"
	     "NS 0 nothere p nothere e2\n"
	     "D 0 t/b p b\n"
	     "DP 0 t/b p b\n");

	/* bad options and names */
	char *one[] = {"t", NULL}, *empty[] = {"t", "", NULL};
	errno = 0;
	CHECK(fts_open(one, 0x100, NULL) == NULL && errno == EINVAL);
	errno = 0;
	CHECK(fts_open(one, FTS_NAMEONLY | FTS_PHYSICAL, NULL) == NULL && errno == EINVAL);
	errno = 0;
	CHECK(fts_open(empty, FTS_PHYSICAL, NULL) == NULL && errno == ENOENT);
	/* (no roots at all: glibc's fts_read crashes, not tested) */

	/* fts_set: FTS_SKIP a directory, FTS_AGAIN, FTS_FOLLOW a link;
	   fts_number/fts_pointer/fts_parent kept from FTS_D to FTS_DP */
	T[0] = 0;
	CHECK((f = fts_open(one, FTS_PHYSICAL, byname)) != NULL);
	FTSENT *root = NULL, *dira = NULL;
	int again = 0;
	while ((e = fts_read(f)) != NULL) {
		put(e, 0);
		if (e->fts_level == 0 && e->fts_info == FTS_D) {
			root = e;
			e->fts_number = 42;
			e->fts_pointer = &again;
		}
		if (e->fts_level == 0 && e->fts_info == FTS_DP)
			CHECK(e == root && e->fts_number == 42 && e->fts_pointer == &again);
		if (e->fts_level == 1)
			CHECK(e->fts_parent == root);
		if (e->fts_level == 1 && e->fts_info == FTS_D)
			dira = e;
		if (!strcmp(e->fts_name, "f1")) {
			CHECK(e->fts_parent == dira);
			if (!again++)
				CHECK_EQ(fts_set(f, e, FTS_AGAIN), 0);
		}
		if (!strcmp(e->fts_name, "l") && e->fts_info == FTS_D)
			CHECK_EQ(fts_set(f, e, FTS_SKIP), 0);
		if (!strcmp(e->fts_name, "c") && e->fts_info == FTS_SL)
			CHECK_EQ(fts_set(f, e, FTS_FOLLOW), 0);
		if (!strcmp(e->fts_name, "d") && e->fts_info == FTS_SL)
			CHECK_EQ(fts_set(f, e, FTS_FOLLOW), 0);
	}
	CHECK_EQ(errno, 0);
	errno = 0;
	CHECK_EQ(fts_set(f, root, 99), 1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(fts_close(f), 0);
	same("D 0 t p t\n"
	     "D 1 t/a n a\n"
	     "F 2 t/a/f1 n f1\n"
	     "F 2 t/a/f1 n f1\n"
	     "F 2 t/a/f2 n f2\n"
	     "DP 1 t/a n a\n"
	     "D 1 t/b n b\n"
	     "DP 1 t/b n b\n"
	     "SL 1 t/c n c\n"
	     "D 1 t/c n c\n"
	     "F 2 t/c/f1 n f1\n"
	     "F 2 t/c/f2 n f2\n"
	     "DP 1 t/c n c\n"
	     "SL 1 t/d n d\n"
	     "SLNONE 1 t/d n d\n"
	     "F 1 t/e n e\n"
	     "DEFAULT 1 t/fifo n fifo\n"
	     "D 1 t/l n l\n"
	     "DP 1 t/l n l\n"
	     "DP 0 t p t\n");

	/* fts_children: the roots before the first read, a directory's
	   entries (0 and FTS_NAMEONLY), nothing for a file; FTS_SKIP and
	   FTS_FOLLOW set on children before they are read */
	T[0] = 0;
	CHECK((f = fts_open(one, FTS_PHYSICAL, byname)) != NULL);
	list(fts_children(f, 0));
	errno = 0;
	CHECK(fts_children(f, 7) == NULL && errno == EINVAL);
	while ((e = fts_read(f)) != NULL) {
		put(e, 0);
		if (e->fts_info == FTS_D && e->fts_level == 0) {
			list(fts_children(f, FTS_NAMEONLY));
			FTSENT *c = fts_children(f, 0);
			list(c);
			for (; c; c = c->fts_link) {
				CHECK(c->fts_parent == e);
				if (!strcmp(c->fts_name, "b"))
					CHECK_EQ(fts_set(f, c, FTS_SKIP), 0);
				if (!strcmp(c->fts_name, "c"))
					CHECK_EQ(fts_set(f, c, FTS_FOLLOW), 0);
			}
		}
		if (e->fts_info == FTS_D && !strcmp(e->fts_name, "l")) {
			list(fts_children(f, FTS_NAMEONLY));
			/* the next read rebuilds the entries with their stat */
		}
		if (e->fts_info == FTS_F) {
			errno = 5;
			CHECK(fts_children(f, 0) == NULL && errno == 0);
		}
		if (e->fts_info == FTS_D && !strcmp(e->fts_name, "b")) {
			errno = 5;
			CHECK(fts_children(f, 0) == NULL && errno == 0);
		}
	}
	CHECK_EQ(fts_close(f), 0);
	same("t \n"
	     "D 0 t p t\n"
	     "a~ b~ c~ d~ e~ fifo~ l~ \n"
	     "a b c d e fifo l \n"
	     "D 1 t/a n a\n"
	     "F 2 t/a/f1 n f1\n"
	     "F 2 t/a/f2 n f2\n"
	     "DP 1 t/a n a\n"
	     "D 1 t/b n b\n"
	     "DP 1 t/b n b\n"
	     "SL 1 t/c n c\n"
	     "SL 1 t/d n d\n"
	     "F 1 t/e n e\n"
	     "DEFAULT 1 t/fifo n fifo\n"
	     "D 1 t/l n l\n"
	     "self~ up~ \n"
	     "SL 2 t/l/self n self\n"
	     "SL 2 t/l/up n up\n"
	     "DP 1 t/l n l\n"
	     "DP 0 t p t\n");

	/* fts_set on fts_children's entries: FTS_SKIP and FTS_FOLLOW hold
	   (a list asked with FTS_NAMEONLY before is rebuilt by glibc, the
	   instructions lost, as above) */
	T[0] = 0;
	CHECK((f = fts_open(one, FTS_PHYSICAL, byname)) != NULL);
	while ((e = fts_read(f)) != NULL) {
		put(e, 0);
		if (e->fts_info == FTS_D && e->fts_level == 0)
			for (FTSENT *c = fts_children(f, 0); c; c = c->fts_link) {
				if (!strcmp(c->fts_name, "a") || !strcmp(c->fts_name, "e"))
					CHECK_EQ(fts_set(f, c, FTS_SKIP), 0);
				if (!strcmp(c->fts_name, "c"))
					CHECK_EQ(fts_set(f, c, FTS_FOLLOW), 0);
			}
	}
	CHECK_EQ(fts_close(f), 0);
	same("D 0 t p t\n"
	     "D 1 t/a n a\n"
	     "DP 1 t/a n a\n"
	     "D 1 t/b n b\n"
	     "DP 1 t/b n b\n"
	     "D 1 t/c n c\n"
	     "F 2 t/c/f1 n f1\n"
	     "F 2 t/c/f2 n f2\n"
	     "DP 1 t/c n c\n"
	     "SL 1 t/d n d\n"
	     "DEFAULT 1 t/fifo n fifo\n"
	     "D 1 t/l n l\n"
	     "SL 2 t/l/self n self\n"
	     "SL 2 t/l/up n up\n"
	     "DP 1 t/l n l\n"
	     "DP 0 t p t\n");

	/* directory order (no compar): the same entries */
	CHECK((f = fts_open(one, FTS_PHYSICAL, NULL)) != NULL);
	char names[12][8];
	int n = 0;
	while ((e = fts_read(f)) != NULL)
		if (e->fts_level == 1 && e->fts_info != FTS_DP) {
			CHECK(n < 12);
			strcpy(names[n++], e->fts_name);
		}
	CHECK_EQ(fts_close(f), 0);
	qsort(names, n, sizeof names[0], (int (*)(const void *, const void *))strcmp);
	T[0] = 0;
	for (int i = 0; i < n; i++) {
		strcat(T, names[i]);
		strcat(T, " ");
	}
	same("a b c d e fifo l ");

	/* FTS_XDEV: a mount point below the root is FTS_D then FTS_DP */
	char *dev[] = {"/dev", NULL};
	CHECK((f = fts_open(dev, FTS_PHYSICAL | FTS_XDEV, byname)) != NULL);
	dev_t d0 = 0;
	FTSENT *mnt = NULL;
	while ((e = fts_read(f)) != NULL) {
		if (e->fts_level == 0)
			d0 = e->fts_statp->st_dev;
		if (mnt) {
			CHECK(e == mnt && e->fts_info == FTS_DP);
			mnt = NULL;
		} else if (e->fts_info == FTS_D && e->fts_statp->st_dev != d0)
			mnt = e;
	}
	CHECK_EQ(fts_close(f), 0);

	/* a deep tree, its paths far beyond PATH_MAX */
	char name[201];
	memset(name, 'n', 200);
	name[200] = 0;
	CHECK(mkdir("deep", 0755) == 0);
	CHECK(chdir("deep") == 0);
	for (int i = 0; i < 40; i++) {
		CHECK(mkdir(name, 0755) == 0);
		CHECK(chdir(name) == 0);
	}
	CHECK(close(open("leaf", O_CREAT | O_WRONLY, 0644)) == 0);
	CHECK(chdir(R) == 0);
	char *deep[] = {"deep", NULL};
	int maxlevel = 0, leaf = 0, nd = 0;
	CHECK((f = fts_open(deep, FTS_PHYSICAL, NULL)) != NULL);
	while ((e = fts_read(f)) != NULL) {
		CHECK_EQ(e->fts_pathlen, strlen(e->fts_path));
		CHECK_EQ(e->fts_pathlen, 4 + 201 * e->fts_level + (e->fts_info == FTS_F ? 5 - 201 : 0));
		if (e->fts_level > maxlevel)
			maxlevel = e->fts_level;
		if (e->fts_info == FTS_F) {
			leaf++;
			CHECK(!strcmp(e->fts_name, "leaf") && !strcmp(e->fts_accpath, "leaf"));
			CHECK(access(e->fts_accpath, F_OK) == 0);
		}
		nd += e->fts_info == FTS_DP;
		/* stop in the middle: fts_close goes back */
		if (e->fts_level == 20 && e->fts_info == FTS_DP)
			break;
	}
	CHECK_EQ(maxlevel, 41);
	CHECK_EQ(leaf, 1);
	CHECK_EQ(nd, 21);
	CHECK_EQ(fts_close(f), 0);
	char cwd[256];
	CHECK(getcwd(cwd, sizeof cwd) && !strcmp(cwd, R));

	/* as a user who cannot read: FTS_DNR, and FTS_NS under a directory
	   that can be listed but not searched */
	CHECK(mkdir("u", 0755) == 0);
	mk("u/noread", 1);
	mk("u/noread/x", 0);
	mk("u/nosearch", 1);
	mk("u/nosearch/y", 0);
	mk("u/z", 0);
	CHECK(chmod("u/noread", 0) == 0);
	CHECK(chmod("u/nosearch", 0644) == 0);
	CHECK(chmod(R, 0755) == 0);
	fflush(stdout);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		if (geteuid() == 0 && setuid(65534) != 0)
			_exit(3);
		walk("u", FTS_PHYSICAL);
		same("D 0 u p u\n"
	     "D 1 u/noread n noread\n"
	     "DNR 1 u/noread n noread e13\n"
	     "D 1 u/nosearch n nosearch\n"
	     "DP 1 u/nosearch n nosearch e13\n"
	     "F 1 u/z n z\n"
	     "DP 0 u p u\n");
		walk("u", FTS_PHYSICAL | FTS_NOCHDIR);
		same("D 0 u p u\n"
	     "D 1 u/noread p noread\n"
	     "DNR 1 u/noread p noread e13\n"
	     "D 1 u/nosearch p nosearch\n"
	     "NS 2 u/nosearch/y p y e13\n"
	     "DP 1 u/nosearch p nosearch\n"
	     "F 1 u/z p z\n"
	     "DP 0 u p u\n");
		walk("u", FTS_LOGICAL | FTS_NOSTAT);
		same("D 0 u p u\n"
	     "D 1 u/noread p noread\n"
	     "DNR 1 u/noread p noread e13\n"
	     "D 1 u/nosearch p nosearch\n"
	     "NS 2 u/nosearch/y p y e13\n"
	     "DP 1 u/nosearch p nosearch\n"
	     "F 1 u/z p z\n"
	     "DP 0 u p u\n");
		T[0] = 0;
		char *u[] = {"u", NULL};
		CHECK((f = fts_open(u, FTS_PHYSICAL, byname)) != NULL);
		while ((e = fts_read(f)) != NULL)
			if (e->fts_info == FTS_D && e->fts_level == 1) {
				errno = 0;
				CHECK(fts_children(f, 0) == NULL);
				strcat(T, e->fts_name);
				strcat(T, errno == EACCES ? " EACCES\n" : " ?\n");
			}
		CHECK_EQ(fts_close(f), 0);
		same("noread EACCES\n"
	     "nosearch EACCES\n");
		fflush(stdout);
		_exit(0);
	}
	int st;
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);
	CHECK(chmod("u/noread", 0755) == 0);
	CHECK(chmod("u/nosearch", 0755) == 0);

	/* clean up, postorder */
	char *all[] = {R, NULL};
	CHECK((f = fts_open(all, FTS_PHYSICAL, NULL)) != NULL);
	while ((e = fts_read(f)) != NULL) {
		if (e->fts_info == FTS_DP)
			CHECK(rmdir(e->fts_accpath) == 0);
		else if (e->fts_info != FTS_D)
			CHECK(unlink(e->fts_accpath) == 0);
	}
	CHECK_EQ(errno, 0);
	CHECK_EQ(fts_close(f), 0);
	CHECK(access(R, F_OK) != 0);
	puts("ok");
}
