// STDOUT: ok\n
/* getcontext returns twice (0 both times; the second time through
 * setcontext, which does not return), and two coroutines made with
 * makecontext ping-pong with main through swapcontext thousands of
 * times, each side's counter checked at every switch. */
#define _GNU_SOURCE 1
#include "check.h"
#include <stdlib.h>
#include <ucontext.h>

#define ROUNDS 5000

static ucontext_t main_uc, ping_uc, pong_uc;
static volatile long turn; /* who ran last: 0 main, 1 ping, 2 pong */
static volatile long pings, pongs;

static void ping(void)
{
	for (long i = 0; i < ROUNDS; i++) {
		CHECK_EQ(turn, 0);
		CHECK_EQ(pings, i);
		pings = i + 1;
		turn = 1;
		CHECK_EQ(swapcontext(&ping_uc, &pong_uc), 0);
	}
	turn = 1;
	/* returns: uc_link is main_uc */
}

static void pong(void)
{
	for (long i = 0;; i++) {
		CHECK_EQ(turn, 1);
		CHECK_EQ(pongs, i);
		CHECK_EQ(pings, i + 1);
		pongs = i + 1;
		turn = 2;
		CHECK_EQ(swapcontext(&pong_uc, &main_uc), 0);
	}
}

static void twice(void)
{
	ucontext_t uc;
	volatile int passes = 0;
	volatile long local = 1234;
	int r = getcontext(&uc);
	CHECK_EQ(r, 0);
	passes++;
	CHECK_EQ(local, 1234 + passes - 1);
	if (passes == 1) {
		local = 1235;
		setcontext(&uc);
		CHECK(!"setcontext returned");
	}
	CHECK_EQ(passes, 2);
}

int main(void)
{
	twice();

	size_t sz = 64 * 1024;
	char *s1 = malloc(sz), *s2 = malloc(sz);
	CHECK(s1 && s2);
	CHECK_EQ(getcontext(&ping_uc), 0);
	ping_uc.uc_stack.ss_sp = s1;
	ping_uc.uc_stack.ss_size = sz;
	ping_uc.uc_link = &main_uc;
	makecontext(&ping_uc, ping, 0);
	CHECK_EQ(getcontext(&pong_uc), 0);
	pong_uc.uc_stack.ss_sp = s2;
	pong_uc.uc_stack.ss_size = sz;
	pong_uc.uc_link = NULL;
	makecontext(&pong_uc, pong, 0);

	long rounds = 0;
	for (;;) {
		turn = 0;
		CHECK_EQ(swapcontext(&main_uc, &ping_uc), 0);
		/* back from pong (turn 2), or from ping's return (turn 1) */
		if (turn == 1)
			break;
		CHECK_EQ(turn, 2);
		rounds++;
		CHECK_EQ(pongs, rounds);
		CHECK_EQ(pings, rounds);
	}
	CHECK_EQ(rounds, ROUNDS);
	CHECK_EQ(pings, ROUNDS);
	CHECK_EQ(pongs, ROUNDS);
	t_puts(1, "ok\n");
	return 0;
}
