// STDOUT: q3 q2 q1\n
/* quick_exit runs the at_quick_exit handlers, last registered first, and
 * not the atexit ones; the status is passed on. */
#include "check.h"
#include <stdlib.h>
#include <unistd.h>

static void a1(void) { t_puts(1, "atexit ran\n"); }
static void q1(void) { t_puts(1, "q1\n"); }
static void q2(void) { t_puts(1, "q2 "); }
static void q3(void) { t_puts(1, "q3 "); }

int main(void)
{
	CHECK_EQ(atexit(a1), 0);
	CHECK_EQ(at_quick_exit(q1), 0);
	CHECK_EQ(at_quick_exit(q2), 0);
	CHECK_EQ(at_quick_exit(q3), 0);
	quick_exit(0);
}
