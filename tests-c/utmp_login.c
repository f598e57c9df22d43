// STDOUT: ok\n
/* utmp.h login logout logwtmp and utmpx.h getutmp getutmpx, as glibc
 * gives them to a static program: login() copies the record, makes it a
 * USER_PROCESS of this pid on the terminal of fd 0, 1 or 2 (its name
 * without "/dev/"; "???" and no utmp entry when none is a terminal),
 * writes it to /var/run/utmp (over the entry with its ut_id) and appends
 * it to /var/log/wtmp; logout(line) turns that line's entry into a
 * DEAD_PROCESS with no user or host and the current time (1; 0 when there
 * is none); logwtmp appends a record (DEAD_PROCESS for an empty name).
 * The fixed paths are those of a chroot made for the test, in a child:
 * natively in a private mount namespace with /proc and /dev/pts mounted
 * in it, so the pty on fd 0 has a name; under qemu-user (no namespace)
 * without them, so the "???" case runs. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utmp.h>
#include <utmpx.h>

static char root[256];

/* a record's text field equals s (the field need not end in a NUL) */
#define FEQ(field, s) (strncmp((field), (s), sizeof(field)) == 0)

static void mk(const char *rel, int dir)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", root, rel);
	if (dir)
		CHECK(mkdir(p, 0755) == 0 || errno == EEXIST);
	else {
		int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		CHECK(fd >= 0);
		close(fd);
	}
}

static void rm(const char *rel, int dir)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", root, rel);
	if (dir)
		rmdir(p);
	else
		unlink(p);
}

/* The records of a file, read through utmpname. */
static int records(const char *file, struct utmp *out, int max)
{
	CHECK_EQ(utmpname(file), 0);
	setutent();
	int n = 0;
	struct utmp *u;
	while ((u = getutent()) != NULL && n < max)
		out[n++] = *u;
	endutent();
	return n;
}

static void child(void)
{
	/* a pty on fd 0 (opened before the chroot: /dev/pts is outside) */
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	CHECK(m >= 0);
	CHECK_EQ(grantpt(m), 0);
	CHECK_EQ(unlockpt(m), 0);
	int s = open(ptsname(m), O_RDWR | O_NOCTTY);
	CHECK(s >= 0);
	CHECK_EQ(dup2(s, 0), 0);
	int devnull = open("/dev/null", O_RDWR);
	CHECK(devnull >= 0);
	CHECK_EQ(dup2(devnull, 1), 1); /* stdout is checked for "ok" by the parent only */
	int ns = unshare(CLONE_NEWNS) == 0 && mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
	if (ns) {
		char p[512];
		snprintf(p, sizeof p, "%s/proc", root);
		CHECK_EQ(mount("proc", p, "proc", 0, NULL), 0);
		snprintf(p, sizeof p, "%s/dev/pts", root);
		CHECK_EQ(mount("/dev/pts", p, NULL, MS_BIND, NULL), 0);
	}
	CHECK_EQ(chroot(root), 0);
	CHECK_EQ(chdir("/"), 0);
	char tty[64];
	int have_tty = ttyname_r(0, tty, sizeof tty) == 0;
	if (ns)
		CHECK(have_tty);
	const char *line = have_tty ? tty + 5 : "???";
	t_puts(2, have_tty ? "utmp_login: on a pty (the utmp path)\n" : "utmp_login: no terminal name (the ??? path)\n");

	struct utmp ut, rec[8];
	memset(&ut, 0, sizeof ut);
	ut.ut_type = LOGIN_PROCESS; /* login makes it USER_PROCESS */
	ut.ut_pid = 1;              /* and this pid */
	strcpy(ut.ut_id, "tl1");
	strcpy(ut.ut_user, "alice");
	strcpy(ut.ut_host, "example.org");
	strcpy(ut.ut_line, "ignored");
	ut.ut_tv.tv_sec = 1000000000;
	login(&ut);
	int n = records(_PATH_WTMP, rec, 8);
	CHECK_EQ(n, 1);
	CHECK_EQ(rec[0].ut_type, USER_PROCESS);
	CHECK_EQ(rec[0].ut_pid, getpid());
	CHECK(FEQ(rec[0].ut_line, line));
	CHECK(FEQ(rec[0].ut_user, "alice"));
	CHECK(FEQ(rec[0].ut_host, "example.org"));
	CHECK(FEQ(rec[0].ut_id, "tl1"));
	CHECK_EQ(rec[0].ut_tv.tv_sec, 1000000000); /* login keeps the time */
	n = records(_PATH_UTMP, rec, 8);
	CHECK_EQ(n, have_tty ? 1 : 0);
	if (have_tty) {
		CHECK_EQ(rec[0].ut_type, USER_PROCESS);
		CHECK(FEQ(rec[0].ut_line, line));
		CHECK(FEQ(rec[0].ut_user, "alice"));
		/* the same id again replaces the entry */
		strcpy(ut.ut_user, "alice2");
		login(&ut);
		CHECK_EQ(records(_PATH_UTMP, rec, 8), 1);
		CHECK(FEQ(rec[0].ut_user, "alice2"));
		CHECK_EQ(records(_PATH_WTMP, rec, 8), 2);
	}
	/* login (and logout) go back to the default file */
	CHECK_EQ(utmpname("/nonexistent"), 0);
	CHECK_EQ(logout("no-such-line"), 0);
	struct timeval now;
	gettimeofday(&now, NULL);
	CHECK_EQ(logout(line), have_tty ? 1 : 0);
	if (have_tty) {
		CHECK_EQ(records(_PATH_UTMP, rec, 8), 1);
		CHECK_EQ(rec[0].ut_type, DEAD_PROCESS);
		CHECK(FEQ(rec[0].ut_line, line));
		CHECK(FEQ(rec[0].ut_id, "tl1"));
		CHECK_EQ(rec[0].ut_user[0], 0);
		CHECK_EQ(rec[0].ut_host[0], 0);
#if defined(AGAINST_GLIBC) && defined(__i386__)
		/* glibc 2.36's i386 logout with 64-bit time stores its 64-bit
		 * timeval into the file's 32-bit fields (the seconds come back
		 * as garbage); ferrolibc stores the time */
#else
		CHECK((long long)rec[0].ut_tv.tv_sec >= (long long)now.tv_sec - 1);
		CHECK((long long)rec[0].ut_tv.tv_sec <= (long long)now.tv_sec + 5);
#endif
		/* a dead entry is not a line's entry any more */
		CHECK_EQ(logout(line), 0);
	}
	int before = records(_PATH_WTMP, rec, 8);
	logwtmp("pts/77", "bob", "host.example");
	logwtmp("pts/77", "", "");
	n = records(_PATH_WTMP, rec, 8);
	CHECK_EQ(n, before + 2);
	CHECK_EQ(rec[before].ut_type, USER_PROCESS);
	CHECK_EQ(rec[before].ut_pid, getpid());
	CHECK(FEQ(rec[before].ut_line, "pts/77"));
	CHECK(FEQ(rec[before].ut_user, "bob"));
	CHECK(FEQ(rec[before].ut_host, "host.example"));
	CHECK((long long)rec[before].ut_tv.tv_sec >= (long long)now.tv_sec - 1);
	CHECK_EQ(rec[before + 1].ut_type, DEAD_PROCESS);
	CHECK_EQ(rec[before + 1].ut_user[0], 0);
	CHECK(FEQ(rec[before + 1].ut_line, "pts/77"));

	/* getutmp / getutmpx: the same record in the other struct */
	struct utmpx ux, ux2;
	struct utmp u2;
	memset(&ux, 0, sizeof ux);
	ux.ut_type = USER_PROCESS;
	ux.ut_pid = 4242;
	strcpy(ux.ut_line, "tty9");
	strcpy(ux.ut_id, "9");
	strcpy(ux.ut_user, "carol");
	strcpy(ux.ut_host, "h");
	ux.ut_exit.e_termination = 3;
	ux.ut_exit.e_exit = 4;
	ux.ut_session = 77;
	ux.ut_tv.tv_sec = 123456;
	ux.ut_tv.tv_usec = 789;
	ux.ut_addr_v6[0] = 0x0100007f;
	ux.ut_addr_v6[3] = 9;
	memset(&u2, 0xee, sizeof u2);
	getutmp(&ux, &u2);
	CHECK_EQ(u2.ut_type, USER_PROCESS);
	CHECK_EQ(u2.ut_pid, 4242);
	CHECK(FEQ(u2.ut_line, "tty9"));
	CHECK(memcmp(u2.ut_id, "9\0\0\0", 4) == 0);
	CHECK(FEQ(u2.ut_user, "carol"));
	CHECK(FEQ(u2.ut_host, "h"));
	CHECK_EQ(u2.ut_exit.e_termination, 3);
	CHECK_EQ(u2.ut_exit.e_exit, 4);
	CHECK_EQ(u2.ut_session, 77);
	CHECK_EQ(u2.ut_tv.tv_sec, 123456);
	CHECK_EQ(u2.ut_tv.tv_usec, 789);
	CHECK_EQ(u2.ut_addr_v6[0], 0x0100007f);
	CHECK_EQ(u2.ut_addr_v6[3], 9);
	memset(&ux2, 0xee, sizeof ux2);
	getutmpx(&u2, &ux2);
	/* field by field: glibc's i386 copy leaves the padding and the
	 * reserved bytes as they were */
	CHECK_EQ(ux2.ut_type, USER_PROCESS);
	CHECK_EQ(ux2.ut_pid, 4242);
	CHECK(memcmp(ux2.ut_line, ux.ut_line, sizeof ux.ut_line) == 0);
	CHECK(memcmp(ux2.ut_id, ux.ut_id, sizeof ux.ut_id) == 0);
	CHECK(memcmp(ux2.ut_user, ux.ut_user, sizeof ux.ut_user) == 0);
	CHECK(memcmp(ux2.ut_host, ux.ut_host, sizeof ux.ut_host) == 0);
	CHECK_EQ(ux2.ut_exit.e_termination, 3);
	CHECK_EQ(ux2.ut_exit.e_exit, 4);
	CHECK_EQ(ux2.ut_session, 77);
	CHECK_EQ(ux2.ut_tv.tv_sec, 123456);
	CHECK_EQ(ux2.ut_tv.tv_usec, 789);
	CHECK(memcmp(ux2.ut_addr_v6, ux.ut_addr_v6, sizeof ux.ut_addr_v6) == 0);
	_exit(0);
}

int main(void)
{
	snprintf(root, sizeof root, "%s/utmp_login.%d", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
		 (int)getpid());
	CHECK(mkdir(root, 0755) == 0);
	mk("var", 1);
	mk("var/run", 1);
	mk("var/log", 1);
	mk("proc", 1);
	mk("dev", 1);
	mk("dev/pts", 1);
	mk("var/run/utmp", 0);
	mk("var/log/wtmp", 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0)
		child();
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	rm("var/run/utmp", 0);
	rm("var/log/wtmp", 0);
	rm("var/run", 1);
	rm("var/log", 1);
	rm("var", 1);
	rm("dev/pts", 1);
	rm("dev", 1);
	rm("proc", 1);
	rmdir(root);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);
	puts("ok");
	return 0;
}
