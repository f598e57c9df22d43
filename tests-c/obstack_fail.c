// CFLAGS: -D_GNU_SOURCE
/* <obstack.h> when the chunk allocator fails: obstack_alloc_failed_handler
 * is called (here one that longjmps out), both from _obstack_begin and
 * from a new chunk, and the obstack still works afterwards; the default
 * handler prints glibc's "memory exhausted" and exits with
 * obstack_exit_failure (checked in a child through a pipe). */
#include "check.h"
#include <obstack.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int fail_now, calls, handled;
static jmp_buf env;

static void *chunk_alloc(long n)
{
	calls++;
	return fail_now ? NULL : malloc(n);
}
static void handler(void)
{
	handled++;
	longjmp(env, 1);
}

int main(void)
{
	struct obstack o;
	CHECK_EQ(obstack_exit_failure, EXIT_FAILURE);
	CHECK(obstack_alloc_failed_handler != NULL);
	void (*def)(void) = obstack_alloc_failed_handler;
	obstack_alloc_failed_handler = handler;

	fail_now = 1;
	if (setjmp(env) == 0) {
		obstack_specify_allocation(&o, 0, 0, chunk_alloc, free);
		CHECK(0);
	}
	CHECK_EQ(handled, 1);
	CHECK_EQ(calls, 1);

	fail_now = 0;
	CHECK_EQ(obstack_specify_allocation(&o, 0, 0, chunk_alloc, free), 1);
	obstack_grow(&o, "abc", 3);
	fail_now = 1;
	if (setjmp(env) == 0) {
		obstack_blank(&o, 10000);
		CHECK(0);
	}
	CHECK_EQ(handled, 2);
	/* The object is untouched and the obstack usable. */
	CHECK_EQ(obstack_object_size(&o), 3);
	CHECK(memcmp(obstack_base(&o), "abc", 3) == 0);
	fail_now = 0;
	obstack_blank(&o, 10000);
	CHECK_EQ(obstack_object_size(&o), 10003);
	CHECK(memcmp(obstack_base(&o), "abc", 3) == 0);
	obstack_finish(&o);
	obstack_free(&o, NULL);

	/* The default handler, in a child. */
	int fd[2], st;
	CHECK(pipe(fd) == 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		dup2(fd[1], 2);
		close(fd[0]);
		obstack_alloc_failed_handler = def;
		obstack_exit_failure = 3;
		fail_now = 1;
		obstack_specify_allocation(&o, 0, 0, chunk_alloc, free);
		_exit(97);
	}
	close(fd[1]);
	char buf[256];
	int n = 0, r;
	while ((r = read(fd[0], buf + n, sizeof buf - 1 - n)) > 0)
		n += r;
	buf[n] = 0;
	close(fd[0]);
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 3);
	CHECK(strcmp(buf, "memory exhausted\n") == 0);
	t_puts(1, "ok\n");
	return 0;
}
