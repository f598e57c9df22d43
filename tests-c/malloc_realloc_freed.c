/* realloc of a freed pointer is detected and aborts. */
// SIGNAL: 6
#include <stdlib.h>
#include "check.h"

int main(void)
{
	char *a = malloc(24);
	char *keep = malloc(24);
	CHECK(a && keep);
	free(a);
	a = realloc(a, 5000);
	t_puts(2, "realloc of a freed pointer not detected\n");
	return a == keep;
}
