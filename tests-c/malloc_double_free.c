/* A double free is detected and aborts with a message naming free. */
// SIGNAL: 6
// STDERR-CONTAINS: free
#include <stdlib.h>
#include "check.h"

int main(void)
{
	char *a = malloc(40);
	char *b = malloc(40);
	CHECK(a && b);
	free(a);
	free(b);
	free(a);
	t_puts(2, "double free not detected\n");
	return 0;
}
