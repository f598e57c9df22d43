// STDOUT: ok\n
/* <pwd.h>, <grp.h>, <shadow.h>: the files parsers through fgetpwent,
 * fgetgrent and fgetspent on lines whose fate glibc decides (blank and
 * comment lines, leading blanks, missing and extra fields, bad numbers,
 * NIS entries, member lists), ENOENT at the end, ERANGE from the _r
 * forms and a retry that then succeeds, the lookups in the real
 * /etc/passwd and /etc/group, getgrouplist's counting, and putpwent,
 * putgrent and putspent written back byte for byte. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static FILE *file_with(const char *text)
{
	FILE *f = tmpfile();
	CHECK(f != NULL);
	CHECK(fputs(text, f) >= 0);
	rewind(f);
	return f;
}

static void check_pw(struct passwd *p, const char *name, const char *pw, unsigned uid,
		     unsigned gid, const char *gecos, const char *dir, const char *shell)
{
	CHECK(p != NULL);
	CHECK(strcmp(p->pw_name, name) == 0);
	CHECK(strcmp(p->pw_passwd, pw) == 0);
	CHECK_EQ(p->pw_uid, uid);
	CHECK_EQ(p->pw_gid, gid);
	CHECK(strcmp(p->pw_gecos, gecos) == 0);
	CHECK(strcmp(p->pw_dir, dir) == 0);
	CHECK(strcmp(p->pw_shell, shell) == 0);
}

static void passwd_lines(void)
{
	FILE *f = file_with("root:x:0:0:root:/root:/bin/bash\n\n# comment\n"
			    "   lead:x:1:1:g:/d:/s\nf3:x:1\nf4:x:2:3\nf6:x:4:5:g:/d\n"
			    "extra:x:3:3:g:/d:/s:more\nbaduid:x:1a:4:g:/d:/s\n"
			    "emptyuid:x::5:g:/d:/s\nneg:x:-1:6:g:/d:/s\n"
			    "big:x:4294967296:7:g:/d:/s\nsp:x: 8:+8:g:/d:/s  \n"
			    "+nis:x:::::\nnogid:x:9::g:/d:/s\nmax:x:4294967295:15:g:/d:/s\n"
			    ":x:11:11:g:/d:/s\nlast:x:16:16:g:/d:/s");
	check_pw(fgetpwent(f), "root", "x", 0, 0, "root", "/root", "/bin/bash");
	check_pw(fgetpwent(f), "lead", "x", 1, 1, "g", "/d", "/s");
	check_pw(fgetpwent(f), "f4", "x", 2, 3, "", "", "");
	check_pw(fgetpwent(f), "f6", "x", 4, 5, "g", "/d", "");
	check_pw(fgetpwent(f), "extra", "x", 3, 3, "g", "/d", "/s:more");
	check_pw(fgetpwent(f), "sp", "x", 8, 8, "g", "/d", "/s  ");
	check_pw(fgetpwent(f), "+nis", "x", 0, 0, "", "", "");
	check_pw(fgetpwent(f), "max", "x", 4294967295u, 15, "g", "/d", "/s");
	check_pw(fgetpwent(f), "", "x", 11, 11, "g", "/d", "/s");
	/* ERANGE leaves the entry to be read again with a larger buffer. */
	struct passwd pw, *r = &pw;
	char small[8], big[256];
	CHECK_EQ(fgetpwent_r(f, &pw, small, sizeof small, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(fgetpwent_r(f, &pw, big, sizeof big, &r), 0);
	CHECK(r == &pw);
	check_pw(r, "last", "x", 16, 16, "g", "/d", "/s");
	errno = 0;
	CHECK(fgetpwent(f) == NULL);
	CHECK_EQ(errno, ENOENT);
	CHECK_EQ(fgetpwent_r(f, &pw, big, sizeof big, &r), ENOENT);
	CHECK(r == NULL);
	fclose(f);
}

static void group_lines(void)
{
	FILE *f = file_with("g1:x:100:a,b,c\ng2:x:101:\ng3:x:102\ng4::103:a,,b,\n"
			    "g5:x:104: a , b\n#c:x:1:\nh3:x:\ng6:x:105:a b,c:d\n"
			    "g7:x:x:\n\ng8:x: 106:,a\n");
	const char *want[][5] = {{"g1", "x", "a", "b", "c"}, {"g2", "x"}, {"g3", "x"},
				 {"g4", "", "a", "b"},	     {"g5", "x", "a ", "b"},
				 {"g6", "x", "a b", "c:d"},  {"g8", "x", "a"}};
	unsigned gids[] = {100, 101, 102, 103, 104, 105, 106};
	for (int i = 0; i < 7; i++) {
		struct group *g = fgetgrent(f);
		CHECK(g != NULL);
		CHECK(strcmp(g->gr_name, want[i][0]) == 0);
		CHECK(strcmp(g->gr_passwd, want[i][1]) == 0);
		CHECK_EQ(g->gr_gid, gids[i]);
		int n = 0;
		for (; g->gr_mem[n]; n++)
			CHECK(n < 3 && want[i][2 + n] && strcmp(g->gr_mem[n], want[i][2 + n]) == 0);
		CHECK(n == 3 || !want[i][2 + n]);
		CHECK(((unsigned long)g->gr_mem & (sizeof(char *) - 1)) == 0);
	}
	errno = 0;
	CHECK(fgetgrent(f) == NULL);
	CHECK_EQ(errno, ENOENT);
	/* A member list that does not fit: ERANGE, then the same entry. */
	rewind(f);
	struct group gr, *r;
	char buf[128];
	CHECK_EQ(fgetgrent_r(f, &gr, buf, 12, &r), ERANGE);
	CHECK_EQ(fgetgrent_r(f, &gr, buf, sizeof buf, &r), 0);
	CHECK(r == &gr && strcmp(gr.gr_mem[2], "c") == 0 && gr.gr_mem[3] == NULL);
	fclose(f);
}

static void shadow_lines(void)
{
	FILE *f = file_with("u1:$6$h:19000:0:99999:7:::\nu2:!:1:2:3:4:5:6:7\nu3:*::::::\n"
			    "u5:x:1:2:3\ns6:x:1:2:3:4\ns8:x:1:2:3:4:5:6\ne5:x:1:2:\n"
			    "s9:x:1:2:3:4:5:6:7:8\ne5b:x:1::3\n");
	long want[][6] = {{19000, 0, 99999, 7, -1, -1}, {1, 2, 3, 4, 5, 6}, {1, 2, 3, -1, -1, -1},
			  {1, 2, 3, 4, 5, 6},		{1, -1, 3, -1, -1, -1}};
	const char *names[] = {"u1", "u2", "u5", "s8", "e5b"};
	for (int i = 0; i < 5; i++) {
		struct spwd *s = fgetspent(f);
		CHECK(s != NULL);
		CHECK(strcmp(s->sp_namp, names[i]) == 0);
		long got[6] = {s->sp_lstchg, s->sp_min, s->sp_max, s->sp_warn, s->sp_inact, s->sp_expire};
		for (int k = 0; k < 6; k++)
			CHECK_EQ(got[k], want[i][k]);
		CHECK(s->sp_flag == (i == 1 ? 7ul : ~0ul));
	}
	errno = 0;
	CHECK(fgetspent(f) == NULL);
	CHECK_EQ(errno, ENOENT);
	fclose(f);
	struct spwd *s = sgetspent("x:y:1:2:3");
	CHECK(s && strcmp(s->sp_pwdp, "y") == 0 && s->sp_max == 3 && s->sp_warn == -1);
	CHECK(sgetspent("x:y") == NULL);
	struct spwd sp, *r;
	char buf[64];
	CHECK_EQ(sgetspent_r("x:y:1:2:3", &sp, buf, 3, &r), ERANGE);
	CHECK_EQ(sgetspent_r("x:y:1:2:3", &sp, buf, sizeof buf, &r), 0);
	CHECK(r == &sp && sp.sp_lstchg == 1);
}

/* Static glibc hands a name /etc/passwd lacks to the next source in the
 * host's nsswitch.conf; on x86_64 hosts with "files systemd" that loads
 * libnss_systemd, which crashes in a static program; so does walking the
 * databases to their end. So those parts are not run against x86_64 glibc. */
#if defined(AGAINST_GLIBC) && defined(__x86_64__)
#define MISSING_OK 0
#else
#define MISSING_OK 1
#endif

static void lookups(void)
{
	struct passwd *p = getpwnam("root");
	CHECK(p != NULL);
	CHECK_EQ(p->pw_uid, 0);
	p = getpwuid(0);
	CHECK(p != NULL && strcmp(p->pw_name, "root") == 0);
	if (MISSING_OK) {
		errno = 5;
		CHECK(getpwnam("no-such-user-ferro") == NULL);
		CHECK_EQ(errno, 0);
		CHECK(getpwuid(4000000123u) == NULL);
	}

	struct passwd pw, *r = &pw;
	char small[4], big[1024];
	CHECK_EQ(getpwnam_r("root", &pw, small, sizeof small, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(getpwnam_r("root", &pw, big, sizeof big, &r), 0);
	CHECK(r == &pw && pw.pw_uid == 0 && pw.pw_name >= big && pw.pw_name < big + sizeof big);
	if (MISSING_OK) {
		CHECK_EQ(getpwnam_r("no-such-user-ferro", &pw, big, sizeof big, &r), 0);
		CHECK(r == NULL);
	}
	CHECK_EQ(getpwuid_r(0, &pw, big, sizeof big, &r), 0);
	CHECK(r == &pw && strcmp(pw.pw_name, "root") == 0);

	if (MISSING_OK) {
		/* The stream: root is there, setpwent rewinds. */
		setpwent();
		struct passwd *first = getpwent();
		CHECK(first != NULL);
		char name0[256];
		snprintf(name0, sizeof name0, "%s", first->pw_name);
		int n = 1, saw_root = !strcmp(first->pw_name, "root");
		while ((p = getpwent()))
			saw_root |= !strcmp(p->pw_name, "root"), n++;
		CHECK(saw_root);
		CHECK_EQ(getpwent_r(&pw, big, sizeof big, &r), ENOENT);
		setpwent();
		CHECK(strcmp(getpwent()->pw_name, name0) == 0);
		endpwent();
		CHECK(strcmp(getpwent()->pw_name, name0) == 0);
		endpwent();

	}

	struct group *g = getgrnam("root");
	CHECK(g != NULL && g->gr_gid == 0);
	g = getgrgid(0);
	CHECK(g != NULL && strcmp(g->gr_name, "root") == 0);
	if (MISSING_OK) {
		errno = 5;
		CHECK(getgrnam("no-such-group-ferro") == NULL);
		CHECK_EQ(errno, 0);
	}
	if (!MISSING_OK)
		return;
	setgrent();
	int ng = 0;
	while (getgrent())
		ng++;
	CHECK(ng >= 1);
	endgrent();

	/* getgrouplist: the base group first; too small a list is -1 with
	 * the count needed. */
	gid_t list[256];
	int cnt = 256;
	int k = getgrouplist("root", 54321, list, &cnt);
	CHECK(k >= 1 && k == cnt && list[0] == 54321);
	for (int i = 1; i < k; i++)
		CHECK(list[i] != 54321);
	int zero = 0;
	CHECK_EQ(getgrouplist("root", 54321, list, &zero), -1);
	CHECK_EQ(zero, k);
	cnt = 256;
	CHECK_EQ(getgrouplist("no-such-user-ferro", 7, list, &cnt), 1);
	CHECK(cnt == 1 && list[0] == 7);
	errno = 0;
	CHECK(getspnam("no-such-user-ferro") == NULL);
	CHECK(errno == 0 || errno == EACCES);
}

static void writers(void)
{
	FILE *f = tmpfile();
	CHECK(f != NULL);
	struct passwd p = {"n", "x", 1, 2, "g:h\ni", "/d", "/s"};
	CHECK_EQ(putpwent(&p, f), 0);
	struct passwd nis = {"+n", "x", 5, 6, "", "", ""};
	CHECK_EQ(putpwent(&nis, f), 0);
	struct passwd bad = {"bad:name", "x", 1, 2, "g", "/d", "/s"};
	CHECK_EQ(putpwent(&bad, f), -1);
	char *mem[] = {"a", "b", NULL}, *none[] = {NULL};
	struct group g = {"gg", "x", 7, mem}, g2 = {"+gg", NULL, 0, mem}, g3 = {"e", "", 9, none};
	CHECK_EQ(putgrent(&g, f), 0);
	CHECK_EQ(putgrent(&g2, f), 0);
	CHECK_EQ(putgrent(&g3, f), 0);
	struct spwd s = {"u", "$6$x", 19000, 0, 99999, 7, -1, -1, ~0ul};
	CHECK_EQ(putspent(&s, f), 0);
	struct spwd s2 = {"v", "!", -1, -1, -1, -1, -1, -1, 3};
	CHECK_EQ(putspent(&s2, f), 0);
	rewind(f);
	char text[512];
	size_t n = fread(text, 1, sizeof text - 1, f);
	text[n] = 0;
	CHECK(strcmp(text, "n:x:1:2:g h i:/d:/s\n+n:x:::::\ngg:x:7:a,b\n+gg:::a,b\ne::9:\n"
			   "u:$6$x:19000:0:99999:7:::\nv:!:::::::3\n") == 0);
	fclose(f);
}

static void pw_lock(void)
{
	if (lckpwdf() == 0) {
		CHECK_EQ(ulckpwdf(), 0);
	} else {
		CHECK(errno == EACCES || errno == EROFS || errno == EPERM);
	}
	CHECK_EQ(ulckpwdf(), -1);
}

int main(void)
{
	passwd_lines();
	group_lines();
	shadow_lines();
	lookups();
	writers();
	pw_lock();
	printf("ok\n");
	return 0;
}
