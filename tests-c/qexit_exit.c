// STDOUT: main a2 a1\n
/* exit() runs the atexit handlers (reverse order) but not the
 * at_quick_exit ones. */
#include "check.h"
#include <stdlib.h>

static void a1(void) { t_puts(1, " a1\n"); }
static void a2(void) { t_puts(1, " a2"); }
static void q(void) { t_puts(1, " quick handler ran"); }

int main(void)
{
	CHECK_EQ(at_quick_exit(q), 0);
	CHECK_EQ(atexit(a1), 0);
	CHECK_EQ(atexit(a2), 0);
	t_puts(1, "main");
	exit(0);
}
