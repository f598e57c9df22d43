// STDOUT: ok\n
/* uc_link chaining: main starts c1, whose function returns into c2, c2's
 * into c3, c3's back into main; the order is checked. A context whose
 * uc_link is NULL ends the process with exit(0) when its function
 * returns (atexit handlers run: a child process proves it). */
#define _GNU_SOURCE 1
#include "check.h"
#include <stdlib.h>
#include <sys/wait.h>
#include <ucontext.h>

static ucontext_t main_uc, c1, c2, c3;
static volatile int trail;

static void f1(int k)
{
	CHECK_EQ(trail, 0);
	trail = trail * 10 + k;
}

static void f2(int k)
{
	CHECK_EQ(trail, 1);
	trail = trail * 10 + k;
}

static void f3(int k)
{
	CHECK_EQ(trail, 12);
	trail = trail * 10 + k;
}

static void make(ucontext_t *uc, void (*fn)(int), int k, ucontext_t *link)
{
	size_t sz = 32 * 1024;
	CHECK_EQ(getcontext(uc), 0);
	uc->uc_stack.ss_sp = malloc(sz);
	CHECK(uc->uc_stack.ss_sp != NULL);
	uc->uc_stack.ss_size = sz;
	uc->uc_link = link;
	makecontext(uc, (void (*)(void))fn, 1, k);
}

static int pipe_w = -1;

static void at_exit(void)
{
	(void)!write(pipe_w, "x", 1);
}

static void last(void)
{
	(void)!write(pipe_w, "r", 1);
}

int main(void)
{
	make(&c3, f3, 3, &main_uc);
	make(&c2, f2, 2, &c3);
	make(&c1, f1, 1, &c2);
	CHECK_EQ(swapcontext(&main_uc, &c1), 0);
	CHECK_EQ(trail, 123);

	int p[2];
	CHECK_EQ(pipe(p), 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		pipe_w = p[1];
		atexit(at_exit);
		ucontext_t uc;
		make(&uc, (void (*)(int))last, 0, NULL);
		setcontext(&uc);
		_exit(7);
	}
	close(p[1]);
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);
	char buf[4];
	CHECK_EQ(read(p[0], buf, sizeof buf), 2);
	CHECK(buf[0] == 'r' && buf[1] == 'x');
	t_puts(1, "ok\n");
	return 0;
}
