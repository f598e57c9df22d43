// SIGNAL: 6
// STDERR-CONTAINS: double free detected
/* Freeing a small block twice is caught: a message on stderr, then
 * abort. (glibc says "free(): double free detected in tcache 2".) */
#include "check.h"
#include <stdlib.h>

int main(void)
{
	char *volatile p = malloc(24);
	CHECK(p != NULL);
	free(p);
	free(p);
	t_puts(2, "second free returned\n");
	return 0;
}
