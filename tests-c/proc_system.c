// STDOUT: ok\n
/* system: exit statuses, a shell killed by a signal, 127 for a command
 * the shell cannot find, system(NULL), and SIGINT ignored in the caller
 * while it waits (the shell sends SIGINT to its parent). */
#include "check.h"
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	CHECK(system(NULL) != 0);
	int st = system("exit 3");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3);
	CHECK_EQ(system("true"), 0);
	st = system("kill -9 $$");
	CHECK(WIFSIGNALED(st) && WTERMSIG(st) == 9);
	st = system("no-such-command-here 2>/dev/null");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 127);
	st = system("echo out > f.txt; [ -s f.txt ]");
	CHECK_EQ(st, 0);
	/* the caller survives a SIGINT sent while system waits */
	st = system("kill -INT $PPID; exit 2");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 2);
	/* and its SIGINT disposition is back to the default afterwards */
	unsigned long act[8] = {0};
	CHECK_EQ(syscall(SYS_rt_sigaction, 2, 0, act, 8), 0);
	CHECK_EQ(act[0], 0);
	t_puts(1, "ok\n");
	return 0;
}
