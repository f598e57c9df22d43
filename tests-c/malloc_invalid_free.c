/* Freeing a pointer into the middle of a block aborts with a message
 * naming free. */
// SIGNAL: 6
// STDERR-CONTAINS: free
#include <stdlib.h>
#include "check.h"

int main(void)
{
	char *a = malloc(100);
	CHECK(a != NULL);
	free(a + 8);
	t_puts(2, "invalid free not detected\n");
	return 0;
}
