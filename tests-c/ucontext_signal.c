// STDOUT: ok\n
/* A context made on its own stack is entered with setcontext from a
 * SIGUSR1 handler: its function runs on that stack with the mask of the
 * getcontext that made it (SIGUSR1 not blocked, though the handler had
 * it blocked), then returns through uc_link to main, whose mask is
 * restored too. */
#define _GNU_SOURCE 1
#include "check.h"
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <ucontext.h>

static ucontext_t main_uc, co_uc;
static char *stack;
static const size_t stack_size = 64 * 1024;
static volatile int in_handler, ran;

static int blocked(int sig)
{
	sigset_t cur;
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &cur), 0);
	return sigismember(&cur, sig);
}

static void co(int a, int b)
{
	char here;
	CHECK((uintptr_t)&here > (uintptr_t)stack && (uintptr_t)&here < (uintptr_t)stack + stack_size);
	CHECK_EQ(a, 11);
	CHECK_EQ(b, 22);
	CHECK(in_handler);
	CHECK(!blocked(SIGUSR1));
	ran = 1;
}

static void on_usr1(int sig)
{
	CHECK(blocked(SIGUSR1));
	in_handler = 1;
	setcontext(&co_uc);
	CHECK(!"setcontext returned");
}

static void make(void)
{
	CHECK_EQ(getcontext(&co_uc), 0);
	co_uc.uc_stack.ss_sp = stack;
	co_uc.uc_stack.ss_size = stack_size;
	co_uc.uc_link = &main_uc;
	makecontext(&co_uc, (void (*)(void))co, 2, 11, 22);
}

int main(void)
{
	stack = malloc(stack_size);
	CHECK(stack != NULL);
	make();

	struct sigaction sa = { 0 };
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	CHECK_EQ(sigaction(SIGUSR1, &sa, NULL), 0);

	volatile int pass = 0;
	CHECK_EQ(getcontext(&main_uc), 0);
	if (pass++ == 0) {
		raise(SIGUSR1);
		CHECK(!"the handler returned");
	}
	CHECK_EQ(pass, 2);
	CHECK_EQ(ran, 1);
	CHECK(!blocked(SIGUSR1));
	/* And again: the handler can be entered a second time. */
	ran = 0;
	in_handler = 0;
	pass = 0;
	make();
	CHECK_EQ(getcontext(&main_uc), 0);
	if (pass++ == 0)
		raise(SIGUSR1);
	CHECK_EQ(ran, 1);
	t_puts(1, "ok\n");
	return 0;
}
