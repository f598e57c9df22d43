// STDOUT: ok\n
// LIBS: -lpthread
/* Coroutines in two threads at once: each thread ping-pongs with its own
 * coroutine; inside it, pthread_self() and errno's address are the
 * thread's (the thread pointer is not part of a context), and the
 * thread's coroutine ends through uc_link back in that thread. */
#define _GNU_SOURCE 1
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <ucontext.h>

#define ROUNDS 2000

struct co {
	ucontext_t main_uc, uc;
	pthread_t self;
	int *err;
	long count;
	char stack[64 * 1024];
};

static void body(int hi, int lo)
{
	struct co *c = (struct co *)(((unsigned long)(unsigned)hi << 16 << 16) | (unsigned)lo);
	for (int i = 0; i < ROUNDS; i++) {
		CHECK(pthread_equal(pthread_self(), c->self));
		CHECK(&errno == c->err);
		c->count++;
		CHECK_EQ(swapcontext(&c->uc, &c->main_uc), 0);
	}
}

static void *run(void *arg)
{
	struct co *c = arg;
	c->self = pthread_self();
	c->err = &errno;
	CHECK_EQ(getcontext(&c->uc), 0);
	c->uc.uc_stack.ss_sp = c->stack;
	c->uc.uc_stack.ss_size = sizeof c->stack;
	c->uc.uc_link = &c->main_uc;
	unsigned long p = (unsigned long)c;
	makecontext(&c->uc, (void (*)(void))body, 2, (int)(p >> 16 >> 16), (int)(unsigned)p);
	for (long i = 0; i <= ROUNDS; i++) {
		CHECK_EQ(swapcontext(&c->main_uc, &c->uc), 0);
		CHECK_EQ(c->count, i < ROUNDS ? i + 1 : ROUNDS);
		CHECK(pthread_equal(pthread_self(), c->self));
	}
	return c;
}

int main(void)
{
	struct co *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
	CHECK(a && b);
	pthread_t ta, tb;
	CHECK_EQ(pthread_create(&ta, NULL, run, a), 0);
	CHECK_EQ(pthread_create(&tb, NULL, run, b), 0);
	void *ra, *rb;
	CHECK_EQ(pthread_join(ta, &ra), 0);
	CHECK_EQ(pthread_join(tb, &rb), 0);
	CHECK(ra == a && rb == b);
	CHECK_EQ(a->count, ROUNDS);
	CHECK_EQ(b->count, ROUNDS);
	t_puts(1, "ok\n");
	return 0;
}
