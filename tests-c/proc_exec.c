// STDOUT: ok\n
/* The exec family: execve execv execvp execvpe execl execlp execle
 * fexecve; $PATH search (default /bin:/usr/bin, empty entry = current
 * directory), the ENOEXEC fallback to /bin/sh for a script without #!,
 * EACCES remembered while searching; errors for a missing, a
 * non-executable and a directory path, with no descriptor left behind. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void put_file(const char *path, const char *text, int mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, text, strlen(text)), (long)strlen(text));
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(chmod(path, mode), 0);
}

/* Run `body` in a child; return its exit status (or 1000 + signal). */
#define IN_CHILD(body)                                                   \
	({                                                               \
		pid_t _p = fork();                                       \
		CHECK(_p >= 0);                                          \
		if (_p == 0) {                                           \
			body;                                            \
			_exit(100 + errno);                              \
		}                                                        \
		int _st;                                                 \
		CHECK_EQ(waitpid(_p, &_st, 0), _p);                      \
		WIFEXITED(_st) ? WEXITSTATUS(_st) : 1000 + WTERMSIG(_st); \
	})

int main(void)
{
	char *sh3[] = {"sh", "-c", "exit 3", 0};
	char *shenv[] = {"sh", "-c", "[ \"$FOO\" = bar ] && exit 12; exit 1", 0};
	char *env[] = {"FOO=bar", 0};
	CHECK_EQ(IN_CHILD(execve("/bin/sh", sh3, environ)), 3);
	CHECK_EQ(IN_CHILD(execv("/bin/sh", sh3)), 3);
	CHECK_EQ(IN_CHILD(execve("/bin/sh", shenv, env)), 12);
	CHECK_EQ(IN_CHILD(execl("/bin/sh", "sh", "-c", "exit 4", (char *)0)), 4);
	CHECK_EQ(IN_CHILD(execle("/bin/sh", "sh", "-c", "[ \"$FOO\" = bar ] && exit 13", (char *)0, env)), 13);

	/* PATH unset (the test runs with a cleared environment): /bin:/usr/bin */
	unsetenv("PATH");
	CHECK_EQ(IN_CHILD(execvp("sh", sh3)), 3);
	CHECK_EQ(IN_CHILD(execlp("sh", "sh", "-c", "exit 5", (char *)0)), 5);
	CHECK_EQ(IN_CHILD(execvpe("sh", shenv, env)), 12);
	CHECK_EQ(IN_CHILD(execvp("no-such-program-here", sh3)), 100 + ENOENT);
	CHECK_EQ(IN_CHILD(execvp("", sh3)), 100 + ENOENT);

	/* a script without #!: ENOEXEC, run by /bin/sh with its arguments */
	put_file("script", "exit $((20 + $#))\n", 0755);
	char *scr[] = {"script", "a", "b", 0};
	CHECK_EQ(IN_CHILD(execve("./script", scr, environ)), 100 + ENOEXEC);
	CHECK_EQ(IN_CHILD(execvp("./script", scr)), 22);
	setenv("PATH", "/nonexistent:", 1); /* empty entry: current directory */
	CHECK_EQ(IN_CHILD(execvp("script", scr)), 22);
	CHECK_EQ(IN_CHILD(execlp("script", "script", "x", (char *)0)), 21);

	/* EACCES remembered; a later entry that works still wins */
	CHECK_EQ(mkdir("d1", 0755), 0);
	CHECK_EQ(mkdir("d2", 0755), 0);
	put_file("d1/prog", "exit 30\n", 0644);
	put_file("d2/prog", "exit 31\n", 0755);
	setenv("PATH", "/nonexistent:d1:/nonexistent2", 1);
	CHECK_EQ(IN_CHILD(execvp("prog", scr)), 100 + EACCES);
	setenv("PATH", "d1:d2", 1);
	CHECK_EQ(IN_CHILD(execvp("prog", scr)), 31);
	setenv("PATH", "/bin", 1);

	/* errors, and no descriptor leaked by a failed exec */
	int before = open("/dev/null", O_RDONLY);
	CHECK(before >= 0);
	close(before);
	CHECK_ERR(execve("/nonexistent/prog", sh3, environ), ENOENT);
	CHECK_ERR(execve("d1/prog", sh3, environ), EACCES);
	CHECK_ERR(execve("d1", sh3, environ), EACCES);
	CHECK_ERR(execv("d1/prog/x", sh3), ENOTDIR);
	CHECK_ERR(execvp("d1/prog", sh3), EACCES);
	int after = open("/dev/null", O_RDONLY);
	CHECK_EQ(after, before);
	close(after);

	/* fexecve. qemu-riscv64 7.2 has no execveat (ENOSYS); ferrolibc then
	 * goes through /proc/self/fd, glibc (which assumes execveat) fails. */
	int fd = open("/bin/sh", O_RDONLY);
	CHECK(fd >= 0);
	int r = IN_CHILD(fexecve(fd, sh3, environ));
	int no_execveat = 0;
#ifdef AGAINST_GLIBC
	no_execveat = r == 100 + ENOSYS && !getauxval(AT_SYSINFO_EHDR);
#endif
	if (!no_execveat) {
		CHECK_EQ(r, 3);
		CHECK_EQ(IN_CHILD(fexecve(fd, shenv, env)), 12);
	}
	close(fd);
	CHECK_ERR(fexecve(-1, sh3, environ), EINVAL);
	fd = open("d1/prog", O_RDONLY);
	if (!no_execveat)
		CHECK_ERR(fexecve(fd, sh3, environ), EACCES);
	close(fd);
	t_puts(1, "ok\n");
	return 0;
}
