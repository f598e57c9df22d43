/* utmp.h / utmpx.h: records written, found and rewritten in a file of our
 * own (utmpname), wtmp appends, glibc's record layout per arch. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utmp.h>
#include <utmpx.h>
#include "check.h"

#if defined(__x86_64__) || (defined(__riscv) && __riscv_xlen == 64)
_Static_assert(sizeof(struct utmp) == 384, "utmp");
_Static_assert(offsetof(struct utmp, ut_addr_v6) == 348, "addr");
_Static_assert(sizeof(struct lastlog) == 292, "lastlog");
#elif defined(__i386__)
_Static_assert(sizeof(struct utmp) == 392, "utmp");
_Static_assert(offsetof(struct utmp, ut_addr_v6) == 356, "addr");
_Static_assert(sizeof(struct lastlog) == 292, "lastlog");
#else
_Static_assert(sizeof(struct utmp) == 400, "utmp");
_Static_assert(offsetof(struct utmp, ut_tv) == 344, "tv");
_Static_assert(offsetof(struct utmp, ut_addr_v6) == 360, "addr");
_Static_assert(sizeof(struct lastlog) == 296, "lastlog");
#endif
_Static_assert(offsetof(struct utmp, ut_pid) == 4, "pid");
_Static_assert(offsetof(struct utmp, ut_line) == 8, "line");
_Static_assert(offsetof(struct utmp, ut_id) == 40, "id");
_Static_assert(offsetof(struct utmp, ut_user) == 44, "user");
_Static_assert(offsetof(struct utmp, ut_host) == 76, "host");
_Static_assert(offsetof(struct utmp, ut_exit) == 332, "exit");
_Static_assert(offsetof(struct utmp, ut_session) == 336, "session");
_Static_assert(sizeof(struct utmpx) == sizeof(struct utmp), "utmpx");
_Static_assert(offsetof(struct utmpx, ut_tv) == offsetof(struct utmp, ut_tv), "utmpx tv");

/* the record's size in the file: on i386 glibc keeps the 384-byte form
 * with 32-bit times and converts to its 64-bit-time struct */
#ifdef __i386__
# define FREC 384LL
#else
# define FREC ((long long)sizeof(struct utmp))
#endif

static struct utmp rec(short type, const char *id, const char *line, const char *user, pid_t pid)
{
	struct utmp u;
	memset(&u, 0, sizeof u);
	u.ut_type = type;
	u.ut_pid = pid;
	strncpy(u.ut_id, id, sizeof u.ut_id);
	strncpy(u.ut_line, line, sizeof u.ut_line);
	strncpy(u.ut_user, user, sizeof u.ut_user);
	strcpy(u.ut_host, "example.org");
	u.ut_tv.tv_sec = 1700000000;
	u.ut_tv.tv_usec = 123;
	return u;
}

int main(void)
{
	char path[64], wpath[64];
	snprintf(path, sizeof path, "/tmp/utmp.%d", (int)getpid());
	snprintf(wpath, sizeof wpath, "/tmp/wtmp.%d", (int)getpid());
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
	CHECK(fd >= 0);
	close(fd);
	CHECK_EQ(utmpname(path), 0);
	setutent();
	CHECK(getutent() == NULL);

	struct utmp boot = rec(BOOT_TIME, "", "~", "reboot", 0);
	struct utmp a = rec(LOGIN_PROCESS, "tty1", "tty1", "LOGIN", 100);
	struct utmp b = rec(USER_PROCESS, "ts/0", "pts/0", "alice", 200);
	struct utmp c = rec(USER_PROCESS, "ts/1", "pts/1", "bob", 300);
	setutent();
	CHECK(pututline(&boot) == &boot);
	setutent();
	CHECK(pututline(&a) == &a);
	setutent();
	CHECK(pututline(&b) == &b);
	setutent();
	CHECK(pututline(&c) == &c);
	struct stat st;
	CHECK(stat(path, &st) == 0);
	CHECK_EQ(st.st_size, 4 * FREC);

	/* in order */
	setutent();
	struct utmp *u = getutent();
	CHECK(u && u->ut_type == BOOT_TIME && !strcmp(u->ut_user, "reboot"));
	u = getutent();
	CHECK(u && u->ut_pid == 100 && !strcmp(u->ut_line, "tty1"));
	u = getutent();
	CHECK(u && u->ut_pid == 200 && !strcmp(u->ut_host, "example.org") && u->ut_tv.tv_sec == 1700000000 &&
	      u->ut_tv.tv_usec == 123);
	u = getutent();
	CHECK(u && u->ut_pid == 300);
	CHECK(getutent() == NULL);

	/* getutid: by type for clock records, by id for process ones */
	setutent();
	struct utmp key = rec(BOOT_TIME, "", "", "", 0);
	u = getutid(&key);
	CHECK(u && u->ut_type == BOOT_TIME);
	setutent();
	key = rec(DEAD_PROCESS, "ts/1", "", "", 0);
	u = getutid(&key);
	CHECK(u && u->ut_pid == 300);
	setutent();
	key = rec(INIT_PROCESS, "none", "", "", 0);
	errno = 0;
	CHECK(getutid(&key) == NULL);
	CHECK_EQ(errno, ESRCH);

	/* getutline: login and user records on that line */
	setutent();
	key = rec(EMPTY, "", "pts/0", "", 0);
	u = getutline(&key);
	CHECK(u && u->ut_pid == 200 && !strcmp(u->ut_user, "alice"));
	setutent();
	key = rec(EMPTY, "", "~", "", 0);
	errno = 0;
	CHECK(getutline(&key) == NULL); /* a BOOT_TIME record is not a login */
	CHECK_EQ(errno, ESRCH);

	/* pututline over a match: the file does not grow */
	struct utmp dead = rec(DEAD_PROCESS, "ts/0", "pts/0", "", 200);
	setutent();
	CHECK(pututline(&dead) == &dead);
	CHECK(stat(path, &st) == 0);
	CHECK_EQ(st.st_size, 4 * FREC);
	setutent();
	getutent();
	getutent();
	u = getutent();
	CHECK(u && u->ut_type == DEAD_PROCESS && u->ut_user[0] == 0);

	/* the _r forms */
	struct utmp ub, *up = NULL;
	setutent();
	CHECK_EQ(getutent_r(&ub, &up), 0);
	CHECK(up == &ub && ub.ut_type == BOOT_TIME);
	key = rec(USER_PROCESS, "ts/1", "pts/1", "", 0);
	CHECK_EQ(getutline_r(&key, &ub, &up), 0);
	CHECK(up == &ub && ub.ut_pid == 300);
	setutent();
	CHECK_EQ(getutid_r(&key, &ub, &up), 0);
	CHECK(ub.ut_pid == 300);
	endutent();

	/* utmpx: the same records through the x functions */
	CHECK_EQ(utmpxname(path), 0);
	setutxent();
	int n = 0;
	struct utmpx *x;
	while ((x = getutxent()))
		n++;
	CHECK_EQ(n, 4);
	struct utmpx kx;
	memset(&kx, 0, sizeof kx);
	kx.ut_type = USER_PROCESS;
	strcpy(kx.ut_line, "pts/1");
	setutxent();
	x = getutxline(&kx);
	CHECK(x && x->ut_pid == 300 && !strcmp(x->ut_user, "bob"));
	struct utmpx nx;
	memset(&nx, 0, sizeof nx);
	nx.ut_type = USER_PROCESS;
	nx.ut_pid = 400;
	memcpy(nx.ut_id, "ts/9", 4);
	strcpy(nx.ut_line, "pts/9");
	setutxent();
	CHECK(pututxline(&nx) != NULL);
	CHECK(stat(path, &st) == 0);
	CHECK_EQ(st.st_size, 5 * FREC);
	setutxent();
	kx.ut_type = DEAD_PROCESS;
	memcpy(kx.ut_id, "ts/9", 4);
	x = getutxid(&kx);
	CHECK(x && x->ut_pid == 400);
	endutxent();

	/* updwtmp appends */
	fd = open(wpath, O_CREAT | O_WRONLY | O_TRUNC, 0644);
	CHECK(fd >= 0);
	close(fd);
	updwtmp(wpath, &a);
	updwtmp(wpath, &b);
	updwtmpx(wpath, &nx);
	CHECK(stat(wpath, &st) == 0);
	CHECK_EQ(st.st_size, 3 * FREC);
	CHECK_EQ(utmpname(wpath), 0);
	setutent();
	CHECK(getutent()->ut_pid == 100);
	CHECK(getutent()->ut_pid == 200);
	CHECK(getutent()->ut_pid == 400);
	CHECK(getutent() == NULL);
	endutent();

	/* a missing file: nothing to read, nothing written */
	CHECK_EQ(utmpname("/nonexistent/utmp"), 0);
	setutent();
	CHECK(getutent() == NULL);
	CHECK(pututline(&a) == NULL);
	endutent();
	unlink(path);
	unlink(wpath);
	return 0;
}
