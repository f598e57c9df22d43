// EXIT: 7
// STDOUT: dtor\n
/* Returning from main is exit with that value: destructors run. */
#include "check.h"

__attribute__((destructor)) static void dtor(void)
{
	t_puts(1, "dtor\n");
}

int main(void)
{
	return 7;
}
