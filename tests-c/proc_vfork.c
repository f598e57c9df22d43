// STDOUT: ok\n
/* vfork: the child shares the parent's memory until it execs or exits,
 * and the parent waits for that. qemu-user runs vfork as a plain fork
 * (the child's write is not seen), so the shared-memory assertion is made
 * only where the kernel runs the program itself: getauxval(AT_SYSINFO_EHDR)
 * is nonzero natively on all four arches, and zero under qemu-user 7.2,
 * which passes no vDSO. Also: vfork + execve, vfork + a failing execve. */
#include "check.h"
#include <errno.h>
#include <sys/auxv.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static volatile int shared;

int main(void)
{
	int native = getauxval(AT_SYSINFO_EHDR) != 0;
	int st;
	for (int i = 0; i < 3; i++) {
		shared = 0;
		pid_t pid = vfork();
		CHECK(pid >= 0);
		if (pid == 0) {
			shared = 42 + i;
			_exit(i);
		}
		if (native)
			CHECK_EQ(shared, 42 + i);
		else
			CHECK(shared == 0 || shared == 42 + i);
		CHECK_EQ(waitpid(pid, &st, 0), pid);
		CHECK(WIFEXITED(st) && WEXITSTATUS(st) == i);
	}
	char *argv[] = {"sh", "-c", "exit 6", 0};
	pid_t pid = vfork();
	if (pid == 0) {
		execve("/bin/sh", argv, environ);
		_exit(99);
	}
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 6);
	pid = vfork();
	if (pid == 0) {
		execve("/nonexistent/x", argv, environ);
		_exit(errno);
	}
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == ENOENT);
	t_puts(1, "ok\n");
	return 0;
}
