// CFLAGS: -fstack-protector-all
// SIGNAL: 6
// STDERR-CONTAINS: stack smashing detected
/* Overflowing a local buffer clobbers the canary: the check at return
 * must report it on stderr and abort. The index comes through volatile
 * so the compiler cannot see the overflow. */
#include "check.h"

static volatile int n = 64;

static __attribute__((noinline)) void smash(void)
{
	char buf[16];
	volatile char *p = buf;
	for (int i = 0; i < n; i++)
		p[i] = 'A';
}

int main(void)
{
	smash();
	t_puts(2, "returned past a smashed canary\n");
	return 0;
}
