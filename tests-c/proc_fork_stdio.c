// STDOUT: abc\nx\n
/* fork and stdio: data flushed before fork is written once; the child's
 * exit flushes only what the child wrote; a buffer left unflushed before
 * fork is written once when the child ends with _exit. */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int st;
	printf("a");
	CHECK_EQ(fflush(stdout), 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		printf("b");
		exit(0);
	}
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK_EQ(st, 0);
	printf("c\n");
	CHECK_EQ(fflush(stdout), 0);
	printf("x\n"); /* stdout is a pipe: fully buffered */
	pid = fork();
	if (pid == 0)
		_exit(0);
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK_EQ(st, 0);
	return 0;
}
