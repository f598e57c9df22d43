/* The small glibc extensions: gnu_get_libc_version/release,
 * strerrorname_np strerrordesc_np sigabbrev_np sigdescr_np,
 * canonicalize_file_name, rpmatch, group_member, close_range closefrom
 * (and closefrom's /proc/self/fd way when close_range is ENOSYS, forced
 * by a seccomp filter where one can be set), parse_printf_format, and
 * the ttyent functions (with an /etc/ttys of our own on a private tmpfs
 * /etc where a mount namespace can be made). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <gnu/libc-version.h>
#include <printf.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ttyent.h>
#include <unistd.h>
#include "check.h"

static int streq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static int is_open(int fd)
{
	return fcntl(fd, F_GETFD) != -1;
}

struct sock_filter {
	unsigned short code;
	unsigned char jt, jf;
	unsigned int k;
};
struct sock_fprog {
	unsigned short len;
	struct sock_filter *filter;
};

/* close_range fails with ENOSYS from here on; 0 if no filter can be set
 * (qemu-user) */
static int deny_close_range(void)
{
	struct sock_filter f[] = {
		{ 0x20, 0, 0, 0 },                      /* load the number */
		{ 0x15, 0, 1, SYS_close_range },        /* == close_range? */
		{ 0x06, 0, 0, 0x00050000 | ENOSYS },    /* ERRNO(ENOSYS) */
		{ 0x06, 0, 0, 0x7fff0000 },             /* ALLOW */
	};
	struct sock_fprog prog = { sizeof f / sizeof f[0], f };
	if (syscall(SYS_prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0) != 0)
		return 0;
	if (syscall(SYS_seccomp, 1 /* SECCOMP_SET_MODE_FILTER */, 0, &prog) != 0)
		return 0;
	return syscall(SYS_close_range, 1000, 1000, 0) == -1 && errno == ENOSYS;
}

static void check_fds(void)
{
	for (int fd = 50; fd <= 56; fd++)
		CHECK_EQ(dup2(0, fd), fd);
	CHECK_EQ(close_range(50, 51, 0), 0);
	CHECK(!is_open(50) && !is_open(51) && is_open(52));
	CHECK_EQ(close_range(52, 53, CLOSE_RANGE_CLOEXEC), 0);
	CHECK(is_open(52) && (fcntl(52, F_GETFD) & FD_CLOEXEC));
	CHECK(is_open(53) && (fcntl(53, F_GETFD) & FD_CLOEXEC));
	CHECK(!(fcntl(54, F_GETFD) & FD_CLOEXEC));
	CHECK_EQ(close_range(54, 54, CLOSE_RANGE_UNSHARE), 0);
	CHECK(!is_open(54) && is_open(55));
	CHECK_ERR(close_range(10, 5, 0), EINVAL);
	closefrom(53);
	for (int fd = 53; fd <= 56; fd++)
		CHECK(!is_open(fd));
	CHECK(is_open(52));
	close(52);

	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		for (int fd = 60; fd <= 70; fd += 2)
			CHECK_EQ(dup2(0, fd), fd);
		if (!deny_close_range()) {
			t_puts(2, "gnumisc_small: no seccomp filter here (qemu-user?): closefrom's /proc way not checked\n");
			_exit(0);
		}
		closefrom(62);
		CHECK(is_open(60));
		for (int fd = 62; fd <= 70; fd += 2)
			CHECK(!is_open(fd));
		CHECK(is_open(0) && is_open(1) && is_open(2));
		_exit(0);
	}
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static void check_printf_format(void)
{
	int t[8];
	size_t n;
	memset(t, 0xff, sizeof t);
	n = parse_printf_format("%d %s %5.2f %p %n %c %lc %C %ls %S %%", 8, t);
	CHECK_EQ(n, 10);
	CHECK_EQ(t[0], PA_INT);
	CHECK_EQ(t[1], PA_STRING);
	CHECK_EQ(t[2], PA_DOUBLE);
	CHECK_EQ(t[3], PA_POINTER);
	CHECK_EQ(t[4], PA_INT | PA_FLAG_PTR);
	CHECK_EQ(t[5], PA_CHAR);
	CHECK_EQ(t[6], PA_CHAR);
	CHECK_EQ(t[7], PA_WCHAR);
	CHECK_EQ(parse_printf_format("%ls %S", 8, t), 2);
	CHECK_EQ(t[0], PA_STRING);
	CHECK_EQ(t[1], PA_WSTRING);
	CHECK_EQ(parse_printf_format("%hhd %hd %ld %Lf %lf", 8, t), 5);
	CHECK_EQ(t[0], PA_CHAR);
	CHECK_EQ(t[1], PA_INT | PA_FLAG_SHORT);
	CHECK_EQ(t[2], PA_INT | PA_FLAG_LONG);
	CHECK_EQ(t[3], PA_DOUBLE | PA_FLAG_LONG_DOUBLE);
	CHECK_EQ(t[4], PA_DOUBLE);
	CHECK_EQ(parse_printf_format("%lld %jd %zd %Ld", 8, t), 4);
	if (sizeof(long) == 8) {
		CHECK_EQ(t[0], PA_INT | PA_FLAG_LONG);
		CHECK_EQ(t[1], PA_INT | PA_FLAG_LONG);
		CHECK_EQ(t[2], PA_INT | PA_FLAG_LONG);
		CHECK_EQ(t[3], PA_INT);
	} else {
		CHECK_EQ(t[0], PA_INT | PA_FLAG_LONG_LONG);
		CHECK_EQ(t[1], PA_INT | PA_FLAG_LONG_LONG);
		CHECK_EQ(t[2], PA_INT);
		CHECK_EQ(t[3], PA_INT | PA_FLAG_LONG_LONG);
	}
	/* stars, positions, and only n types written */
	memset(t, 0xff, sizeof t);
	CHECK_EQ(parse_printf_format("%-*.*f", 1, t), 3);
	CHECK_EQ(t[0], PA_INT);
	CHECK_EQ(t[1], -1);
	memset(t, 0xff, sizeof t);
	CHECK_EQ(parse_printf_format("%2$s %1$d %3$*1$d", 8, t), 3);
	CHECK_EQ(t[0], PA_INT);
	CHECK_EQ(t[1], PA_STRING);
	CHECK_EQ(t[2], PA_INT);
	CHECK_EQ(parse_printf_format("%m %% %y plain", 8, t), 0);
	CHECK_EQ(parse_printf_format("", 8, t), 0);
	CHECK_EQ(parse_printf_format("%*d %*d", 0, NULL), 4);
}

static const char TTYS[] =
	"# comment line\n\n   \n"
	"console \"/usr/libexec/getty std.9600\" vt100 on secure # the console\n"
	"ttyv1\t\"/usr/libexec/getty Pc\"\tcons25\ton  secure window=\"/usr/bin/xterm -x\"\n"
	"tty00 none network off\n"
	"lonely\n"
	"q \"a \\\"b\\\" c\" t on#c2\n"
	"x y z bogus on # after bogus\n"
	"comm y z on #   spaced comment  \n"
	"t7 a#b\n"
	"t1 a b on\r\n"
	"long1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa z on\n"
	"L98 y zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz on\n"
	"after y z on\n"
	"nonl y z on";

#define S(p) ((p) ? (p) : "(null)")
static int ent_is(struct ttyent *e, const char *name, const char *getty, const char *type,
		  int status, const char *window, const char *comment)
{
	return e && strcmp(S(e->ty_name), name) == 0 && strcmp(S(e->ty_getty), getty) == 0 &&
	       strcmp(S(e->ty_type), type) == 0 && e->ty_status == status &&
	       strcmp(S(e->ty_window), window) == 0 && strcmp(S(e->ty_comment), comment) == 0;
}

static void check_ttyent(void)
{
	/* this machine has no /etc/ttys (as Debian) */
	if (access("/etc/ttys", F_OK) != 0) {
		CHECK_EQ(setttyent(), 0);
		CHECK(getttyent() == NULL);
		CHECK(getttynam("console") == NULL);
		CHECK_EQ(endttyent(), 1);
	}
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		if (unshare(CLONE_NEWNS) != 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
		    mount("tmpfs", "/etc", "tmpfs", 0, NULL) != 0) {
			t_puts(2, "gnumisc_small: no private /etc here: ttyent's parser not checked\n");
			_exit(0);
		}
		int fd = open("/etc/ttys", O_WRONLY | O_CREAT, 0644);
		CHECK(fd >= 0);
		CHECK_EQ(write(fd, TTYS, sizeof TTYS - 1), (long)sizeof TTYS - 1);
		close(fd);
		CHECK_EQ(setttyent(), 1);
		CHECK(ent_is(getttyent(), "console", "/usr/libexec/getty std.9600", "vt100",
			     TTY_ON | TTY_SECURE, "(null)", "the console"));
		CHECK(ent_is(getttyent(), "ttyv1", "/usr/libexec/getty Pc", "cons25",
			     TTY_ON | TTY_SECURE, "/usr/bin/xterm -x", "(null)"));
		CHECK(ent_is(getttyent(), "tty00", "none", "network", 0, "(null)", "(null)"));
		CHECK(ent_is(getttyent(), "lonely", "(null)", "(null)", 0, "(null)", "(null)"));
		CHECK(ent_is(getttyent(), "q", "a \"b\" c", "t", 0, "(null)", "on#c2"));
		CHECK(ent_is(getttyent(), "x", "y", "z", 0, "(null)", "bogus on # after bogus"));
		CHECK(ent_is(getttyent(), "comm", "y", "z", TTY_ON, "(null)", "spaced comment  "));
		CHECK(ent_is(getttyent(), "t7", "a", "(null)", 0, "(null)", "b"));
		CHECK(ent_is(getttyent(), "t1", "a", "b", TTY_ON, "(null)", "(null)"));
		/* 99 bytes with the newline fit, 100 do not */
		struct ttyent *e = getttyent();
		CHECK(e && streq(e->ty_name, "L98") && e->ty_status == TTY_ON);
		CHECK(ent_is(getttyent(), "after", "y", "z", TTY_ON, "(null)", "(null)"));
		/* a last line without its newline is not read */
		CHECK(getttyent() == NULL);
		CHECK(getttyent() == NULL);
		CHECK_EQ(setttyent(), 1);
		CHECK(streq(getttyent()->ty_name, "console"));
		CHECK(ent_is(getttynam("tty00"), "tty00", "none", "network", 0, "(null)", "(null)"));
		CHECK(getttynam("nope") == NULL);
		CHECK_EQ(endttyent(), 1);
		CHECK(streq(getttynam("after")->ty_type, "z"));
		_exit(0);
	}
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

int main(void)
{
	CHECK(streq(gnu_get_libc_version(), "2.36"));
	CHECK(streq(gnu_get_libc_release(), "stable"));

	CHECK(streq(strerrorname_np(0), "0"));
	CHECK(streq(strerrordesc_np(0), "Success"));
	CHECK(streq(strerrorname_np(EPERM), "EPERM"));
	CHECK(streq(strerrorname_np(EAGAIN), "EAGAIN"));
	CHECK(streq(strerrorname_np(EWOULDBLOCK), "EAGAIN"));
	CHECK(streq(strerrorname_np(EDEADLOCK), "EDEADLK"));
	CHECK(streq(strerrorname_np(ENOTSUP), "EOPNOTSUPP"));
	CHECK(streq(strerrorname_np(EHWPOISON), "EHWPOISON"));
	CHECK(streq(strerrordesc_np(ENOENT), "No such file or directory"));
	CHECK(streq(strerrordesc_np(EHWPOISON), "Memory page has hardware error"));
	CHECK(strerrorname_np(-1) == NULL && strerrordesc_np(-1) == NULL);
	CHECK(strerrorname_np(41) == NULL && strerrordesc_np(58) == NULL);
	CHECK(strerrorname_np(EHWPOISON + 1) == NULL && strerrordesc_np(EHWPOISON + 1) == NULL);
	int named = 0;
	for (int e = 1; e < 200; e++) {
		const char *n = strerrorname_np(e), *d = strerrordesc_np(e);
		CHECK((n == NULL) == (d == NULL));
		if (n) {
			named++;
			CHECK(n[0] == 'E');
			CHECK(streq(d, strerror(e)));
		}
	}
	CHECK_EQ(named, 131);

	CHECK(streq(sigabbrev_np(SIGINT), "INT"));
	CHECK(streq(sigabbrev_np(SIGHUP), "HUP"));
	CHECK(streq(sigabbrev_np(SIGIO), "POLL"));
	CHECK(streq(sigabbrev_np(SIGSTKFLT), "STKFLT"));
	CHECK(streq(sigabbrev_np(SIGSYS), "SYS"));
	CHECK(streq(sigabbrev_np(SIGCHLD), "CHLD"));
	CHECK(streq(sigdescr_np(SIGSEGV), "Segmentation fault"));
	CHECK(streq(sigdescr_np(SIGPWR), "Power failure"));
	CHECK(sigabbrev_np(0) == NULL && sigdescr_np(0) == NULL);
	CHECK(sigabbrev_np(-1) == NULL && sigdescr_np(-1) == NULL);
	for (int s = 32; s <= 65; s++)
		CHECK(sigabbrev_np(s) == NULL && sigdescr_np(s) == NULL);
	for (int s = 1; s < 32; s++) {
		CHECK(sigabbrev_np(s) != NULL);
		CHECK(streq(sigdescr_np(s), strsignal(s)));
	}

	char *p = canonicalize_file_name("/proc/self/../self/./");
	CHECK(p != NULL);
	char *q = realpath("/proc/self", NULL);
	CHECK(streq(p, q));
	free(p);
	free(q);
	errno = 0;
	CHECK(canonicalize_file_name("/no/such/file") == NULL && errno == ENOENT);
	errno = 0;
	CHECK(canonicalize_file_name(NULL) == NULL && errno == EINVAL);

	CHECK_EQ(rpmatch("y"), 1);
	CHECK_EQ(rpmatch("Yes"), 1);
	CHECK_EQ(rpmatch("no"), 0);
	CHECK_EQ(rpmatch("N"), 0);
	CHECK_EQ(rpmatch(""), -1);
	CHECK_EQ(rpmatch(" y"), -1);
	CHECK_EQ(rpmatch("ja"), -1);

	gid_t groups[256];
	int ng = getgroups(256, groups);
	CHECK(ng >= 0);
	for (int i = 0; i < ng; i++)
		CHECK_EQ(group_member(groups[i]), 1);
	gid_t absent = 54321;
	for (int i = 0; i < ng; i++)
		if (groups[i] == absent)
			absent++;
	CHECK_EQ(group_member(absent), 0);

	check_fds();
	check_printf_format();
	check_ttyent();
	return 0;
}
