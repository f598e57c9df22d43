// STDOUT: ok\n
/* makecontext passes its integer arguments: 8 (every arch's argument
 * registers and, on x86, the stack) and 10 (past every arch's argument
 * registers: the rest on the stack), each checked; pointer-sized values
 * (on the 64-bit arches full 64-bit ones) arrive whole; none at all;
 * the function's stack is 16-byte aligned as after a call. */
#define _GNU_SOURCE 1
#include "check.h"
#include <stdint.h>
#include <stdlib.h>
#include <ucontext.h>

static ucontext_t main_uc, uc;
static volatile int ran;
static volatile uintptr_t sp_mod;

static void eight(int a, int b, int c, int d, int e, int f, int g, int h)
{
	CHECK_EQ(a, 1);
	CHECK_EQ(b, -2);
	CHECK_EQ(c, 3);
	CHECK_EQ(d, 40000);
	CHECK_EQ(e, -5);
	CHECK_EQ(f, 6);
	CHECK_EQ(g, 0x7fffffff);
	CHECK_EQ(h, 8);
	char here __attribute__((aligned(16)));
	sp_mod = (uintptr_t)&here % 16;
	ran = 8;
}

static void ten(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j)
{
	CHECK_EQ(a + b + c + d + e + f + g + h, 36);
	CHECK_EQ(a, 1);
	CHECK_EQ(h, 8);
	CHECK_EQ(i, 9);
	CHECK_EQ(j, -10);
	char here __attribute__((aligned(16)));
	sp_mod = (uintptr_t)&here % 16;
	ran = 10;
}

static void ptrs(char *p, long q, char *r)
{
	CHECK(p == (char *)&main_uc);
	CHECK_EQ(q, (long)(sizeof(long) == 8 ? 0x123456789abcdefL : 0x12345678L));
	CHECK(r == (char *)&uc);
	ran = 3;
}

static void none(void)
{
	ran = 1;
}

static void run(void (*fn)(void), int argc, long a, long b, long c)
{
	static char stack[64 * 1024] __attribute__((aligned(16)));
	ran = 0;
	CHECK_EQ(getcontext(&uc), 0);
	uc.uc_stack.ss_sp = stack;
	uc.uc_stack.ss_size = sizeof stack - 8; /* an unaligned top */
	uc.uc_link = &main_uc;
	if (argc == 0)
		makecontext(&uc, fn, 0);
	else
		makecontext(&uc, fn, 3, a, b, c);
	CHECK_EQ(swapcontext(&main_uc, &uc), 0);
}

int main(void)
{
	static char stack[64 * 1024];
	CHECK_EQ(getcontext(&uc), 0);
	uc.uc_stack.ss_sp = stack;
	uc.uc_stack.ss_size = sizeof stack - 3;
	uc.uc_link = &main_uc;
	makecontext(&uc, (void (*)(void))eight, 8, 1, -2, 3, 40000, -5, 6, 0x7fffffff, 8);
	CHECK_EQ(swapcontext(&main_uc, &uc), 0);
	CHECK_EQ(ran, 8);
	CHECK_EQ(sp_mod, 0);

	/* More than the argument registers: the rest on the stack. */
	ran = 0;
	sp_mod = 1;
	CHECK_EQ(getcontext(&uc), 0);
	uc.uc_stack.ss_sp = stack;
	uc.uc_stack.ss_size = sizeof stack - 5;
	uc.uc_link = &main_uc;
	makecontext(&uc, (void (*)(void))ten, 10, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, -10L);
	CHECK_EQ(swapcontext(&main_uc, &uc), 0);
	CHECK_EQ(ran, 10);
	CHECK_EQ(sp_mod, 0);

	run((void (*)(void))ptrs, 3, (long)&main_uc,
	    (long)(sizeof(long) == 8 ? 0x123456789abcdefL : 0x12345678L), (long)&uc);
	CHECK_EQ(ran, 3);
	run(none, 0, 0, 0, 0);
	CHECK_EQ(ran, 1);
	t_puts(1, "ok\n");
	return 0;
}
