// SIGNAL: 6
// STDOUT: checked\n
// STDERR-CONTAINS: : assert_fail.c:40: main: Assertion `x == 1' failed.\n
/* assert: NDEBUG is honoured at each inclusion (the header has no guard
 * for the macro), static_assert is C11's, and a failed assertion prints
 * glibc's message (backtick, straight quote) to stderr and aborts. */
#include "check.h"
#include <errno.h>

#define NDEBUG
#include <assert.h>
static int side;
static void disabled(void)
{
	assert(++side == 100); /* not evaluated */
	assert(0);
}

#undef NDEBUG
#include <assert.h>
static void enabled(void)
{
	assert(++side == 1); /* evaluated once */
}

static_assert(sizeof(int) >= 2, "int is at least 16 bits");

int main(void)
{
	disabled();
	CHECK_EQ(side, 0);
	enabled();
	CHECK_EQ(side, 1);
	int x = 2;
	t_puts(1, "checked\n");
	/* The message names this file and line: pin both. */
#line 40 "assert_fail.c"
	assert(x == 1);
	return 0;
}
