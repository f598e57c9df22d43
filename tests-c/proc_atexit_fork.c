// STDOUT: ok\n
/* atexit and fork: the child gets copies of the handlers (its exit runs
 * them, last registered first), a child's _exit runs none, and the
 * parent's run once, at its own exit. The handlers write to a pipe the
 * test reads at the end. */
#include "check.h"
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int out = -1;

static void h_a(void)
{
	CHECK_EQ(write(out, "A", 1), 1);
}

static void h_b(void)
{
	CHECK_EQ(write(out, "B", 1), 1);
}

static void wait_ok(pid_t pid)
{
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

int main(void)
{
	int p[2];
	CHECK_EQ(pipe(p), 0);
	pid_t top = fork();
	CHECK(top >= 0);
	if (top == 0) {
		/* the process under test */
		close(p[0]);
		out = p[1];
		CHECK_EQ(atexit(h_a), 0);
		CHECK_EQ(atexit(h_b), 0);
		pid_t c = fork();
		CHECK(c >= 0);
		if (c == 0) {
			CHECK_EQ(write(out, "1", 1), 1);
			exit(0); /* B then A */
		}
		wait_ok(c);
		c = fork();
		CHECK(c >= 0);
		if (c == 0) {
			CHECK_EQ(write(out, "2", 1), 1);
			_exit(0); /* nothing */
		}
		wait_ok(c);
		CHECK_EQ(write(out, "3", 1), 1);
		exit(0); /* B then A, once */
	}
	close(p[1]);
	char buf[32];
	size_t n = 0;
	for (;;) {
		ssize_t r = read(p[0], buf + n, sizeof buf - 1 - n);
		CHECK(r >= 0);
		if (r == 0)
			break;
		n += r;
	}
	buf[n] = 0;
	wait_ok(top);
	if (strcmp(buf, "1BA23BA") != 0) {
		t_puts(2, "got: ");
		t_puts(2, buf);
		t_puts(2, "\n");
	}
	CHECK(strcmp(buf, "1BA23BA") == 0);
	t_puts(1, "ok\n");
	return 0;
}
