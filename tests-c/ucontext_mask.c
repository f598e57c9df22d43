// STDOUT: ok\n
/* The signal mask is part of a context: a coroutine whose context was
 * saved with SIGUSR1 blocked runs with it blocked, main keeps its own
 * (SIGUSR2 blocked) across swapcontext in both directions, and
 * setcontext puts back the mask getcontext saw. */
#define _GNU_SOURCE 1
#include "check.h"
#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>

static ucontext_t main_uc, co_uc;
static volatile int steps;

static int blocked(int sig)
{
	sigset_t cur;
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &cur), 0);
	return sigismember(&cur, sig);
}

static void block(int how, int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	CHECK_EQ(sigprocmask(how, &s, NULL), 0);
}

static void co(void)
{
	CHECK(blocked(SIGUSR1));
	CHECK(!blocked(SIGUSR2));
	steps = 1;
	/* Change our mask: main must not see it. */
	block(SIG_BLOCK, SIGTERM);
	CHECK_EQ(swapcontext(&co_uc, &main_uc), 0);
	/* Back with our own mask, SIGTERM included. */
	CHECK(blocked(SIGUSR1));
	CHECK(blocked(SIGTERM));
	CHECK(!blocked(SIGUSR2));
	steps = 2;
}

int main(void)
{
	static char stack[64 * 1024];
	block(SIG_BLOCK, SIGUSR1);
	CHECK_EQ(getcontext(&co_uc), 0);
	block(SIG_UNBLOCK, SIGUSR1);
	co_uc.uc_stack.ss_sp = stack;
	co_uc.uc_stack.ss_size = sizeof stack;
	co_uc.uc_link = &main_uc;
	makecontext(&co_uc, co, 0);

	block(SIG_BLOCK, SIGUSR2);
	CHECK_EQ(swapcontext(&main_uc, &co_uc), 0);
	CHECK_EQ(steps, 1);
	CHECK(blocked(SIGUSR2));
	CHECK(!blocked(SIGUSR1));
	CHECK(!blocked(SIGTERM));
	CHECK_EQ(swapcontext(&main_uc, &co_uc), 0);
	CHECK_EQ(steps, 2);
	/* co returned through uc_link: main_uc's mask again. */
	CHECK(blocked(SIGUSR2));
	CHECK(!blocked(SIGUSR1));
	CHECK(!blocked(SIGTERM));

	/* setcontext restores the saved mask. */
	ucontext_t uc;
	volatile int pass = 0;
	block(SIG_UNBLOCK, SIGUSR2);
	block(SIG_BLOCK, SIGHUP);
	CHECK_EQ(getcontext(&uc), 0);
	if (pass++ == 0) {
		CHECK(blocked(SIGHUP));
		block(SIG_UNBLOCK, SIGHUP);
		block(SIG_BLOCK, SIGUSR2);
		setcontext(&uc);
		CHECK(!"setcontext returned");
	}
	CHECK_EQ(pass, 2);
	CHECK(blocked(SIGHUP));
	CHECK(!blocked(SIGUSR2));
	t_puts(1, "ok\n");
	return 0;
}
