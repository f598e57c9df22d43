// STDOUT: ok\n
/* abort does not flush stdio (POSIX leaves it open; glibc has not
 * since 2.27): a child with data pending in a fully buffered stdout (a
 * pipe) and in a stream of its own aborts; the parent reads nothing and
 * sees it killed by SIGABRT. */
#include "check.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int p[2], q[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(pipe(q), 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		close(q[0]);
		CHECK_EQ(dup2(p[1], 1), 1);
		close(p[1]);
		FILE *f = fdopen(q[1], "w");
		CHECK(f != NULL);
		CHECK(printf("pending on stdout") > 0);
		CHECK(fprintf(f, "pending on f") > 0);
		abort();
	}
	close(p[1]);
	close(q[1]);
	char c;
	CHECK_EQ(read(p[0], &c, 1), 0);
	CHECK_EQ(read(q[0], &c, 1), 0);
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFSIGNALED(st));
	CHECK_EQ(WTERMSIG(st), SIGABRT);
	t_puts(1, "ok\n");
	return 0;
}
