// EXIT: 3
// STDOUT: late-a late-b 99 98 97 96 95 94 93 92 91 90 89 88 87 86 85 84 83 82 81 80 79 78 77 76 75 74 73 72 71 70 69 68 67 66 65 64 63 62 61 60 59 58 57 56 55 54 53 52 51 50 49 48 47 46 45 44 43 42 41 40 39 38 37 36 35 34 33 32 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 last\n
/* 100 handlers (well past any fixed first block) all run, last
 * registered first; handlers registered while exit runs handlers run
 * too (immediately, being the newest), including ones registered by
 * those; exit's status stands. */
#include "check.h"
#include <stdlib.h>

static int next = 99;

static void h(void)
{
	t_putl(1, next--);
	t_puts(1, " ");
}

static void last(void)
{
	t_puts(1, "last\n");
}

static void late_b(void)
{
	t_puts(1, "late-b ");
}

static void late_a(void)
{
	t_puts(1, "late-a ");
	CHECK_EQ(atexit(late_b), 0);
}

static void registrar(void)
{
	/* runs first (registered last); registers one handler that runs
	 * right away, after which the 100 run */
	CHECK_EQ(atexit(late_a), 0);
}

int main(void)
{
	CHECK_EQ(atexit(last), 0);
	for (int i = 0; i < 100; i++)
		CHECK_EQ(atexit(h), 0);
	CHECK_EQ(atexit(registrar), 0);
	exit(3);
}
